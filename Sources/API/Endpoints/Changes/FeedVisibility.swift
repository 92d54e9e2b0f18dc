import GRDB
import SamordnaDomain

/// Which records of the feed a caller may see now: those each resource's list would show them (live, and within its
/// visibility: confidential meetings, their decisions and actions, contacts). Said once, by the tables themselves.
struct FeedVisibility: Sendable {
    /// Per resource type: the ids among `ids` that `principal` may list now.
    private let visible: [String: @Sendable (_ ids: [String], _ principal: Principal, _ db: Database) throws -> Set<String>]
    /// Per resource type: its collection path.
    let paths: [String: String]

    init(paths: [String: String]) {
        self.paths = paths
        var visible: [String: @Sendable ([String], Principal, Database) throws -> Set<String>] = [:]
        for table in ResourceCatalog.tables {
            let (type, check) = Self.check(table)
            visible[type] = check
        }
        self.visible = visible
    }

    private static func check<Table: ResourceTable>(_ table: Table.Type)
        -> (String, @Sendable ([String], Principal, Database) throws -> Set<String>)
    {
        (
            Table.resourceType,
            { ids, principal, db in
                let spec = Table.listSpec
                let prefix = spec.alias.map { "\($0)." } ?? ""
                var conditions = ["\(prefix)id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))"]
                var arguments = ids
                if let live = spec.liveCondition { conditions.append("\(prefix)\(live)") }
                if let restriction = Table.visibility(for: principal) {
                    conditions.append("(\(restriction.sql))")
                    arguments += restriction.arguments
                }
                return Set(
                    try String.fetchAll(
                        db, sql: "SELECT \(prefix)id FROM \(spec.source) WHERE \(conditions.joined(separator: " AND "))",
                        arguments: StatementArguments(arguments)))
            }
        )
    }

    /// The types a caller may follow: every resource, and tokens for admins.
    func follows(_ type: String, _ principal: Principal) -> Bool {
        visible[type] != nil || (type == "token" && principal.isAdmin)
    }

    /// The ids of `type` among `ids` that `principal` may see now (a token: while it exists, for admins).
    func visibleIds(_ type: String, _ ids: [String], for principal: Principal, in db: Database) throws -> Set<String> {
        if type == "token" {
            guard principal.isAdmin else { return [] }
            let found = try String.fetchAll(
                db, sql: "SELECT id FROM apiTokens WHERE revokedAt IS NULL AND id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))",
                arguments: StatementArguments(ids))
            return Set(found)
        }
        return try visible[type]?(ids, principal, db) ?? []
    }
}
