import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// `GET /v1/municipalities/{code}/overview`: one municipality's establishments, needs, initiatives, open barriers,
/// consultations and at-risk flags. Meetings follow the caller's visibility (a confidential consultation appears only
/// to those who may see the meeting).
struct MunicipalityOverviewRoutes: Sendable {
    let database: DatabasePool
    let municipalities: MunicipalityDirectory

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/municipalities/{code}/overview") { try await overview($0, $1) }
    }

    func overview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let code = try context.parameters.require("code")
        _ = try ViewParameters(request, accepts: [:])
        guard let municipalityCode = MunicipalityCode(rawValue: code), let municipality = municipalities[municipalityCode] else {
            throw DomainError.notFound(resource: "municipality", id: code)
        }
        let county = municipality.countyCode.rawValue
        let result = try await database.observedRead { db in
            let atSite = "EXISTS (SELECT 1 FROM establishmentSites s WHERE s.establishmentId = e.id AND s.municipalityCode = ?)"
            let establishments = try Repository(table: EstablishmentTable()).all(where: atSite, [code], in: db)
            let ids = establishments.map(\.idText)
            let list = ids.map { _ in "?" }.joined(separator: ", ")
            let claims =
                ids.isEmpty
                ? [] : try Repository(table: EstablishmentFigureTable()).all(where: "f.establishmentId IN (\(list))", ids, in: db)
            let needs = try Repository(table: NeedTable()).all(where: "n.municipalityCode = ?", [code], in: db)
            let initiatives = try Repository(table: InitiativeTable()).all(
                where: """
                    EXISTS (SELECT 1 FROM initiativeMunicipalities x WHERE x.initiativeId = i.id AND x.municipalityCode = ?)
                    OR EXISTS (SELECT 1 FROM initiativeCounties x WHERE x.initiativeId = i.id AND x.countyCode = ?)
                    """, [code, county], in: db)
            let barriers =
                ids.isEmpty ? [] : try Repository(table: BarrierTable()).all(where: "b.establishmentId IN (\(list))", ids, in: db)
            var meetingCondition = """
                m.format = 'samiConsultation' AND (m.consultationEstablishmentId IN (SELECT establishmentId FROM establishmentSites
                WHERE municipalityCode = ?) OR EXISTS (SELECT 1 FROM meetingMunicipalities x WHERE x.meetingId = m.id AND x.municipalityCode = ?))
                """
            var meetingArguments: [any DatabaseValueConvertible] = [code, code]
            if let visible = MeetingVisibility.meetings(for: principal) {
                meetingCondition = "(\(meetingCondition)) AND \(visible.sql)"
                meetingArguments += visible.arguments.map { $0 as any DatabaseValueConvertible }
            }
            let consultations = try Repository(table: MeetingTable()).all(where: meetingCondition, meetingArguments, in: db)
            return MunicipalityOverview.compute(
                code: municipalityCode, name: municipality.name, county: municipality.countyCode, establishments: establishments,
                claims: claims, needs: needs, initiatives: initiatives, barriers: barriers, consultations: consultations)
        }
        return try JSONResponse.make(result)
    }
}
