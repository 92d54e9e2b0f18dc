/// A forum's lifecycle: planned → active ⇄ dormant, and closed from any of them (closed is final).
public enum ForumStatus: String, Codable, CaseIterable, Sendable, Lifecycle {
    case planned
    case active
    case dormant
    case closed

    /// The statuses a forum may move to from this one.
    public var successors: Set<ForumStatus> {
        switch self {
        case .planned: [.active, .closed]
        case .active: [.dormant, .closed]
        case .dormant: [.active, .closed]
        case .closed: []
        }
    }

}
