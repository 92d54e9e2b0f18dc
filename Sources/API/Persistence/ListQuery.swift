import GRDB
import SamordnaDomain

/// Turns list criteria into one SQL query for the page and one for the total, sharing the
/// conditions. Every value is a bound argument; column names come only from the `ListSpec`.
struct ListQuery: Sendable {
    /// An extra condition a resource adds (e.g. what a token may see), with its arguments.
    struct Condition: Sendable {
        var sql: String
        var arguments: [String]
    }

    let spec: ListSpec
    let parameters: ListCriteria
    var restriction: Condition?
    /// Where totals are cached; nil computes every total.
    var counts: CountCache?

    /// Fetches one page and the total; `decode` turns the page's rows into items (with their links). The page is
    /// read one row long, so that whether another follows (and its `nextCursor`) is known without counting.
    func page<Item>(_ db: Database, decode: ([Row]) throws -> [Item]) throws -> Page<Item> {
        let statement = try pageStatement(db)
        var rows = try Row.fetchAll(db, sql: statement.sql, arguments: statement.arguments)
        let hasMore = rows.count > parameters.limit
        if hasMore { rows.removeLast() }
        let total = try total(db)
        let start = parameters.cursor?.position ?? parameters.offset
        let next = hasMore ? rows.last.flatMap { cursor(after: $0, position: start + rows.count) } : nil
        return Page(items: try decode(rows), total: total, limit: parameters.limit, offset: start, nextCursor: next?.token)
    }

    /// How many rows match (the cursor aside), from the cache where one is given.
    func total(_ db: Database) throws -> Int {
        let (whereClause, arguments) = conditions()
        let countSQL = "SELECT COUNT(*) FROM \(spec.source)\(whereClause)"
        let count = { try Int.fetchOne(db, sql: countSQL, arguments: StatementArguments(arguments)) ?? 0 }
        guard let counts else { return try count() }
        let values = arguments.map { $0?.databaseValue ?? .null }
        let key = ([countSQL] + values.map { "\($0)" }).joined(separator: "\u{1F}")
        return try counts.total(table: spec.table, key: key, sql: countSQL, arguments: values, count: count)
    }

    /// The query for the page's rows (one more than `limit`): conditions, the cursor's keyset, order and paging.
    func pageStatement(_ db: Database) throws -> (sql: String, arguments: StatementArguments) {
        var (clause, arguments) = conditions()
        if let cursor = parameters.cursor, let keyset = try keysetCondition(after: cursor, in: db) {
            clause += (clause.isEmpty ? " WHERE " : " AND ") + keyset.sql
            arguments += keyset.arguments.map { $0 as (any DatabaseValueConvertible)? }
        }
        let offset = parameters.cursor == nil ? parameters.offset : 0
        return (
            "SELECT * FROM \(spec.source)\(clause) ORDER BY \(orderClause()) LIMIT ? OFFSET ?",
            StatementArguments(arguments + [parameters.limit + 1, offset])
        )
    }

    /// The sort column and the unique column, as they are named in a fetched row (without the table's alias).
    var keyColumnNames: [String] { spec.keyColumns(for: parameters.sort?.field) }

    /// The cursor that continues after `row`, or nil where a key value cannot be carried (a real or a blob).
    private func cursor(after row: Row, position: Int) -> PageCursor? {
        var key: [PageCursor.Value] = []
        for column in keyColumnNames {
            switch (row[column] as DatabaseValue).storage {
            case .string(let text): key.append(.text(text))
            case .int64(let integer): key.append(.integer(integer))
            case .null: key.append(.null)
            case .double, .blob: return nil
            }
        }
        return cursor(key, position: position)
    }

    /// The cursor that continues after the item with this key.
    func cursor(_ key: [PageCursor.Value], position: Int) -> PageCursor {
        PageCursor(order: parameters.order(in: spec), after: key, position: position)
    }

