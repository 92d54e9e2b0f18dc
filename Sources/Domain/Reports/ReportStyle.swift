import Foundation

/// What a report's document needs to speak one language: its phrases, the code lists' labels, amounts in one unit
/// (`AmountUnit`'s rule: each shown figure rounded once from exact öre) and organisations' names.
public struct ReportStyle: Sendable {
    public var language: CodeList.Language
    public var unit: AmountUnit
    /// Organisations' names by id; an id is shown where a name is missing.
    public var names: [Organisation.ID: String]
    /// Initiatives' titles by id; an id is shown where a title is missing.
    public var initiativeTitles: [Initiative.ID: String]

    /// Creates a style.
    public init(
        language: CodeList.Language = .sv, unit: AmountUnit = .tkr, names: [Organisation.ID: String] = [:],
        initiativeTitles: [Initiative.ID: String] = [:]
    ) {
        self.language = language
        self.unit = unit
        self.names = names
        self.initiativeTitles = initiativeTitles
    }

    var text: ReportText { ReportText(language: language) }

    /// A code's label from its code list.
    func label(_ list: String, _ code: String) -> String { CodeLists.named(list)?.label(code, language: language) ?? code }

    /// An amount in the unit, without the unit's name.
    func money(_ ore: Int64) -> String { unit.format(ore, language) }

    /// An organisation's name.
    func name(_ id: Organisation.ID) -> String { names[id] ?? id.description }

    /// An initiative's title from an account group's key (`assignment` for the assignment's own costs).
    func initiativeTitle(_ key: String) -> String {
        guard let id = Initiative.ID(key) else { return text.assignmentOwn }
        return initiativeTitles[id] ?? key
    }

    /// A share 0…1 as a whole percentage ("62 %" in Swedish, "62%" in English), or a dash when there is none.
    func percent(_ share: Decimal?) -> String {
        guard let share else { return "–" }
        let whole = (share * 100).rounded(scale: 0)
        return language == .sv ? "\(whole)\u{00A0}%" : "\(whole)%"
    }

    /// An exact number with the language's decimal mark, or a dash when there is none.
    func decimal(_ value: Decimal?) -> String {
        guard let value else { return "–" }
        let plain = "\(value)"
        return language == .sv ? plain.replacingOccurrences(of: ".", with: ",") : plain
    }

    /// A narrative's text in the language (Swedish where no English is given).
    func text(_ narrative: ProgressReport.Narrative) -> String { language == .en ? narrative.textEn ?? narrative.textSv : narrative.textSv }

    /// A heading followed by the column title's unit: "Budget (tkr)".
    func withUnit(_ heading: String) -> String { "\(heading) (\(unit.label(language)))" }

    /// Budget against outcome per category, as a chart and the table with its figures.
    func budgetAgainstOutcome(_ rows: [(CostCategory, budget: Int64, outcome: Int64)], total: (Int64, Int64)) -> [ReportDocument.Block] {
        let t = text
        let categories = rows.map { label("CostCategory", $0.0.rawValue) }
        var blocks: [ReportDocument.Block] = []
        if !rows.isEmpty {
            blocks.append(
                .chart(
                    .init(
                        title: t.budgetAgainstOutcomeChart,
                        summary: t.budgetAgainstOutcomeSummary(money(total.0), money(total.1), unit.label(language)),
                        categories: categories,
                        series: [.init(name: t.budget, values: rows.map(\.budget)), .init(name: t.outcome, values: rows.map(\.outcome))],
                        labels: [rows.map { money($0.budget) }, rows.map { money($0.outcome) }])))
        }
        blocks.append(
            .table(
                .init(
                    header: [t.costCategory, withUnit(t.budget), withUnit(t.outcome)], numeric: [1, 2],
                    rows: zip(categories, rows).map { [$0, money($1.budget), money($1.outcome)] },
                    total: [t.total, money(total.0), money(total.1)])))
        return blocks
    }

    /// Expenditure per month, as a chart and its table.
    func spendingOverTime(_ months: [FinancialAccount.Month]) -> [ReportDocument.Block] {
        let t = text
        guard !months.isEmpty else { return [.paragraph(t.noSpending)] }
        return [
            .chart(
                .init(
                    title: t.spendingOverTimeChart, summary: t.spendingOverTimeSummary(months.count, unit.label(language)),
                    categories: months.map(\.month), series: [.init(name: t.outcome, values: months.map(\.outcome))],
                    labels: [months.map { money($0.outcome) }])),
            .table(.init(header: [t.month, withUnit(t.outcome)], numeric: [1], rows: months.map { [$0.month, money($0.outcome)] })),
        ]
    }

    /// Initiatives per part of the assignment, as a chart (the parts' own sections list them).
    func initiativesPerPart(_ counts: [(position: Int, summary: String, count: Int)]) -> ReportDocument.Block {
        let t = text
        return .chart(
            .init(
                title: t.initiativesPerPartChart, summary: t.initiativesPerPartSummary(counts.reduce(0) { $0 + $1.count }, counts.count),
                categories: counts.map { "\($0.position). \($0.summary)" },
                series: [.init(name: t.initiatives, values: counts.map { Int64($0.count) })],
                labels: [counts.map { String($0.count) }]))
    }

    /// The coordinator's summary of the period, under its heading (nothing when there is none).
    func summarySection(_ summary: [ProgressReport.Narrative]) -> [ReportDocument.Block] {
        summary.isEmpty ? [] : [.heading(2, text.summary)] + summary.map { .paragraph(self.text($0)) }
    }

    /// A part's section head, as every report traces it to the decision: the part, the decision's own words, the
    /// coordinator's accounts of it, and — when nothing evidences it — a note that says so (`evidenced` false).
    func partHead(
        position: Int, summarySv: String, textSv: String?, narratives: [ProgressReport.Narrative], evidenced: Bool, noEvidence: String
    ) -> [ReportDocument.Block] {
        var blocks: [ReportDocument.Block] = [.heading(3, "\(position). \(summarySv)")]
        if let textSv { blocks.append(.quote(textSv)) }
        blocks += narratives.map { .paragraph(self.text($0)) }
        if !evidenced { blocks.append(.note(noEvidence)) }
        return blocks
    }

    /// The rounding rule, said once.
    var roundingNote: ReportDocument.Block { .note(text.roundingNote) }
}
