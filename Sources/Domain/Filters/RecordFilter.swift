/// The filters of one list as typed values. The client turns a filter into query parameters; the server declares a
/// condition for every `Parameter` in an exhaustive switch, so a parameter added here cannot be missing there.
public protocol RecordFilter: Sendable, Hashable {
    /// The query parameters the list accepts, by name.
    associatedtype Parameter: RawRepresentable, CaseIterable, Hashable, Sendable where Parameter.RawValue == String

    /// The filter as query values: a parameter with several values matches any of them; an empty list is no filter.
    var values: [Parameter: [String]] { get }
}

extension RecordFilter {
    /// The filter as `(name, value)` query pairs, comma lists joined, in a stable order.
    public var queryPairs: [(name: String, value: String)] {
        Parameter.allCases.compactMap { parameter in
            guard let given = values[parameter], !given.isEmpty else { return nil }
            return (parameter.rawValue, given.joined(separator: ","))
        }
    }
}

extension Bool {
    /// `["true"]` or `["false"]`, or no filter for nil.
    static func filterValue(_ flag: Bool?) -> [String] { flag.map { [$0 ? "true" : "false"] } ?? [] }
}
