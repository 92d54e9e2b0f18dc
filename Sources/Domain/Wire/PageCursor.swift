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

    /// The opaque token: base64url (no padding) of a small versioned JSON object with sorted keys
    /// (`{"k":[…],"o":…,"p":…,"v":1}`), so that the same position always gives the same token. Written by hand: a
    /// token is made for every page answered.
    public var token: String {
        var json: [UInt8] = Array(#"{"k":["#.utf8)
        for (index, value) in after.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            switch value {
            case .text(let text): Self.appendJSONString(text, to: &json)
            case .integer(let integer): json.append(contentsOf: String(integer).utf8)
            case .null: json.append(contentsOf: "null".utf8)
            }
        }
        json.append(contentsOf: #"],"o":"#.utf8)
        Self.appendJSONString(order, to: &json)
        json.append(contentsOf: #","p":\#(position),"v":\#(Self.formatVersion)}"#.utf8)
        return Self.base64URL(json)
    }

    private static func appendJSONString(_ text: String, to json: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        json.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): json.append(contentsOf: [UInt8(ascii: "\\"), byte])
            case 0..<0x20:
                json.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: json.append(byte)
            }
        }
        json.append(UInt8(ascii: "\""))
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    /// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5).
    private static func base64URL(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 2 < bytes.count {
            let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            for shift in [18, 12, 6, 0] { out.append(alphabet[Int(chunk >> UInt32(shift) & 0x3F)]) }
            index += 3
        }
        let rest = bytes.count - index
        if rest > 0 {
            let chunk = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
            let shifts = rest == 2 ? [18, 12, 6] : [18, 12]
            for shift in shifts { out.append(alphabet[Int(chunk >> UInt32(shift) & 0x3F)]) }
        }
        return String(decoding: out, as: UTF8.self)
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
