import GRDB
import GRDBSQLite
import SamordnaDomain

extension Repository {
    /// A record the principal may see, as JSON written straight from SQLite by the resource's projection, with its
    /// version for the `ETag`; not found as `require` answers it.
    func requireJSON(_ idOrKey: String, visibleTo principal: Principal, projection: RowProjection, in db: Database) throws -> (
        body: [UInt8], version: Int
    ) {
        guard let (sql, arguments) = findStatement(idOrKey, restriction: Table.visibility(for: principal)) else {
            throw DomainError.notFound(resource: Table.resourceType, id: idOrKey)
        }
        let statement = try ListQuery.statement(sql, arguments: arguments, in: db)
        let sqlite = statement.sqliteStatement
        defer { sqlite3_reset(sqlite) }
        guard try statement.stepRow(in: db) else { throw DomainError.notFound(resource: Table.resourceType, id: idOrKey) }
        guard let versionColumn = statement.columnNames.firstIndex(of: "version") else { throw StoredDataError(column: "version") }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(512)
        projection.appendRow(sqlite, columns: try projection.columnIndexes(in: statement), to: &bytes)
        return (bytes, Int(sqlite3_column_int64(sqlite, Int32(versionColumn))))
    }
}
