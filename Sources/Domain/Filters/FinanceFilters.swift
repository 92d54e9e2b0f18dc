/// What `GET /v1/budgets` filters on.
public struct BudgetFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable { case assignmentId, initiativeId, fiscalYear, costCategory, fundingSource }

    public var assignmentIds: [Assignment.ID]
    public var initiativeIds: [Initiative.ID]
    public var fiscalYears: [Int]
    public var costCategories: [CostCategory]
    public var fundingSources: [FundingSource]

    /// Creates a filter.
    public init(
        assignmentIds: [Assignment.ID] = [], initiativeIds: [Initiative.ID] = [], fiscalYears: [Int] = [],
        costCategories: [CostCategory] = [], fundingSources: [FundingSource] = []
    ) {
        self.assignmentIds = assignmentIds
        self.initiativeIds = initiativeIds
        self.fiscalYears = fiscalYears
        self.costCategories = costCategories
        self.fundingSources = fundingSources
    }

    public var values: [Parameter: [String]] {
        [
            .assignmentId: assignmentIds.map(\.description), .initiativeId: initiativeIds.map(\.description),
            .fiscalYear: fiscalYears.map(String.init), .costCategory: costCategories.map(\.rawValue),
            .fundingSource: fundingSources.map(\.rawValue),
        ]
    }
}

/// What `GET /v1/transactions` filters on.
public struct LedgerTransactionFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable {
        case assignmentId, initiativeId, kind, costCategory, fundingSource, fiscalYear, from, to, voucherReference, reversal
    }

    public var assignmentIds: [Assignment.ID]
    public var initiativeIds: [Initiative.ID]
    public var kinds: [LedgerTransaction.Kind]
    public var costCategories: [CostCategory]
    public var fundingSources: [FundingSource]
    public var fiscalYears: [Int]
    /// Dated on or after.
    public var from: CalendarDate?
    /// Dated on or before.
    public var to: CalendarDate?
    public var voucherReferences: [String]
    /// Reversing entries only (true), or none (false).
    public var reversal: Bool?

    /// Creates a filter.
    public init(
        assignmentIds: [Assignment.ID] = [], initiativeIds: [Initiative.ID] = [], kinds: [LedgerTransaction.Kind] = [],
        costCategories: [CostCategory] = [], fundingSources: [FundingSource] = [], fiscalYears: [Int] = [], from: CalendarDate? = nil,
        to: CalendarDate? = nil, voucherReferences: [String] = [], reversal: Bool? = nil
    ) {
        self.assignmentIds = assignmentIds
        self.initiativeIds = initiativeIds
        self.kinds = kinds
        self.costCategories = costCategories
        self.fundingSources = fundingSources
        self.fiscalYears = fiscalYears
        self.from = from
        self.to = to
        self.voucherReferences = voucherReferences
        self.reversal = reversal
    }

    public var values: [Parameter: [String]] {
        [
            .assignmentId: assignmentIds.map(\.description), .initiativeId: initiativeIds.map(\.description), .kind: kinds.map(\.rawValue),
            .costCategory: costCategories.map(\.rawValue), .fundingSource: fundingSources.map(\.rawValue),
            .fiscalYear: fiscalYears.map(String.init), .from: from.map { [$0.description] } ?? [], .to: to.map { [$0.description] } ?? [],
            .voucherReference: voucherReferences, .reversal: Bool.filterValue(reversal),
        ]
    }
}
