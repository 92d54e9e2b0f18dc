/// What kind of actor an organisation is in the coordination work.
public enum OrganisationKind: String, Codable, CaseIterable, Sendable {
    case governmentOffices
    case stateAgency
    case countyAdministrativeBoard
    case region
    case municipality
    case company
    case academia
    case businessAssociation
    case civilSociety
    case samiBody
    case other

    /// The kinds of public body, whose names are unique: no other organisation may carry one (an editor cannot
    /// rename its company to `Tillväxtverket`).
    public static let publicBodies: Set<OrganisationKind> = [
        .governmentOffices, .stateAgency, .countyAdministrativeBoard, .region, .municipality, .samiBody,
    ]

    /// Whether this is a public body's kind.
    public var isPublicBody: Bool { Self.publicBodies.contains(self) }
}
