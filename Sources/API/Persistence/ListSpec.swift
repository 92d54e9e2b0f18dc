import Foundation
import SamordnaDomain

/// What a list offers: its filters, its sortable fields and their columns, its text-search column.
/// Each resource declares one; parsing, SQL, paging and CSV are shared.
struct ListSpec: Sendable {
    /// A filter parameter and the column it restricts.
    struct Filter: Sendable {
        enum Values: Sendable {
            case any
            case oneOf(Set<String>)
            case uuid
            case pattern(String)
        }

        var column: String
        var values: Values = .any
        var normalise: @Sendable (String) -> String = { $0 }

        func accepts(_ value: String) -> Bool {
            guard !value.isEmpty, value.unicodeScalars.count <= 200 else { return false }
            switch values {
            case .any: return true
            case .oneOf(let allowed): return allowed.contains(value)
            case .uuid: return UUID(uuidString: value) != nil
            case .pattern(let regex): return value.range(of: regex, options: .regularExpression) != nil
            }
        }

        func explanation(_ name: String) -> String {
            switch values {
            case .any: return "\(name) must be 1–200 characters."
            case .oneOf(let allowed):
                return "\(name) must be one of \(allowed.sorted().joined(separator: ", ")) (a comma list means any of)."
            case .uuid: return "\(name) must be a UUID (a comma list means any of)."
            case .pattern: return "\(name) has the wrong form."
            }
        }

        /// A filter on an enum-valued column.
        static func enumeration<E: CaseIterable & RawRepresentable>(_ column: String, _ type: E.Type) -> Filter where E.RawValue == String {
            Filter(column: column, values: .oneOf(Set(E.allCases.map(\.rawValue))))
        }

        /// A filter on a UUID column.
        static func identifier(_ column: String) -> Filter {
            Filter(column: column, values: .uuid, normalise: { $0.lowercased() })
        }
    }

    var table: String
    var filters: [String: Filter]
    /// Sort field (as clients name it) → column.
    var sortColumns: [String: String]
    var defaultSort: String
    /// The folded column `q` searches, if any.
    var searchColumn: String?
    /// The condition that keeps deleted rows (tombstones) out; nil where deletes erase the row.
    var liveCondition: String? = "deletedAt IS NULL"
}
