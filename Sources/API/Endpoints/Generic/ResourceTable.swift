import Foundation
import GRDB
import SamordnaDomain

/// One resource's part in the shared machinery: its table, how rows map to values, the rules that
/// need the database, and who may see and change what. Everything else (paging, ETags, merge patch,
/// idempotency, the change log) is written once in `Repository` and `ResourceRoutes`.
protocol ResourceTable: Sendable {
    associatedtype Resource: StoredResource

    /// The singular name used in messages and the change log, e.g. `organisation`.
    static var resourceType: String { get }
    /// The list's filters, sorting and table.
    static var listSpec: ListSpec { get }
    /// A column holding a unique human key that paths may use instead of the id.
    static var keyColumn: String? { get }
    /// Personal data is deleted for real instead of leaving a tombstone.
    static var erasesOnDelete: Bool { get }

    /// Maps a row to the resource.
    static func decode(_ row: Row) throws -> Resource
    /// The writable columns and their values for an input that passed `prepare`.
    static func columns(_ input: Resource.Input) -> [(String, (any DatabaseValueConvertible)?)]

    /// Checks the principal may make this change (`existing` is nil for a create).
    func authorise(_ input: Resource.Input, replacing existing: Resource?, by principal: Principal, in db: Database) throws
    /// Validates and normalises an input, with the rules that need the database (references, uniqueness).
    func prepare(_ input: Resource.Input, replacing existing: Resource?, in db: Database, now: Date) throws -> Resource.Input
    /// Whether the principal may see this record at all (otherwise it is answered as not found).
    func isVisible(_ resource: Resource, to principal: Principal, in db: Database) throws -> Bool
    /// The list condition matching `isVisible`, or nil when everything is visible.
    func visibility(for principal: Principal) -> ListQuery.Condition?
    /// Columns the server keeps itself (not in the input), such as a history or a completion time.
    func derivedColumns(_ input: Resource.Input, replacing existing: Resource?, now: Date) -> [(String, (any DatabaseValueConvertible)?)]
    /// Checks the principal may delete the record, and that nothing still depends on it.
    func prepareDelete(_ resource: Resource, by principal: Principal, in db: Database, now: Date) throws
}

extension ResourceTable {
    static var keyColumn: String? { nil }
    static var erasesOnDelete: Bool { false }
    func isVisible(_ resource: Resource, to principal: Principal, in db: Database) throws -> Bool { true }
    func derivedColumns(_ input: Resource.Input, replacing existing: Resource?, now: Date) -> [(String, (any DatabaseValueConvertible)?)] {
        []
    }
    func visibility(for principal: Principal) -> ListQuery.Condition? { nil }
}
