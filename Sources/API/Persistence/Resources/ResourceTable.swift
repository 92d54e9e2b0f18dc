import Foundation
import GRDB
import SamordnaDomain

/// One resource's part in the shared machinery: its table, how rows map to values, the links it declares, the rules
/// that need the database, and who may see and change what. Everything else (paging, ETags, merge patch,
/// idempotency, the change log, reference checks, "in use" and erasure) is written once in `Repository`,
/// `ReferenceRegistry` and `ResourceRoutes`.
protocol ResourceTable: Sendable {
    associatedtype Resource: RegistryRecord

    /// The identifier used in the change log and messages, e.g. `followUpAction`.
    static var resourceType: String { get }
    /// The list's filters, sorting and table.
    static var listSpec: ListSpec { get }
    /// A column holding a unique human key that paths may use instead of the id.
    static var keyColumn: String? { get }
    /// The record's JSON as columns, for a resource with no links whose JSON is a flat projection of its row;
    /// lists and reads then write it straight from SQLite. Nil for the others.
    static var projection: RowProjection? { get }
    /// Personal data is deleted for real instead of leaving a tombstone.
    static var erasesOnDelete: Bool { get }
    /// The fields holding personal data, which the audit trail names without their values.
    static var personalFields: Set<String> { get }
    /// Every link from this resource's records to other records, declared once.
    static var references: [Reference] { get }
    /// Server-kept rows of a record that refer to nothing else (a dated phase or status history), loaded with it.
    static var histories: [LinkTable] { get }

    /// Maps a row, with the rows of its join tables, to the resource.
    static func decode(_ row: Row, links: LinkedRows) throws -> Resource
    /// The fields kept in the table's own columns and exported as CSV, declared once.
    static var fields: [Field<Resource>] { get }
    /// The rows each writable join table should hold for the input.
    static func linkRows(_ input: Resource.Input) -> LinkRows
    /// What the principal may see, as a condition on the table (aliased as the list spec says); nil when everything
    /// is visible. Reads, lists and reference checks all apply it: a record outside it is answered as not existing.
    static func visibility(for principal: Principal) -> ListQuery.Condition?

    /// Checks the principal may make this change (`existing` is nil for a create).
    func authorise(_ input: Resource.Input, replacing existing: Resource?, by principal: Principal, in db: Database) throws
    /// Validates and normalises an input, with the rules that need the database (uniqueness, dates of related
    /// records). References are checked beforehand, from `references`.
    func prepare(_ input: Resource.Input, replacing existing: Resource?, in db: Database, now: Date) throws -> Resource.Input
    /// Columns the server keeps itself (not in the input), such as a completion time.
    func derivedColumns(_ input: Resource.Input, replacing existing: Resource?, now: Date) -> [(String, (any DatabaseValueConvertible)?)]
    /// Link rows the server keeps itself (not written by the client), after the record itself is written.
    func recordDerivedLinks(id: String, _ input: Resource.Input, replacing existing: Resource?, in db: Database, now: Date) throws
    /// Changes other records as a consequence of this write (an establishment that falters flags its dependants), in
    /// the same transaction, through their own `Repository`, in the name of the same principal.
    func applyConsequences(
        id: String, _ input: Resource.Input, replacing existing: Resource?, by principal: Principal?, in db: Database, now: Date) throws
    /// Checks the principal may delete the record (what refers to it is the registry's business).
    func prepareDelete(_ resource: Resource, by principal: Principal, in db: Database, now: Date) throws
}

extension ResourceTable {
    static var projection: RowProjection? { nil }
    static var keyColumn: String? { nil }
    static var erasesOnDelete: Bool { false }
    static var personalFields: Set<String> { [] }
    static var references: [Reference] { [] }
    static var histories: [LinkTable] { [] }
    static func linkRows(_ input: Resource.Input) -> LinkRows { [:] }
    static func visibility(for principal: Principal) -> ListQuery.Condition? { nil }
    func derivedColumns(_ input: Resource.Input, replacing existing: Resource?, now: Date) -> [(String, (any DatabaseValueConvertible)?)] {
        []
    }
    func recordDerivedLinks(id: String, _ input: Resource.Input, replacing existing: Resource?, in db: Database, now: Date) throws {}
    func applyConsequences(
        id: String, _ input: Resource.Input, replacing existing: Resource?, by principal: Principal?, in db: Database, now: Date
    ) throws {}

    /// The join tables of the resource: those of its references, then its histories.
    static var links: [LinkTable] {
        var seen = Set<String>()
        return references.compactMap { reference in
            guard case .link(let link) = reference.storage, seen.insert(link.table).inserted else { return nil }
            return link
        } + histories
    }
}
