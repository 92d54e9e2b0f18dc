import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// `GET /v1/changes?after=&types=&limit=&wait=`: every change in the one order of the change log, which never
/// reorders or skips: entries are numbered as they are written, and SQLite has one writer at a time, so a change
/// becomes visible only after every change numbered before it. Thin events (type, id, operation, version, time,
/// path); an opaque cursor (`after`, the previous page's `nextCursor`) and `Link: rel=next`.
///
/// Visibility follows the lists: a change of a record the caller may see now is shown as it is; a record the caller
/// may not see now (deleted, confidential, another organisation's contact) shows only its latest change, as a
/// removal, so that a mirror built from the feed always equals what the caller can list, and a record one may not
/// see looks exactly like one that was deleted. `wait` (seconds, at most 30) holds a caught-up request open until a
/// change commits.
struct ChangeFeedRoutes: Sendable {
    let database: DatabasePool
    let visibility: FeedVisibility
    /// The longest `wait` allowed.
    var maximumWait: Duration = .seconds(30)

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/changes") { try await changes($0, $1) }
    }

    func changes(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let parameters = try ViewParameters(request, accepts: ["after": .text, "types": .text, "limit": .text, "wait": .text])
        var start: Int64 = 0
        if let token = parameters["after"].last {
            guard let cursor = PageCursor(token: token), cursor.order == "changes", case .integer(let sequence)? = cursor.after.first else {
                throw APIProblem.invalidParameter("after", "after is a nextCursor of the feed.")
            }
            start = sequence
        }
        let limit = parameters["limit"].last.map { Int($0) } ?? 100
        guard let limit, (1...500).contains(limit) else { throw APIProblem.invalidParameter("limit", "limit is 1–500.") }
        let seconds = parameters["wait"].last.map { Double($0) } ?? 0
        guard let seconds, seconds >= 0, seconds <= Double(maximumWait.components.seconds) else {
            throw APIProblem.invalidParameter("wait", "wait is 0–\(maximumWait.components.seconds) seconds.")
        }
        let types = parameters["types"]
        let deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
        var page = ChangePage(items: [], nextCursor: Self.cursor(start), caughtUp: false)
        var scans = 0
        while true {
            let generation = ChangeSignal.shared.generation
            let from = start
            page = try await database.observedRead { db in try read(after: from, types: types, limit: limit, for: principal, in: db) }
            start = Self.sequence(page.nextCursor) ?? start
            scans += 1
            guard page.items.isEmpty else { break }
            // Pages of changes the caller may not see are skipped over, a bounded number per request.
            if !page.caughtUp {
                if scans < 50 { continue } else { break }
            }
            let remaining = deadline - .now
            guard remaining > .zero else { break }
            await ChangeSignal.shared.wait(after: generation, timeout: remaining)
        }
        var headers = HTTPFields()
        let others = QueryString.items(request.uri.query).filter { $0.name != "after" && $0.name != "wait" }.map {
            "\($0.name)=\($0.value)"
        }
        headers[.link] = "<\(request.uri.path)?\((others + ["after=\(page.nextCursor)"]).joined(separator: "&"))>; rel=\"next\""
        return try JSONResponse.make(page, headers: headers)
    }

    /// One page after `start`: up to `limit` entries scanned, those the caller may see as they are, the latest of
    /// each record the caller may not see as its removal.
    func read(after start: Int64, types: [String], limit: Int, for principal: Principal, in db: Database) throws -> ChangePage {
        let typeFilter = types.isEmpty ? "" : " AND resourceType IN (\(types.map { _ in "?" }.joined(separator: ", ")))"
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT sequence, resourceType, resourceId, operation, version, occurredAt FROM changeEvents
                WHERE sequence > ?\(typeFilter) ORDER BY sequence LIMIT ?
                """,
            arguments: StatementArguments([start.databaseValue] + types.map(\.databaseValue) + [(limit + 1).databaseValue]))
        let scanned = Array(rows.prefix(limit))
        let byType = Dictionary(grouping: scanned.filter { visibility.follows($0["resourceType"], principal) }) {
            $0["resourceType"] as String
        }
        var visible: [String: Set<String>] = [:]
        var latest: [String: Int64] = [:]
        for (type, entries) in byType {
            let ids = Array(Set(entries.map { $0["resourceId"] as String }))
            visible[type] = try visibility.visibleIds(type, ids, for: principal, in: db)
            let hidden = ids.filter { !(visible[type]?.contains($0) ?? false) }
            guard !hidden.isEmpty else { continue }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT resourceId, MAX(sequence) AS last FROM changeEvents
                    WHERE resourceType = ? AND resourceId IN (\(hidden.map { _ in "?" }.joined(separator: ", "))) GROUP BY resourceId
                    """, arguments: StatementArguments([type] + hidden))
            {
                latest["\(type)/\(row["resourceId"] as String)"] = row["last"]
            }
        }
        let items = scanned.compactMap { row -> ChangeEvent? in
            let (type, id, sequence): (String, String, Int64) = (row["resourceType"], row["resourceId"], row["sequence"])
            guard visibility.follows(type, principal) else { return nil }
            let operation = AuditEntry.Operation(rawValue: row["operation"]) ?? .updated
            if visible[type]?.contains(id) == true {
                return ChangeEvent(
                    type: type, id: id, operation: operation, version: row["version"], occurredAt: row.date("occurredAt"),
                    path: visibility.paths[type].map { "\($0)/\(id)" }, cursor: Self.cursor(sequence))
            }
            guard latest["\(type)/\(id)"] == sequence else { return nil }
            return ChangeEvent(
                type: type, id: id, operation: .deleted, version: row["version"], occurredAt: row.date("occurredAt"), path: nil,
                cursor: Self.cursor(sequence))
        }
        let last = scanned.last.map { $0["sequence"] as Int64 } ?? start
        return ChangePage(items: items, nextCursor: Self.cursor(last), caughtUp: rows.count <= limit)
    }

    static func cursor(_ sequence: Int64) -> String { PageCursor(order: "changes", after: [.integer(sequence)], position: 0).token }

    static func sequence(_ token: String) -> Int64? {
        guard let cursor = PageCursor(token: token), case .integer(let sequence)? = cursor.after.first else { return nil }
        return sequence
    }
}
