import Foundation
import SamordnaDomain

/// The mission's core: initiatives and what they answer, establishments with their figures and needs, barriers, and
/// the views over them.
extension SamordnaClient {
    /// Documents initiatives start from, such as the earlier coordinator's final report.
    public var sourceDocuments: RecordCollection<SourceDocument> { RecordCollection(transport: transport, path: "/v1/source-documents") }
    /// Recommendations of source documents; `RecommendationFilter(answered: false)` lists those nobody picked up.
    public var recommendations: RecordCollection<Recommendation> { RecordCollection(transport: transport, path: "/v1/recommendations") }
    /// Initiatives (*insatser*).
    public var initiatives: RecordCollection<Initiative> { RecordCollection(transport: transport, path: "/v1/initiatives") }
    /// Indicators of initiatives.
    public var indicators: RecordCollection<Indicator> { RecordCollection(transport: transport, path: "/v1/indicators") }
    /// Dated measurements of indicators.
    public var indicatorMeasurements: RecordCollection<IndicatorMeasurement> {
        RecordCollection(transport: transport, path: "/v1/indicator-measurements")
    }
    /// Large establishments (*etableringar*).
    public var establishments: RecordCollection<Establishment> { RecordCollection(transport: transport, path: "/v1/establishments") }
    /// Dated, sourced figure claims of establishments (created and retracted, never changed).
    public var establishmentFigures: RecordCollection<EstablishmentFigure> {
        RecordCollection(transport: transport, path: "/v1/establishment-figures")
    }
    /// Needs of establishments and municipalities.
    public var needs: RecordCollection<Need> { RecordCollection(transport: transport, path: "/v1/needs") }
    /// Barriers companies meet, routed to the responsible organisation.
    public var barriers: RecordCollection<Barrier> { RecordCollection(transport: transport, path: "/v1/barriers") }

    /// Investment, jobs, power and housing by phase, sector and county, from current claims.
    public func establishmentPipeline(counties: [CountyCode] = [], sectors: [Establishment.Sector] = []) async throws
        -> EstablishmentPipeline
    {
        try await view("/v1/establishments/pipeline", [("county", counties.map(\.rawValue)), ("sector", sectors.map(\.rawValue))])
    }

    /// The establishments' sites as GeoJSON.
    public func establishmentMap(counties: [CountyCode] = []) async throws -> EstablishmentMap {
        try await view("/v1/establishments/map", [("county", counties.map(\.rawValue))])
    }

    /// Open needs that no planned or ongoing initiative addresses, by municipality and challenge area.
    public func needsGap(counties: [CountyCode] = [], municipalityCodes: [MunicipalityCode] = []) async throws -> NeedsGap {
        try await view("/v1/needs-gap", [("county", counties.map(\.rawValue)), ("municipalityCode", municipalityCodes.map(\.rawValue))])
    }

    /// One municipality's establishments, needs, initiatives, open barriers, consultations and at-risk flags.
    public func municipalityOverview(_ code: MunicipalityCode) async throws -> MunicipalityOverview {
        try await view("/v1/municipalities/\(code.rawValue)/overview", [])
    }

    /// Other organisations' initiatives overlapping this one, ranked by score.
    public func relatedInitiatives(_ id: Initiative.ID) async throws -> RelatedInitiatives {
        try await view("/v1/initiatives/\(id)/related", [])
    }

    /// An initiative's derived progress.
    public func initiativeProgress(_ id: Initiative.ID) async throws -> InitiativeProgress {
        try await view("/v1/initiatives/\(id)/progress", [])
    }

    private func view<T: Decodable>(_ path: String, _ parameters: [(String, [String])]) async throws -> T {
        let query = parameters.filter { !$0.1.isEmpty }.map { (name: $0.0, value: $0.1.joined(separator: ",")) }
        return try transport.decode(T.self, from: try await transport.send("GET", path, query: query))
    }
}

/// The assignment's money: budget lines, the ledger and the financial final account.
extension SamordnaClient {
    /// Budget lines, revised with a reason.
    public var budgets: RecordCollection<Budget> { RecordCollection(transport: transport, path: "/v1/budgets") }
    /// The append-only ledger (create, read and list; a correction is a reversing entry).
    public var transactions: RecordCollection<LedgerTransaction> { RecordCollection(transport: transport, path: "/v1/transactions") }

    /// The progress report of an assignment for a period (both days included).
    public func progressReport(_ assignment: Assignment.ID, from: CalendarDate, to: CalendarDate) async throws -> ProgressReport {
        let query = [("assignmentId", assignment.description), ("from", from.description), ("to", to.description)]
        return try transport.decode(
            ProgressReport.self,
            from: try await transport.send("GET", "/v1/reports/progress", query: query.map { (name: $0.0, value: $0.1) }))
    }

