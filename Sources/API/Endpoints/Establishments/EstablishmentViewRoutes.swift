import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// The views over establishments and their needs: the pipeline, the map (GeoJSON) and the needs gap.
struct EstablishmentViewRoutes: Sendable {
    let database: DatabasePool
    let municipalities: MunicipalityDirectory

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/establishments/pipeline") { try await pipeline($0, $1) }
        registrar.on(.get, "/v1/establishments/map") { try await map($0, $1) }
        registrar.on(.get, "/v1/needs-gap") { try await needsGap($0, $1) }
    }

    /// The parameters that choose establishments, shared by the pipeline and the map.
    static let establishmentParameters: [String: ViewParameters.Kind] = [
        "county": .counties, "municipalityCode": .municipalities, "sector": .oneOf(Establishment.Sector.allCases.map(\.rawValue)),
        "phase": .oneOf(Establishment.Phase.allCases.map(\.rawValue)),
    ]

    func pipeline(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requirePrincipal()
        let parameters = try ViewParameters(request, accepts: Self.establishmentParameters)
        let result = try await database.observedRead { db in
            let establishments = try chosen(parameters, in: db)
            let ids = Set(establishments.map(\.id))
            let claims = try Repository(table: EstablishmentFigureTable()).all(in: db).filter { ids.contains($0.establishmentId) }
            func flagged(_ table: String) throws -> Int {
                try String.fetchAll(
                    db, sql: "SELECT atRiskEstablishmentId FROM \(table) WHERE deletedAt IS NULL AND atRiskEstablishmentId IS NOT NULL"
                ).filter { Establishment.ID($0).map(ids.contains) == true }.count
            }
            return EstablishmentPipeline.compute(
                establishments: establishments, claims: claims,
                counties: Dictionary(uniqueKeysWithValues: municipalities.all.map { ($0.code, $0.countyCode) }),
                atRisk: .init(needs: try flagged("needs"), initiatives: try flagged("initiatives")))
        }
        return try JSONResponse.make(result)
    }

    func map(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requirePrincipal()
        let parameters = try ViewParameters(request, accepts: Self.establishmentParameters)
        let map = try await database.observedRead { db in EstablishmentMap(try chosen(parameters, in: db)) }
        var response = try JSONResponse.make(map)
        response.headers[.contentType] = "application/geo+json"
        return response
    }

    func needsGap(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        _ = try context.requirePrincipal()
        let parameters = try ViewParameters(
            request,
            accepts: ["county": .counties, "municipalityCode": .municipalities, "category": .oneOf(Need.Category.allCases.map(\.rawValue))])
        let gap = try await database.observedRead { db in
            let needs = try Repository(table: NeedTable()).all(in: db).filter { need in
                (parameters["county"].isEmpty || parameters["county"].contains(need.municipalityCode.countyCode.rawValue))
                    && (parameters["municipalityCode"].isEmpty || parameters["municipalityCode"].contains(need.municipalityCode.rawValue))
                    && (parameters["category"].isEmpty || parameters["category"].contains(need.category.rawValue))
            }
            let statuses = try Row.fetchAll(db, sql: "SELECT id, status FROM initiatives WHERE deletedAt IS NULL").reduce(
                into: [Initiative.ID: Initiative.Status]()
            ) { result, row in
                if let id = Initiative.ID(row["id"] as String), let status = Initiative.Status(rawValue: row["status"]) {
                    result[id] = status
                }
            }
            return NeedsGap.compute(
                needs: needs, statuses: statuses, names: Dictionary(uniqueKeysWithValues: municipalities.all.map { ($0.code, $0.name) }))
        }
        return try JSONResponse.make(gap)
    }

    /// The live establishments the parameters choose.
    private func chosen(_ parameters: ViewParameters, in db: Database) throws -> [Establishment] {
        try Repository(table: EstablishmentTable()).all(in: db).filter { establishment in
            let places = establishment.sites.map(\.municipalityCode)
            return (parameters["county"].isEmpty || places.contains { parameters["county"].contains($0.countyCode.rawValue) })
                && (parameters["municipalityCode"].isEmpty || places.contains { parameters["municipalityCode"].contains($0.rawValue) })
                && (parameters["sector"].isEmpty || parameters["sector"].contains(establishment.sector.rawValue))
                && (parameters["phase"].isEmpty || parameters["phase"].contains(establishment.phase.rawValue))
        }
    }
}
