import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// `GET /v1/audit`: the audit trail for admins, oldest first, filtered by `resourceType`, `resourceId`,
/// `organisationId`, `tokenId`, `operation`, `from`/`to` (days the changes occurred, UTC), paged by `limit` and an
/// opaque `cursor` (`Link: rel=next`). Nothing changes or deletes an entry: there is no such route, and the database
/// refuses it.
struct AuditRoutes: Sendable {
    let database: DatabasePool

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/audit") { try await audit($0, $1) }
    }

    func audit(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        try principal.requireAdmin("read the audit trail")
        let parameters = try ViewParameters(
            request,
            accepts: [
                "resourceType": .text, "resourceId": .text, "organisationId": .uuids, "tokenId": .uuids,
                "operation": .oneOf(AuditEntry.Operation.allCases.map(\.rawValue)), "from": .date, "to": .date, "limit": .text,
                "cursor": .text,
            ])
        let limit = try Self.limit(parameters["limit"].last)
        var after: Int64 = 0
        var position = 0
        if let token = parameters["cursor"].last {
            guard let cursor = PageCursor(token: token), cursor.order == "audit", case .integer(let sequence)? = cursor.after.first else {
                throw APIProblem.invalidParameter("cursor", "cursor is a nextCursor of this list.")
            }
            (after, position) = (sequence, cursor.position)
        }
        var conditions: [String] = []
        var arguments: [DatabaseValue] = []
        for (name, column) in [
            ("resourceType", "resourceType"), ("resourceId", "resourceId"), ("organisationId", "organisationId"), ("tokenId", "tokenId"),
            ("operation", "operation"),
        ] where !parameters[name].isEmpty {
            conditions.append("\(column) IN (\(parameters[name].map { _ in "?" }.joined(separator: ", ")))")
            arguments += parameters[name].map(\.databaseValue)
        }
        if let from = parameters["from"].last.flatMap(CalendarDate.init) {
            conditions.append("occurredAt >= ?")
            arguments.append(DatabaseTime.milliseconds(from.startOfDay).databaseValue)
        }
        if let to = parameters["to"].last.flatMap(CalendarDate.init), let next = to.adding(days: 1) {
            conditions.append("occurredAt < ?")
            arguments.append(DatabaseTime.milliseconds(next.startOfDay).databaseValue)
        }
        let filter = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
        let (values, start, skipped) = (arguments, after, position)
        let page = try await database.observedRead { db -> Page<AuditEntry> in
            let total =
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM changeEvents WHERE \(filter)", arguments: StatementArguments(values)) ?? 0
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM changeEvents WHERE \(filter) AND sequence > ? ORDER BY sequence LIMIT ?",
                arguments: StatementArguments(values + [start.databaseValue, (limit + 1).databaseValue]))
            let entries = try rows.prefix(limit).map(ChangeLog.entry)
            let next =
                rows.count > limit
                ? entries.last.map { PageCursor(order: "audit", after: [.integer($0.sequence)], position: skipped + limit).token } : nil
            return Page(items: entries, total: total, limit: limit, offset: skipped, nextCursor: next)
        }
        var headers = HTTPFields()
        headers[.xTotalCount] = String(page.total)
        if let link = ListResponse.linkHeader(nextCursor: page.nextCursor, offset: nil, limit: limit, request: request) {
            headers[.link] = link
        }
        return try JSONResponse.make(page, headers: headers)
    }

    /// `limit`: 1–500, 50 unless told.
    static func limit(_ text: String?) throws -> Int {
        guard let text else { return 50 }
        guard let value = Int(text), (1...500).contains(value) else { throw APIProblem.invalidParameter("limit", "limit is 1–500.") }
        return value
    }

    /// A record's history: its audit entries, oldest first.
    static func history(resourceType: String, id: String, in db: Database) throws -> [AuditEntry] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM changeEvents WHERE resourceType = ? AND resourceId = ? ORDER BY sequence",
            arguments: [resourceType, id]
        ).map(ChangeLog.entry)
    }
}
