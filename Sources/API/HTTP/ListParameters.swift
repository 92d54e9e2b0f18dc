import Foundation
import Hummingbird
import SamordnaDomain

/// The query parameters every list shares (`limit`, `offset`, `sort`, `q`, `updatedSince`, `format`)
/// plus the resource's own filters, parsed and checked once.
struct ListParameters: Sendable {
    static let defaultLimit = 20
    static let maximumLimit = 500

    /// What the list asks of the store.
    var criteria: ListCriteria
    var wantsCSV = false

    var limit: Int { criteria.limit }
    var offset: Int { criteria.offset }

    /// Parses the query of a request against a resource's list specification; unknown parameters and bad
    /// values are a `400` naming the parameter. `now` is the clock's time, for filters relative to today.
    init(request: Request, spec: ListSpec, now: Date) throws {
        criteria = ListCriteria(today: CalendarDate(now))
        var seen = Set<String>()
        var format: String?
        for (name, value) in QueryString.items(request.uri.query) {
            guard seen.insert(name).inserted || spec.filters[name] != nil else {
                throw APIProblem.invalidParameter(name, "\(name) is given more than once.")
            }
            switch name {
            case "limit":
                guard let n = Int(value), (1...ListParameters.maximumLimit).contains(n) else {
                    throw APIProblem.invalidParameter(name, "limit must be an integer from 1 to \(ListParameters.maximumLimit).")
                }
                criteria.limit = n
            case "offset":
                guard let n = Int(value), n >= 0, n <= 100_000_000 else {
                    throw APIProblem.invalidParameter(name, "offset must be a non-negative integer.")
                }
                criteria.offset = n
            case "cursor":
                guard let cursor = PageCursor(token: value) else {
                    throw APIProblem.invalidParameter(name, "cursor must be the nextCursor of a page of this list, unchanged.")
                }
                criteria.cursor = cursor
            case "sort":
                let descending = value.hasPrefix("-")
                let field = descending ? String(value.dropFirst()) : value
                guard spec.sortColumns[field] != nil else {
                    throw APIProblem.invalidParameter(
                        name, "sort must be one of \(spec.sortColumns.keys.sorted().joined(separator: ", ")), optionally prefixed with -.")
                }
                criteria.sort = (field, descending)
            case "q":
                guard !spec.searchColumns.isEmpty else { throw APIProblem.invalidParameter(name, "This list has no text filter.") }
                guard (1...200).contains(value.unicodeScalars.count),
                    !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
                else {
                    throw APIProblem.invalidParameter(name, "q must be 1–200 characters, none of them a control character.")
                }
                criteria.search = SwedishCollation.sortKey(value)
                criteria.searchText = value
            case "updatedSince":
                guard let date = Timestamp.parse(value) else {
                    throw APIProblem.invalidParameter(name, "updatedSince must be an RFC 3339 timestamp, e.g. 2026-01-01T00:00:00Z.")
                }
                criteria.updatedSince = date
            case "format":
                guard value == "csv" || value == "json" else { throw APIProblem.invalidParameter(name, "format must be csv or json.") }
                format = value
            default:
                guard let filter = spec.filters[name] else {
                    throw APIProblem.invalidParameter(name, "\(name) is not a parameter of this list.")
                }
                guard value.unicodeScalars.count <= 2000 else {
                    throw APIProblem.invalidParameter(name, "\(name) must be at most 2000 characters.")
                }
                let values = value.split(separator: ",", omittingEmptySubsequences: false).map { filter.normalise(String($0)) }
                if !filter.allowsList && (values.count > 1 || criteria.filters[name] != nil) {
                    throw APIProblem.invalidParameter(name, "\(name) takes one value.")
                }
                for v in values where !filter.accepts(v) {
                    throw APIProblem.invalidParameter(name, filter.explanation(name))
                }
                criteria.filters[name, default: []].append(contentsOf: values)
            }
        }
        wantsCSV = CSVResponse.isWanted(by: request, format: format)
        if let cursor = criteria.cursor { try Self.check(cursor, against: criteria, spec: spec, hasOffset: seen.contains("offset")) }
    }

    /// A cursor continues the order it was issued in, alone: with `offset`, or in another sort, it is a `400`.
    private static func check(_ cursor: PageCursor, against criteria: ListCriteria, spec: ListSpec, hasOffset: Bool) throws {
        guard !hasOffset else { throw APIProblem.invalidParameter("offset", "Give cursor or offset, not both.") }
        let order = criteria.order(in: spec)
        guard cursor.order == order else {
            throw APIProblem.invalidParameter(
                "cursor", "This cursor continues sort=\(cursor.order), not sort=\(order); ask in its order or start without a cursor.")
        }
        let keyCount = spec.keyColumns(for: criteria.sort?.field).count
        guard cursor.after.count == keyCount, case .text = cursor.after[keyCount - 1] else {
            throw APIProblem.invalidParameter("cursor", "cursor must be the nextCursor of a page of this list, unchanged.")
        }
    }
}
