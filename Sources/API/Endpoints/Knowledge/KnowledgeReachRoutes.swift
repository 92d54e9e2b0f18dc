import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// How far knowledge has spread, as JSON or, with `format=csv` or `Accept: text/csv`, as a table of every audience and
/// every county with whether it is reached (`;`, UTF-8 with BOM):
/// - `GET /v1/knowledge-reach`: all disseminations;
/// - `GET /v1/knowledge-items/{id}/reach`: the disseminations of one item the caller may see.
/// Both take `from` and `to` (dates of the disseminations, inclusive).
struct KnowledgeReachRoutes: Sendable {
    let database: DatabasePool
    let municipalities: MunicipalityDirectory

    func register(on registrar: RouteRegistrar) {
        registrar.on(.get, "/v1/knowledge-reach") { try await reach(nil, $0, $1) }
        registrar.on(.get, "/v1/knowledge-items/{id}/reach") { try await reach(try $1.parameters.require("id"), $0, $1) }
    }

    func reach(_ itemId: String?, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let parameters = try ViewParameters(request, accepts: ["format": .oneOf(["json", "csv"]), "from": .date, "to": .date])
        let result = try await database.observedRead { db in
            var conditions = ["1"]
            var arguments: [any DatabaseValueConvertible] = []
            var item: KnowledgeItem?
            if let itemId {
                let found = try Repository(table: KnowledgeItemTable()).require(itemId, visibleTo: principal, in: db)
                conditions.append("EXISTS (SELECT 1 FROM disseminationItems i WHERE i.disseminationId = d.id AND i.knowledgeItemId = ?)")
                arguments.append(found.idText)
                item = found
            }
            if let from = parameters["from"].last {
                conditions.append("d.date >= ?")
                arguments.append(from)
            }
            if let to = parameters["to"].last {
                conditions.append("d.date <= ?")
                arguments.append(to)
            }
            let disseminations = try Repository(table: DisseminationTable()).all(
                where: conditions.joined(separator: " AND "), arguments, in: db)
            let places = try Self.places(of: disseminations.flatMap(\.organisationIds), in: db)
            return KnowledgeReach.compute(of: item?.id, disseminations: disseminations, directory: municipalities, placeOf: places)
        }
        guard CSVResponse.isWanted(by: request, format: parameters["format"].last) else { return try JSONResponse.make(result) }
        return CSVResponse.make(header: KnowledgeReachCSV.header, rows: KnowledgeReachCSV.rows(result), filename: "kunskapsspridning.csv")
    }
}

extension KnowledgeReachRoutes {
    /// Where each organisation is (county, municipality), as the registry knows it; of `organisations`, or all.
    static func places(of organisations: [Organisation.ID]? = nil, in db: Database) throws -> [Organisation.ID: (
        county: CountyCode?, municipality: MunicipalityCode?
    )] {
        var places: [Organisation.ID: (county: CountyCode?, municipality: MunicipalityCode?)] = [:]
        let ids = Set(organisations ?? []).map(\.description)
        if organisations != nil && ids.isEmpty { return places }
        let filter = organisations == nil ? "" : " WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))"
        for row in try Row.fetchAll(
            db, sql: "SELECT id, countyCode, municipalityCode FROM organisations" + filter, arguments: StatementArguments(ids))
        {
            places[try row.identifier("id")] = (try row.optionalValue("countyCode"), try row.optionalValue("municipalityCode"))
        }
        return places
    }
}

/// The reach as a table: one row per audience, then one per county, each saying whether it is reached.
enum KnowledgeReachCSV {
    static let header = ["dimension", "code", "name", "reached", "disseminations", "municipalitiesReached", "municipalities"]

    static func rows(_ reach: KnowledgeReach) -> [[String?]] {
        let audienceNames = CodeLists.named("Audience")
        let audiences: [[String?]] = reach.audiences.map { row in
            let name = audienceNames?.label(row.audience.rawValue) ?? row.audience.rawValue
            return ["audience", row.audience.rawValue, name, row.reached ? "true" : "false", String(row.disseminations), nil, nil]
        }
        let counties: [[String?]] = reach.counties.map { row in
            [
                "county", row.countyCode.rawValue, row.name, row.reached ? "true" : "false", String(row.disseminations),
                String(row.municipalitiesReached), String(row.municipalities),
            ]
        }
        return audiences + counties
    }
}
