/// What kind of long-term collaboration structure (*samverkansforum*) a forum is.
public enum ForumKind: String, Codable, CaseIterable, Sendable {
    case nationalAgencyNetwork
    case regionalForum
    case crossCountyForum
    case thematicWorkingGroup
    case businessDialogue
    case learningNetwork
    case other
}
