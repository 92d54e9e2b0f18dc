import Hummingbird
import SamordnaDomain

/// ETags and conditional requests: a resource's ETag is its version, so `If-Match` and a body `version`
/// both name the version the client last saw.
enum Preconditions {
    /// The strong ETag of a version, e.g. `"3"`.
    static func eTag(version: Int) -> String { "\"\(version)\"" }

    /// The versions `If-Match` accepts (any of them), `nil` when the header is absent or `*`. A well-formed tag that
    /// is no version of ours (`"stale"`) matches nothing, so the condition is false: 412 (RFC 9110 §13.1.1).
    static func acceptedVersions(from request: Request) throws -> Set<Int>? {
        guard let header = request.headers[.ifMatch] else { return nil }
        if header.trimmingCharacters(in: .whitespaces) == "*" { return nil }
        guard let tags = entityTags(header), !tags.isEmpty else {
            throw APIProblem.badRequest(
                "If-Match must hold ETags from previous responses, such as \"3\", or *.", type: .invalidPrecondition)
        }
        return Set(
            tags.map { tag in
                // If-Match compares strongly (RFC 9110 §13.1.1): a weak tag never matches.
                guard !tag.isWeak, !tag.opaque.isEmpty, tag.opaque.allSatisfy({ $0.isASCII && $0.isNumber }) else { return Int.min }
                return Int(tag.opaque) ?? Int.max  // too large to be a version: well formed, never matches
            })
    }

    /// The opaque parts (and weakness) of a comma list of entity tags (RFC 9110 §8.8.3: `[W/] DQUOTE *etagc DQUOTE`, etagc being
    /// `%x21 / %x23-7E`), or nil when the list is malformed. A quoted tag may hold a comma.
    static func entityTags(_ header: String) -> [(opaque: Substring, isWeak: Bool)]? {
        var tags: [(opaque: Substring, isWeak: Bool)] = []
        var rest = Substring(header)
        let whitespace: Set<Character> = [" ", "\t"]
        while true {
            rest = rest.drop { whitespace.contains($0) }
            let isWeak = rest.hasPrefix("W/")
            if isWeak { rest = rest.dropFirst(2) }
            guard rest.first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") else { return nil }
            let opaque = rest[rest.index(after: rest.startIndex)..<close]
            guard opaque.unicodeScalars.allSatisfy({ $0.value == 0x21 || (0x23...0x7E).contains($0.value) }) else { return nil }
            tags.append((opaque, isWeak))
            rest = rest[rest.index(after: close)...].drop { whitespace.contains($0) }
            if rest.isEmpty { return tags }
            guard rest.first == "," else { return nil }
            rest = rest.dropFirst()
        }
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
