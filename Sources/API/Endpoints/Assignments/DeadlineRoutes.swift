import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// `GET /v1/deadlines`: reporting obligations with their next due day, overdue actions (as the caller may see them),
/// barriers past their target and initiatives open past their end; `assignmentId` narrows the obligations.
struct DeadlineRoutes: Sendable {
    let database: DatabasePool
    let clock: @Sendable () -> Date

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/deadlines") { try await deadlines($0, $1) }
    }

    func deadlines(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let parameters = try ViewParameters(request, accepts: ["assignmentId": .uuids])
        let today = CalendarDate(clock())
        let result = try await database.observedRead { db in
            let chosen = parameters["assignmentId"]
            let assignments = try Repository(table: AssignmentTable()).all(in: db).filter { chosen.isEmpty || chosen.contains($0.idText) }
            let visible = MeetingVisibility.records(of: "followUpActions", for: principal, orOwnedVia: "ownerId")
            let actions = try Repository(table: FollowUpActionTable()).all(
                where: "status IN ('open', 'inProgress') AND dueDate < ?" + (visible.map { " AND (\($0.sql))" } ?? ""),
                [today.description] + (visible?.arguments ?? []), in: db)
            return Deadlines.compute(
                today: today, assignments: assignments, actions: actions,
                barriers: try Repository(table: BarrierTable()).all(where: "b.targetDate < ?", [today.description], in: db),
                initiatives: try Repository(table: InitiativeTable()).all(where: "i.endDate < ?", [today.description], in: db))
        }
        return try JSONResponse.make(result)
    }
}
