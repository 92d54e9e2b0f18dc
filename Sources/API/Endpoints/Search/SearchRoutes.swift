import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// `GET /v1/search?q=&types=&limit=`: organisations, forums, meetings, initiatives, establishments, barriers,
/// recommendations and knowledge items by their words, best first (FTS5 bm25 with the title weighted ten times the body), each word of
/// `q` matched as a prefix; case-insensitive, with å, ä and ö letters of their own (so `overtornea` does not find
/// Övertorneå, `överto` does). Only what the caller may see is answered: a hit is kept only when the record's list
/// would show it to the caller, and nothing tells how many were left out.
struct SearchRoutes: Sendable {
    let database: DatabasePool
    let visibility: FeedVisibility

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/search") { try await search($0, $1) }
    }

    func search(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let parameters = try ViewParameters(
            request, accepts: ["q": .phrase, "types": .oneOf(SearchIndex.sources.map(\.type)), "limit": .text])
        guard let text = parameters["q"].last else { throw APIProblem.invalidParameter("q", "q is the words to search for.") }
        let limit = parameters["limit"].last.map { Int($0) } ?? 20
        guard let limit, (1...100).contains(limit) else { throw APIProblem.invalidParameter("limit", "limit is 1–100.") }
        let types = parameters["types"]
        guard let match = SearchIndex.query(text) else { return try JSONResponse.make(SearchResults(query: text, items: [])) }
        let hits = try await database.observedRead { db -> [SearchHit] in
            let typeFilter = types.isEmpty ? "" : " AND d.type IN (\(types.map { _ in "?" }.joined(separator: ", ")))"
            var found: [SearchHit] = []
            var offset = 0
            // Candidates in rank order, a batch at a time, until enough visible ones are found.
            while found.count < limit && offset < 2000 {
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT d.type, d.id, searchIndex.title AS title,
                        snippet(searchIndex, -1, char(2), char(3), '…', 12) AS snippet
                        FROM searchIndex JOIN searchDocuments d ON d.rowid = searchIndex.rowid
                        WHERE searchIndex MATCH ?\(typeFilter)
                        ORDER BY bm25(searchIndex, 10.0, 1.0), d.rowid LIMIT 200 OFFSET ?
                        """, arguments: StatementArguments([match] + types + [String(offset)]))
                guard !rows.isEmpty else { break }
                offset += rows.count
                var visible: [String: Set<String>] = [:]
                for (type, group) in Dictionary(grouping: rows, by: { $0["type"] as String }) {
                    visible[type] = try visibility.visibleIds(type, group.map { $0["id"] as String }, for: principal, in: db)
                }
                for row in rows where found.count < limit {
                    let (type, id): (String, String) = (row["type"], row["id"])
                    guard visible[type]?.contains(id) == true else { continue }
                    found.append(
                        SearchHit(
                            type: type, id: id, title: row["title"], snippet: Self.marked(row["snippet"]),
                            path: visibility.paths[type].map { "\($0)/\(id)" }))
                }
            }
            return found
        }
        return try JSONResponse.make(SearchResults(query: text, items: hits))
    }

    /// The snippet as HTML-escaped text with the hits between `<mark>` and `</mark>`.
    static func marked(_ snippet: String) -> String {
        HTML.escape(snippet).replacingOccurrences(of: "\u{02}", with: "<mark>").replacingOccurrences(of: "\u{03}", with: "</mark>")
    }
}
