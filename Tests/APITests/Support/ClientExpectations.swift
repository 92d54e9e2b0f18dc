import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

/// Runs a call that must fail with a problem, and returns the problem (status, type, field errors) for checking.
func problem(of call: () async throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) async -> ProblemDetails? {
    do {
        try await call()
        Issue.record("expected a problem, the call succeeded", sourceLocation: sourceLocation)
        return nil
    } catch let error as ClientError {
        return error.problem
    } catch {
        Issue.record("expected a problem, got \(error)", sourceLocation: sourceLocation)
        return nil
    }
}

extension Decimal {
    /// A decimal from its text, for figures checked by hand.
    init(_ text: String) { self = Decimal(string: text)! }
}