    /// Rows strictly after the cursor's key in the list's order: `(sort, id) > (?, ?)` (or `<` descending), which an
    /// index on `(sort, id)` serves as a range. SQLite puts NULLs first ascending, so a nullable sort column adds
    /// the NULL rows that still follow.
    private func keysetCondition(after cursor: PageCursor, in db: Database) throws -> (sql: String, arguments: [DatabaseValue])? {
        let column = spec.sortColumn(for: parameters.sort?.field)
        let unique = spec.uniqueColumn
        let descending = parameters.sort?.descending == true
        let comparison = descending ? "<" : ">"
        let values = cursor.after.map(\.databaseValue)
        if column == unique { return (sql: "\(unique) \(comparison) ?", arguments: values) }
        let nullable = try !(db.columns(in: spec.table).first { $0.name == keyColumnNames[0] }?.isNotNull ?? false)
        switch (cursor.after[0], descending) {
        case (.null, false):
            return (sql: "((\(column) IS NULL AND \(unique) > ?) OR \(column) IS NOT NULL)", arguments: [values[1]])
        case (.null, true):
            return (sql: "(\(column) IS NULL AND \(unique) < ?)", arguments: [values[1]])
        case (_, false):
            return (sql: "(\(column), \(unique)) > (?, ?)", arguments: values)
        case (_, true):
            let nulls = nullable ? " OR \(column) IS NULL" : ""
            return (sql: "((\(column), \(unique)) < (?, ?)\(nulls))", arguments: values)
        }
    }

    private func conditions() -> (String, [(any DatabaseValueConvertible)?]) {
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let live = spec.liveCondition { clauses.append(live) }
        for name in parameters.filters.keys.sorted() {
            guard let filter = spec.filters[name], let values = parameters.filters[name], !values.isEmpty else { continue }
            let condition = filter.condition(values, parameters.today)
            clauses.append(condition.sql)
            arguments.append(contentsOf: condition.arguments.map { $0 as (any DatabaseValueConvertible)? })
        }
        if let search = parameters.search, !spec.searchColumns.isEmpty {
            // The name (any part of it), or, where the resource is searchable, any of its words as `GET /v1/search`
            // finds them (each word a prefix, all required, å ä ö letters of their own).
            let pattern = "%" + ListQuery.escapeLike(search) + "%"
            var alternatives = spec.searchColumns.map { "\($0) LIKE ? ESCAPE '\\'" }
            arguments.append(contentsOf: spec.searchColumns.map { _ in pattern })
            if let source = SearchIndex.byTable[spec.table], let match = parameters.searchText.flatMap(SearchIndex.query) {
                alternatives.append(
                    "\(spec.alias.map { "\($0)." } ?? "")id IN (SELECT d.id FROM searchIndex JOIN searchDocuments d ON d.rowid = searchIndex.rowid WHERE searchIndex MATCH ? AND d.type = ?)"
                )
                arguments.append(contentsOf: [match, source.type])
            }
            clauses.append("(" + alternatives.joined(separator: " OR ") + ")")
        }
        if let since = parameters.updatedSince {
            clauses.append("updatedAt >= ?")
            arguments.append(DatabaseTime.milliseconds(since))
        }
        if let restriction {
            clauses.append("(\(restriction.sql))")
            arguments.append(contentsOf: restriction.arguments)
        }
        return (clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    private func orderClause() -> String {
        let unique = spec.uniqueColumn
        let column = spec.sortColumn(for: parameters.sort?.field)
        let direction = parameters.sort?.descending == true ? "DESC" : "ASC"
        return column == unique ? "\(unique) \(direction)" : "\(column) \(direction), \(unique) \(direction)"
    }

    private static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(
            of: "_", with: "\\_")
    }
}

extension PageCursor.Value {
    /// The key value as SQLite binds it.
    var databaseValue: DatabaseValue {
        switch self {
        case .text(let text): return text.databaseValue
        case .integer(let integer): return integer.databaseValue
        case .null: return .null
        }
    }
}
