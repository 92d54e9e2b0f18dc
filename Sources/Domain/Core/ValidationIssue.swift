/// One problem with one field of a request, reported with all others at once.
public struct ValidationIssue: Codable, Hashable, Sendable {
    /// The field's JSON name (dotted path for nested fields, e.g. `period.end`).
    public var field: String
    /// A stable machine-readable code such as `required`, `invalidCheckDigit`, `tooLong`.
    public var code: String
    /// A human-readable explanation.
    public var detail: String

    /// Creates an issue.
    public init(field: String, code: String, detail: String) {
        self.field = field
        self.code = code
        self.detail = detail
    }
}
