import GRDB
import SamordnaDomain

/// Checks that referenced records exist and are live, as validation issues on the referencing field.
enum ReferenceCheck {
    static func exists(_ table: String, id: String, in db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ? AND deletedAt IS NULL)", arguments: [id]) ?? false
    }

    static func organisation(_ id: Organisation.ID, field: String, in db: Database, into validator: inout Validator) throws {
        if try !exists("organisations", id: id.description, in: db) {
            validator.add(field, "unknownOrganisation", "No organisation with id \(id).")
        }
    }
}
