import Foundation
import SamordnaDomain

/// Knowledge from the work and how far it has spread.
extension SamordnaClient {
    /// Knowledge items (lessons, methods, case studies…); drafts and withdrawn items only for their author and admins.
    public var knowledgeItems: RecordCollection<KnowledgeItem> { RecordCollection(transport: transport, path: "/v1/knowledge-items") }
    /// Occasions on which knowledge items were spread, and whom they reached.
    public var disseminations: RecordCollection<Dissemination> { RecordCollection(transport: transport, path: "/v1/disseminations") }

    /// Which audiences and counties the disseminations reached, and which not yet: of one item, or (nil) of all.
    public func knowledgeReach(of item: KnowledgeItem.ID? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil) async throws
        -> KnowledgeReach
    {
        let path = item.map { "/v1/knowledge-items/\($0)/reach" } ?? "/v1/knowledge-reach"
        var query: [(name: String, value: String)] = []
        if let from { query.append(("from", from.description)) }
        if let to { query.append(("to", to.description)) }
        return try transport.decode(KnowledgeReach.self, from: try await transport.send("GET", path, query: query))
    }

    /// The reach as CSV (`;`, UTF-8 with BOM): one row per audience and per county.
    public func knowledgeReachCSV(of item: KnowledgeItem.ID? = nil) async throws -> String {
        let path = item.map { "/v1/knowledge-items/\($0)/reach" } ?? "/v1/knowledge-reach"
        let answer = try await transport.send("GET", path, query: [("format", "csv")])
        try transport.check(answer, expecting: [200])
        return String(decoding: answer.body, as: UTF8.self)
    }
}
