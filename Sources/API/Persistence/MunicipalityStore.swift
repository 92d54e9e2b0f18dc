import GRDB
import SamordnaDomain

/// The municipality reference list, as seeded.
enum MunicipalityStore {
    static func all(_ db: Database) throws -> [Municipality] {
        try Row.fetchAll(db, sql: "SELECT * FROM municipalities ORDER BY code").map { row in
            Municipality(code: row["code"], name: row["name"], countyCode: try row.value("countyCode"))
        }
    }
}
