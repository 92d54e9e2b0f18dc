import GRDB

/// A many-to-many link of a resource's records, kept in a join table whose columns are foreign keys: a meeting's
/// participants, a forum's challenge areas. Rows keep the order the client gave (`position`).
struct LinkTable: Sendable, Hashable {
    /// The join table, e.g. `meetingParticipants`.
    var table: String
    /// The column naming the owning record, e.g. `meetingId`.
    var ownerColumn: String
    /// The linked value (an id or a code), e.g. `organisationId`.
    var valueColumn: String
    /// Further columns of a link row, e.g. `attended`.
    var extraColumns: [String] = []
    /// Whether the client writes the link (otherwise the server keeps it, as a seat's former representatives).
    var isWritable = true

    /// The columns a row carries, value first, in the order `LinkRows` lists them.
    var valueColumns: [String] { [valueColumn] + extraColumns }
}

/// The rows a record's links should hold after a write: per link table, one array of column values per row.
typealias LinkRows = [String: [[(any DatabaseValueConvertible)?]]]

/// The link rows loaded for one record, by link table, in their stored order.
struct LinkedRows {
    var rows: [String: [Row]] = [:]

    /// The rows of one link table.
    subscript(_ link: LinkTable) -> [Row] { rows[link.table] ?? [] }

    /// The linked values of one link table, read with `read`.
    func values<T>(_ link: LinkTable, _ read: (Row) throws -> T) rethrows -> [T] { try self[link].map(read) }
}
