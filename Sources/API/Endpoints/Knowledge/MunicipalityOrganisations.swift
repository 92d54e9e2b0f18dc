import Foundation
import GRDB
import SamordnaDomain

/// The organisation of a municipality: the seeded one for the two counties' 29, or, for any other of Sweden's 290,
/// one made the first time it is needed, with the official name, the short name and the code of the reference data
/// (through `Repository`, so that it is versioned, audited and in the feed; by the system, not the caller).
enum MunicipalityOrganisations {
    /// The live organisation of kind `municipality` with the code, made when there is none; nil for a code the
    /// reference data does not hold (the caller's reference check reports it).
    static func organisation(of code: MunicipalityCode, in db: Database, now: Date) throws -> Organisation.ID? {
        if let found = try String.fetchOne(
            db,
            sql:
                "SELECT id FROM organisations WHERE kind = 'municipality' AND municipalityCode = ? AND deletedAt IS NULL ORDER BY createdAt LIMIT 1",
            arguments: [code.rawValue])
        {
            return Organisation.ID(found)
        }
        let directory = try MunicipalityStore.directory(db)
        guard let municipality = directory.all.first(where: { $0.code == code }) else { return nil }
        let key = SeedFolder.key(forMunicipality: municipality.name)
        let keyTaken = try db.existsCached("SELECT EXISTS (SELECT 1 FROM organisations WHERE key = ?)", arguments: [key])
        let input = OrganisationInput(
            name: municipality.officialName, shortName: municipality.name, kind: .municipality, key: keyTaken ? nil : key,
            countyCode: municipality.countyCode, municipalityCode: municipality.code)
        return try Repository(table: OrganisationTable(municipalities: directory)).create(input, by: nil, in: db, now: now).id
    }
}
