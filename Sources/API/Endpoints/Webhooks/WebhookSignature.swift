import Crypto
import Foundation

/// Signing as Standard Webhooks does it: the secret is `whsec_` and base64 of 32 random bytes; a delivery carries
/// `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature: v1,<base64 of HMAC-SHA256 over
/// "id.timestamp.body" with the secret's bytes>`.
enum WebhookSignature {
    /// A new secret.
    static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return "whsec_" + Data(bytes).base64EncodedString()
    }

    /// The `webhook-signature` value for a message.
    static func sign(id: String, timestamp: Int, body: Data, secret: String) -> String? {
        guard secret.hasPrefix("whsec_"), let key = Data(base64Encoded: String(secret.dropFirst(6))) else { return nil }
        var message = Data("\(id).\(timestamp).".utf8)
        message.append(body)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
        return "v1," + Data(mac).base64EncodedString()
    }
}
