/// The progress report as Markdown, in Swedish (the report language) or English, with the code lists' labels and
/// amounts in the chosen unit (`AmountUnit`'s rounding: every shown figure, totals too, rounded once from exact öre).
extension ProgressReport {
    /// The report as Markdown; `names` gives organisations' names (an id is shown where a name is missing).
    public func markdown(language: CodeList.Language = .sv, unit: AmountUnit = .tkr, names: [Organisation.ID: String] = [:]) -> String {
        let t = ReportText(language: language)
        let label = { (list: String, code: String) in CodeLists.named(list)?.label(code, language: language) ?? code }
        let money = { (ore: Int64) in unit.format(ore, language) }
        let name = { (id: Organisation.ID) in Markdown.escape(names[id] ?? id.description) }
        var out: [String] = []
        out.append("# \(t.progressReport): \(Markdown.escape(assignmentTitle))")
        out.append("")
        if let caseNumber { out.append("\(t.caseNumber): \(Markdown.escape(caseNumber))  ") }
        out.append("\(t.period): \(from) – \(to)")
        let text = { (narrative: Narrative) in Markdown.escape(language == .en ? narrative.textEn ?? narrative.textSv : narrative.textSv) }
        if !summary.isEmpty {
            out.append("\n## \(t.summary)\n")
            out.append(summary.map(text).joined(separator: "\n\n"))
        }

        out.append("\n## \(t.parts)")
        for part in parts {
            out.append("\n### \(part.position). \(Markdown.escape(part.summarySv))")
            if let words = part.textSv { out.append("\n> \(Markdown.escape(words))") }
            out += part.narratives.map { "\n" + text($0) }
            if !part.hasEvidence {
                out.append("\n*\(t.noEvidence)*")
                continue
            }
            out.append("\n\(t.meetingsInPeriod): \(part.meetingsInPeriod)")
            if !part.initiatives.isEmpty {
                out.append("")
                out += part.initiatives.map { "- \(Markdown.escape($0.title)) (\(label("InitiativeStatus", $0.status.rawValue)))" }
            }
        }

        out.append("\n## \(t.initiativesByArea)\n")
        let areaRows = challengeAreas.flatMap { area in
            area.byStatus.map { [Markdown.escape(area.nameSv), label("InitiativeStatus", $0.status.rawValue), String($0.count)] }
        }
        out.append(areaRows.isEmpty ? t.none : Markdown.table([t.challengeArea, t.status, t.count], rightAligned: [2], areaRows))

        out.append("\n## \(t.meetingsAndDialogue)\n")
        out.append("- \(t.meetingsHeld): \(meetings.held) (\(t.ofWhichConfidential) \(meetings.confidential))")
        out.append("- \(t.organisationsEngaged): \(meetings.organisationsEngaged)")
        out.append("- \(t.coverage): \(dialogueCoverage.engaged) / \(dialogueCoverage.organisations)")

        out.append("\n## \(t.overdueActions)\n")
        out.append("\(t.overdueCount): \(overdueActions.count)")
        if !overdueActions.named.isEmpty {
            out.append("")
            out.append(
                Markdown.table(
                    [t.action, t.owner, t.dueDate],
                    overdueActions.named.map { [Markdown.escape($0.description), name($0.ownerId), $0.dueDate.description] }))
        }

        out.append("\n## \(t.phaseChanges)\n")
        out.append(
            phaseChanges.isEmpty
                ? t.none
                : Markdown.table(
                    [t.establishment, t.phase, t.since],
                    phaseChanges.map { [Markdown.escape($0.name), label("Phase", $0.phase.rawValue), $0.since.description] }))

        out.append("\n## \(t.barriers)\n")
        out.append(
            Markdown.table(
                [t.reported, t.acknowledged, t.closed, t.open], rightAligned: [0, 1, 2, 3],
                [[barriers.reported, barriers.acknowledged, barriers.closed, barriers.open].map(String.init)]))

        out.append("\n## \(t.consultations)\n")
        out.append(
            Markdown.table(
                [
                    t.held, label("ConsultationOutcome", "agreement"), label("ConsultationOutcome", "noAgreement"),
                    label("ConsultationOutcome", "ongoing"),
                ], rightAligned: [0, 1, 2, 3],
                [[consultations.held, consultations.agreement, consultations.noAgreement, consultations.ongoing].map(String.init)]))

        out.append("\n## \(t.spending) (\(unit.label(language)))\n")
        let rows = spending.byCostCategory.map { [label("CostCategory", $0.costCategory.rawValue), money($0.budget), money($0.outcome)] }
        out.append(
            Markdown.table(
                [t.costCategory, t.budget, t.outcome], rightAligned: [1, 2],
                rows + [["**\(t.total)**", "**\(money(spending.budget))**", "**\(money(spending.outcome))**"]]))
        out.append("\n\(t.roundingNote)")
        return out.joined(separator: "\n") + "\n"
    }
}

