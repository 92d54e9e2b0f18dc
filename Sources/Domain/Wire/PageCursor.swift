import Foundation

/// A position in an ordered sequence (a list in one sort order; later the change feed), carried by clients as an
/// opaque, versioned token. It holds the key of the last item passed (the sort value, then the unique id), never a
/// row number, so a page that follows it neither repeats nor skips items when others are inserted before it, and a
/// backend other than SQLite can issue and read the same tokens.
public struct PageCursor: Sendable, Hashable {
    /// One key value of the last item passed.
    public enum Value: Sendable, Hashable {
        case text(String)
        case integer(Int64)
        case null
    }

    /// The version of the token format this type writes and reads.
    public static let formatVersion = 1

    /// The order the position belongs to, as clients name it (`name`, `-updatedAt`); a token is valid only in it.
    public var order: String
    /// The key of the last item passed: the sort value, then the unique id.
    public var after: [Value]
    /// How many items came before the next one when the token was issued; informative (others may since have
    /// been inserted or deleted), and what the next page reports as its `offset`.
    public var position: Int

    /// Creates a cursor.
    public init(order: String, after: [Value], position: Int) {
        self.order = order
        self.after = after
        self.position = position
    }

    /// The opaque token: base64url (no padding) of a small versioned JSON object with sorted keys, so that the same
    /// position always gives the same token.
    public var token: String {
        let wire = Wire(v: Self.formatVersion, o: order, k: after.map(WireValue.init), p: position)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = (try? encoder.encode(wire)) ?? Data()
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Reads a token this type wrote; nil for anything else (another version, a tampered or truncated token).
    public init?(token: String) {
        guard (1...2048).contains(token.utf8.count), token.utf8.allSatisfy(Self.isTokenByte) else { return nil }
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.utf8.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let wire = try? JSONDecoder().decode(Wire.self, from: data),
            wire.v == Self.formatVersion, wire.p >= 0, !wire.k.isEmpty, wire.k.count <= 8
        else { return nil }
        self.init(order: wire.o, after: wire.k.map(\.value), position: wire.p)
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D
            || byte == 0x5F
    }

    private struct Wire: Codable {
        var v: Int
        var o: String
        var k: [WireValue]
        var p: Int
    }

    /// A key value in JSON: a string, an integer or null.
    private struct WireValue: Codable {
        var value: Value

        init(_ value: Value) { self.value = value }

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                value = .null
            } else if let integer = try? container.decode(Int64.self) {
                value = .integer(integer)
            } else {
                value = .text(try container.decode(String.self))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch value {
            case .text(let text): try container.encode(text)
            case .integer(let integer): try container.encode(integer)
            case .null: try container.encodeNil()
            }
        }
    }
}
