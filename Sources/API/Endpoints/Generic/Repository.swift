import Foundation
import GRDB
import SamordnaDomain

/// The one write path: each method runs inside the caller's transaction and, with the row change,
/// bumps `version`, stamps `updatedAt` and appends to the change log; a delete keeps a tombstone
/// unless the resource is personal data.
struct Repository<Table: ResourceTable>: Sendable {
    let table: Table
    private var sqlTable: String { Table.listSpec.table }

    /// Finds a live record by id, or by key where the resource has one.
    func find(_ idOrKey: String, in db: Database) throws -> Table.Resource? {
        let live = Table.listSpec.liveCondition.map { " AND \($0)" } ?? ""
        if let uuid = UUID(uuidString: idOrKey) {
            let row = try db.fetchOneCached("SELECT * FROM \(sqlTable) WHERE id = ?\(live)", arguments: [uuid.uuidString.lowercased()])
            return try row.map(Table.decode)
        }
        guard let keyColumn = Table.keyColumn, idOrKey.count <= 64 else { return nil }
        let row = try db.fetchOneCached("SELECT * FROM \(sqlTable) WHERE \(keyColumn) = ?\(live)", arguments: [idOrKey])
        return try row.map(Table.decode)
    }

    /// Finds a record the principal may see, or throws not found.
    func require(_ idOrKey: String, visibleTo principal: Principal, in db: Database) throws -> Table.Resource {
        guard let resource = try find(idOrKey, in: db), try table.isVisible(resource, to: principal, in: db) else {
            throw DomainError.notFound(resource: Table.resourceType, id: idOrKey)
        }
        return resource
    }

    /// Inserts a new record at version 1.
    func create(_ input: Table.Resource.Input, by principal: Principal?, in db: Database, now: Date) throws -> Table.Resource {
        if let principal { try table.authorise(input, replacing: nil, by: principal, in: db) }
        let prepared = try table.prepare(input, replacing: nil, in: db, now: now)
        let id = UUID().uuidString.lowercased()
        let stamp = DatabaseTime.milliseconds(now)
        let columns = Table.columns(prepared) + table.derivedColumns(prepared, replacing: nil, now: now)
        let names = ["id", "version", "createdAt", "updatedAt"] + columns.map(\.0)
        let values: [(any DatabaseValueConvertible)?] = [id, 1, stamp, stamp] + columns.map(\.1)
        try db.executeCached(
            "INSERT INTO \(sqlTable) (\(names.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))",
            arguments: StatementArguments(values))
        try ChangeLog.append(db, resourceType: Table.resourceType, resourceId: id, operation: .created, version: 1, at: now, by: principal)
        return try reload(id, in: db)
    }

    /// Replaces the writable fields of a record, provided the stored version is what `expected` names (from
    /// `If-Match` and the body) is still the stored one; checked after access and validation, so that a bad
    /// request is answered as such.
    func update(
        _ existing: Table.Resource, with input: Table.Resource.Input, expected: VersionExpectation = .none, by principal: Principal,
        in db: Database, now: Date
    ) throws -> Table.Resource {
        try table.authorise(input, replacing: existing, by: principal, in: db)
        let prepared = try table.prepare(input, replacing: existing, in: db, now: now)
        try expected.check(existing.version)
        let columns = Table.columns(prepared) + table.derivedColumns(prepared, replacing: existing, now: now)
        let assignments = columns.map { "\($0.0) = ?" } + ["version = version + 1", "updatedAt = ?"]
        let values: [(any DatabaseValueConvertible)?] =
            columns.map(\.1) + [DatabaseTime.milliseconds(now), existing.idText, existing.version]
        try db.executeCached(
            "UPDATE \(sqlTable) SET \(assignments.joined(separator: ", ")) WHERE id = ? AND version = ?",
            arguments: StatementArguments(values))
        guard db.changesCount == 1 else {
            throw DomainError.versionMismatch(expected: existing.version, actual: existing.version + 1)
        }
        try ChangeLog.append(
            db, resourceType: Table.resourceType, resourceId: existing.idText, operation: .updated,
            version: existing.version + 1, at: now, by: principal)
        return try reload(existing.idText, in: db)
    }

    /// Deletes a record: a tombstone (`deletedAt`), or erasure for personal data.
    func delete(_ existing: Table.Resource, by principal: Principal, in db: Database, now: Date) throws {
        try table.prepareDelete(existing, by: principal, in: db, now: now)
        if Table.erasesOnDelete {
            try db.execute(sql: "DELETE FROM \(sqlTable) WHERE id = ?", arguments: [existing.idText])
        } else {
            try db.executeCached(
                "UPDATE \(sqlTable) SET deletedAt = ?, updatedAt = ?, version = version + 1 WHERE id = ?",
                arguments: [DatabaseTime.milliseconds(now), DatabaseTime.milliseconds(now), existing.idText])
        }
        try ChangeLog.append(
            db, resourceType: Table.resourceType, resourceId: existing.idText, operation: .deleted,
            version: existing.version + 1, at: now, by: principal)
    }

    private func reload(_ id: String, in db: Database) throws -> Table.Resource {
        guard let row = try db.fetchOneCached("SELECT * FROM \(sqlTable) WHERE id = ?", arguments: [id]) else {
            throw DomainError.notFound(resource: Table.resourceType, id: id)
        }
        return try Table.decode(row)
    }
}
