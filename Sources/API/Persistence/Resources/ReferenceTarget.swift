import SamordnaDomain

/// What a reference can point at: a resource's table, or reference data (counties, municipalities).
struct ReferenceTarget: Sendable {
    var table: String
    /// The table in a `FROM` clause, with the alias the visibility condition names it by.
    var source: String
    /// The prefix that qualifies a column of the table (`m.` for meetings), or nothing.
    var prefix: String
    /// The column a reference holds the value of (`id`, or `code` for reference data).
    var keyColumn: String
    /// The singular identifier of what is referred to; an unknown one is reported as `unknown` + this, capitalised.
    var resourceType: String
    var liveCondition: String?
    var erasesOnDelete: Bool
    /// What the caller may see of the target; nil where everything is visible.
    var visibility: @Sendable (Principal) -> ListQuery.Condition?

    /// The target a resource table offers.
    init<Table: ResourceTable>(_ table: Table.Type) {
        self.table = Table.listSpec.table
        source = Table.listSpec.source
        prefix = Table.listSpec.alias.map { "\($0)." } ?? ""
        keyColumn = "id"
        resourceType = Table.resourceType
        liveCondition = Table.listSpec.liveCondition
        erasesOnDelete = Table.erasesOnDelete
        visibility = { Table.visibility(for: $0) }
    }

    /// A reference-data target, visible to everyone and never deleted through the API.
    init(referenceData table: String, keyColumn: String, resourceType: String) {
        self.table = table
        source = table
        prefix = ""
        self.keyColumn = keyColumn
        self.resourceType = resourceType
        liveCondition = nil
        erasesOnDelete = false
        visibility = { _ in nil }
    }

    /// The validation code for a value that names no visible target, e.g. `unknownOrganisation`.
    var unknownCode: String { "unknown" + resourceType.prefix(1).uppercased() + resourceType.dropFirst() }
}
