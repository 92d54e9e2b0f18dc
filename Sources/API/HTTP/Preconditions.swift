import Hummingbird
import SamordnaDomain

/// ETags and conditional requests: a resource's ETag is its version, so `If-Match` and a body `version`
/// both name the version the client last saw.
enum Preconditions {
    /// The strong ETag of a version, e.g. `"3"`.
    static func eTag(version: Int) -> String { "\"\(version)\"" }

    /// The versions `If-Match` accepts (any of them), `nil` when the header is absent or `*`.
    static func acceptedVersions(from request: Request) throws -> Set<Int>? {
        guard let header = request.headers[.ifMatch] else { return nil }
        let tags = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if tags == ["*"] { return nil }
        let versions = tags.compactMap { tag -> Int? in
            var tag = Substring(tag)
            if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
            let opaque = tag.dropFirst().dropLast()
            // RFC 9110 §8.8.3: DQUOTE *etagc DQUOTE, etagc being visible ASCII but DQUOTE, or obs-text.
            guard tag.count >= 2, tag.first == "\"", tag.last == "\"",
                opaque.unicodeScalars.allSatisfy({ $0.value == 0x21 || (0x23...0x7E).contains($0.value) || $0.value >= 0x80 })
            else { return nil }
            // A well-formed tag that is no version of ours (`"stale"`, or too large to exist) can never match: 412.
            guard !opaque.isEmpty, opaque.allSatisfy({ $0.isASCII && $0.isNumber }) else { return Int.min }
            return Int(opaque) ?? Int.max
        }
        guard versions.count == tags.count, !versions.isEmpty else {
            throw APIProblem.badRequest(
                "If-Match must hold ETags from previous responses, such as \"3\", or *.", type: .invalidPrecondition)
        }
        return Set(versions)
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

/// What a write expects the stored version to be: one of the `If-Match` versions, and the body's `version`.
/// Checked after access and validation, so that a bad request is answered as such and not as 412.
struct VersionExpectation: Sendable {
    var ifMatch: Set<Int>?
    var body: Int?

    static let none = VersionExpectation()

    func check(_ actual: Int) throws {
        if let ifMatch, !ifMatch.contains(actual) {
            throw DomainError.versionMismatch(expected: ifMatch.min() ?? 0, actual: actual)
        }
        if let body, body != actual { throw DomainError.versionMismatch(expected: body, actual: actual) }
    }
}
