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

    /// Fetches one page and the total; `decode` turns the page's rows into items (with their links).
    func page<Item>(_ db: Database, decode: ([Row]) throws -> [Item]) throws -> Page<Item> {
        let (whereClause, arguments) = conditions()
        let order = orderClause()
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM \(spec.source)\(whereClause) ORDER BY \(order) LIMIT ? OFFSET ?",
            arguments: StatementArguments(arguments + [parameters.limit, parameters.offset]))
        let countSQL = "SELECT COUNT(*) FROM \(spec.source)\(whereClause)"
        let count = { try Int.fetchOne(db, sql: countSQL, arguments: StatementArguments(arguments)) ?? 0 }
        let total: Int
        if let counts {
            let key = ([countSQL] + arguments.map { $0.map { "\($0.databaseValue)" } ?? "NULL" }).joined(separator: "\u{1F}")
            total = try counts.total(table: spec.table, key: key, count: count)
        } else {
            total = try count()
        }
        return Page(items: try decode(rows), total: total, limit: parameters.limit, offset: parameters.offset)
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
            let pattern = "%" + ListQuery.escapeLike(search) + "%"
            clauses.append("(" + spec.searchColumns.map { "\($0) LIKE ? ESCAPE '\\'" }.joined(separator: " OR ") + ")")
            arguments.append(contentsOf: spec.searchColumns.map { _ in pattern })
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
        let field = parameters.sort?.field ?? spec.defaultSort
        let unique = spec.uniqueColumn
        let column = spec.sortColumns[field] ?? unique
        let direction = parameters.sort?.descending == true ? "DESC" : "ASC"
        return column == unique ? "\(unique) \(direction)" : "\(column) \(direction), \(unique) \(direction)"
    }

    private static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(
            of: "_", with: "\\_")
    }
}
