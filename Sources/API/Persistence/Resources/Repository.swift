import Foundation
import GRDB
import SamordnaDomain

/// The one write path: each method runs inside the caller's transaction and, with the row change, checks the
/// declared references, writes the join tables, bumps `version`, stamps `updatedAt` and appends to the change log;
/// a delete releases what refers to the record (`ReferenceRegistry`) and keeps a tombstone unless the resource is
/// personal data.
struct Repository<Table: ResourceTable>: Sendable {
    let table: Table
    var registry: ReferenceRegistry = .shared
    private var sqlTable: String { Table.listSpec.table }

    init(table: Table) { self.table = table }

    /// Finds a live record by id, or by key where the resource has one; with a restriction, only a record that meets it.
    func find(_ idOrKey: String, restriction: ListQuery.Condition? = nil, in db: Database) throws -> Table.Resource? {
        guard let (sql, arguments) = findStatement(idOrKey, restriction: restriction) else { return nil }
        let row = try db.fetchOneCached(sql, arguments: arguments)
        return try row.map { try decode([$0], in: db)[0] }
    }

    /// The query that reads one live record by id or key, meeting the restriction; nil where the text can be neither.
    func findStatement(_ idOrKey: String, restriction: ListQuery.Condition?) -> (sql: String, arguments: StatementArguments)? {
        let spec = Table.listSpec
        var conditions = spec.liveCondition.map { [$0] } ?? []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let id = Identifier<Table.Resource>(idOrKey) {
            conditions.insert("id = ?", at: 0)
            arguments.append(id.description)
        } else if let keyColumn = Table.keyColumn, idOrKey.count <= 64 {
            conditions.insert("\(keyColumn) = ?", at: 0)
            arguments.append(idOrKey)
        } else {
            return nil
        }
        if let restriction {
            conditions.append("(\(restriction.sql))")
            arguments += restriction.arguments.map { $0 as (any DatabaseValueConvertible)? }
        }
        return ("SELECT * FROM \(spec.source) WHERE \(conditions.joined(separator: " AND "))", StatementArguments(arguments))
    }

    /// Finds a record the principal may see (the resource's list visibility, said once), or throws not found.
    func require(_ idOrKey: String, visibleTo principal: Principal, in db: Database) throws -> Table.Resource {
        guard let resource = try find(idOrKey, restriction: Table.visibility(for: principal), in: db) else {
            throw DomainError.notFound(resource: Table.resourceType, id: idOrKey)
        }
        return resource
    }

    /// Every live record meeting `condition` (on the table as the list spec aliases it), for views that combine records.
    func all(where condition: String = "1", _ arguments: [any DatabaseValueConvertible] = [], in db: Database) throws
        -> [Table.Resource]
    {
        let spec = Table.listSpec
        let live = spec.liveCondition.map { "\(spec.alias.map { "\($0)." } ?? "")\($0) AND " } ?? ""
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM \(spec.source) WHERE \(live)(\(condition))", arguments: StatementArguments(arguments))
        return try decode(rows, in: db)
    }

    /// Decodes rows of the table with their join-table rows, one query per join table for all of them.
    func decode(_ rows: [Row], in db: Database) throws -> [Table.Resource] {
        try LinkLoader.load(Table.links, for: rows, in: db).map { row, links in try Table.decode(row, links: links) }
    }

    /// Inserts a new record at version 1.
    func create(_ input: Table.Resource.Input, by principal: Principal?, in db: Database, now: Date) throws -> Table.Resource {
        if let principal { try table.authorise(input, replacing: nil, by: principal, in: db) }
        let prepared = try prepare(input, replacing: nil, by: principal, in: db, now: now)
        let id = UUID().uuidString.lowercased()
        let stamp = DatabaseTime.milliseconds(now)
        let columns = Table.columns(prepared) + table.derivedColumns(prepared, replacing: nil, now: now)
        let names = ["id", "version", "createdAt", "updatedAt"] + columns.map(\.0)
        let values: [(any DatabaseValueConvertible)?] = [id, 1, stamp, stamp] + columns.map(\.1)
        try db.executeCached(
            "INSERT INTO \(sqlTable) (\(names.joined(separator: ", "))) VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))",
            arguments: StatementArguments(values))
        try LinkLoader.write(Table.linkRows(prepared), of: Table.links, owner: id, replacing: false, in: db)
        try table.recordDerivedLinks(id: id, prepared, replacing: nil, in: db, now: now)
        try table.applyConsequences(id: id, prepared, replacing: nil, by: principal, in: db, now: now)
        let created = try reload(id, in: db)
        try ChangeLog.append(
            db, resourceType: Table.resourceType, resourceId: id, operation: .created, version: 1, at: now, by: principal,
            changes: try Self.changes(from: nil, to: created))
        return created
    }

