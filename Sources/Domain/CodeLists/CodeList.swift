/// A code list: an enumeration of the API with a Swedish and an English label per value, so that reports, CSV headers
/// and integrations show the same words (`GET /v1/code-lists`). Swedish is the report language; English comes second.
public struct CodeList: Codable, Hashable, Sendable {
    /// One value and its labels.
    public struct Entry: Codable, Hashable, Sendable {
        public var code: String
        public var sv: String
        public var en: String
    }

    /// The enumeration's name, as openapi.yaml names its schema (`InitiativeStatus`).
    public var name: String
    public var entries: [Entry]

    /// The list of an enumeration, labelled case by case.
    public init<E: CaseIterable & RawRepresentable>(_ name: String, _ type: E.Type, _ label: (E) -> (sv: String, en: String))
    where E.RawValue == String {
        self.name = name
        self.entries = E.allCases.map { value in
            let labels = label(value)
            return Entry(code: value.rawValue, sv: labels.sv, en: labels.en)
        }
    }

    /// The label of `code` in a language (`sv` or `en`); the code itself when the list does not hold it.
    public func label(_ code: String, language: Language = .sv) -> String {
        guard let entry = entries.first(where: { $0.code == code }) else { return code }
        return language == .sv ? entry.sv : entry.en
    }

    /// The languages labels exist in.
    public enum Language: String, Codable, CaseIterable, Sendable { case sv, en }
}
