import Foundation

/// A typed, opaque identifier: a UUID that knows which resource it names, so an
/// `Organisation.ID` can never be passed where a `Contact.ID` is expected.
public struct Identifier<Resource>: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The UUID behind the identifier.
    public let uuid: UUID

    /// Wraps an existing UUID.
    public init(_ uuid: UUID) { self.uuid = uuid }

    /// Parses the textual UUID form; `nil` when the text is not a UUID.
    public init?(_ text: String) {
        guard let uuid = UUID(uuidString: text) else { return nil }
        self.uuid = uuid
    }

    /// A new random (version 4) identifier.
    public static func random() -> Self { Self(UUID()) }

    /// The lowercase canonical text form used on the wire and in the database.
    public var description: String { uuid.uuidString.lowercased() }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let uuid = UUID(uuidString: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a UUID: \(text)")
        }
        self.uuid = uuid
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
