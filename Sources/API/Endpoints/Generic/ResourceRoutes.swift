import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// The HTTP side of a resource, written once: `POST` (idempotent) and `GET` on the collection,
/// `GET`, `PATCH` (merge patch, `If-Match`) and `DELETE` on an item, and the item's audit history
/// (`GET …/{id}/history`) wherever it can be read.
struct ResourceRoutes<Table: ResourceTable>: Sendable {
    /// The operations a resource offers.
    enum Operation: Sendable, CaseIterable { case create, list, read, update, delete }

    let repository: Repository<Table>
    let database: DatabasePool
    let collectionPath: String
    let operations: Set<Operation>
    let bodyLimit: Int
    let counts: CountCache
    let clock: @Sendable () -> Date

    func register(on registrar: RouteRegistrar) {
        let item = collectionPath + "/{id}"
        /// Answers about people are never kept by caches or proxies (GDPR; JSON and CSV alike).
        func on(_ method: HTTPRequest.Method, _ path: String, _ handler: @escaping RouteRegistrar.Handler) {
            registrar.on(method, path) { request, context in
                var response = try await handler(request, context)
                if Table.erasesOnDelete { response.headers[.cacheControl] = "no-store" }
                return response
            }
        }
        if operations.contains(.create) {
            on(.post, collectionPath) { try await create($0, $1) }
            registrar.describeInput(collectionPath, Table.Resource.Input.self)
        }
        if operations.contains(.list) {
            on(.get, collectionPath) { try await list($0, $1) }
            registrar.describeList(collectionPath, Table.listSpec)
        }
        if operations.contains(.read) {
            registrar.describeCollection(Table.resourceType, collectionPath)
            on(.get, item) { try await read($0, $1) }
            on(.get, item + "/history") { try await history($0, $1) }
        }
        if operations.contains(.update) { on(.patch, item) { try await update($0, $1) } }
        if operations.contains(.delete) { on(.delete, item) { try await delete($0, $1) } }
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requireWriter()
        let now = clock()
        return try await Idempotency.create(
            request, path: collectionPath, as: Table.Resource.Input.self, principal: principal, database: database, bodyLimit: bodyLimit,
            now: now
        ) { input, db in
            let resource = try repository.create(input, by: principal, in: db, now: now)
            return Idempotency.StoredResponse(
                status: 201, location: "\(collectionPath)/\(resource.idText)", eTag: Preconditions.eTag(version: resource.version),
                body: Data(try ResponseJSONEncoder().encode(resource)), resourceId: resource.idText)
        }
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let parameters = try ListParameters(request: request, spec: Table.listSpec, now: clock())
        let query = ListQuery(
            spec: Table.listSpec, parameters: parameters.criteria, restriction: Table.visibility(for: principal), counts: counts)
        if let projection = Table.projection, !parameters.wantsCSV {
            let page = try await database.observedRead(isolated: false) { db in try query.jsonPage(db, projection: projection) }
            return ListResponse.make(
                json: page.body, total: page.total, nextCursor: page.nextCursor, offset: page.offset, limit: parameters.limit,
                request: request)
        }
        let page = try await database.observedRead { db in try query.page(db) { try repository.decode($0, in: db) } }
        return try ListResponse.make(page, parameters: parameters, request: request, csvHeader: Table.csvHeader, csvRow: Table.csvRow)
    }

    func read(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        if let projection = Table.projection {
            let found = try await database.observedRead(isolated: false) { db in
                try repository.requireJSON(id, visibleTo: principal, projection: projection, in: db)
            }
            return Self.answer(version: found.version, to: request) { JSONResponse.make(bytes: found.body, headers: $0) }
        }
        let resource = try await database.observedRead { db in try repository.require(id, visibleTo: principal, in: db) }
        return try Self.answer(version: resource.version, to: request) { try JSONResponse.make(resource, headers: $0) }
    }

    /// `GET …/{id}/history`: the record's audit entries, oldest first, for those who may read the record.
    func history(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try context.parameters.require("id")
        _ = try ViewParameters(request, accepts: [:])
        let history = try await database.observedRead { db in
            let record = try repository.require(id, visibleTo: principal, in: db)
            return RecordHistory(
                resourceType: Table.resourceType, id: record.idText,
                entries: try AuditRoutes.history(resourceType: Table.resourceType, id: record.idText, in: db))
        }
        return try JSONResponse.make(history)
    }

    /// A read's answer: 304 when `If-None-Match` names the current version, else the body with its `ETag`.
    private static func answer(version: Int, to request: Request, body: (HTTPFields) throws -> Response) rethrows -> Response {
        let eTag = Preconditions.eTag(version: version)
        if Preconditions.isNotModified(request, version: version) {
            return Response(status: .notModified, headers: [.eTag: eTag])
        }
        return try body([.eTag: eTag])
    }

    func update(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requireWriter()
        let id = try context.parameters.require("id")
        let ifMatch = try Preconditions.acceptedVersions(from: request)
        let body = try await RequestBody.json(request, limit: bodyLimit, acceptsMergePatch: true)
        guard var patch = body.objectValue else {
            throw DomainError.validationFailed([
                ValidationIssue(field: "", code: "notAnObject", detail: "A merge patch must be a JSON object.")
            ])
        }
        var bodyVersion: Int?
        if let version = patch.removeValue(forKey: "version") {
            // A whole number too large for any stored version is well formed but can never match.
            if case .number(let huge) = version, huge == huge.rounded(), huge >= 1 {
                bodyVersion = Int.max
            } else if case .integer(let value) = version, let exact = Int(exactly: value), exact >= 1 {
                bodyVersion = exact
            } else {
                throw DomainError.validationFailed([
                    ValidationIssue(field: "version", code: "wrongType", detail: "version must be a positive integer.")
                ])
            }
        }
        let unknown = patch.keys.filter { !Table.Resource.Input.fieldNames.contains($0) }.sorted()
        if !unknown.isEmpty {
            throw DomainError.validationFailed(
                unknown.map {
                    ValidationIssue(field: $0, code: "unknownField", detail: "\($0) is not a field of this resource.")
                })
        }
        let mergePatch = JSONValue.object(patch)
        let now = clock()
        let updated = try await database.observedWrite { [bodyVersion] db in
            let existing = try repository.require(id, visibleTo: principal, in: db)
            let decoded = try RequestBody.decode(mergePatch, onto: existing.input)
            return try decoded.write {
                try repository.update(
                    existing, with: $0, expected: VersionExpectation(ifMatch: ifMatch, body: bodyVersion), by: principal, in: db, now: now)
            }
        }
        return try JSONResponse.make(updated, headers: [.eTag: Preconditions.eTag(version: updated.version)])
    }

    func delete(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requireWriter()
        let id = try context.parameters.require("id")
        let expected = VersionExpectation(ifMatch: try Preconditions.acceptedVersions(from: request))
        let now = clock()
        try await database.observedWrite { db in
            let existing = try repository.require(id, visibleTo: principal, in: db)
            try expected.check(existing.version)
            try repository.delete(existing, by: principal, in: db, now: now)
        }
        return Response(status: .noContent)
    }
}

extension Set where Element: CaseIterable {
    /// Every case.
    static var all: Self { Set(Element.allCases) }
}
