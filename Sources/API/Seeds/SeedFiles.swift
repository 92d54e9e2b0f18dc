import Foundation
import SamordnaDomain

/// The reference data in `seeds/`, read and checked before anything is written.
struct SeedFiles {
    struct OrganisationSeed: Decodable {
        var key: String
        /// The official name.
        var name: String
        var shortName: String?
        var kind: OrganisationKind
        var countyCode: CountyCode?
        var municipalityCode: MunicipalityCode?
        var parentKey: String?
        var website: String?
        /// From `organisation-numbers.csv`, matched by official name.
        var organisationNumber: String?
    }

    struct AssignmentSeed: Decodable {
        var seedKey: String
        var title: String
        var principalKey: String
        var coordinatorKey: String
        var decisionDate: CalendarDate?
        var caseNumber: String?
        var period: DatePeriod?
        var reportingObligations: [ReportingObligation]
        var decisionTextFile: String?
        /// The decision text an earlier release seeded, which an upgrade replaces where nobody changed it.
        var formerDecisionTextFile: String?
        var partsFile: String
    }

    struct PartSeed {
        var code: String
        var summarySv: String
        var summaryEn: String?
        var textSv: String?
    }

    var counties: [County]
    var municipalities: [Municipality]
    /// Every seeded organisation: the bodies of `organisations.json`, then a municipality organisation for each
    /// municipality of the assignment's counties.
    var organisations: [OrganisationSeed]
    /// Names earlier releases seeded, by key: an upgrade renames a record still carrying one.
    var formerNames: [String: String]
    var challengeAreas: [ChallengeAreaInput]
    var assignment: AssignmentSeed
    var decisionText: String?
    var formerDecisionText: String?
    var parts: [PartSeed]

    /// Reads every seed file from a folder; throws a `StartupError` naming the file that is missing or wrong.
    init(folder: URL) throws {
        let reader = SeedFolder(folder: folder)
        (counties, municipalities) = try reader.places()
        organisations = try reader.organisations(municipalities: municipalities)
        formerNames = try reader.rows("former-names.csv", required: ["key", "formerName"]).reduce(into: [:]) {
            $0[$1["key"]!] = $1["formerName"]!
        }
        challengeAreas = try reader.rows("challenge-areas.csv", required: ["code", "nameSv"]).map { row in
            ChallengeAreaInput(
                key: row["code"]!, nameSv: row["nameSv"]!, nameEn: row["nameEn"], description: row["note"], origin: row["origin"])
        }
        let assignment = try reader.decode(AssignmentSeed.self, "assignment.json")
        self.assignment = assignment
        decisionText = try assignment.decisionTextFile.map(reader.text)
        formerDecisionText = try assignment.formerDecisionTextFile.map(reader.text)
        parts = try reader.rows(assignment.partsFile, required: ["code", "summarySv"]).map { row in
            PartSeed(code: row["code"]!, summarySv: row["summarySv"]!, summaryEn: row["summaryEn"], textSv: row["textSv"])
        }
    }
}
