import Foundation
import GRDB
import Hummingbird
import Logging
import SamordnaDomain

/// The composition root: one function that wires configuration, storage and routes into an
/// application. `samordna serve` runs it; tests run it on a random port.
public func buildApplication(
    configuration: AppConfiguration, services: Services, clock: @escaping @Sendable () -> Date = { Date() }
) -> some ApplicationProtocol {
    let (router, _) = buildRouter(configuration: configuration, services: services, clock: clock)
    var logger = services.logger
    logger.logLevel = configuration.logLevel
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Samordna"),
        logger: logger)
}

/// The router and the table of its routes (the contract test compares that table with openapi.yaml).
func buildRouter(
    configuration: AppConfiguration, services: Services, clock: @escaping @Sendable () -> Date = { Date() }
) -> (Router<AppRequestContext>, RouteTable) {
    let tokens = services.tokens
    let registrar = RouteRegistrar()
    let db = services.database
    let limit = configuration.maxBodyBytes

    PublicRoutes(database: db, openAPIPath: configuration.openAPIPath).register(on: registrar)
    TokenRoutes(store: tokens, bodyLimit: limit, counts: services.counts, clock: clock).register(on: registrar)
    ResourceRoutes(
        repository: Repository(table: OrganisationTable(municipalities: services.municipalities)), database: db,
        collectionPath: "/v1/organisations", operations: [.create, .list, .read, .update, .delete], bodyLimit: limit,
        counts: services.counts, clock: clock
    ).register(on: registrar)
    ResourceRoutes(
        repository: Repository(table: ContactTable()), database: db,
        collectionPath: "/v1/contacts", operations: [.create, .list, .read, .update, .delete], bodyLimit: limit, counts: services.counts,
        clock: clock
    ).register(on: registrar)
    ResourceRoutes(
        repository: Repository(table: ChallengeAreaTable()), database: db,
        collectionPath: "/v1/challenge-areas", operations: [.create, .list, .read, .update], bodyLimit: limit, counts: services.counts,
        clock: clock
    ).register(on: registrar)
    ResourceRoutes(
        repository: Repository(table: AssignmentTable()), database: db,
        collectionPath: "/v1/assignments", operations: [.create, .list, .read, .update, .delete], bodyLimit: limit, counts: services.counts,
        clock: clock
    ).register(on: registrar)
    ResourceRoutes(
        repository: Repository(table: AssignmentPartTable()), database: db,
        collectionPath: "/v1/assignment-parts", operations: [.create, .list, .read, .update, .delete], bodyLimit: limit,
        counts: services.counts, clock: clock
    ).register(on: registrar)

    ResourceRoutes(
        repository: Repository(table: ForumTable()), database: db,
        collectionPath: "/v1/forums", operations: [.create, .list, .read, .update, .delete], bodyLimit: limit, counts: services.counts,
        clock: clock
    ).register(on: registrar)
    ResourceRoutes(
        repository: Repository(table: ForumMembershipTable()), database: db,
        collectionPath: "/v1/forum-memberships", operations: [.create, .list, .read, .update, .delete], bodyLimit: limit,
        counts: services.counts,
        clock: clock
    ).register(on: registrar)
    ResourceRoutes(
        repository: Repository(table: MeetingTable(municipalities: services.municipalities)), database: db,
        collectionPath: "/v1/meetings", operations: [.create, .list, .read, .update, .delete], bodyLimit: limit, counts: services.counts,
        clock: clock
    ).register(on: registrar)
    ResourceRoutes(
        repository: Repository(table: DecisionTable()), database: db,
        collectionPath: "/v1/decisions", operations: [.create, .list, .read, .update, .delete], bodyLimit: limit, counts: services.counts,
        clock: clock
    ).register(on: registrar)
    ResourceRoutes(
        repository: Repository(table: FollowUpActionTable()), database: db,
        collectionPath: "/v1/follow-up-actions", operations: [.create, .list, .read, .update, .delete], bodyLimit: limit,
        counts: services.counts,
        clock: clock
    ).register(on: registrar)
    DialogueCoverageRoutes(database: db, clock: clock).register(on: registrar)

    let router = registrar.buildRouter(authentication: AuthMiddleware(tokens: tokens, clock: clock))
    return (router, registrar.table)
}
