/// Who may change forum seats and follow-up actions: rules that need only the records involved, so that they are
/// tested without HTTP or a database. The server looks up the facts (a forum's convenor, a meeting's organiser) and
/// asks.
public enum CollaborationPolicy {
    /// Whether `principal` may create (`existing` nil) or change a seat. Admins may; editors of the forum's convenor
    /// (the convenors of the old and new forum, when a seat moves) may; and a member organisation's editors may
    /// replace their own representative, changing nothing else.
    public static func mayChangeSeat(
        _ input: ForumMembershipInput, replacing existing: ForumMembership?, convenors: Set<Organisation.ID>, by principal: Principal
    ) -> Bool {
        if principal.isAdmin { return true }
        guard principal.role == .editor else { return false }
        if convenors == [principal.organisationId] { return true }
        guard let existing, existing.organisationId == principal.organisationId else { return false }
        return input.forumId == existing.forumId && input.organisationId == existing.organisationId && input.role == existing.role
            && input.from == existing.from && input.to == existing.to
    }

    /// Whether the owning organisation may make this change to its own action by itself (without being the meeting's
    /// organiser): it may update the action, but not hand it to another owner or move it to another meeting.
    public static func ownerMayUpdate(_ input: FollowUpActionInput, replacing existing: FollowUpAction, by principal: Principal) -> Bool {
        principal.canEdit(ownedBy: existing.ownerId) && existing.ownerId == input.ownerId && existing.meetingId == input.meetingId
    }
}
