/// Which webhook targets are allowed, so that a subscription cannot make the server call into the agency's own
/// network (server-side request forgery): `https` to a public address only; plain `http` only to the loopback
/// interface, and only when the server runs with its development flag. Names are checked by the addresses they
/// resolve to, when subscribing and again at each delivery.
public struct WebhookURLRules: Sendable {
    /// Whether `http://127.0.0.1…` targets are allowed (development and tests).
    public var allowsLoopbackHTTP: Bool

    /// Creates the rules.
    public init(allowsLoopbackHTTP: Bool = false) { self.allowsLoopbackHTTP = allowsLoopbackHTTP }

    /// Why `url` is refused by its form, or nil when its form is acceptable (addresses are checked separately).
    public func problem(with url: String) -> String? {
        guard url.count <= 2000, let components = URLParts(url) else { return "url is an absolute https URL." }
        if components.hasUserInfo { return "url carries no user name or password." }
        switch components.scheme {
        case "https": break
        case "http":
            guard allowsLoopbackHTTP, Self.isLoopbackName(components.host) else {
                return "url is https; plain http only to 127.0.0.1 when the server runs with --allow-loopback-webhooks."
            }
        default: return "url is an absolute https URL."
        }
        if let address = IPAddress(components.host), let reason = refusal(of: address) { return reason }
        return nil
    }

    /// Why a resolved address is refused, or nil when it is a public one (or loopback under the development flag).
    public func refusal(of address: IPAddress) -> String? {
        if address.isLoopback { return allowsLoopbackHTTP ? nil : "url points at this machine." }
        if address.isPrivateOrReserved { return "url points at a private, link-local or reserved address." }
        return nil
    }

    /// The host of an absolute URL (without brackets or port), lowercased.
    public func host(of url: String) -> String? { URLParts(url)?.host }

    static func isLoopbackName(_ host: String) -> Bool { host == "localhost" || IPAddress(host)?.isLoopback == true }
}

/// The parts of an absolute URL a webhook rule looks at.
struct URLParts {
    var scheme: String
    var host: String
    var hasUserInfo: Bool

    init?(_ text: String) {
        guard let schemeEnd = text.range(of: "://") else { return nil }
        scheme = text[..<schemeEnd.lowerBound].lowercased()
        let rest = text[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        hasUserInfo = authority.contains("@")
        var hostPort = String(authority.split(separator: "@").last ?? "")
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { return nil }
            host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close]).lowercased()
        } else {
            if let colon = hostPort.lastIndex(of: ":") { hostPort = String(hostPort[..<colon]) }
            host = hostPort.lowercased()
        }
        guard !host.isEmpty, !scheme.isEmpty else { return nil }
    }
}

/// An IPv4 or IPv6 address, as far as the webhook rules need to classify it.
public struct IPAddress: Sendable, Hashable {
    /// 4 or 16 bytes.
    public var bytes: [UInt8]

    /// Parses dotted IPv4 or colon IPv6 text; nil for anything else (a name).
    public init?(_ text: String) {
        if let v4 = Self.ipv4(text) {
            bytes = v4
        } else if let v6 = Self.ipv6(text) {
            bytes = v6
        } else {
            return nil
        }
    }

    /// From raw bytes (4 or 16).
    public init?(bytes: [UInt8]) {
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        self.bytes = bytes
    }

    /// The IPv4 address inside an IPv4-mapped IPv6 one (`::ffff:10.0.0.1`).
    var unmapped: [UInt8] {
        if bytes.count == 16, bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF { return Array(bytes[12...]) }
        return bytes
    }

    /// 127.0.0.0/8 or ::1.
    public var isLoopback: Bool {
        let b = unmapped
        return b.count == 4 ? b[0] == 127 : b == [UInt8](repeating: 0, count: 15) + [1]
    }

    /// Private (RFC 1918, fc00::/7), link-local (169.254/16, fe80::/10), CGNAT (100.64/10), unspecified, multicast,
    /// documentation and other reserved ranges.
    public var isPrivateOrReserved: Bool {
        let b = unmapped
        if b.count == 4 {
            switch (b[0], b[1]) {
            case (0, _), (10, _), (127, _), (169, 254), (192, 168), (198, 18), (198, 19): return true
            case (172, 16...31), (100, 64...127), (192, 0), (198, 51), (203, 0): return true
            default: return b[0] >= 224
            }
        }
        return b.allSatisfy { $0 == 0 } || b[0] & 0xFE == 0xFC || (b[0] == 0xFE && b[1] & 0xC0 == 0x80) || b[0] == 0xFF
            || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
    }

    static func ipv4(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        let values = parts.compactMap { part -> UInt8? in
            guard (1...3).contains(part.count), part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber) else { return nil }
            return UInt8(part)
        }
        return values.count == 4 ? values : nil
    }

    static func ipv6(_ text: String) -> [UInt8]? {
        guard text.contains(":"), text.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else { return nil }
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return nil }
        func groups(_ part: String) -> [UInt8]? {
            guard !part.isEmpty else { return [] }
            var out: [UInt8] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index == pieces.count - 1, piece.contains("."), let v4 = ipv4(String(piece)) {
                    out += v4
                    continue
                }
                guard (1...4).contains(piece.count), let value = UInt16(piece, radix: 16) else { return nil }
                out += [UInt8(value >> 8), UInt8(value & 0xFF)]
            }
            return out
        }
        guard let head = groups(halves[0]) else { return nil }
        if halves.count == 1 { return head.count == 16 ? head : nil }
        guard let tail = groups(halves[1]), head.count + tail.count <= 14 else { return nil }
        return head + [UInt8](repeating: 0, count: 16 - head.count - tail.count) + tail
    }
}
