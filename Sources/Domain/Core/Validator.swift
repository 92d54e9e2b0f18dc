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

    /// Checks a text against `TextRules.textPattern` and a maximum length in code points (as JSON Schema counts).
    public mutating func text(_ value: String?, field: String, required: Bool = false, maxLength: Int = 200) {
        guard let value else {
            if required { add(field, "required", "\(field) is required.") }
            return
        }
        if value.unicodeScalars.contains(where: TextRules.isRefusedControl) {
            add(field, "controlCharacters", "\(field) must not contain control characters.")
        } else if value.unicodeScalars.allSatisfy(TextRules.isBlank) {
            add(field, required ? "required" : "blank", "\(field) must not be blank.")
        } else if value.unicodeScalars.count > maxLength {
            add(field, "tooLong", "\(field) must be at most \(maxLength) characters.")
        }
    }

    /// Checks a key: lowercase letters, digits and single hyphens, 2–64 characters.
    public mutating func key(_ value: String?, field: String = "key") {
        guard let value else { return }
        if value.count < 2 || value.count > 64 || !TextRules.matches(value, TextRules.keyPattern) {
            add(field, "invalidKey", "\(field) must be 2–64 characters of a–z, 0–9 and single hyphens, e.g. `region-norrbotten`.")
        }
    }

    /// Checks an absolute http(s) URL with a plain host name.
    public mutating func url(_ value: String?, field: String) {
        guard let value else { return }
        if value.utf8.count > 2000 || !TextRules.matches(value, TextRules.urlPattern) {
            add(field, "invalidUrl", "\(field) must be an absolute http or https URL such as https://www.boden.se.")
        }
    }

    /// Checks that a list holds at most `maximum` items.
    public mutating func count<T>(_ list: [T]?, field: String, maximum: Int) {
        if let list, list.count > maximum { add(field, "tooMany", "\(field) holds at most \(maximum) items.") }
    }

    /// Checks that a list names each value once.
    public mutating func distinct<T: Hashable>(_ list: [T]?, field: String) {
        if let list, Set(list).count != list.count { add(field, "duplicate", "\(field) lists a value more than once.") }
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
