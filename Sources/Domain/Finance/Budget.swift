import Foundation

/// A budget line: what the assignment, or one initiative, may spend in a fiscal year (a calendar year) on a cost
/// category from a funding source (and appropriation). A change of amount is a revision with a reason; earlier
/// amounts are kept in `revisions`, never overwritten.
public struct Budget: Codable, Hashable, Sendable, Identifiable {
    /// The budget line's identifier.
    public typealias ID = Identifier<Budget>

    /// An earlier amount and why it changed.
    public struct Revision: Codable, Hashable, Sendable {
        /// The amount before the revision, in öre.
        public var previousAmount: Int64
        /// The amount after it, in öre.
        public var amount: Int64
        public var reason: String
        /// When the revision was recorded.
        public var revisedAt: Date

        /// Creates a revision.
        public init(previousAmount: Int64, amount: Int64, reason: String, revisedAt: Date) {
            self.previousAmount = previousAmount
            self.amount = amount
            self.reason = reason
            self.revisedAt = revisedAt
        }
    }

    public var id: ID
    public var assignmentId: Assignment.ID
    /// The initiative the line is for; nil for the assignment's own costs.
    public var initiativeId: Initiative.ID?
    /// The fiscal year (*budgetår*), a calendar year.
    public var fiscalYear: Int
    public var costCategory: CostCategory
    public var fundingSource: FundingSource
    public var appropriation: String?
    /// The current amount in öre (SEK × 100), exact.
    public var amount: Int64
    public var note: String?
    /// Every change of amount, oldest first (kept by the server).
    public var revisions: [Revision]
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a budget line value.
    public init(
        id: ID, assignmentId: Assignment.ID, initiativeId: Initiative.ID?, fiscalYear: Int, costCategory: CostCategory,
        fundingSource: FundingSource, appropriation: String?, amount: Int64, note: String?, revisions: [Revision], version: Int,
        createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.assignmentId = assignmentId
        self.initiativeId = initiativeId
        self.fiscalYear = fiscalYear
        self.costCategory = costCategory
        self.fundingSource = fundingSource
        self.appropriation = appropriation
        self.amount = amount
        self.note = note
        self.revisions = revisions
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: BudgetInput {
        BudgetInput(
            assignmentId: assignmentId, initiativeId: initiativeId, fiscalYear: fiscalYear, costCategory: costCategory,
            fundingSource: fundingSource, appropriation: appropriation, amount: amount, note: note)
    }
}

/// The writable fields of a budget line.
public struct BudgetInput: ResourceInput {
    public var assignmentId: Assignment.ID
    public var initiativeId: Initiative.ID?
    public var fiscalYear: Int
    public var costCategory: CostCategory
    public var fundingSource: FundingSource
    public var appropriation: String?
    /// In öre.
    public var amount: Int64
    public var note: String?
    /// Why the amount changes; required when it does (not stored on the line, but in its revisions).
    public var revisionReason: String?

    /// Creates the input for a budget line.
    public init(
        assignmentId: Assignment.ID, initiativeId: Initiative.ID? = nil, fiscalYear: Int, costCategory: CostCategory,
        fundingSource: FundingSource, appropriation: String? = nil, amount: Int64, note: String? = nil, revisionReason: String? = nil
    ) {
        self.assignmentId = assignmentId
        self.initiativeId = initiativeId
        self.fiscalYear = fiscalYear
        self.costCategory = costCategory
        self.fundingSource = fundingSource
        self.appropriation = appropriation
        self.amount = amount
        self.note = note
        self.revisionReason = revisionReason
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case assignmentId, initiativeId, fiscalYear, costCategory, fundingSource, appropriation, amount, note, revisionReason
    }

    public static let requiredFields: Set<String> = ["assignmentId", "fiscalYear", "costCategory", "fundingSource", "amount"]

    /// The largest amount a line or a transaction may hold: 100 billion kronor, in öre.
    public static let maximumAmount: Int64 = 10_000_000_000_000

    /// Checks the year, the amount, the appropriation and, for a change of amount, its reason.
    public func validated(replacing existing: Budget?) throws -> BudgetInput {
        var v = Validator()
        var result = self
        if !(2000...2100).contains(fiscalYear) { v.add("fiscalYear", "outOfRange", "fiscalYear is a calendar year, 2000–2100.") }
        if amount < 0 || amount > Self.maximumAmount {
            v.add("amount", "outOfRange", "amount is öre, 0 to \(Self.maximumAmount).")
        }
        Appropriation.check(appropriation, field: "appropriation", into: &v)
        v.text(note, field: "note", maxLength: 2000)
        v.text(revisionReason, field: "revisionReason", maxLength: 2000)
        if let existing, existing.amount != amount, revisionReason == nil {
            v.add("revisionReason", "required", "A change of amount is a revision and needs its reason.")
        }
        result.revisionReason = existing == nil || existing?.amount != amount ? revisionReason : nil
        try v.check()
        return result
    }
}
