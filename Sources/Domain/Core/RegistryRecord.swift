/// A stored, versioned record of the registry, as both server and client handle it.
public protocol RegistryRecord: Codable, Sendable {
    /// The writable fields of the record.
    associatedtype Input: ResourceInput
    /// The id in its wire form.
    var idText: String { get }
    /// Increases by one with every change; send it back as `If-Match` to avoid lost updates.
    var version: Int { get }
    /// The writable fields, ready to change and send back.
    var input: Input { get }
}

extension Organisation: RegistryRecord { public var idText: String { id.description } }
extension Contact: RegistryRecord { public var idText: String { id.description } }
extension ChallengeArea: RegistryRecord { public var idText: String { id.description } }
extension Assignment: RegistryRecord { public var idText: String { id.description } }
extension AssignmentPart: RegistryRecord { public var idText: String { id.description } }
extension Forum: RegistryRecord { public var idText: String { id.description } }
extension ForumMembership: RegistryRecord { public var idText: String { id.description } }
extension Meeting: RegistryRecord { public var idText: String { id.description } }
extension Decision: RegistryRecord { public var idText: String { id.description } }
extension FollowUpAction: RegistryRecord { public var idText: String { id.description } }
