/// What `GET /v1/assignments` filters on.
public struct AssignmentFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case principalId, coordinatorId, caseNumber
    }

    public var principalIds: [Organisation.ID]
    public var coordinatorIds: [Organisation.ID]
    public var caseNumbers: [String]

    /// Creates a filter.
    public init(principalIds: [Organisation.ID] = [], coordinatorIds: [Organisation.ID] = [], caseNumbers: [String] = []) {
        self.principalIds = principalIds
        self.coordinatorIds = coordinatorIds
        self.caseNumbers = caseNumbers
    }

    public var values: [Parameter: [String]] {
        [.principalId: principalIds.map(\.description), .coordinatorId: coordinatorIds.map(\.description), .caseNumber: caseNumbers]
    }
}

/// What `GET /v1/assignment-parts` filters on.
public struct AssignmentPartFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case assignmentId, code
    }

    public var assignmentIds: [Assignment.ID]
    public var codes: [String]

    /// Creates a filter.
    public init(assignmentIds: [Assignment.ID] = [], codes: [String] = []) {
        self.assignmentIds = assignmentIds
        self.codes = codes
    }

    public var values: [Parameter: [String]] { [.assignmentId: assignmentIds.map(\.description), .code: codes] }
}
