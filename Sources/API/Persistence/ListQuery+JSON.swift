import GRDB
import GRDBSQLite
import SamordnaDomain

/// A page of a flat resource written as JSON straight from SQLite (`RowProjection`): the same statement, order,
/// total and cursor as `page(_:decode:)`, and byte for byte the same envelope as encoding that `Page` (see
/// `RowProjectionTests`).
extension ListQuery {
    /// The page's JSON envelope (`items`, `total`, `limit`, `offset`, `nextCursor`), with the values the headers need.
    func jsonPage(_ db: Database, projection: RowProjection) throws -> (body: [UInt8], total: Int, offset: Int, nextCursor: String?) {
        let (sql, arguments) = try pageStatement(db)
        let statement = try Self.statement(sql, arguments: arguments, in: db)
        let columns = try projection.columnIndexes(in: statement)
        let keyColumns = try keyColumnNames.map { name in
            guard let index = statement.columnNames.firstIndex(of: name) else { throw StoredDataError(column: name) }
            return Int32(index)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512 * parameters.limit + 128)
        bytes.append(contentsOf: #"{"items":["#.utf8)
        var count = 0
        var lastKey: [PageCursor.Value?]?
        var hasMore = false
        let sqlite = statement.sqliteStatement
        defer { sqlite3_reset(sqlite) }
        while try statement.stepRow(in: db) {
            if count == parameters.limit {
                hasMore = true
                break
            }
            if count > 0 { bytes.append(UInt8(ascii: ",")) }
            projection.appendRow(sqlite, columns: columns, to: &bytes)
            count += 1
            if count == parameters.limit { lastKey = keyColumns.map { Self.keyValue(sqlite, $0) } }
        }
        let total = try total(db)
        let start = parameters.cursor?.position ?? parameters.offset
        let next =
            hasMore
            ? lastKey.flatMap { key in key.contains(nil) ? nil : cursor(key.compactMap { $0 }, position: start + count) }?.token : nil
        for (key, value) in [("],\"total\":", total), (",\"limit\":", parameters.limit), (",\"offset\":", start)] {
            bytes.append(contentsOf: key.utf8)
            JSONOutput.appendInteger(Int64(value), to: &bytes)
        }
        if let next {
            bytes.append(contentsOf: #","nextCursor":"#.utf8)
            JSONOutput.appendString(utf8: next.utf8, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        return (bytes, total, start, next)
    }

    /// A compiled statement with its arguments bound: kept per connection where the query's shape repeats (one value
    /// per filter), compiled anew where a client's comma lists could make its text vary without bound.
    static func statement(_ sql: String, arguments: StatementArguments, in db: Database) throws -> Statement {
        let placeholders = sql.utf8.lazy.filter { $0 == UInt8(ascii: "?") }.count
        let statement = placeholders <= 12 ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        return statement
    }

    /// A key value of the current row as a cursor carries it; nil for a value a cursor cannot carry (a real, a blob).
    private static func keyValue(_ statement: SQLiteStatement, _ column: Int32) -> PageCursor.Value? {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL: return .null
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_TEXT: return .text(String(cString: sqlite3_column_text(statement, column)))
        default: return nil
        }
    }
}
