import Foundation

/// A typed, opaque identifier: a UUID that knows which resource it names, so an
/// `Organisation.ID` can never be passed where a `Contact.ID` is expected. It keeps its canonical
/// lowercase text, so reading and writing ids (every row of every list) neither parses nor formats twice.
public struct Identifier<Resource>: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The UUID behind the identifier.
    public let uuid: UUID
    /// The lowercase canonical text form used on the wire and in the database.
    public let description: String

    /// Wraps an existing UUID.
    public init(_ uuid: UUID) {
        self.uuid = uuid
        self.description = uuid.uuidString.lowercased()
    }

    /// Parses the textual UUID form (`8-4-4-4-12` hexadecimal digits, any case); `nil` otherwise.
    public init?(_ text: String) {
        var bytes = [UInt8](repeating: 0, count: 16)
        var canonical = [UInt8]()
        canonical.reserveCapacity(36)
        var index = 0
        var nibble = 0
        for byte in text.utf8 {
            defer { index += 1 }
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
                canonical.append(byte)
                continue
            }
            let value: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            guard nibble < 32 else { return nil }
            bytes[nibble / 2] |= nibble % 2 == 0 ? value << 4 : value
            canonical.append(value < 10 ? value + UInt8(ascii: "0") : value - 10 + UInt8(ascii: "a"))
            nibble += 1
        }
        guard index == 36, nibble == 32 else { return nil }
        uuid = UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
        description = String(decoding: canonical, as: UTF8.self)
    }

    /// A new random (version 4) identifier.
    public static func random() -> Self { Self(UUID()) }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.uuid == rhs.uuid }

    public func hash(into hasher: inout Hasher) { hasher.combine(uuid) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let parsed = Identifier(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a UUID: \(text)")
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