/// The headings and phrases of the reports, in Swedish and English, said once.
struct ReportText {
    let language: CodeList.Language

    private func t(_ sv: String, _ en: String) -> String { language == .sv ? sv : en }

    var progressReport: String { t("Lägesrapport", "Progress report") }
    var caseNumber: String { t("Diarienummer", "Case number") }
    var period: String { t("Period", "Period") }
    var parts: String { t("Uppdragets delar", "The parts of the assignment") }
    var summary: String { t("Sammanfattning", "Summary") }
    var noEvidence: String {
        t("Inga insatser eller möten under perioden styrker denna del.", "No initiative or meeting in the period evidences this part.")
    }
    var meetingsInPeriod: String { t("Möten under perioden", "Meetings in the period") }
    var initiativesByArea: String { t("Insatser per utmaningsområde", "Initiatives by challenge area") }
    var challengeArea: String { t("Utmaningsområde", "Challenge area") }
    var status: String { t("Status", "Status") }
    var count: String { t("Antal", "Count") }
    var none: String { t("Inga under perioden.", "None in the period.") }
    var meetingsAndDialogue: String { t("Möten och dialog", "Meetings and dialogue") }
    var meetingsHeld: String { t("Genomförda möten", "Meetings held") }
    var ofWhichConfidential: String { t("varav sekretessbelagda:", "of which confidential:") }
    var organisationsEngaged: String { t("Organisationer som deltagit", "Organisations engaged") }
    var coverage: String { t("Dialogtäckning (organisationer med dialog / i urvalet)", "Dialogue coverage (engaged / in scope)") }
    var overdueActions: String { t("Försenade åtgärder", "Overdue actions") }
    var overdueCount: String { t("Antal försenade åtgärder vid periodens slut", "Actions overdue at the period's end") }
    var action: String { t("Åtgärd", "Action") }
    var owner: String { t("Ansvarig", "Owner") }
    var dueDate: String { t("Förfallodag", "Due date") }
    var phaseChanges: String { t("Etableringar: fasändringar", "Establishments: phase changes") }
    var establishment: String { t("Etablering", "Establishment") }
    var phase: String { t("Fas", "Phase") }
    var since: String { t("Från och med", "Since") }
    var barriers: String { t("Hinder", "Barriers") }
    var reported: String { t("Rapporterade", "Reported") }
    var acknowledged: String { t("Mottagna", "Acknowledged") }
    var closed: String { t("Avslutade", "Closed") }
    var open: String { t("Öppna vid periodens slut", "Open at the period's end") }
    var consultations: String { t("Samiska konsultationer", "Sámi consultations") }
    var held: String { t("Genomförda", "Held") }
    var spending: String { t("Ekonomi: utfall mot budget", "Spending against budget") }
    var costCategory: String { t("Kostnadsslag", "Cost category") }
    var budget: String { t("Budget", "Budget") }
    var outcome: String { t("Utfall", "Outcome") }
    var total: String { t("Summa", "Total") }
    var roundingNote: String {
        t(
            "Beloppen är avrundade var för sig från exakta ören; delsummor kan därför avvika från summan med avrundningen.",
            "Amounts are rounded one by one from exact öre; parts may therefore differ from the total by the rounding.")
    }
}
