import Foundation
import SamordnaDomain
import Synchronization

extension ListSpec {
    /// A filter parameter: which values it accepts and the SQL condition it adds for them.
    struct Filter: Sendable {
        enum Values: Sendable {
            case any
            case oneOf(Set<String>)
            case uuid
            case pattern(String)
            case date
        }

        var values: Values = .any
        /// Whether a comma list (any of several values) is allowed.
        var allowsList = true
        var normalise: @Sendable (String) -> String = { $0 }
        /// The condition for the given values (and the day the list is asked on), with `?` placeholders, and its arguments.
        var condition: @Sendable (_ values: [String], _ today: CalendarDate) -> (sql: String, arguments: [String])

        /// A filter that matches a column against any of the values.
        init(column: String, values: Values = .any, normalise: @escaping @Sendable (String) -> String = { $0 }) {
            self.values = values
            self.normalise = normalise
            self.condition = { values, _ in ("\(column) IN (\(Filter.placeholders(values.count)))", values) }
        }

        /// A filter with its own condition.
        init(
            values: Values, normalise: @escaping @Sendable (String) -> String = { $0 },
            condition: @escaping @Sendable (_ values: [String], _ today: CalendarDate) -> (sql: String, arguments: [String])
        ) {
            self.values = values
            self.normalise = normalise
            self.condition = condition
        }

        func accepts(_ value: String) -> Bool {
            guard !value.isEmpty, value.unicodeScalars.count <= 200 else { return false }
            switch values {
            case .any: return true
            case .oneOf(let allowed): return allowed.contains(value)
            case .uuid: return UUID(uuidString: value) != nil
            case .pattern(let regex): return CompiledPatterns.matches(value, regex)
            case .date: return CalendarDate(value) != nil
            }
        }

        func explanation(_ name: String) -> String {
            switch values {
            case .any: return "\(name) must be 1–200 characters."
            case .oneOf(let allowed):
                return "\(name) must be one of \(allowed.sorted().joined(separator: ", ")) (a comma list means any of)."
            case .uuid: return "\(name) must be a UUID (a comma list means any of)."
            case .pattern: return "\(name) has the wrong form."
            case .date: return "\(name) must be a date, YYYY-MM-DD."
            }
        }

        static func placeholders(_ count: Int) -> String {
            Array(repeating: "?", count: count).joined(separator: ", ")
        }

        /// A filter on an enum-valued column.
        static func enumeration<E: CaseIterable & RawRepresentable>(_ column: String, _ type: E.Type) -> Filter where E.RawValue == String {
            Filter(column: column, values: .oneOf(Set(E.allCases.map(\.rawValue))))
        }

        /// A filter on a UUID column.
        static func identifier(_ column: String) -> Filter {
            Filter(column: column, values: .uuid, normalise: { $0.lowercased() })
        }

        /// Matches rows whose join table links any of the values (`owner` is the row's id as the query names it).
        static func linked(
            _ link: LinkTable, owner: String = "id", values: Values, normalise: @escaping @Sendable (String) -> String = { $0 }
        ) -> Filter {
            Filter(values: values, normalise: normalise) { values, _ in
                (
                    "EXISTS (SELECT 1 FROM \(link.table) l WHERE l.\(link.ownerColumn) = \(owner) AND l.\(link.valueColumn) IN (\(placeholders(values.count))))",
                    values
                )
            }
        }

        /// Matches rows whose JSON-array column (of codes) holds any of the values.
        static func jsonList<E: CaseIterable & RawRepresentable>(_ column: String, _ type: E.Type) -> Filter where E.RawValue == String {
            Filter(values: .oneOf(Set(E.allCases.map(\.rawValue)))) { values, _ in
                ("EXISTS (SELECT 1 FROM json_each(\(column)) j WHERE j.value IN (\(placeholders(values.count))))", values)
            }
        }

        /// Matches rows whose join table links a challenge area named by key or id.
        static func challengeArea(_ link: LinkTable, owner: String = "id") -> Filter {
            Filter(values: .any) { values, _ in
                let list = placeholders(values.count)
                return (
                    "EXISTS (SELECT 1 FROM \(link.table) l JOIN challengeAreas c ON c.id = l.\(link.valueColumn) WHERE l.\(link.ownerColumn) = \(owner) AND (c.key IN (\(list)) OR c.id IN (\(list))))",
                    values + values.map { $0.lowercased() }
                )
            }
        }

        /// A date bound: `column >= ?` or `column <= ?` (or `<` for `strict`), with one date value.
        static func date(_ column: String, _ comparison: String) -> Filter {
            var filter = Filter(values: .date) { values, _ in ("\(column) \(comparison) ?", [values.last ?? ""]) }
            filter.allowsList = false
            return filter
        }

        /// `true` or `false`, for a condition and its negation; `arguments` may depend on the day the list is asked on.
        static func flag(_ sql: String, arguments: @escaping @Sendable (CalendarDate) -> [String] = { _ in [] }) -> Filter {
            var filter = Filter(values: .oneOf(["true", "false"])) { values, today in
                values.last == "true" ? ("(\(sql))", arguments(today)) : ("NOT (\(sql))", arguments(today))
            }
            filter.allowsList = false
            return filter
        }
    }
}

/// Filter patterns compiled once each, not on every request.
enum CompiledPatterns {
    private static let compiled = Mutex<[String: NSRegularExpression]>([:])

    /// Whether the whole of `value` is matched by `pattern` (anchored as written).
    static func matches(_ value: String, _ pattern: String) -> Bool {
        let expression = compiled.withLock { cache -> NSRegularExpression? in
            if let found = cache[pattern] { return found }
            guard let made = try? NSRegularExpression(pattern: pattern) else { return nil }
            cache[pattern] = made
            return made
        }
        guard let expression else { return false }
        return expression.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
    }
}
