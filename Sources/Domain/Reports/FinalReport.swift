import Foundation

/// The final report (*slutredovisning*) of an assignment, from the data, under the reports' one fixed scope (every live
/// record counts; a confidential meeting is counted, never named; no personal data). It "samlat redogör för vidtagna
/// åtgärder och en ekonomisk slutredovisning": the measures taken grouped by the assignment's parts, each part headed by
/// the decision's own words, with outcomes and indicator results; the collaboration structures established or
/// strengthened; how knowledge was spread; and the financial final account.
public struct FinalReport: Codable, Hashable, Sendable {
    /// An indicator's result: where it started, where it was to go and where it got.
    public struct IndicatorResult: Codable, Hashable, Sendable {
        public var indicatorId: Indicator.ID
        public var name: String
        public var unit: String
        public var direction: Indicator.Direction
        public var baseline: Indicator.Point?
        public var target: Indicator.Point?
        public var latest: Decimal?
        public var latestOn: CalendarDate?
        /// 0…1 by `InitiativeProgress`'s rule, or nil when not measured.
        public var progress: Decimal?
    }

    /// A measure taken: an initiative linked to the part, with its outcome.
    public struct Measure: Codable, Hashable, Sendable {
        public var initiativeId: Initiative.ID
        public var title: String
        public var status: Initiative.Status
        public var leadId: Organisation.ID
        public var startDate: CalendarDate?
        public var endDate: CalendarDate?
        public var outcomeSummary: String?
        /// The initiative's progress by `InitiativeProgress`'s rule.
        public var progress: Decimal?
        public var indicators: [IndicatorResult]
    }

    /// A part of the assignment and what was done under it.
    public struct Part: Codable, Hashable, Sendable {
        public var partId: AssignmentPart.ID
        public var code: String
        public var position: Int
        public var summarySv: String
        /// The decision's own words for the part, heading its section.
        public var textSv: String?
        public var measures: [Measure]
        /// Forums linked to the part.
        public var forums: Int
        /// Meetings linked to the part, confidential ones included.
        public var meetings: Int
        /// Whether anything evidences the part; a part without is called out.
        public var hasEvidence: Bool
        /// The coordinator's accounts of the part.
        public var narratives: [ProgressReport.Narrative]
    }

    /// A collaboration structure (forum) and what it did during the assignment.
    public struct Structure: Codable, Hashable, Sendable {
        public var forumId: Forum.ID
        public var name: String
        public var kind: ForumKind
        public var status: ForumStatus
        public var startDate: CalendarDate?
        /// Started within the assignment's period (otherwise it existed and was strengthened by meeting in it).
        public var established: Bool
        /// Organisations with a seat at the end of the period.
        public var members: Int
        /// Meetings held in the period, confidential ones included.
        public var meetingsHeld: Int
    }

    /// The collaboration structures established or strengthened.
    public struct Collaboration: Codable, Hashable, Sendable {
        /// Forums started in the period, or older ones that met in it.
        public var structures: [Structure]
        public var established: Int
        public var strengthened: Int
    }

    /// How knowledge was spread: the learning networks and the meetings of the period, the published knowledge items
    /// and how far their disseminations of the period reached throughout the country.
    public struct KnowledgeSpread: Codable, Hashable, Sendable {
        /// Forums of kind `learningNetwork` established or strengthened.
        public var learningNetworks: [Structure]
        /// Meetings held in the period.
        public var meetingsHeld: Int
        /// Organisations that attended at least one meeting in the period.
        public var organisationsReached: Int
        /// The published knowledge items, by title, each with its disseminations in the period.
        public var knowledgeItems: [KnowledgeEntry]
        /// The audiences and counties the period's disseminations reached, and which not.
        public var reach: KnowledgeReach
    }

    /// A published knowledge item in the report.
    public struct KnowledgeEntry: Codable, Hashable, Sendable {
        public var knowledgeItemId: KnowledgeItem.ID
        public var title: String
        public var kind: KnowledgeItem.Kind
        public var transferable: Bool
        /// Its disseminations in the period.
        public var disseminations: Int
    }

    public var assignmentId: Assignment.ID
    public var assignmentTitle: String
    public var caseNumber: String?
    public var decisionDate: CalendarDate?
    /// The period reported: the assignment's period, ending at its end or the day the report was made.
    public var from: CalendarDate
    public var to: CalendarDate
    /// The coordinator's overall summaries, oldest period first.
    public var summary: [ProgressReport.Narrative]
    public var parts: [Part]
    /// The codes of parts with no evidence.
    public var partsWithoutEvidence: [String]
    public var collaboration: Collaboration
    public var knowledgeSpread: KnowledgeSpread
    /// The financial final account (*ekonomisk slutredovisning*), in öre.
    public var account: FinancialAccount
}

/// What a final report is made from, beyond what a progress report takes.
public struct FinalReportSources: Sendable {
    public var report: ReportSources
    public var forums: [Forum]
    public var memberships: [ForumMembership]
    public var indicators: [Indicator]
    public var measurements: [IndicatorMeasurement]
    /// Every knowledge item (only published ones are reported).
    public var knowledgeItems: [KnowledgeItem]
    /// Every dissemination (those of the period count).
    public var disseminations: [Dissemination]
    /// Sweden's counties and municipalities, which the reach is told over.
    public var directory: MunicipalityDirectory
    /// Where each organisation is, as the registry knows it.
    public var organisationPlaces: [Organisation.ID: (county: CountyCode?, municipality: MunicipalityCode?)]

    /// Gathers the sources.
    public init(
        report: ReportSources, forums: [Forum], memberships: [ForumMembership], indicators: [Indicator],
        measurements: [IndicatorMeasurement], knowledgeItems: [KnowledgeItem], disseminations: [Dissemination],
        directory: MunicipalityDirectory, organisationPlaces: [Organisation.ID: (county: CountyCode?, municipality: MunicipalityCode?)]
    ) {
        self.report = report
        self.forums = forums
        self.memberships = memberships
        self.indicators = indicators
        self.measurements = measurements
        self.knowledgeItems = knowledgeItems
        self.disseminations = disseminations
        self.directory = directory
        self.organisationPlaces = organisationPlaces
    }
}
