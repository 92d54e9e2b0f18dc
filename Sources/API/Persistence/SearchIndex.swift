import GRDB
import SamordnaDomain

/// The full-text index behind `GET /v1/search`: SQLite FTS5 with `unicode61 remove_diacritics 0` (case-insensitive;
/// å, ä and ö stay letters of their own), a title and a body per record. Kept in step with every write by the change
/// log (`ChangeLog.append` refreshes the record's document in the same transaction), so there is one hook for every
/// write path. What a type contributes is said once here, as SQL over its table, used both to refresh one record and
/// to fill the index when it is made.
enum SearchIndex {
    /// What one resource type puts in the index.
    struct Source: Sendable {
        var type: String
        var table: String
        var title: String
        var body: String
    }

    /// The searchable types, their titles and bodies.
    static let sources: [Source] = [
        Source(type: "organisation", table: "organisations", title: "name", body: "coalesce(shortName, '')"),
        Source(type: "forum", table: "forums", title: "name", body: "coalesce(purpose, '')"),
        Source(type: "meeting", table: "meetings", title: "title", body: "coalesce(agenda, '') || ' ' || coalesce(summary, '')"),
        Source(
            type: "initiative", table: "initiatives", title: "title",
            body: "coalesce(description, '') || ' ' || coalesce(outcomeSummary, '')"),
        Source(type: "establishment", table: "establishments", title: "name", body: "coalesce(description, '')"),
        Source(type: "barrier", table: "barriers", title: "title", body: "coalesce(description, '') || ' ' || coalesce(resolution, '')"),
        Source(type: "recommendation", table: "recommendations", title: "number || ' ' || text", body: "''"),
        Source(type: "knowledgeItem", table: "knowledgeItems", title: "title", body: "summary || ' ' || coalesce(body, '')"),
    ]

    static let byType = Dictionary(uniqueKeysWithValues: sources.map { ($0.type, $0) })
    /// The searchable types by table, so that a list's `q` uses the same index.
    static let byTable = Dictionary(uniqueKeysWithValues: sources.map { ($0.table, $0) })

    /// Makes the index and fills it from the live records (of the tables there are yet: a later migration makes a
    /// table empty).
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE searchDocuments (
                    rowid INTEGER PRIMARY KEY,
                    type TEXT NOT NULL,
                    id TEXT NOT NULL,
                    UNIQUE (type, id)
                ) STRICT;
                CREATE VIRTUAL TABLE searchIndex USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 0');
                """)
        for source in sources where try db.tableExists(source.table) {
            for id in try String.fetchAll(db, sql: "SELECT id FROM \(source.table) WHERE deletedAt IS NULL") {
                try refresh(source, id: id, in: db)
            }
        }
    }

    /// Brings the record's document in line with the record (gone when it is deleted), if its type is searchable.
    static func refresh(type: String, id: String, in db: Database) throws {
        guard let source = byType[type] else { return }
        try refresh(source, id: id, in: db)
    }

    private static func refresh(_ source: Source, id: String, in db: Database) throws {
        if let rowid = try Int64.fetchOne(
            db, sql: "SELECT rowid FROM searchDocuments WHERE type = ? AND id = ?", arguments: [source.type, id])
        {
            try db.executeCached("DELETE FROM searchIndex WHERE rowid = ?", arguments: [rowid])
            try db.executeCached("DELETE FROM searchDocuments WHERE rowid = ?", arguments: [rowid])
        }
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT \(source.title) AS title, \(source.body) AS body FROM \(source.table) WHERE id = ? AND deletedAt IS NULL",
                arguments: [id])
        else { return }
        try db.executeCached("INSERT INTO searchDocuments (type, id) VALUES (?, ?)", arguments: [source.type, id])
        try db.executeCached(
            "INSERT INTO searchIndex (rowid, title, body) VALUES (?, ?, ?)",
            arguments: [db.lastInsertedRowID, row["title"] as String? ?? "", row["body"] as String? ?? ""])
    }

    /// An FTS5 query for what a person typed: each word a prefix, all of them required; nil when no word is left.
    static func query(_ text: String) -> String? {
        let words = text.split { !($0.isLetter || $0.isNumber) }.prefix(12)
        guard !words.isEmpty else { return nil }
        return words.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}