    /// Replaces the writable fields of a record, provided the stored version is what `expected` names (from
    /// `If-Match` and the body); checked after access and validation, so that a bad request is answered as such.
    func update(
        _ existing: Table.Resource, with input: Table.Resource.Input, expected: VersionExpectation = .none, by principal: Principal?,
        in db: Database, now: Date
    ) throws -> Table.Resource {
        if let principal { try table.authorise(input, replacing: existing, by: principal, in: db) }
        let prepared = try prepare(input, replacing: existing, by: principal, in: db, now: now)
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
        try LinkLoader.write(Table.linkRows(prepared), of: Table.links, owner: existing.idText, replacing: true, in: db)
        try table.recordDerivedLinks(id: existing.idText, prepared, replacing: existing, in: db, now: now)
        try table.applyConsequences(id: existing.idText, prepared, replacing: existing, by: principal, in: db, now: now)
        let updated = try reload(existing.idText, in: db)
        try ChangeLog.append(
            db, resourceType: Table.resourceType, resourceId: existing.idText, operation: .updated,
            version: existing.version + 1, at: now, by: principal, changes: try Self.changes(from: existing, to: updated))
        return updated
    }

    /// Writes state the server keeps on a record (an `atRisk` flag raised by another record's change): the columns,
    /// a new version and a change-log entry, like any change, without the client-input rules.
    func updateServerState(
        _ id: String, columns: [(String, (any DatabaseValueConvertible)?)], by principal: Principal?, in db: Database, now: Date
    ) throws {
        let before = try reload(id, in: db)
        let assignments = columns.map { "\($0.0) = ?" } + ["version = version + 1", "updatedAt = ?"]
        let values: [(any DatabaseValueConvertible)?] = columns.map(\.1) + [DatabaseTime.milliseconds(now), id]
        try db.executeCached(
            "UPDATE \(sqlTable) SET \(assignments.joined(separator: ", ")) WHERE id = ?", arguments: StatementArguments(values))
        let after = try reload(id, in: db)
        try ChangeLog.append(
            db, resourceType: Table.resourceType, resourceId: id, operation: .updated, version: after.version, at: now, by: principal,
            changes: try Self.changes(from: before, to: after))
    }

    /// Deletes a record: a tombstone (`deletedAt`), or erasure for personal data. What refers to it is released
    /// first: a live reference refuses the delete (409), links to a person go, dependants that cascade are deleted.
    /// `principal` nil is the system (the retention job), which deletes without the access rules.
    func delete(_ existing: Table.Resource, by principal: Principal?, in db: Database, now: Date) throws {
        if let principal { try table.prepareDelete(existing, by: principal, in: db, now: now) }
        try registry.release(sqlTable, id: existing.idText, by: principal, in: db, now: now)
        try ReferenceRegistry.remove(
            sqlTable, id: existing.idText, version: existing.version, resourceType: Table.resourceType, erases: Table.erasesOnDelete,
            by: principal, in: db, now: now)
    }

    /// Runs the resource's own rules and the declared reference checks, and reports every issue of both at once.
    private func prepare(
        _ input: Table.Resource.Input, replacing existing: Table.Resource?, by principal: Principal?, in db: Database, now: Date
    ) throws -> Table.Resource.Input {
        let referenceIssues = try registry.issues(
            Table.references, columns: Table.columns(input), links: Table.linkRows(input),
            previous: existing.map { (Table.columns($0.input), Table.linkRows($0.input)) }, visibleTo: principal, in: db)
        do {
            let prepared = try table.prepare(input, replacing: existing, in: db, now: now)
            if !referenceIssues.isEmpty { throw DomainError.validationFailed(referenceIssues) }
            return prepared
        } catch DomainError.validationFailed(let issues) where issues != referenceIssues {
            // A field whose reference is unknown gets only that issue: a rule about the target (a contact "of another
            // organisation", a decision "of another meeting") would reveal a record the caller may not see.
            let own = issues.filter { issue in !referenceIssues.contains { $0.field == issue.field } }
            throw DomainError.validationFailed(referenceIssues + own)
        } catch  where !referenceIssues.isEmpty {
            throw DomainError.validationFailed(referenceIssues)
        }
    }

    /// The audit trail's changes between two states of a record; the resource's personal fields are named only.
    static func changes(from old: Table.Resource?, to new: Table.Resource) throws -> [AuditEntry.Change] {
        let json = { (record: Table.Resource) in
            try JSONDecoder().decode(JSONValue.self, from: Data(try ResponseJSONEncoder().encode(record)))
        }
        return AuditEntry.changes(from: try old.map(json), to: try json(new), personal: Table.personalFields)
    }

    private func reload(_ id: String, in db: Database) throws -> Table.Resource {
        guard let row = try db.fetchOneCached("SELECT * FROM \(sqlTable) WHERE id = ?", arguments: [id]) else {
            throw DomainError.notFound(resource: Table.resourceType, id: id)
        }
        return try decode([row], in: db)[0]
    }
}
