/// A link from one resource's records to another's, declared once by the resource that holds it. Validation (a
/// target that does not exist or that the caller may not see is unknown), "in use" conflicts and the erasure of
/// people are derived from these declarations (`ReferenceRegistry`), never written per table.
struct Reference: Sendable {
    /// Where the link is kept.
    enum Storage: Sendable {
        /// A column of the resource's own table.
        case column(String)
        /// A join table.
        case link(LinkTable)
    }

    /// What deleting the target does to the records that refer to it.
    enum OnDelete: Sendable {
        /// The target cannot be deleted while a live record refers to it (409 in-use).
        case refuse
        /// The link is removed (a column set to null, a join row deleted) and the record gets a new version; for
        /// people, whose erasure must not be blocked.
        case unlink
        /// The referring records are deleted with the target (an organisation's contact persons).
        case cascade
    }

    /// The field as clients name it, e.g. `convenorId` or `participants`.
    var field: String
    /// For a list of objects, the member holding the id (`participants[0].organisationId`).
    var member: String? = nil
    var storage: Storage
    /// The table referred to, e.g. `organisations` or `counties`.
    var target: String
    var onDelete: OnDelete = .refuse

    /// A reference kept in a column.
    static func column(_ column: String, field: String? = nil, to target: String, onDelete: OnDelete = .refuse) -> Reference {
        Reference(field: field ?? column, storage: .column(column), target: target, onDelete: onDelete)
    }

    /// A reference kept in a join table.
    static func link(
        _ link: LinkTable, field: String, member: String? = nil, to target: String, onDelete: OnDelete = .refuse
    ) -> Reference {
        Reference(field: field, member: member, storage: .link(link), target: target, onDelete: onDelete)
    }
}
