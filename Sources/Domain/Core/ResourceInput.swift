/// The writable fields of a resource: what a create sends, and what a merge patch is applied to.
///
/// The server uses `requiredFields` to report every missing field at once, and `CodingKeys` to
/// write a full replacement patch (every field, `null` where empty).
public protocol ResourceInput: Codable, Hashable, Sendable {
    /// The coding keys, one per writable field.
    associatedtype CodingKeys: CodingKey & CaseIterable
    /// The fields a create must contain.
    static var requiredFields: Set<String> { get }
}

extension ResourceInput {
    /// All writable field names.
    public static var fieldNames: [String] { CodingKeys.allCases.map(\.stringValue) }
}
