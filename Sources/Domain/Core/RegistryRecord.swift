import Foundation

/// A stored, versioned record of the registry, as both server and client handle it.
public protocol RegistryRecord: Codable, Sendable, Identifiable where ID: CustomStringConvertible & Sendable {
    /// The writable fields of the record.
    associatedtype Input: ResourceInput
    /// What its list filters on.
    associatedtype Filter: RecordFilter
    /// Increases by one with every change; send it back as `If-Match` to avoid lost updates.
    var version: Int { get }
    /// When the record was created.
    var createdAt: Date { get }
    /// When the record last changed.
    var updatedAt: Date { get }
    /// The writable fields, ready to change and send back.
    var input: Input { get }
}

extension RegistryRecord {
    /// The id in its wire form.
    public var idText: String { id.description }
}

extension Organisation: RegistryRecord { public typealias Filter = OrganisationFilter }
extension Contact: RegistryRecord { public typealias Filter = ContactFilter }
extension ChallengeArea: RegistryRecord { public typealias Filter = ChallengeAreaFilter }
extension Assignment: RegistryRecord { public typealias Filter = AssignmentFilter }
extension AssignmentPart: RegistryRecord { public typealias Filter = AssignmentPartFilter }
extension Forum: RegistryRecord { public typealias Filter = ForumFilter }
extension ForumMembership: RegistryRecord { public typealias Filter = ForumMembershipFilter }
extension Meeting: RegistryRecord { public typealias Filter = MeetingFilter }
extension Decision: RegistryRecord { public typealias Filter = DecisionFilter }
extension FollowUpAction: RegistryRecord { public typealias Filter = FollowUpActionFilter }
extension SourceDocument: RegistryRecord { public typealias Filter = SourceDocumentFilter }
extension Recommendation: RegistryRecord { public typealias Filter = RecommendationFilter }
extension Initiative: RegistryRecord { public typealias Filter = InitiativeFilter }
extension Indicator: RegistryRecord { public typealias Filter = IndicatorFilter }
extension IndicatorMeasurement: RegistryRecord { public typealias Filter = IndicatorMeasurementFilter }
extension Establishment: RegistryRecord { public typealias Filter = EstablishmentFilter }
extension EstablishmentFigure: RegistryRecord { public typealias Filter = EstablishmentFigureFilter }
extension Need: RegistryRecord { public typealias Filter = NeedFilter }
extension Barrier: RegistryRecord { public typealias Filter = BarrierFilter }
extension Budget: RegistryRecord { public typealias Filter = BudgetFilter }
extension LedgerTransaction: RegistryRecord { public typealias Filter = LedgerTransactionFilter }
extension KnowledgeItem: RegistryRecord { public typealias Filter = KnowledgeItemFilter }
extension Dissemination: RegistryRecord { public typealias Filter = DisseminationFilter }
