import Foundation
import SamordnaDomain

/// What a list offers: its filters, its sortable fields and their columns, its text-search column.
/// Each resource declares one; parsing, SQL, paging and CSV are shared.
struct ListSpec: Sendable {
    var table: String
    /// An alias for the table in list queries, for conditions that name it (`m` for meetings).
    var alias: String? = nil
    var filters: [String: Filter]
    /// Sort field (as clients name it) → column.
    var sortColumns: [String: String]
    var defaultSort: String
    /// The folded columns `q` searches (any may match); none where the list has no text filter.
    var searchColumns: [String]
    /// The condition that keeps deleted rows (tombstones) out; nil where deletes erase the row.
    var liveCondition: String? = "deletedAt IS NULL"
    /// The unique column that makes every order stable (`code` for reference data).
    var uniqueColumn = "id"

    /// The column a sort field orders by (the default sort's for nil), falling back to the unique column.
    func sortColumn(for field: String?) -> String {
        sortColumns[field ?? defaultSort] ?? uniqueColumn
    }

    /// The columns that order a list by `field` and that a cursor carries: the sort column, then the unique column
    /// (just the unique column when it is the sort), as a fetched row names them (without the table's alias).
    func keyColumns(for field: String?) -> [String] {
        let column = sortColumn(for: field)
        let columns = column == uniqueColumn ? [column] : [column, uniqueColumn]
        return columns.map { String($0.split(separator: ".").last ?? Substring($0)) }
    }

    /// The table in a `FROM` clause, with its alias.
    var source: String { alias.map { "\(table) \($0)" } ?? table }
}

extension ListSpec {
    /// A list whose filters are the parameters of a Domain filter type, each given its condition by `condition`: an
    /// exhaustive switch, so a parameter the client can send is one the server handles.
    init<Parameters: RecordFilter>(
        table: String, alias: String? = nil, filters: Parameters.Type, sortColumns: [String: String], defaultSort: String,
        searchColumns: [String], liveCondition: String? = "deletedAt IS NULL", uniqueColumn: String = "id",
        condition: (Parameters.Parameter) -> Filter
    ) {
        self.init(
            table: table, alias: alias,
            filters: Dictionary(uniqueKeysWithValues: Parameters.Parameter.allCases.map { ($0.rawValue, condition($0)) }),
            sortColumns: sortColumns, defaultSort: defaultSort, searchColumns: searchColumns, liveCondition: liveCondition,
            uniqueColumn: uniqueColumn)
    }
}
