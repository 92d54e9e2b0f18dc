/// Every table-backed resource, and the reference data they may refer to: the one list a new resource joins, so that
/// the references it declares take part in validation, "in use" and erasure without editing any other resource.
enum ResourceCatalog {
    /// The resources, in no particular order.
    static let tables: [any ResourceTable.Type] = [
        OrganisationTable.self, ContactTable.self, ChallengeAreaTable.self, AssignmentTable.self, AssignmentPartTable.self,
        ForumTable.self, ForumMembershipTable.self, MeetingTable.self, DecisionTable.self, FollowUpActionTable.self,
        SourceDocumentTable.self, RecommendationTable.self, InitiativeTable.self, IndicatorTable.self, IndicatorMeasurementTable.self,
        EstablishmentTable.self, EstablishmentFigureTable.self, NeedTable.self, BarrierTable.self, BudgetTable.self,
        LedgerTransactionTable.self, ReportNarrativeTable.self, ReportSubmissionTable.self,
        LedgerImportTable.self, WebhookSubscriptionTable.self, KnowledgeItemTable.self, DisseminationTable.self,
    ]

    /// Counties and municipalities, which records refer to by code.
    static let referenceData: [ReferenceTarget] = [
        ReferenceTarget(referenceData: "counties", keyColumn: "code", resourceType: "county"),
        ReferenceTarget(referenceData: "municipalities", keyColumn: "code", resourceType: "municipality"),
    ]

    /// Everything a reference can point at.
    static var targets: [ReferenceTarget] { tables.map { target(of: $0) } + referenceData }

    /// Every resource with the references it declares.
    static var holders: [ReferenceRegistry.Holder] { tables.map { holder(of: $0) } }

    private static func target<Table: ResourceTable>(of table: Table.Type) -> ReferenceTarget { ReferenceTarget(table) }

    private static func holder<Table: ResourceTable>(of table: Table.Type) -> ReferenceRegistry.Holder {
        ReferenceRegistry.Holder(
            table: Table.listSpec.table, resourceType: Table.resourceType, liveCondition: Table.listSpec.liveCondition,
            erasesOnDelete: Table.erasesOnDelete, references: Table.references)
    }
}
