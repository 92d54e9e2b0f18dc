import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// `GET /v1/dialogue-coverage`: per organisation in scope, the dialogue it had in a period, and who had none.
struct DialogueCoverageRoutes: Sendable {
    let database: DatabasePool
    let municipalities: MunicipalityDirectory
    let clock: @Sendable () -> Date

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/dialogue-coverage") { try await report($0, $1) }
    }

    /// The report's query: a period and which organisations it covers.
    struct Query: Sendable {
        var from: CalendarDate?
        var to: CalendarDate?
        var kinds = DialogueCoverage.defaultKinds
        /// Whether the caller left the scope to the default (no `kind`).
        var isDefaultScope = true
        var counties: [CountyCode] = []
        var wantsCSV = false

        /// The default scope for a period (what reports use).
        init(from: CalendarDate?, to: CalendarDate?) {
            self.from = from
            self.to = to
        }

        init(request: Request) throws {
            var format: String?
            for (name, value) in QueryString.items(request.uri.query) {
                switch name {
                case "from", "to":
                    guard let date = CalendarDate(value) else {
                        throw APIProblem.invalidParameter(name, "\(name) must be a date, YYYY-MM-DD.")
                    }
                    if name == "from" { from = date } else { to = date }
                case "kind":
                    let parsed = value.split(separator: ",", omittingEmptySubsequences: false).map {
                        OrganisationKind(rawValue: String($0))
                    }
                    guard !parsed.isEmpty, parsed.allSatisfy({ $0 != nil }) else {
                        throw APIProblem.invalidParameter(name, "kind must be organisation kinds, e.g. municipality,region.")
                    }
                    kinds = parsed.compactMap { $0 }
                    isDefaultScope = false
                case "county":
                    let parsed = value.split(separator: ",", omittingEmptySubsequences: false).map { CountyCode(rawValue: String($0)) }
                    guard parsed.allSatisfy({ $0 != nil }) else {
                        throw APIProblem.invalidParameter(name, "county must be county codes, e.g. 25 or 24,25.")
                    }
                    counties = parsed.compactMap { $0 }
                case "format":
                    guard value == "csv" || value == "json" else { throw APIProblem.invalidParameter(name, "format must be csv or json.") }
                    format = value
                default:
                    throw APIProblem.invalidParameter(name, "\(name) is not a parameter of this report.")
                }
            }
            if let from, let to, to < from { throw APIProblem.invalidParameter("to", "to must not be before from.") }
            wantsCSV = CSVResponse.isWanted(by: request, format: format)
        }
    }

    func report(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let query = try Query(request: request)
        let today = CalendarDate(clock())
        let coverage = try await database.observedRead { db in try compute(query, for: principal, today: today, in: db) }
        guard query.wantsCSV else { return try JSONResponse.make(coverage) }
        let rows = coverage.organisations.map { entry -> [String?] in
            [
                entry.organisationId.description, entry.name, entry.kind.rawValue, entry.countyCode?.rawValue,
                entry.municipalityCode?.rawValue,
                String(entry.meetings), entry.lastMeetingDate?.description, String(entry.crossCountyMeetings), String(entry.openActions),
                String(entry.overdueActions), entry.forums.map(\.name).joined(separator: ", "), entry.meetings > 0 ? "ja" : "nej",
            ]
        }
        return CSVResponse.make(
            header: [
                "organisationId", "name", "kind", "countyCode", "municipalityCode", "meetings", "lastMeetingDate", "crossCountyMeetings",
                "openActions", "overdueActions", "forums", "engaged",
            ],
            rows: rows, filename: "dialogue-coverage.csv")
    }

    /// The coverage as `principal` may see it; nil is the reports' fixed scope, where every meeting counts.
    func compute(_ query: Query, for principal: Principal?, today: CalendarDate, in db: Database) throws -> DialogueCoverage {
        let organisations = try Repository(table: OrganisationTable(municipalities: municipalities)).decode(
            Row.fetchAll(db, sql: "SELECT * FROM organisations WHERE deletedAt IS NULL"), in: db)
        let scope = organisations.filter { organisation in
            DialogueCoverage.isInScope(organisation, kinds: query.kinds, isDefault: query.isDefaultScope)
                && (query.counties.isEmpty || organisation.countyCode.map(query.counties.contains) == true)
        }
        let counties = Dictionary(uniqueKeysWithValues: organisations.compactMap { o in o.countyCode.map { (o.id, $0) } })
        let visible = principal.flatMap(MeetingVisibility.meetings(for:))
        var meetingSQL = "SELECT * FROM meetings m WHERE m.deletedAt IS NULL"
        var arguments: [String] = []
        if let from = query.from { meetingSQL += " AND m.date >= ?"; arguments.append(from.description) }
        if let to = query.to { meetingSQL += " AND m.date <= ?"; arguments.append(to.description) }
        if let visible { meetingSQL += " AND \(visible.sql)"; arguments += visible.arguments }
        let meetings = try Repository(table: MeetingTable()).decode(
            Row.fetchAll(db, sql: meetingSQL, arguments: StatementArguments(arguments)), in: db)
        var actionSQL = "SELECT * FROM followUpActions WHERE deletedAt IS NULL AND status IN ('open', 'inProgress')"
        var actionArguments: [String] = []
        if let principal, let restriction = MeetingVisibility.records(of: "followUpActions", for: principal, orOwnedVia: "ownerId") {
            actionSQL += " AND (\(restriction.sql))"
            actionArguments = restriction.arguments
        }
        let actions = try Repository(table: FollowUpActionTable()).decode(
            Row.fetchAll(db, sql: actionSQL, arguments: StatementArguments(actionArguments)), in: db)
        let memberships = try Repository(table: ForumMembershipTable()).decode(
            Row.fetchAll(db, sql: "SELECT * FROM forumMemberships WHERE deletedAt IS NULL"), in: db)
        let forumNames = Dictionary(
            uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM forums WHERE deletedAt IS NULL").compactMap { row in
                Forum.ID(row["id"] as String).map { ($0, row["name"] as String) }
            })
        return DialogueCoverage.compute(
            scope: scope, meetings: meetings, pendingActions: actions, memberships: memberships.filter { forumNames[$0.forumId] != nil },
            forumNames: forumNames, counties: counties, from: query.from, to: query.to, today: today)
    }
}
