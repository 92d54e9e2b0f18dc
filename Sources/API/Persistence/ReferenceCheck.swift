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

    /// Checks that every id in a list names a live record of `table`, one issue per missing id.
    static func each<T>(
        _ ids: [Identifier<T>], table: String, field: String, code: String, in db: Database, into validator: inout Validator
    ) throws {
        for (index, id) in ids.enumerated() where try !exists(table, id: id.description, in: db) {
            validator.add("\(field)[\(index)]", code, "No record with id \(id).")
        }
    }

    /// Checks that an optional id names a live record of `table`.
    static func optional<T>(
        _ id: Identifier<T>?, table: String, field: String, code: String, in db: Database, into validator: inout Validator
    ) throws {
        if let id, try !exists(table, id: id.description, in: db) {
            validator.add(field, code, "No record with id \(id).")
        }
    }

    /// Checks that a contact exists and belongs to the given organisation.
    static func contact(
        _ id: Contact.ID?, of organisation: Organisation.ID?, field: String, in db: Database, into validator: inout Validator
    ) throws {
        guard let id else { return }
        let owner = try String.fetchOne(db, sql: "SELECT organisationId FROM contacts WHERE id = ?", arguments: [id.description])
        if owner == nil {
            validator.add(field, "unknownContact", "No contact with id \(id).")
        } else if let organisation, owner != organisation.description {
            validator.add(field, "contactOfAnotherOrganisation", "The contact does not work at that organisation.")
        }
    }

    /// Checks the challenge areas and assignment parts a forum or meeting is about.
    static func topics(
        challengeAreaIds: [ChallengeArea.ID]?, assignmentPartIds: [AssignmentPart.ID]?, in db: Database, into validator: inout Validator
    ) throws {
        try each(
            challengeAreaIds ?? [], table: "challengeAreas", field: "challengeAreaIds", code: "unknownChallengeArea", in: db,
            into: &validator)
        try each(
            assignmentPartIds ?? [], table: "assignmentParts", field: "assignmentPartIds", code: "unknownAssignmentPart", in: db,
            into: &validator)
    }
}
