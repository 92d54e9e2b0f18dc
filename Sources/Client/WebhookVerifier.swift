import Crypto
import Foundation

/// Checks a webhook delivery as Standard Webhooks signs it, for receivers written in Swift: the HMAC-SHA256 of
/// `webhook-id.webhook-timestamp.body` with the subscription's secret (`whsec_…`) must be one of the `v1,` signatures
/// in `webhook-signature`, and the timestamp within `tolerance` of now (against replays).
public struct WebhookVerifier: Sendable {
    /// Why a delivery is refused.
    public enum Failure: Error, Equatable, Sendable {
        case malformedSecret
        case missingHeader(String)
        case staleTimestamp
        case badSignature
    }

    let secretBytes: Data
    let tolerance: TimeInterval

    /// A verifier for the secret shown when the subscription was created.
    public init(secret: String, tolerance: TimeInterval = 300) throws {
        guard secret.hasPrefix("whsec_"), let bytes = Data(base64Encoded: String(secret.dropFirst(6))) else {
            throw Failure.malformedSecret
        }
        secretBytes = bytes
        self.tolerance = tolerance
    }

    /// Throws unless the delivery is signed with the secret and fresh; `headers` are looked up case-insensitively.
    public func verify(body: Data, headers: [String: String], now: Date = Date()) throws {
        let lower = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
        guard let id = lower["webhook-id"] else { throw Failure.missingHeader("webhook-id") }
        guard let timestampText = lower["webhook-timestamp"], let timestamp = Int(timestampText) else {
            throw Failure.missingHeader("webhook-timestamp")
        }
        guard let signatures = lower["webhook-signature"] else { throw Failure.missingHeader("webhook-signature") }
        guard abs(now.timeIntervalSince1970 - TimeInterval(timestamp)) <= tolerance else { throw Failure.staleTimestamp }
        var message = Data("\(id).\(timestamp).".utf8)
        message.append(body)
        let expected = Data(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: secretBytes)))
        let given = signatures.split(separator: " ").compactMap { entry -> Data? in
            guard entry.hasPrefix("v1,") else { return nil }
            return Data(base64Encoded: String(entry.dropFirst(3)))
        }
        guard given.contains(where: { Self.constantTimeEqual($0, expected) }) else { throw Failure.badSignature }
    }

    private static func constantTimeEqual(_ a: Data, _ b: Data) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
