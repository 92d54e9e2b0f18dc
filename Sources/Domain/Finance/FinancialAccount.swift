/// The financial final account (*ekonomisk slutredovisning*) of an assignment, from its budget lines and ledger:
/// budget against outcome per fiscal year, cost category, funding source, appropriation and initiative, with totals,
/// unused funds and the reversals. Every amount is exact öre; nothing is rounded here (presentation rounds totals once,
/// after summing).
public struct FinancialAccount: Codable, Hashable, Sendable {
    /// Budget, outcome and the rest for one group, in öre.
    public struct Amounts: Codable, Hashable, Sendable {
        /// The current budget (after revisions).
        public var budget: Int64 = 0
        /// Expenditure booked, reversals included: the outcome.
        public var outcome: Int64 = 0
        /// Commitments made.
        public var commitments: Int64 = 0
        /// Money paid out.
        public var disbursements: Int64 = 0
        /// Budget not used: budget − outcome (negative when overspent).
        public var unused: Int64 { budget - outcome }

        private enum CodingKeys: String, CodingKey { case budget, outcome, commitments, disbursements, unused }

        /// Encodes every amount, `unused` included.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(budget, forKey: .budget)
            try c.encode(outcome, forKey: .outcome)
            try c.encode(commitments, forKey: .commitments)
            try c.encode(disbursements, forKey: .disbursements)
            try c.encode(unused, forKey: .unused)
        }

        /// Decodes the amounts (`unused` is derived).
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            budget = try c.decode(Int64.self, forKey: .budget)
            outcome = try c.decode(Int64.self, forKey: .outcome)
            commitments = try c.decode(Int64.self, forKey: .commitments)
            disbursements = try c.decode(Int64.self, forKey: .disbursements)
        }

        /// Zero.
        public init() {}

        mutating func add(_ entry: LedgerTransaction) {
            switch entry.kind {
            case .expenditure: outcome += entry.amount
            case .commitment: commitments += entry.amount
            case .disbursement: disbursements += entry.amount
            }
        }
    }

    /// One line: a fiscal year, category, source, appropriation and initiative.
    public struct Line: Codable, Hashable, Sendable {
        public var fiscalYear: Int
        public var costCategory: CostCategory
        public var fundingSource: FundingSource
        public var appropriation: String?
        public var initiativeId: Initiative.ID?
        public var amounts: Amounts
    }

    /// A group of lines by one dimension.
    public struct Group: Codable, Hashable, Sendable {
        /// The fiscal year, category, source, appropriation or initiative id (`assignment` for the assignment's own).
        public var key: String
        public var amounts: Amounts
    }

    /// A reversing entry, shown as the account shows corrections.
    public struct Reversal: Codable, Hashable, Sendable {
        public var id: LedgerTransaction.ID
        public var reversesId: LedgerTransaction.ID
        public var date: CalendarDate
        public var amount: Int64
        public var voucherReference: String
    }

    /// Expenditure booked in a calendar month, reversals included, in öre.
    public struct Month: Codable, Hashable, Sendable {
        /// `YYYY-MM`.
        public var month: String
        public var outcome: Int64
    }

    public var assignmentId: Assignment.ID
    public var lines: [Line]
    public var byFiscalYear: [Group]
    public var byCostCategory: [Group]
    public var byFundingSource: [Group]
    public var byAppropriation: [Group]
    public var byInitiative: [Group]
    public var total: Amounts
    /// Expenditure per month, the months with any, oldest first.
    public var byMonth: [Month]
    public var reversals: [Reversal]

    /// Expenditure per calendar month of `entries`, reversals included (booked on their own date), oldest first.
    public static func months(_ entries: [LedgerTransaction]) -> [Month] {
        var sums: [String: Int64] = [:]
        for entry in entries where entry.kind == .expenditure { sums[String(entry.date.description.prefix(7)), default: 0] += entry.amount }
        return sums.keys.sorted().map { Month(month: $0, outcome: sums[$0]!) }
    }

    /// The account of `assignment` from its budget lines and ledger entries.
    public static func compute(assignment: Assignment.ID, budgets: [Budget], entries: [LedgerTransaction]) -> FinancialAccount {
        struct Key: Hashable, Comparable {
            var year: Int
            var category: CostCategory
            var source: FundingSource
            var appropriation: String?
            var initiative: Initiative.ID?

            static func < (a: Key, b: Key) -> Bool { a.order < b.order }

            var order: (Int, Int, Int, String, String) {
                (
                    year, CostCategory.allCases.firstIndex(of: category)!, FundingSource.allCases.firstIndex(of: source)!,
                    appropriation ?? "", initiative?.description ?? ""
                )
            }
        }
        var lines: [Key: Amounts] = [:]
        for budget in budgets where budget.assignmentId == assignment {
            let key = Key(
                year: budget.fiscalYear, category: budget.costCategory, source: budget.fundingSource, appropriation: budget.appropriation,
                initiative: budget.initiativeId)
            lines[key, default: Amounts()].budget += budget.amount
        }
        for entry in entries where entry.assignmentId == assignment {
            let key = Key(
                year: entry.fiscalYear, category: entry.costCategory, source: entry.fundingSource, appropriation: entry.appropriation,
                initiative: entry.initiativeId)
            lines[key, default: Amounts()].add(entry)
        }
        var total = Amounts()
        var groups: [String: [String: Amounts]] = [:]
        for (key, amounts) in lines {
            total.merge(amounts)
            let keys = [
                "year": String(key.year), "category": key.category.rawValue, "source": key.source.rawValue,
                "appropriation": key.appropriation ?? "none", "initiative": key.initiative?.description ?? "assignment",
            ]
            for (dimension, value) in keys { groups[dimension, default: [:]][value, default: Amounts()].merge(amounts) }
        }
        func ordered(_ dimension: String, by order: [String]? = nil) -> [Group] {
            let found = groups[dimension] ?? [:]
            let keys = order.map { $0.filter { found[$0] != nil } } ?? found.keys.sorted()
            return keys.map { Group(key: $0, amounts: found[$0]!) }
        }
        return FinancialAccount(
            assignmentId: assignment,
            lines: lines.keys.sorted().map {
                Line(
                    fiscalYear: $0.year, costCategory: $0.category, fundingSource: $0.source, appropriation: $0.appropriation,
                    initiativeId: $0.initiative, amounts: lines[$0]!)
            },
            byFiscalYear: ordered("year"), byCostCategory: ordered("category", by: CostCategory.allCases.map(\.rawValue)),
            byFundingSource: ordered("source", by: FundingSource.allCases.map(\.rawValue)), byAppropriation: ordered("appropriation"),
            byInitiative: ordered("initiative"), total: total, byMonth: months(entries.filter { $0.assignmentId == assignment }),
            reversals: entries.filter { $0.assignmentId == assignment }.compactMap { entry in
                entry.reversesId.map {
                    Reversal(id: entry.id, reversesId: $0, date: entry.date, amount: entry.amount, voucherReference: entry.voucherReference)
                }
            }.sorted { ($0.date, $0.voucherReference) < ($1.date, $1.voucherReference) })
    }
}

extension FinancialAccount.Amounts {
    mutating func merge(_ other: FinancialAccount.Amounts) {
        budget += other.budget
        outcome += other.outcome
        commitments += other.commitments
        disbursements += other.disbursements
    }
}
