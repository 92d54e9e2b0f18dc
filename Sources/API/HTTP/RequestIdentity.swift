import Foundation
import Hummingbird
import Synchronization

/// Request ids: a caller's own `X-Request-Id` is kept when it is short and printable, so that a
/// county board's logs and ours can be joined; otherwise a new UUID is made.
enum RequestIdentity {
    static func requestId(from request: Request) -> String {
        if let given = request.headers[.xRequestId], (1...128).contains(given.utf8.count),
            given.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        {
            return given
        }
        return RequestIdentity.newId()
    }

    private static let prefix = UInt64.random(in: .min ... .max)
    private static let counter = Atomic<UInt64>(UInt64.random(in: 0...UInt64(UInt32.max)))

    /// A new request id in UUID form (version 4 layout): a random number drawn once per process and a counter, so
    /// ids are unique without asking the system for randomness on every request.
    static func newId() -> String {
        let count = counter.add(1, ordering: .relaxed).newValue
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: prefix >> (56 - 8 * UInt64(index)))
            bytes[8 + index] = UInt8(truncatingIfNeeded: count >> (56 - 8 * UInt64(index)))
        }
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        var dashed: [UInt8] = []
        dashed.reserveCapacity(36)
        for (index, digit) in Hex.string(bytes).utf8.enumerated() {
            if index == 8 || index == 12 || index == 16 || index == 20 { dashed.append(UInt8(ascii: "-")) }
            dashed.append(digit)
        }
        return String(decoding: dashed, as: UTF8.self)
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
