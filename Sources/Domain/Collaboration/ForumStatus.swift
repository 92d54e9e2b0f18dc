/// A forum's lifecycle: planned → active ⇄ dormant, and closed from any of them (closed is final).
public enum ForumStatus: String, Codable, CaseIterable, Sendable {
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

    /// Throws `illegalTransition` unless `next` is this status or one of its successors.
    public func checkTransition(to next: ForumStatus) throws {
        guard next == self || successors.contains(next) else {
            throw DomainError.illegalTransition(from: rawValue, to: next.rawValue)
        }
    }
}
