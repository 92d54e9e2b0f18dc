import Foundation
import GRDB
import Synchronization

/// Wakes the change feed's long polls when a transaction that wrote to the change log commits. Process-wide: a
/// waiter woken by another database's commit reads its own again and, finding nothing new, waits on.
final class ChangeSignal: Sendable {
    /// The one signal of the process.
    static let shared = ChangeSignal()

    private struct State {
        var generation: UInt64 = 0
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        var nextWaiter: UInt64 = 0
    }

    private let state = Mutex(State())

    /// The connections whose open transaction already signals when it commits.
    private let armed = Mutex(Set<ObjectIdentifier>())

    /// Signals when the transaction `db` is in commits, registered once per transaction however many changes it
    /// writes (an observer per change would make every statement of a 10,000-row import visit thousands of them).
    func signalOnCommit(of db: Database) {
        let connection = ObjectIdentifier(db)
        guard armed.withLock({ $0.insert(connection).inserted }) else { return }
        db.afterNextTransaction(
            onCommit: { _ in
                self.armed.withLock { _ = $0.remove(connection) }
                self.signal()
            },
            onRollback: { _ in self.armed.withLock { _ = $0.remove(connection) } })
    }

    /// The count of commits signalled so far; pass it to `wait(after:timeout:)` to miss none in between.
    var generation: UInt64 { state.withLock { $0.generation } }

    /// Signals a commit: every waiter wakes.
    func signal() {
        let woken = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.generation &+= 1
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for waiter in woken { waiter.resume() }
    }

    /// Returns when a commit after `generation` is signalled, or after `timeout`.
    func wait(after generation: UInt64, timeout: Duration) async {
        let id = state.withLock { state -> UInt64 in
            state.nextWaiter &+= 1
            return state.nextWaiter
        }
        let timer = Task {
            try? await Task.sleep(for: timeout)
            self.resume(id)
        }
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumeNow = state.withLock { state -> Bool in
                if state.generation != generation { return true }
                state.waiters[id] = continuation
                return false
            }
            if resumeNow { continuation.resume() }
        }
        timer.cancel()
    }

    private func resume(_ id: UInt64) {
        let waiter = state.withLock { $0.waiters.removeValue(forKey: id) }
        waiter?.resume()
    }
}
