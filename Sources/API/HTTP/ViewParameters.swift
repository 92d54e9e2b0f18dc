import Foundation
import Hummingbird
import SamordnaDomain

/// The query parameters of a view (a report that is not a list): each declared with the values it accepts; anything
/// else, or a value of the wrong form, is a 400 naming the parameter.
struct ViewParameters {
    /// What one parameter accepts.
    enum Kind {
        /// A comma list of county codes.
        case counties
        /// A comma list of municipality codes.
        case municipalities
        /// A comma list of the given values.
        case oneOf([String])
        /// A comma list of UUIDs (read lowercase).
        case uuids
        /// One date, `YYYY-MM-DD`.
        case date
        /// A comma list of words (1–2000 characters each), e.g. resource types or ids of any kind.
        case text
        /// One free text of 1–2000 characters, commas and all (a search).
        case phrase
    }

    private var values: [String: [String]] = [:]

    /// Whether a kind holds ids.
    private static func isUUID(_ kind: Kind) -> Bool { if case .uuids = kind { true } else { false } }

    /// Parses the request's query against the declared parameters.
    init(_ request: Request, accepts declared: [String: Kind]) throws {
        for (name, value) in QueryString.items(request.uri.query) {
            guard let kind = declared[name] else { throw APIProblem.invalidParameter(name, "\(name) is not a parameter of this view.") }
            if case .phrase = kind {
                guard (1...2000).contains(value.count) else {
                    throw APIProblem.invalidParameter(name, "\(name) is 1–2000 characters.")
                }
                values[name, default: []].append(value)
                continue
            }
            let items = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let valid: Bool
            switch kind {
            case .counties: valid = items.allSatisfy { CountyCode(rawValue: $0) != nil }
            case .municipalities: valid = items.allSatisfy { MunicipalityCode(rawValue: $0) != nil }
            case .oneOf(let allowed): valid = items.allSatisfy(allowed.contains)
            case .uuids: valid = items.allSatisfy { UUID(uuidString: $0) != nil }
            case .date: valid = items.count == 1 && CalendarDate(items[0]) != nil
            case .text: valid = items.allSatisfy { (1...2000).contains($0.count) }
            case .phrase: valid = true
            }
            guard valid, !items.isEmpty else {
                throw APIProblem.invalidParameter(name, "\(name) has a value it does not accept (a comma list of codes or names).")
            }
            values[name, default: []] += Self.isUUID(kind) ? items.map { $0.lowercased() } : items
        }
    }

    /// The one date given for `name`, or a 400 naming it when it is missing.
    func requiredDate(_ name: String) throws -> CalendarDate {
        guard let text = values[name]?.last, let date = CalendarDate(text) else {
            throw APIProblem.invalidParameter(name, "\(name) is required, a date YYYY-MM-DD.")
        }
        return date
    }

    /// The values given for `name` (empty when it was not given).
    subscript(_ name: String) -> [String] { values[name] ?? [] }
}
