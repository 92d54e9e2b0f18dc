import Foundation
import GRDB
import SamordnaDomain

/// The reference lists of counties and municipalities: the seeds' own data, replaced when the seeds change.
enum MunicipalityStore {
    /// Both lists as the directory validation uses.
    static func directory(_ db: Database) throws -> MunicipalityDirectory {
        MunicipalityDirectory(counties: try counties(db), municipalities: try municipalities(db))
    }

    static func counties(_ db: Database) throws -> [County] {
        try Row.fetchAll(db, sql: "SELECT code, name FROM counties ORDER BY code").map { row in
            County(code: try row.value("code"), name: row["name"])
        }
    }

    static func municipalities(_ db: Database) throws -> [Municipality] {
        try Row.fetchAll(db, sql: "SELECT code, name, officialName, countyCode FROM municipalities ORDER BY code").map { row in
            Municipality(
                code: try row.value("code"), name: row["name"], officialName: row["officialName"], countyCode: try row.value("countyCode"))
        }
    }

    /// Inserts or corrects every county and municipality (codes never change meaning); `updatedAt` moves only where
    /// something changed, so `updatedSince` finds real changes.
    static func save(counties: [County], municipalities: [Municipality], in db: Database, now: Date) throws {
        let stamp = DatabaseTime.milliseconds(now)
        for county in counties {
            try db.execute(
                sql: """
                    INSERT INTO counties (code, name, nameSortKey, updatedAt) VALUES (?1, ?2, ?3, ?4)
                    ON CONFLICT (code) DO UPDATE SET name = ?2, nameSortKey = ?3, updatedAt = ?4
                    WHERE name IS NOT ?2 OR nameSortKey IS NOT ?3
                    """, arguments: [county.code.rawValue, county.name, SwedishCollation.sortKey(county.name), stamp])
        }
        for m in municipalities {
            try db.execute(
                sql: """
                    INSERT INTO municipalities (code, name, officialName, nameSortKey, countyCode, updatedAt) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                    ON CONFLICT (code) DO UPDATE SET name = ?2, officialName = ?3, nameSortKey = ?4, countyCode = ?5, updatedAt = ?6
                    WHERE name IS NOT ?2 OR officialName IS NOT ?3 OR nameSortKey IS NOT ?4 OR countyCode IS NOT ?5
                    """,
                arguments: [m.code.rawValue, m.name, m.officialName, SwedishCollation.sortKey(m.name), m.countyCode.rawValue, stamp])
        }
    }
}

extension County {
    /// A county from its row.
    init(row: Row) throws { self.init(code: try row.value("code"), name: row["name"]) }
}

extension Municipality {
    /// A municipality from its row.
    init(row: Row) throws {
        self.init(
            code: try row.value("code"), name: row["name"], officialName: row["officialName"], countyCode: try row.value("countyCode"))
    }
}
