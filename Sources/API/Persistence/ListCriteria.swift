import Foundation
import SamordnaDomain

/// What a list asks of the store, already checked: paging, order, text filter, change time and the resource's own
/// filters. The HTTP layer parses it (`ListParameters`); persistence knows nothing of requests.
struct ListCriteria: Sendable {
    var limit = 20
    var offset = 0
    /// Where the page starts instead of `offset`: after the item a previous page's `nextCursor` names.
    var cursor: PageCursor?
    /// The sort field and direction; `nil` for the resource's default order.
    var sort: (field: String, descending: Bool)?
    /// The text filter, already folded with `SwedishCollation`.
    var search: String?
    /// The text filter as typed, for the full-text index.
    var searchText: String?
    var updatedSince: Date?
    /// Resource filters: parameter name → accepted values (a comma list means any of).
    var filters: [String: [String]] = [:]
    /// The day "current" and "overdue" are judged on, from the injected clock.
    var today: CalendarDate

    /// The order as clients and cursors name it: the sort field, prefixed with `-` when descending.
    func order(in spec: ListSpec) -> String {
        (sort?.descending == true ? "-" : "") + (sort?.field ?? spec.defaultSort)
    }
}
