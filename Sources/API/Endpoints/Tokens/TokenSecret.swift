import Crypto
import Foundation

/// Bearer secrets: 256 random bits, shown once, stored only as a SHA-256 hash.
enum TokenSecret {
    /// A new secret: `smd_` and 43 base64url characters (32 random bytes).
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let base64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return "smd_" + base64
    }

    /// The stored form of a secret: lowercase hex SHA-256. Lookups compare hashes, never secrets.
    static func hash(_ secret: String) -> String {
        Hex.string(SHA256.hash(data: Data(secret.utf8)))
    }
}
