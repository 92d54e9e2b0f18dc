import Foundation
import GRDB
import Hummingbird
import SamordnaDomain

/// `/v1/tokens`: admins create (the secret is shown once), list, read and revoke tokens.
struct TokenRoutes: Sendable {
    let store: TokenStore
    let bodyLimit: Int
    let counts: CountCache
    /// How long a rotated-out secret keeps working when the request does not say.
    let rotationGrace: TimeInterval
    let clock: @Sendable () -> Date

    func register(on registrar: RouteRegistrar) {
        registrar.on(.post, "/v1/tokens") { try await create($0, $1) }
        registrar.on(.get, "/v1/tokens") { try await list($0, $1) }
        registrar.on(.get, "/v1/tokens/{id}") { try await read($0, $1) }
        registrar.describeInput("/v1/tokens", APITokenInput.self)
        registrar.describeInput("/v1/tokens/{id}/rotate", TokenRotationInput.self)
        registrar.describeList("/v1/tokens", TokenStore.listSpec)
        registrar.on(.delete, "/v1/tokens/{id}") { try await revoke($0, $1) }
        registrar.on(.post, "/v1/tokens/{id}/rotate") { try await rotate($0, $1) }
    }

    func create(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        try principal.requireAdmin("create tokens")
        let now = clock()
        var response = try await Idempotency.create(
            request, path: "/v1/tokens", as: APITokenInput.self, principal: principal, database: store.database, bodyLimit: bodyLimit,
            now: now
        ) { input, db in
            let created = try store.create(input, now: now, in: db)
            let withoutSecret = CreatedAPIToken(token: created.token, secret: nil)
            return Idempotency.StoredResponse(
                status: 201, location: "/v1/tokens/\(created.token.id)", eTag: nil, body: Data(try ResponseJSONEncoder().encode(created)),
                replayBody: Data(try ResponseJSONEncoder().encode(withoutSecret)), resourceId: created.token.id.description)
        }
        response.headers[.cacheControl] = "no-store"
        return response
    }

    func list(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try context.requirePrincipal().requireAdmin("list tokens")
        let parameters = try ListParameters(request: request, spec: TokenStore.listSpec, now: clock())
        let query = ListQuery(spec: TokenStore.listSpec, parameters: parameters.criteria, counts: counts)
        let page = try await store.database.observedRead { db in try query.page(db) { try $0.map(TokenStore.decode) } }
        return try ListResponse.make(page, parameters: parameters, request: request)
    }

    func read(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try context.requirePrincipal().requireAdmin("read tokens")
        let id = try tokenId(context)
        guard let token = try await store.database.observedRead({ db in try store.find(id, in: db) }), token.revokedAt == nil else {
            throw DomainError.notFound(resource: "token", id: id.description)
        }
        return try JSONResponse.make(token)
    }

    func revoke(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        try principal.requireAdmin("revoke tokens")
        let id = try tokenId(context)
        if id == principal.tokenId {
            throw DomainError.conflict(
                .selfRevocation, detail: "A token cannot revoke itself; use another admin token (or samordna token revoke).")
        }
        let now = clock()
        try await store.database.observedWrite { db in try store.revoke(id, now: now, in: db) }
        return Response(status: .noContent)
    }

    /// A new secret for a token; the old one works for the grace period. Admins rotate any token, and an integration
    /// its own.
    func rotate(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let principal = try context.requirePrincipal()
        let id = try tokenId(context)
        if id != principal.tokenId { try principal.requireAdmin("rotate other tokens") }
        let now = clock()
        let defaultGrace = rotationGrace
        var response = try await Idempotency.create(
            request, path: "/v1/tokens/\(id)/rotate", as: TokenRotationInput.self, principal: principal, database: store.database,
            bodyLimit: bodyLimit, now: now
        ) { input, db in
            try input.validate()
            let grace = input.graceSeconds.map { TimeInterval($0) } ?? defaultGrace
            let rotated = try store.rotate(id, graceUntil: now.addingTimeInterval(grace), now: now, in: db)
            return Idempotency.StoredResponse(
                status: 200, location: nil, eTag: nil, body: Data(try ResponseJSONEncoder().encode(rotated)),
                replayBody: Data(try ResponseJSONEncoder().encode(CreatedAPIToken(token: rotated.token, secret: nil))),
                resourceId: id.description)
        }
        response.headers[.cacheControl] = "no-store"
        return response
    }

    private func tokenId(_ context: AppRequestContext) throws -> APIToken.ID {
        let text = try context.parameters.require("id")
        guard let id = APIToken.ID(text) else { throw DomainError.notFound(resource: "token", id: text) }
        return id
    }
}
