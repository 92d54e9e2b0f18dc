import Foundation

/// A position in an ordered sequence (a list in one sort order; later the change feed), carried by clients as an
/// opaque, versioned token. It holds the key of the last item passed (the sort value, then the unique id), never a
/// row number, so a page that follows it neither repeats nor skips items when others are inserted before it, and a
/// backend other than SQLite can issue and read the same tokens.
public struct PageCursor: Sendable, Hashable {
    /// One key value of the last item passed.
    public enum Value: Sendable, Hashable {
        /// A text value (a name's sort key, a date, an id).
        case text(String)
        /// An integer value (a timestamp in milliseconds, a position).
        case integer(Int64)
        /// No value: the item's sort field is empty.
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

    /// Reads a token this type wrote; nil for anything else (another version, a tampered or truncated token). The
    /// reader accepts exactly the shape `token` writes, so it needs no general JSON parser.
    public init?(token: String) {
        guard (1...2048).contains(token.utf8.count), token.utf8.allSatisfy(Self.isTokenByte),
            let bytes = Self.base64URLDecoded(Array(token.utf8))
        else { return nil }
        var reader = Reader(bytes: bytes)
        guard reader.expect(#"{"k":["#) else { return nil }
        var key: [Value] = []
        repeat {
            if reader.expect("null") {
                key.append(.null)
            } else if let text = reader.string() {
                key.append(.text(text))
            } else if let integer = reader.integer() {
                key.append(.integer(integer))
            } else {
                return nil
            }
        } while reader.expect(",") && key.count < 8
        guard reader.expect(#"],"o":"#), let order = reader.string(), reader.expect(#","p":"#), let position = reader.integer(),
            position >= 0, position <= Int64(Int32.max), reader.expect(#","v":"#), reader.integer() == Int64(Self.formatVersion),
            reader.expect("}"), reader.atEnd
        else { return nil }
        self.init(order: order, after: key, position: Int(position))
    }

    /// Reads the bytes of a token's JSON, front to back.
    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        var atEnd: Bool { index == bytes.count }

        mutating func expect(_ literal: String) -> Bool {
            let expected = Array(literal.utf8)
            guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else { return false }
            index += expected.count
            return true
        }

        mutating func integer() -> Int64? {
            var end = index
            if end < bytes.count, bytes[end] == UInt8(ascii: "-") { end += 1 }
            while end < bytes.count, (48...57).contains(bytes[end]) { end += 1 }
            guard let value = Int64(String(decoding: bytes[index..<end], as: UTF8.self)) else { return nil }
            index = end
            return value
        }

        mutating func string() -> String? {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            var text: [UInt8] = []
            var at = index + 1
            while at < bytes.count {
                let byte = bytes[at]
                if byte == UInt8(ascii: "\"") {
                    index = at + 1
                    return String(validating: text, as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") {
                    guard at + 1 < bytes.count else { return nil }
                    let escaped = bytes[at + 1]
                    if escaped == UInt8(ascii: "u") {
                        guard at + 5 < bytes.count, let code = UInt8(String(decoding: bytes[at + 2...at + 5], as: UTF8.self), radix: 16),
                            code < 0x20
                        else { return nil }
                        text.append(code)
                        at += 6
                    } else {
                        guard escaped == UInt8(ascii: "\"") || escaped == UInt8(ascii: "\\") else { return nil }
                        text.append(escaped)
                        at += 2
                    }
                    continue
                }
                guard byte >= 0x20 else { return nil }
                text.append(byte)
                at += 1
            }
            return nil
        }
    }

    /// The bytes of unpadded base64url text; nil when it is not that.
    private static func base64URLDecoded(_ text: [UInt8]) -> [UInt8]? {
        guard text.count % 4 != 1 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(text.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in text {
            let value: UInt8
            switch byte {
            case 65...90: value = byte - 65
            case 97...122: value = byte - 97 + 26
            case 48...57: value = byte - 48 + 52
            case UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "_"): value = 63
            default: return nil
            }
            buffer = buffer << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return out
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D
            || byte == 0x5F
    }
}
