import GRDB

/// Reads and writes the join tables of records: one query per join table for a whole page of records.
enum LinkLoader {
    /// The rows with their link rows, in the order given.
    static func load(_ links: [LinkTable], for rows: [Row], in db: Database) throws -> [(Row, LinkedRows)] {
        guard !links.isEmpty, !rows.isEmpty else { return rows.map { ($0, LinkedRows()) } }
        let ids: [String] = rows.map { $0["id"] }
        var byOwner: [String: LinkedRows] = [:]
        for link in links {
            let columns = ([link.ownerColumn] + link.valueColumns).joined(separator: ", ")
            for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
                let linkRows = try Row.fetchAll(
                    db,
                    sql:
                        "SELECT \(columns) FROM \(link.table) WHERE \(link.ownerColumn) IN (\(placeholders)) ORDER BY \(link.ownerColumn), position",
                    arguments: StatementArguments(chunk))
                for row in linkRows {
                    byOwner[row[link.ownerColumn], default: LinkedRows()].rows[link.table, default: []].append(row)
                }
            }
        }
        return rows.map { ($0, byOwner[$0["id"]] ?? LinkedRows()) }
    }

    /// Makes the writable join tables hold exactly `values` for the owner, in order.
    static func write(_ values: LinkRows, of links: [LinkTable], owner: String, replacing: Bool, in db: Database) throws {
        for link in links where link.isWritable {
            if replacing { try db.executeCached("DELETE FROM \(link.table) WHERE \(link.ownerColumn) = ?", arguments: [owner]) }
            for (position, row) in (values[link.table] ?? []).enumerated() {
                try db.executeCached(insert(link), arguments: StatementArguments([owner, position] + row))
            }
        }
    }

    /// Appends one row to a server-kept join table, after the rows it holds.
    static func append(_ row: [(any DatabaseValueConvertible)?], to link: LinkTable, owner: String, in db: Database) throws {
        let position =
            try Int.fetchOne(
                db, sql: "SELECT COALESCE(MAX(position) + 1, 0) FROM \(link.table) WHERE \(link.ownerColumn) = ?", arguments: [owner]) ?? 0
        try db.executeCached(insert(link), arguments: StatementArguments([owner, position] + row))
    }

    /// Corrects columns of the last row of a server-kept join table (the current entry of a dated history).
    static func updateLast(_ values: [(String, (any DatabaseValueConvertible)?)], of link: LinkTable, owner: String, in db: Database) throws
    {
        let assignments = values.map { "\($0.0) = ?" }.joined(separator: ", ")
        try db.executeCached(
            """
            UPDATE \(link.table) SET \(assignments) WHERE \(link.ownerColumn) = ?
            AND position = (SELECT MAX(position) FROM \(link.table) WHERE \(link.ownerColumn) = ?)
            """, arguments: StatementArguments(values.map(\.1) + [owner, owner]))
    }

    /// The statement that inserts one row of a join table: owner, position, then its value columns.
    private static func insert(_ link: LinkTable) -> String {
        let columns = [link.ownerColumn, "position"] + link.valueColumns
        return "INSERT INTO \(link.table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }
}
