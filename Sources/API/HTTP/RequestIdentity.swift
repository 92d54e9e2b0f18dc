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
}
