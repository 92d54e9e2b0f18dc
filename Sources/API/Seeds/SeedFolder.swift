import Foundation
import SamordnaDomain

/// Reads and checks the files of the seeds folder; every failure is a `StartupError` naming the file.
struct SeedFolder {
    let folder: URL

    func data(_ name: String) throws -> Data {
        let url = folder.appendingPathComponent(name)
        do { return try Data(contentsOf: url) } catch {
            throw StartupError("cannot read seed file \(url.path); set --seeds to the project's seeds/ folder")
        }
    }

    func text(_ name: String) throws -> String { String(decoding: try data(name), as: UTF8.self) }

    func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        let bytes = try data(name)
        do { return try SamordnaJSON.decoder().decode(T.self, from: bytes) } catch {
            throw StartupError("seed file \(name) is malformed: \(error)")
        }
    }

    /// The rows of a CSV file, each holding every `required` column with a value.
    func rows(_ name: String, required: [String]) throws -> [[String: String]] {
        try CSVReader.records(try text(name)).map { row in
            guard required.allSatisfy({ row[$0].map { !$0.isEmpty } == true }) else {
                throw StartupError("seed file \(name) has a malformed row: \(row)")
            }
            return row
        }
    }

    /// Sweden's counties and municipalities, from `municipalities.csv`.
    func places() throws -> ([County], [Municipality]) {
        var counties: [CountyCode: County] = [:]
        let columns = ["municipalityCode", "name", "officialName", "countyCode", "countyName"]
        let municipalities = try rows("municipalities.csv", required: columns).map { row in
            guard let code = MunicipalityCode(rawValue: row["municipalityCode"]!), let county = CountyCode(rawValue: row["countyCode"]!),
                code.countyCode == county
            else {
                throw StartupError("seed file municipalities.csv has a malformed row: \(row)")
            }
            counties[county] = County(code: county, name: row["countyName"]!)
            return Municipality(code: code, name: row["name"]!, officialName: row["officialName"]!, countyCode: county)
        }
        return (counties.values.sorted { $0.code < $1.code }, municipalities)
    }

    /// The bodies of `organisations.json`, the municipality organisations of the counties it names, and the
    /// verified organisation numbers of `organisation-numbers.csv`, matched to bodies by official name.
    func organisations(municipalities: [Municipality]) throws -> [SeedFiles.OrganisationSeed] {
        struct File: Decodable {
            var municipalitiesOfCounties: [CountyCode]
            var organisations: [SeedFiles.OrganisationSeed]
        }
        let file = try decode(File.self, "organisations.json")
        var seeds = file.organisations
        for municipality in municipalities where file.municipalitiesOfCounties.contains(municipality.countyCode) {
            seeds.append(
                SeedFiles.OrganisationSeed(
                    key: Self.key(forMunicipality: municipality.name), name: municipality.officialName, shortName: municipality.name,
                    kind: .municipality, countyCode: municipality.countyCode, municipalityCode: municipality.code))
        }
        for row in try rows("organisation-numbers.csv", required: ["name", "organisationNumber"]) {
            guard let index = seeds.firstIndex(where: { $0.name == row["name"] }) else {
                throw StartupError("organisation-numbers.csv names \(row["name"]!), which no seeded organisation is called")
            }
            seeds[index].organisationNumber = row["organisationNumber"]
        }
        return seeds
    }

    /// `Övertorneå` → `overtornea-kommun`: the key earlier releases gave each municipality.
    static func key(forMunicipality name: String) -> String {
        let folded = name.lowercased().map { c -> String in
            switch c {
            case "å", "ä": "a"
            case "ö": "o"
            case " ": "-"
            default: String(c)
            }
        }
        return folded.joined() + "-kommun"
    }
}
