import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// The views of one initiative: its derived progress and the related initiatives of other organisations.
struct InitiativeViewRoutes: Sendable {
    let database: DatabasePool
    let municipalities: MunicipalityDirectory

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/initiatives/{id}/progress") { try await progress($0, $1) }
        registrar.on(.get, "/v1/initiatives/{id}/related") { try await related($0, $1) }
    }

    func progress(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        _ = try ViewParameters(request, accepts: [:])
        let result = try await database.observedRead { db in
            let root = try Repository(table: InitiativeTable()).require(id, visibleTo: principal, in: db)
            let family = try Repository(table: InitiativeTable()).all(
                where: """
                    i.id IN (WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT c.id FROM initiatives c JOIN tree ON c.parentId = tree.id
                    WHERE c.deletedAt IS NULL) SELECT id FROM tree)
                    """, [root.idText], in: db)
            let ids = family.map(\.idText)
            let list = ids.map { _ in "?" }.joined(separator: ", ")
            let indicators = try Repository(table: IndicatorTable()).all(where: "initiativeId IN (\(list))", ids, in: db)
            let indicatorIds = indicators.map(\.idText)
            let measurements =
                indicatorIds.isEmpty
                ? []
                : try Repository(table: IndicatorMeasurementTable()).all(
                    where: "indicatorId IN (\(indicatorIds.map { _ in "?" }.joined(separator: ", ")))", indicatorIds, in: db)
            return InitiativeProgress.compute(root, initiatives: family, indicators: indicators, measurements: measurements)
        }
        return try JSONResponse.make(result)
    }

    func related(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        _ = try ViewParameters(request, accepts: [:])
        let result = try await database.observedRead { db in
            let initiative = try Repository(table: InitiativeTable()).require(id, visibleTo: principal, in: db)
            let others = try Repository(table: InitiativeTable()).all(
                where: "i.leadId <> ? AND i.status NOT IN ('completed', 'cancelled')", [initiative.leadId.description], in: db)
            let byCounty = Dictionary(grouping: municipalities.all.map(\.code), by: \.countyCode)
            return RelatedInitiatives.rank(
                initiative, among: others, municipalitiesOf: { byCounty[$0] ?? [] }, allMunicipalities: Set(municipalities.all.map(\.code)))
        }
        return try JSONResponse.make(result)
    }
}
