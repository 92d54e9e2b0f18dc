/// The progress report (*lägesrapport*) for a period, from the data, under the reports' one fixed scope: a
/// confidential meeting (and what belongs to it) is counted but never named or described, and no personal data
/// appears. Sections: each assignment part with its verbatim text and the records that evidence it (a part with none
/// says so); initiatives per challenge area by status, with those changed in the period; meetings and organisations
/// engaged; dialogue coverage; overdue actions; establishments' phase changes; barriers; Sámi consultations; spending in
/// the period against the budget of its fiscal years.
public struct ProgressReport: Codable, Hashable, Sendable {
    /// A part of the assignment and its evidence in the period.
    public struct PartSection: Codable, Hashable, Sendable {
        public var partId: AssignmentPart.ID
        public var code: String
        public var position: Int
        public var summarySv: String
        /// The decision's own words for the part.
        public var textSv: String?
        /// Live initiatives linked to the part.
        public var initiatives: [InitiativeSummary]
        /// Meetings linked to the part and held in the period.
        public var meetingsInPeriod: Int
        /// Whether anything evidences the part: an initiative linked to it, or a meeting in the period.
        public var hasEvidence: Bool
        /// The coordinator's account of the part for the period.
        public var narratives: [Narrative]
    }

    /// A narrative section as the report shows it.
    public struct Narrative: Codable, Hashable, Sendable {
        public var id: ReportNarrative.ID
        public var from: CalendarDate
        public var to: CalendarDate
        public var textSv: String
        public var textEn: String?
    }

    /// Initiatives of a challenge area.
    public struct AreaSection: Codable, Hashable, Sendable {
        public var challengeAreaId: ChallengeArea.ID
        public var nameSv: String
        public var byStatus: [StatusCount]
        /// Created or changed in the period.
        public var changedInPeriod: [InitiativeSummary]
    }

    /// How many initiatives have a status.
    public struct StatusCount: Codable, Hashable, Sendable {
        public var status: Initiative.Status
        public var count: Int
    }

    /// Meetings held in the period.
    public struct Meetings: Codable, Hashable, Sendable {
        public var held: Int
        /// Of which confidential (counted, never named).
        public var confidential: Int
        /// Organisations that attended at least one.
        public var organisationsEngaged: Int
    }

    /// An action past its due date at the period's end (only those of meetings that are not confidential are named).
    public struct OverdueAction: Codable, Hashable, Sendable {
        public var description: String
        public var ownerId: Organisation.ID
        public var dueDate: CalendarDate
    }

    /// Overdue actions: how many, and the nameable ones.
    public struct OverdueActions: Codable, Hashable, Sendable {
        public var count: Int
        public var named: [OverdueAction]
    }

    /// A phase an establishment entered in the period.
    public struct PhaseChange: Codable, Hashable, Sendable {
        public var establishmentId: Establishment.ID
        public var name: String
        public var phase: Establishment.Phase
        public var since: CalendarDate
    }

    /// Barriers in the period.
    public struct Barriers: Codable, Hashable, Sendable {
        public var reported: Int
        public var acknowledged: Int
        public var closed: Int
        /// Open at the period's end.
        public var open: Int
    }

    /// Consultations held in the period, by outcome.
    public struct Consultations: Codable, Hashable, Sendable {
        public var held: Int
        public var agreement: Int
        public var noAgreement: Int
        public var ongoing: Int
    }

    /// Spending in the period against the budget of the fiscal years it touches, in öre.
    public struct Spending: Codable, Hashable, Sendable {
        /// The fiscal years in the period with a budget or an outcome.
        public var fiscalYears: [Int]
        public var budget: Int64
        /// Expenditure booked in the period, reversals included.
        public var outcome: Int64
        public var byCostCategory: [CategorySpending]
        /// Expenditure per month of the period.
        public var byMonth: [FinancialAccount.Month]
    }

    /// One category's budget and outcome, in öre.
    public struct CategorySpending: Codable, Hashable, Sendable {
        public var costCategory: CostCategory
        public var budget: Int64
        public var outcome: Int64
    }

    public var assignmentId: Assignment.ID
    public var assignmentTitle: String
    public var caseNumber: String?
    public var from: CalendarDate
    public var to: CalendarDate
    /// The coordinator's overall summaries for the period.
    public var summary: [Narrative]
    public var parts: [PartSection]
    public var challengeAreas: [AreaSection]
    public var meetings: Meetings
    public var dialogueCoverage: DialogueCoverage.Totals
    public var overdueActions: OverdueActions
    public var phaseChanges: [PhaseChange]
    public var barriers: Barriers
    public var consultations: Consultations
    public var spending: Spending
}

/// What a progress report is made from: every live record, as the fixed scope sees them.
public struct ReportSources: Sendable {
    public var assignment: Assignment
    public var parts: [AssignmentPart]
    public var challengeAreas: [ChallengeArea]
    public var initiatives: [Initiative]
    public var meetings: [Meeting]
    public var pendingActions: [FollowUpAction]
    public var establishments: [Establishment]
    public var barriers: [Barrier]
    public var budgets: [Budget]
    public var entries: [LedgerTransaction]
    public var coverage: DialogueCoverage.Totals
    public var narratives: [ReportNarrative]

    /// Gathers the sources.
    public init(
        assignment: Assignment, parts: [AssignmentPart], challengeAreas: [ChallengeArea], initiatives: [Initiative], meetings: [Meeting],
        pendingActions: [FollowUpAction], establishments: [Establishment], barriers: [Barrier], budgets: [Budget],
        entries: [LedgerTransaction], coverage: DialogueCoverage.Totals, narratives: [ReportNarrative] = []
    ) {
        self.assignment = assignment
        self.parts = parts
        self.challengeAreas = challengeAreas
        self.initiatives = initiatives
        self.meetings = meetings
        self.pendingActions = pendingActions
        self.establishments = establishments
        self.barriers = barriers
        self.budgets = budgets
        self.entries = entries
        self.coverage = coverage
        self.narratives = narratives
    }
}
