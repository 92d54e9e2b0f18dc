/// Who is making a request: the token, its organisation and its role. The access rules live here,
/// next to the model they protect, so the HTTP layer only asks.
public struct Principal: Hashable, Sendable {
    /// The token that authenticated the request.
    public var tokenId: APIToken.ID
    /// The organisation the token belongs to.
    public var organisationId: Organisation.ID
    /// The token's role.
    public var role: Role
    /// The id of the request being served, for the audit trail.
    public var requestId: String?

    /// Creates a principal.
    public init(tokenId: APIToken.ID, organisationId: Organisation.ID, role: Role, requestId: String? = nil) {
        self.tokenId = tokenId
        self.organisationId = organisationId
        self.role = role
        self.requestId = requestId
    }

    /// Whether this is the coordinator's administrator.
    public var isAdmin: Bool { role == .admin }

    /// Whether the principal may change records owned by `owner`: admins always, editors of that organisation.
    public func canEdit(ownedBy owner: Organisation.ID) -> Bool {
        role == .admin || (role == .editor && organisationId == owner)
    }

    /// Whether the principal may see personal data of people at `organisation`.
    public func canSeePeople(of organisation: Organisation.ID) -> Bool {
        role == .admin || organisationId == organisation
    }

    /// Throws `forbidden` unless the principal is an admin.
    public func requireAdmin(_ action: String) throws {
        guard isAdmin else { throw DomainError.forbidden("Only an admin token may \(action).") }
    }

    /// Throws `forbidden` unless the principal may write at all (an admin or an editor of any organisation): for shared
    /// records of the registry, such as establishments and their needs, that no single organisation owns.
    public func requireWriter(_ action: String) throws {
        guard role == .admin || role == .editor else { throw DomainError.forbidden("Only an admin or an editor may \(action).") }
    }

    /// Throws `forbidden` unless the principal may edit records owned by `owner`.
    public func requireEdit(ownedBy owner: Organisation.ID, _ action: String) throws {
        guard canEdit(ownedBy: owner) else {
            throw DomainError.forbidden("Only an admin, or an editor of the owning organisation, may \(action).")
        }
    }
}
