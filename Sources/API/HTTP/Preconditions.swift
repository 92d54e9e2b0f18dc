import Hummingbird
import SamordnaDomain

/// ETags and conditional requests: a resource's ETag is its version, so `If-Match` and a body `version`
/// both name the version the client last saw.
enum Preconditions {
    /// The strong ETag of a version, e.g. `"3"`.
    static func eTag(version: Int) -> String { "\"\(version)\"" }

    /// The version named by `If-Match`, `nil` when the header is absent or `*`.
    static func expectedVersion(from request: Request) throws -> Int? {
        guard let header = request.headers[.ifMatch] else { return nil }
        let tags = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if tags.contains("*") { return nil }
        let versions = tags.compactMap { tag -> Int? in
            var tag = Substring(tag)
            if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
            let digits = tag.dropFirst().dropLast()
            guard tag.count >= 3, tag.first == "\"", tag.last == "\"", digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            // A version too large to exist is well formed but can never match.
            return Int(digits) ?? Int.max
        }
        guard versions.count == tags.count, let first = versions.first else {
            throw APIProblem.badRequest(
                "If-Match must hold the ETag from a previous response, such as \"3\".", slug: "invalid-precondition")
        }
        guard versions.allSatisfy({ $0 == first }) else {
            throw APIProblem.preconditionFailed("If-Match names more than one version.")
        }
        return first
    }

    /// Whether `If-None-Match` already names this version (answer `304`).
    static func isNotModified(_ request: Request, version: Int) -> Bool {
        guard let header = request.headers[.ifNoneMatch] else { return false }
        let tag = eTag(version: version)
        return header.split(separator: ",").contains { part in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            return trimmed == "*" || trimmed == tag || trimmed == "W/" + tag
        }
    }
}
