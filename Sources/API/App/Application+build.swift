import Foundation
import GRDB
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import SamordnaDomain
import ServiceLifecycle

/// The composition root: one function that wires configuration, storage and routes into an
/// application. `samordna serve` runs it; tests run it on a random port.
public func buildApplication(
    configuration: AppConfiguration, services: Services, clock: @escaping @Sendable () -> Date = { Date() },
    onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let (router, table) = buildRouter(configuration: configuration, services: services, clock: clock)
    var logger = services.logger
    logger.logLevel = configuration.logLevel
    let headerTimeout = TimeAmount(configuration.headerTimeout)
    let bodyTimeout = TimeAmount(configuration.bodyTimeout)
    return Application(
        router: router,
        server: .http1(
            configuration: .init(
                additionalChannelHandlers: [ConnectionGuard(headerTimeout: headerTimeout, bodyTimeout: bodyTimeout)],
                idleTimeout: TimeAmount(configuration.idleTimeout))),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "Samordna",
            availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections, logger: logger)),
        services: (configuration.cullInterval.map {
            [RetentionService(database: services.database, interval: $0, logger: logger, clock: clock) as any Service]
        } ?? []) + [
            WebhookService(
                database: services.database,
                feed: ChangeFeedRoutes(database: services.database, visibility: FeedVisibility(paths: table.collections)),
                rules: WebhookURLRules(allowsLoopbackHTTP: configuration.allowLoopbackWebhooks),
                pollInterval: configuration.webhookPollInterval,
                timeout: configuration.webhookTimeout, backoffScale: configuration.webhookBackoffScale, logger: logger, clock: clock)
        ],
        onServerRunning: onServerRunning,
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

    /// Serves the bulk import of a table-backed resource at `path/import`.
    func serveImport<Table: ResourceTable>(_ table: Table, at path: String) {
        ImportRoutes(
            repository: Repository(table: table), database: db, collectionPath: path, bodyLimit: configuration.maxImportBytes, clock: clock
        ).register(on: registrar)
    }

    /// Serves a table-backed resource at `path` with the shared machinery.
    func serve<Table: ResourceTable>(_ table: Table, at path: String, _ operations: Set<ResourceRoutes<Table>.Operation> = .all) {
        ResourceRoutes(
            repository: Repository(table: table), database: db, collectionPath: path, operations: operations, bodyLimit: limit,
            counts: services.counts, clock: clock
        ).register(on: registrar)
    }

    PublicRoutes(database: db, openAPIPath: configuration.openAPIPath).register(on: registrar)
    TokenRoutes(store: tokens, bodyLimit: limit, counts: services.counts, rotationGrace: configuration.tokenRotationGrace, clock: clock)
        .register(on: registrar)
    serve(OrganisationTable(municipalities: services.municipalities), at: "/v1/organisations")
    serve(ContactTable(), at: "/v1/contacts")
    serve(ChallengeAreaTable(), at: "/v1/challenge-areas", [.create, .list, .read, .update])
    serve(AssignmentTable(), at: "/v1/assignments")
    serve(AssignmentPartTable(), at: "/v1/assignment-parts")
    serve(ForumTable(), at: "/v1/forums")
    serve(ForumMembershipTable(), at: "/v1/forum-memberships")
    serve(MeetingTable(), at: "/v1/meetings")
    serve(DecisionTable(), at: "/v1/decisions")
    serve(FollowUpActionTable(), at: "/v1/follow-up-actions")
    serve(SourceDocumentTable(), at: "/v1/source-documents")
    serve(RecommendationTable(), at: "/v1/recommendations")
    serve(InitiativeTable(), at: "/v1/initiatives")
    serve(IndicatorTable(), at: "/v1/indicators")
    serve(IndicatorMeasurementTable(), at: "/v1/indicator-measurements")
    serve(EstablishmentTable(), at: "/v1/establishments")
    serve(EstablishmentFigureTable(), at: "/v1/establishment-figures", [.create, .list, .read, .delete])
    serve(NeedTable(), at: "/v1/needs")
    serve(BarrierTable(), at: "/v1/barriers")
    serve(BudgetTable(), at: "/v1/budgets")
    serve(LedgerTransactionTable(), at: "/v1/transactions", [.create, .list, .read])
    serve(ReportNarrativeTable(), at: "/v1/report-narratives")
    serve(KnowledgeItemTable(), at: "/v1/knowledge-items")
    serve(DisseminationTable(), at: "/v1/disseminations")
    KnowledgeReachRoutes(database: db, municipalities: services.municipalities).register(on: registrar)
    serveImport(OrganisationTable(municipalities: services.municipalities), at: "/v1/organisations")
    serveImport(ContactTable(), at: "/v1/contacts")
    serveImport(InitiativeTable(), at: "/v1/initiatives")
    serveImport(EstablishmentTable(), at: "/v1/establishments")
    serveImport(KnowledgeItemTable(), at: "/v1/knowledge-items")
    let webhooks = WebhookSubscriptionTable(rules: WebhookURLRules(allowsLoopbackHTTP: configuration.allowLoopbackWebhooks))
    WebhookRoutes(database: db, table: webhooks, bodyLimit: limit, clock: clock).register(on: registrar)
    serve(webhooks, at: "/v1/webhooks", [.list, .read, .update, .delete])
    LedgerImportRoutes(database: db, bodyLimit: limit, clock: clock).register(on: registrar)
    serve(LedgerImportTable(), at: "/v1/ledger-imports", [.create, .list, .read])
    let reports = ReportMaker(database: db, municipalities: services.municipalities, clock: clock)
    ReportRoutes(database: db, maker: reports, clock: clock).register(on: registrar)
    ReportSubmissionRoutes(database: db, maker: reports, clock: clock).register(on: registrar)
    serve(ReportSubmissionTable(maker: reports), at: "/v1/reports", [.create, .list, .read])
    ReferenceDataRoutes(database: db, counts: services.counts, clock: clock).register(on: registrar)
    MetricsRoutes(metrics: services.metrics, tokens: tokens, metricsToken: configuration.metricsToken, clock: clock).register(on: registrar)
    DialogueCoverageRoutes(database: db, municipalities: services.municipalities, clock: clock).register(on: registrar)
    EstablishmentViewRoutes(database: db, municipalities: services.municipalities).register(on: registrar)
    InitiativeViewRoutes(database: db, municipalities: services.municipalities).register(on: registrar)
    MunicipalityOverviewRoutes(database: db, municipalities: services.municipalities).register(on: registrar)
    FinanceViewRoutes(database: db).register(on: registrar)
    DeadlineRoutes(database: db, clock: clock).register(on: registrar)
    CodeListRoutes().register(on: registrar)
    AuditRoutes(database: db).register(on: registrar)
    ChangeFeedRoutes(database: db, visibility: FeedVisibility(paths: registrar.table.collections)).register(on: registrar)
    SearchRoutes(database: db, visibility: FeedVisibility(paths: registrar.table.collections)).register(on: registrar)

    let router = registrar.buildRouter(
        authentication: AuthMiddleware(
            tokens: tokens,
            limiter: configuration.rateLimitPerMinute > 0
                ? RateLimiter(perMinute: configuration.rateLimitPerMinute, exemptsAdmins: configuration.rateLimitExemptsAdmins) : nil,
            clock: clock),
        observation: RequestObservationMiddleware(log: configuration.accessLog, metrics: services.metrics, clock: clock))
    return (router, registrar.table)
}
