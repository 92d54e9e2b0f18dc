import Foundation
import SamordnaDomain

/// The reference data in `seeds/`, read and checked before anything is written.
struct SeedFiles {
    struct OrganisationSeed: Decodable {
        var key: String
        var name: String
        var kind: OrganisationKind
        var countyCode: CountyCode?
        var municipalityCode: String?
        var parentKey: String?
        var website: String?
    }

    struct AssignmentSeed: Decodable {
        var seedKey: String
        var title: String
        var principalKey: String
        var coordinatorKey: String
        var decisionDate: CalendarDate?
        var caseNumber: String?
        var period: DatePeriod?
        var reportingDeadlines: [ReportingDeadline]
        var decisionTextFile: String?
        var partsFile: String
    }

    var municipalities: [Municipality]
    var organisations: [OrganisationSeed]
    var challengeAreas: [ChallengeAreaInput]
    var assignment: AssignmentSeed
    var decisionText: String?
    var parts: [(code: String, summarySv: String, summaryEn: String?)]

    /// Reads every seed file from a folder; throws a `StartupError` naming the file that is missing or wrong.
    init(folder: URL) throws {
        func read(_ name: String) throws -> Data {
            do { return try Data(contentsOf: folder.appendingPathComponent(name)) } catch {
                throw StartupError(
                    "cannot read seed file \(folder.appendingPathComponent(name).path); set --seeds to the project's seeds/ folder")
            }
        }
        func text(_ name: String) throws -> String { String(decoding: try read(name), as: UTF8.self) }
        func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
            do { return try SamordnaJSON.decoder().decode(T.self, from: try read(name)) } catch let error as StartupError {
                throw error
            } catch {
                throw StartupError("seed file \(name) is malformed: \(error)")
            }
        }
        municipalities = try CSVReader.records(try text("municipalities.csv")).map { row in
            guard let code = row["municipalityCode"], let name = row["name"],
                let county = row["countyCode"].flatMap(CountyCode.init(rawValue:))
            else {
                throw StartupError("seed file municipalities.csv has a malformed row: \(row)")
            }
            return Municipality(code: code, name: name, countyCode: county)
        }
        struct OrganisationsFile: Decodable { var organisations: [OrganisationSeed] }
        organisations = try decode(OrganisationsFile.self, "organisations.json").organisations
        challengeAreas = try CSVReader.records(try text("challenge-areas.csv")).map { row in
            guard let key = row["code"], let nameSv = row["nameSv"] else {
                throw StartupError("seed file challenge-areas.csv has a malformed row: \(row)")
            }
            return ChallengeAreaInput(key: key, nameSv: nameSv, nameEn: row["nameEn"], description: row["note"], origin: row["origin"])
        }
        let assignment = try decode(AssignmentSeed.self, "assignment.json")
        self.assignment = assignment
        decisionText = try assignment.decisionTextFile.map(text)
        parts = try CSVReader.records(try text(assignment.partsFile)).map { row in
            guard let code = row["code"], let summarySv = row["summarySv"] else {
                throw StartupError("seed file \(assignment.partsFile) has a malformed row: \(row)")
            }
            return (code, summarySv, row["summaryEn"])
        }
    }
}
