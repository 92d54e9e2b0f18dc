import Foundation

/// One entry of the assignment's ledger: a commitment, an expenditure or a disbursement, in öre. An entry is never
/// changed or deleted; a correction is a reversing entry (`reversesId`) of the opposite amount, and an entry is
/// reversed at most once.
public struct LedgerTransaction: Codable, Hashable, Sendable, Identifiable {
    /// The entry's identifier.
    public typealias ID = Identifier<LedgerTransaction>

    /// What the entry records.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// Money promised (an agreement signed, an order placed).
        case commitment
        /// A cost booked: what the financial final account calls the outcome.
        case expenditure
        /// Money paid out.
        case disbursement
    }

    public var id: ID
    public var assignmentId: Assignment.ID
    /// The business day of the entry, never in the future.
    public var date: CalendarDate
    /// Öre; negative for a reversal of a positive entry.
    public var amount: Int64
    public var kind: Kind
    public var costCategory: CostCategory
    public var fundingSource: FundingSource
    public var appropriation: String?
    /// The initiative the money is for; nil for the assignment's own costs.
    public var initiativeId: Initiative.ID?
    public var description: String
    /// The voucher (*verifikationsnummer*), unique within the fiscal year of `date`.
    public var voucherReference: String
    /// Who was paid.
    public var payeeId: Organisation.ID?
    /// The entry this one reverses.
    public var reversesId: ID?
    /// The entry that reversed this one (kept by the server).
    public var reversedById: ID?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates an entry value.
    public init(
        id: ID, assignmentId: Assignment.ID, date: CalendarDate, amount: Int64, kind: Kind, costCategory: CostCategory,
        fundingSource: FundingSource, appropriation: String?, initiativeId: Initiative.ID?, description: String, voucherReference: String,
        payeeId: Organisation.ID?, reversesId: ID?, reversedById: ID?, version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.assignmentId = assignmentId
        self.date = date
        self.amount = amount
        self.kind = kind
        self.costCategory = costCategory
        self.fundingSource = fundingSource
        self.appropriation = appropriation
        self.initiativeId = initiativeId
        self.description = description
        self.voucherReference = voucherReference
        self.payeeId = payeeId
        self.reversesId = reversesId
        self.reversedById = reversedById
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The fiscal year of the entry (its calendar year).
    public var fiscalYear: Int { date.year }

    /// The fields it was written with.
    public var input: LedgerTransactionInput {
        LedgerTransactionInput(
            assignmentId: assignmentId, date: date, amount: amount, kind: kind, costCategory: costCategory, fundingSource: fundingSource,
            appropriation: appropriation, initiativeId: initiativeId, description: description, voucherReference: voucherReference,
            payeeId: payeeId, reversesId: reversesId)
    }
}

/// The fields of a ledger entry, written once.
public struct LedgerTransactionInput: ResourceInput {
    public var assignmentId: Assignment.ID
    public var date: CalendarDate
    public var amount: Int64
    public var kind: LedgerTransaction.Kind
    public var costCategory: CostCategory
    public var fundingSource: FundingSource
    public var appropriation: String?
    public var initiativeId: Initiative.ID?
    public var description: String
    public var voucherReference: String
    public var payeeId: Organisation.ID?
    public var reversesId: LedgerTransaction.ID?

    /// Creates an entry.
    public init(
        assignmentId: Assignment.ID, date: CalendarDate, amount: Int64, kind: LedgerTransaction.Kind, costCategory: CostCategory,
        fundingSource: FundingSource, appropriation: String? = nil, initiativeId: Initiative.ID? = nil, description: String,
        voucherReference: String, payeeId: Organisation.ID? = nil, reversesId: LedgerTransaction.ID? = nil
    ) {
        self.assignmentId = assignmentId
        self.date = date
        self.amount = amount
        self.kind = kind
        self.costCategory = costCategory
        self.fundingSource = fundingSource
        self.appropriation = appropriation
        self.initiativeId = initiativeId
        self.description = description
        self.voucherReference = voucherReference
        self.payeeId = payeeId
        self.reversesId = reversesId
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case assignmentId, date, amount, kind, costCategory, fundingSource, appropriation, initiativeId, description, voucherReference
        case payeeId, reversesId
    }

    public static let requiredFields: Set<String> = [
        "assignmentId", "date", "amount", "kind", "costCategory", "fundingSource", "description", "voucherReference",
    ]

    /// The voucher's form: letters, digits and `-`, `/`, `.`, `:` (e.g. `A 1234`, `VER-2026-0042`).
    public static let voucherPattern = #"^[A-Za-z0-9ÅÄÖåäö][A-Za-z0-9ÅÄÖåäö ./:-]{0,39}$"#

    /// Checks the entry on its own: a date not after `today`, a non-zero amount within range, the texts; and, given the
    /// entry it reverses, that it is that entry's exact opposite in the same books.
    public func validated(today: CalendarDate, reversing original: LedgerTransaction?) throws -> LedgerTransactionInput {
        var v = Validator()
        if date > today { v.add("date", "inFuture", "A ledger entry cannot be dated after today (\(today)).") }
        if amount == 0 || amount < -BudgetInput.maximumAmount || amount > BudgetInput.maximumAmount {
            v.add("amount", "outOfRange", "amount is öre, not zero, within ±\(BudgetInput.maximumAmount).")
        }
        Appropriation.check(appropriation, field: "appropriation", into: &v)
        v.text(description, field: "description", required: true, maxLength: 2000)
        if !TextRules.matches(voucherReference, Self.voucherPattern) {
            v.add("voucherReference", "invalidVoucher", "voucherReference is 1–40 letters, digits, spaces and . / : -.")
        }
        if let original {
            if amount != -original.amount {
                v.add("amount", "notOpposite", "A reversal carries the original's amount negated (\(-original.amount)).")
            }
            if assignmentId != original.assignmentId || kind != original.kind || costCategory != original.costCategory
                || fundingSource != original.fundingSource || appropriation != original.appropriation
                || initiativeId != original.initiativeId
            {
                v.add(
                    "reversesId", "otherBooks",
                    "A reversal is booked like the original: same assignment, kind, category, source, appropriation and initiative.")
            }
            if date < original.date {
                v.add("date", "beforeOriginal", "A reversal cannot precede the entry it reverses (\(original.date)).")
            }
        }
        try v.check()
        return self
    }
}
