import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// `GET /v1/counties` and `GET /v1/municipalities` (with their items): Sweden's 21 counties and 290 municipalities
/// as SCB codes them, the values county and municipality codes are checked against. Read-only; the seeds own them.
struct ReferenceDataRoutes: Sendable {
    let database: DatabasePool
    let counts: CountCache
    let clock: @Sendable () -> Date

    static let counties = ListSpec(
        table: "counties", filters: [:], sortColumns: ["code": "code", "name": "nameSortKey", "updatedAt": "updatedAt"],
        defaultSort: "code", searchColumns: ["nameSortKey"], liveCondition: nil, uniqueColumn: "code")
    static let municipalities = ListSpec(
        table: "municipalities",
        filters: MunicipalityFilter.self, sortColumns: ["code": "code", "name": "nameSortKey", "updatedAt": "updatedAt"],
        defaultSort: "code", searchColumns: ["nameSortKey"], liveCondition: nil, uniqueColumn: "code"
    ) { parameter in
        switch parameter {
        case .county: ListSpec.Filter(column: "countyCode", values: .pattern(CountyCode.pattern))
        }
    }

    func register(on registrar: RouteRegistrar) {
        serve("/v1/counties", Self.counties, name: "county", on: registrar) { row in County(code: try row.value("code"), name: row["name"])
        }
        serve("/v1/municipalities", Self.municipalities, name: "municipality", on: registrar) { row in
            Municipality(
                code: try row.value("code"), name: row["name"], officialName: row["officialName"], countyCode: try row.value("countyCode"))
        }
    }

    private func serve<Item: CSVExportable>(
        _ path: String, _ spec: ListSpec, name: String, on registrar: RouteRegistrar, decode: @escaping @Sendable (Row) throws -> Item
    ) {
        registrar.describeList(path, spec)
        registrar.on(.get, path) { request, context in
            _ = try context.requirePrincipal()
            let parameters = try ListParameters(request: request, spec: spec, now: clock())
            let query = ListQuery(spec: spec, parameters: parameters.criteria, counts: counts)
            let page = try await database.observedRead { db in try query.page(db) { try $0.map(decode) } }
            return try ListResponse.make(page, parameters: parameters, request: request)
        }
        registrar.on(.get, path + "/{code}") { request, context in
            _ = try context.requirePrincipal()
            let code = try context.parameters.require("code")
            let item = try await database.observedRead { db in
                try Row.fetchOne(db, sql: "SELECT * FROM \(spec.table) WHERE code = ?", arguments: [code]).map(decode)
            }
            guard let item else { throw DomainError.notFound(resource: name, id: code) }
            return try JSONResponse.make(item)
        }
    }
}

extension County: CSVExportable {
    static let csvColumns = ["code", "name"]
    var csvValues: [String?] { [code.rawValue, name] }
}

extension Municipality: CSVExportable {
    static let csvColumns = ["code", "name", "officialName", "countyCode"]
    var csvValues: [String?] { [code.rawValue, name, officialName, countyCode.rawValue] }
}
