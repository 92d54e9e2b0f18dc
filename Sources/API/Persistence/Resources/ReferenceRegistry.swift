import Foundation
import GRDB
import SamordnaDomain

/// Every declared reference of every resource, and what follows from them: whether the targets a write names exist
/// for the caller, whether a record may be deleted, and which links go with it. Built once from `ResourceCatalog`.
struct ReferenceRegistry: Sendable {
    /// A resource that holds references.
    struct Holder: Sendable {
        var table: String
        var resourceType: String
        var liveCondition: String?
        var erasesOnDelete: Bool
        var references: [Reference]
    }

    let targets: [String: ReferenceTarget]
    let holders: [Holder]

    /// The registry of the resources and reference data that `ResourceCatalog` lists.
    static let shared = ReferenceRegistry(targets: ResourceCatalog.targets, holders: ResourceCatalog.holders)

    init(targets: [ReferenceTarget], holders: [Holder]) {
        self.targets = Dictionary(targets.map { ($0.table, $0) }, uniquingKeysWith: { first, _ in first })
        self.holders = holders
    }

    /// The issues of the references a write makes: each value must name a live target the principal may see
    /// (`nil`: the system, which sees everything). Values the record already held are not judged again.
    func issues(
        _ references: [Reference], columns: [(String, (any DatabaseValueConvertible)?)], links: LinkRows,
        previous: (columns: [(String, (any DatabaseValueConvertible)?)], links: LinkRows)?, visibleTo principal: Principal?,
        in db: Database
    ) throws -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        for reference in references {
            guard let target = targets[reference.target] else { continue }
            let held = previous.map { Set(values(of: reference, columns: $0.columns, links: $0.links).map(\.value)) } ?? []
            for (field, value) in values(of: reference, columns: columns, links: links) where !held.contains(value) {
                if try !exists(value, in: target, visibleTo: principal, db) {
                    issues.append(ValidationIssue(field: field, code: target.unknownCode, detail: "No \(target.resourceType) \(value)."))
                }
            }
        }
        return issues
    }

    /// Makes way for deleting a record of `table`: refuses while live records refer to it (409 naming them), removes
    /// the links that go with it, and deletes the records that cascade, each with a new version and a change-log entry.
    func release(_ table: String, id: String, by principal: Principal?, in db: Database, now: Date) throws {
        var uses: [String] = []
        for (holder, reference) in referrers(to: table, .refuse) {
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(referring(holder, reference, live: true))", arguments: [id]) ?? 0
            if count > 0 { uses.append("\(count) \(holder.resourceType) (\(reference.field))") }
        }
        if !uses.isEmpty {
            throw DomainError.conflict(
                .inUse, detail: "Still referred to by \(uses.joined(separator: ", ")); change or delete those first.")
        }
        let stamp = DatabaseTime.milliseconds(now)
        for (holder, reference) in referrers(to: table, .unlink) {
            let affected = try Row.fetchAll(
                db, sql: "SELECT DISTINCT h.id, h.version FROM \(referring(holder, reference, live: false))", arguments: [id])
            switch reference.storage {
            case .column(let column):
                try db.execute(sql: "UPDATE \(holder.table) SET \(column) = NULL WHERE \(column) = ?", arguments: [id])
            case .link(let link):
                try db.execute(sql: "DELETE FROM \(link.table) WHERE \(link.valueColumn) = ?", arguments: [id])
            }
            for row in affected {
                let version: Int = row["version"] + 1
                try db.execute(
                    sql: "UPDATE \(holder.table) SET version = ?, updatedAt = ? WHERE id = ?", arguments: [version, stamp, row["id"]])
                try ChangeLog.append(
                    db, resourceType: holder.resourceType, resourceId: row["id"], operation: .updated, version: version, at: now,
                    by: principal, changes: [AuditEntry.Change(field: reference.field, old: .string(id))])
            }
        }
        for (holder, reference) in referrers(to: table, .cascade) {
            let affected = try Row.fetchAll(
                db, sql: "SELECT DISTINCT h.id, h.version FROM \(referring(holder, reference, live: true))", arguments: [id])
            for row in affected {
                try release(holder.table, id: row["id"], by: principal, in: db, now: now)
                try Self.remove(
                    holder.table, id: row["id"], version: row["version"], resourceType: holder.resourceType,
                    erases: holder.erasesOnDelete, by: principal, in: db, now: now)
            }
        }
    }

    /// Deletes one record (for real, or as a tombstone) and logs it; what refers to it has been released.
    static func remove(
        _ table: String, id: String, version: Int, resourceType: String, erases: Bool, by principal: Principal?, in db: Database,
        now: Date
    ) throws {
        let stamp = DatabaseTime.milliseconds(now)
        if erases {
            try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [id])
            try Idempotency.forget(resourceId: id, in: db)
        } else {
            try db.executeCached(
                "UPDATE \(table) SET deletedAt = ?, updatedAt = ?, version = version + 1 WHERE id = ?", arguments: [stamp, stamp, id])
        }
        try ChangeLog.append(
            db, resourceType: resourceType, resourceId: id, operation: .deleted, version: version + 1, at: now, by: principal)
    }

    private func referrers(to table: String, _ onDelete: Reference.OnDelete) -> [(Holder, Reference)] {
        holders.flatMap { holder in
            holder.references.filter { $0.target == table && $0.onDelete == onDelete }.map { (holder, $0) }
        }
    }

    /// `FROM …` with one `?` for the target's key: the holder's rows (aliased `h`) that refer to it.
    private func referring(_ holder: Holder, _ reference: Reference, live: Bool) -> String {
        let liveClause = live ? holder.liveCondition.map { " AND h.\($0)" } ?? "" : ""
        switch reference.storage {
        case .column(let column):
            return "\(holder.table) h WHERE h.\(column) = ?\(liveClause)"
        case .link(let link):
            return "\(holder.table) h JOIN \(link.table) l ON l.\(link.ownerColumn) = h.id WHERE l.\(link.valueColumn) = ?\(liveClause)"
        }
    }

    private func values(
        of reference: Reference, columns: [(String, (any DatabaseValueConvertible)?)], links: LinkRows
    ) -> [(field: String, value: String)] {
        switch reference.storage {
        case .column(let column):
            guard let value = columns.first(where: { $0.0 == column })?.1?.databaseValue, let text = String.fromDatabaseValue(value)
            else { return [] }
            return [(reference.field, text)]
        case .link(let link):
            return (links[link.table] ?? []).enumerated().compactMap { index, row in
                guard let text = row.first??.databaseValue, let value = String.fromDatabaseValue(text) else { return nil }
                return ("\(reference.field)[\(index)]" + (reference.member.map { ".\($0)" } ?? ""), value)
            }
        }
    }

    private func exists(_ value: String, in target: ReferenceTarget, visibleTo principal: Principal?, _ db: Database) throws -> Bool {
        let prefix = target.prefix
        var sql = "SELECT EXISTS (SELECT 1 FROM \(target.source) WHERE \(prefix)\(target.keyColumn) = ?"
        var arguments: [(any DatabaseValueConvertible)?] = [value]
        if let live = target.liveCondition { sql += " AND \(prefix)\(live)" }
        if let principal, let visible = target.visibility(principal) {
            sql += " AND (\(visible.sql))"
            arguments += visible.arguments.map { $0 as (any DatabaseValueConvertible)? }
        }
        return try db.existsCached(sql + ")", arguments: StatementArguments(arguments))
    }
}
