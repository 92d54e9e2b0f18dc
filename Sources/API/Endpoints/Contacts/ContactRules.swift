import GRDB
import SamordnaDomain

/// A rule about people that records linking to a person share: the person works at the organisation the record
/// names. Whether the person exists (for the caller) is the declared reference's business.
enum ContactRules {
    /// Adds an issue when an existing contact belongs to another organisation than `organisation`.
    static func checkWorksAt(
        _ organisation: Organisation.ID, contact: Contact.ID?, field: String, in db: Database, into validator: inout Validator
    ) throws {
        guard let contact else { return }
        let owner = try String.fetchOne(db, sql: "SELECT organisationId FROM contacts WHERE id = ?", arguments: [contact.description])
        if let owner, owner != organisation.description {
            validator.add(field, "contactOfAnotherOrganisation", "The contact does not work at that organisation.")
        }
    }
}
