import Foundation
import Hummingbird

/// Request ids: a caller's own `X-Request-Id` is kept when it is short and printable, so that a
/// county board's logs and ours can be joined; otherwise a new UUID is made.
enum RequestIdentity {
    static func requestId(from request: Request) -> String {
        if let given = request.headers[.xRequestId], (1...128).contains(given.utf8.count),
            given.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        {
            return given
        }
        return UUID().uuidString.lowercased()
    }

    /// A `traceparent` to pass on, when it is one by W3C Trace Context (version 00: `00-<32 hex>-<16 hex>-<2 hex>`,
    /// lowercase, neither id all zeros); anything else is dropped rather than echoed.
    static func traceparent(from request: Request) -> String? {
        guard let value = request.headers[.traceparent], value.utf8.count == 55 else { return nil }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        let hex = { (part: Substring) in part.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) } }
        guard parts.count == 4, parts[0] == "00", parts[1].count == 32, parts[2].count == 16, parts[3].count == 2,
            parts.allSatisfy(hex), parts[1].contains(where: { $0 != "0" }), parts[2].contains(where: { $0 != "0" })
        else { return nil }
        return value
    }
}