    /// The progress report as text: Markdown or the printable HTML page, in Swedish or English, with amounts in `unit`.
    public func progressReportText(
        _ assignment: Assignment.ID, from: CalendarDate, to: CalendarDate, format: ReportFormat = .markdown,
        language: CodeList.Language = .sv, unit: AmountUnit = .tkr
    ) async throws -> String {
        try await reportText(
            "/v1/reports/progress", [("assignmentId", assignment.description), ("from", from.description), ("to", to.description)],
            format: format, language: language, unit: unit)
    }

    /// The final report of an assignment: measures per part, collaboration, knowledge spread and the financial account.
    public func finalReport(_ assignment: Assignment.ID) async throws -> FinalReport {
        try transport.decode(
            FinalReport.self,
            from: try await transport.send("GET", "/v1/reports/final", query: [(name: "assignmentId", value: assignment.description)]))
    }

    /// The final report as text: Markdown, the printable HTML page or the account's CSV, in Swedish or English.
    public func finalReportText(
        _ assignment: Assignment.ID, format: ReportFormat = .markdown, language: CodeList.Language = .sv, unit: AmountUnit = .tkr
    ) async throws -> String {
        try await reportText(
            "/v1/reports/final", [("assignmentId", assignment.description)], format: format, language: language, unit: unit)
    }

    private func reportText(
        _ path: String, _ query: [(String, String)], format: ReportFormat, language: CodeList.Language, unit: AmountUnit
    ) async throws -> String {
        let all = query + [("format", format.rawValue), ("lang", language.rawValue), ("unit", unit.rawValue)]
        let answer = try await transport.send("GET", path, query: all.map { (name: $0.0, value: $0.1) })
        try transport.check(answer, expecting: [200])
        return String(decoding: answer.body, as: UTF8.self)
    }

    /// Imports of ledger exports (SIE 4 or the ledger's CSV): each books every row, all or none (create, list, read).
    public var ledgerImports: RecordCollection<LedgerImport> { RecordCollection(transport: transport, path: "/v1/ledger-imports") }

    /// Runs an import to the end and rolls it back: every row's error at once, or the entries it would book.
    public func dryRunLedgerImport(_ input: LedgerImportInput) async throws -> LedgerImportDryRun {
        let answer = try await transport.send("POST", "/v1/ledger-imports/dry-run", body: try SamordnaJSON.encoder().encode(input))
        return try transport.decode(LedgerImportDryRun.self, from: answer, expecting: [200])
    }

    /// An import's totals per voucher series and month against the ledger's today.
    public func reconciliation(_ ledgerImport: LedgerImport.ID) async throws -> LedgerReconciliation {
        try transport.decode(
            LedgerReconciliation.self, from: try await transport.send("GET", "/v1/ledger-imports/\(ledgerImport)/reconciliation"))
    }

    /// Submitted reports: frozen in every format, under the Government's case number (create, list, read).
    public var reports: RecordCollection<ReportSubmission> { RecordCollection(transport: transport, path: "/v1/reports") }

    /// The frozen bytes of a submitted report in one format, exactly as submitted.
    public func reportFile(_ submission: ReportSubmission.ID, format: ReportFormat) async throws -> Data {
        let answer = try await transport.send("GET", "/v1/reports/\(submission)/files/\(format.rawValue)")
        try transport.check(answer, expecting: [200])
        return Data(answer.body)
    }

    /// How today's report, made the same way, differs from a submitted one.
    public func changesSinceSubmission(_ submission: ReportSubmission.ID) async throws -> ReportComparison {
        try transport.decode(
            ReportComparison.self, from: try await transport.send("GET", "/v1/reports/\(submission)/changes-since-submission"))
    }

    /// Each part of an assignment with the records that evidence it.
    public func traceability(_ assignment: Assignment.ID) async throws -> Traceability {
        try transport.decode(Traceability.self, from: try await transport.send("GET", "/v1/assignments/\(assignment)/traceability"))
    }

    /// Every enumeration with its Swedish and English labels.
    public func codeLists() async throws -> [CodeList] {
        struct Lists: Decodable { var codeLists: [CodeList] }
        return try transport.decode(Lists.self, from: try await transport.send("GET", "/v1/code-lists")).codeLists
    }

    /// Reporting obligations with their next due day, and what is late.
    public func deadlines(assignments: [Assignment.ID] = []) async throws -> Deadlines {
        let query = assignments.isEmpty ? [] : [(name: "assignmentId", value: assignments.map(\.description).joined(separator: ","))]
        return try transport.decode(Deadlines.self, from: try await transport.send("GET", "/v1/deadlines", query: query))
    }

    /// Narrative sections of the reports.
    public var reportNarratives: RecordCollection<ReportNarrative> { RecordCollection(transport: transport, path: "/v1/report-narratives") }

    /// The financial final account of an assignment, in öre.
    public func financialAccount(_ assignment: Assignment.ID) async throws -> FinancialAccount {
        try transport.decode(
            FinancialAccount.self, from: try await transport.send("GET", "/v1/assignments/\(assignment)/financial-account"))
    }
}
