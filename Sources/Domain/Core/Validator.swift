import Foundation

/// Collects validation issues so that a request is answered with every problem at once.
public struct Validator: Sendable {
    /// The issues found so far.
    public private(set) var issues: [ValidationIssue] = []

    /// Creates an empty validator.
    public init() {}

    /// Records an issue.
    public mutating func add(_ field: String, _ code: String, _ detail: String) {
        issues.append(ValidationIssue(field: field, code: code, detail: detail))
    }

    /// Checks that a text is not blank and not longer than `maxLength` characters.
    public mutating func text(_ value: String?, field: String, required: Bool = false, maxLength: Int = 200) {
        guard let value else {
            if required { add(field, "required", "\(field) is required.") }
            return
        }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            add(field, required ? "required" : "blank", "\(field) must not be blank.")
        } else if value.count > maxLength {
            add(field, "tooLong", "\(field) must be at most \(maxLength) characters.")
        }
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
            add(field, "controlCharacters", "\(field) must not contain control characters.")
        }
    }

    /// Checks a key: lowercase letters, digits and single hyphens, 2–64 characters.
    public mutating func key(_ value: String?, field: String = "key") {
        guard let value else { return }
        let allowed = value.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) != nil
        if !allowed || value.count < 2 || value.count > 64 {
            add(field, "invalidKey", "\(field) must be 2–64 characters of a–z, 0–9 and single hyphens, e.g. `region-norrbotten`.")
        }
    }

    /// Checks an absolute http(s) URL.
    public mutating func url(_ value: String?, field: String) {
        guard let value else { return }
        guard value.count <= 2000, let url = URL(string: value), let scheme = url.scheme?.lowercased(),
            scheme == "https" || scheme == "http", let host = url.host, !host.isEmpty
        else {
            add(field, "invalidUrl", "\(field) must be an absolute http or https URL.")
            return
        }
    }

    /// Runs a check that may throw `validationFailed` and keeps its issues, so that rules checked in
    /// different places are still reported together.
    public mutating func include<T>(_ check: () throws -> T) rethrows -> T? {
        do {
            return try check()
        } catch DomainError.validationFailed(let found) {
            issues.append(contentsOf: found)
            return nil
        }
    }

    /// Throws `DomainError.validationFailed` when any issue was found.
    public func check() throws {
        if !issues.isEmpty { throw DomainError.validationFailed(issues) }
    }
}
