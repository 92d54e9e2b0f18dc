import GRDB

/// Release 1.1: an index for every order a list offers, so that a page (and above all a deep page by cursor) reads
/// only its own rows. Each is `(sort column, unique column)` over live rows, which SQLite also walks backwards for the
/// descending order; `updatedAt` with `updatedSince` (how an integration syncs) is a range on the same index.
/// `ListIndexTests` asks SQLite's query planner that every list order is served by one.
enum SortIndexMigration {
    /// Table → (live condition, or nil where deletes erase the row; unique column; the sort columns needing an index).
    static let indexes: [(table: String, live: String?, unique: String, columns: [String])] = [
        ("organisations", "deletedAt IS NULL", "id", ["updatedAt", "createdAt", "kind"]),
        ("contacts", nil, "id", ["updatedAt", "createdAt", "retainUntil"]),
        ("challengeAreas", "deletedAt IS NULL", "id", ["nameSortKey", "key", "updatedAt", "createdAt"]),
        ("assignments", "deletedAt IS NULL", "id", ["nameSortKey", "decisionDate", "updatedAt", "createdAt"]),
        ("assignmentParts", "deletedAt IS NULL", "id", ["position", "code", "updatedAt", "createdAt"]),
        ("forums", "deletedAt IS NULL", "id", ["status", "startDate", "updatedAt", "createdAt"]),
        ("forumMemberships", "deletedAt IS NULL", "id", ["validFrom", "updatedAt", "createdAt"]),
        ("meetings", "deletedAt IS NULL", "id", ["nameSortKey", "updatedAt", "createdAt"]),
        ("decisions", "deletedAt IS NULL", "id", ["decidedOn", "updatedAt", "createdAt"]),
        ("followUpActions", "deletedAt IS NULL", "id", ["status", "updatedAt", "createdAt"]),
        ("apiTokens", "revokedAt IS NULL", "id", ["createdAt", "updatedAt", "name"]),
        ("counties", nil, "code", ["nameSortKey", "updatedAt"]),
        ("municipalities", nil, "code", ["updatedAt"]),
    ]

    static func migrate(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX organisations_updated")
        // A municipality's organisations by name, and its companies (the filter pair a county board uses most) without
        // reading each row to check its kind.
        try db.execute(
            sql: "CREATE INDEX organisations_live_municipality ON organisations(municipalityCode, nameSortKey, id) WHERE deletedAt IS NULL")
        try db.execute(
            sql: """
                CREATE INDEX organisations_kind_municipality ON organisations(kind, municipalityCode, nameSortKey, id)
                WHERE deletedAt IS NULL
                """)
        for (table, live, unique, columns) in indexes {
            for column in columns {
                let condition = live.map { " WHERE \($0)" } ?? ""
                try db.execute(sql: "CREATE INDEX \(table)_order_\(column) ON \(table)(\(column), \(unique))\(condition)")
            }
        }
    }
}
