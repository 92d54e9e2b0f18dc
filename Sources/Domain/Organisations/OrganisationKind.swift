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
}
