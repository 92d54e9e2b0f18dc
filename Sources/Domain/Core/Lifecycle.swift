/// A status with a lifecycle: each status names the ones it may move to, and a change to any other is refused with
/// the allowed ones named (409 illegal-transition). Staying in the same status is always allowed.
public protocol Lifecycle: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The statuses this one may move to.
    var successors: Set<Self> { get }
}

extension Lifecycle {
    /// Throws `illegalTransition`, naming the allowed statuses, unless `next` is this status or one of its successors.
    public func checkTransition(to next: Self) throws {
        guard next == self || successors.contains(next) else {
            let allowed = Self.allCases.filter { successors.contains($0) }.map(\.rawValue)
            throw DomainError.illegalTransition(from: rawValue, to: next.rawValue, allowed: allowed)
        }
    }
}
