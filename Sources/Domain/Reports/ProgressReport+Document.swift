/// The progress report as people read it, in Swedish (the report language) or English, with the code lists' labels and
/// amounts in the chosen unit; rendered to Markdown and to the printable page from this one document.
extension ProgressReport {
    /// The report as a document.
    public func document(_ style: ReportStyle = ReportStyle()) -> ReportDocument {
        let t = style.text
        var blocks: [ReportDocument.Block] = []
        blocks.append(.facts((caseNumber.map { [(t.caseNumber, $0)] } ?? []) + [(t.period, "\(from) – \(to)")]))
        blocks += style.summarySection(summary)

        blocks.append(.heading(2, t.parts))
        blocks.append(style.initiativesPerPart(parts.map { ($0.position, $0.summarySv, $0.initiatives.count) }))
        for part in parts {
            blocks += style.partHead(
                position: part.position, summarySv: part.summarySv, textSv: part.textSv, narratives: part.narratives,
                evidenced: part.hasEvidence, noEvidence: t.noEvidence)
            guard part.hasEvidence else { continue }
            blocks.append(.paragraph("\(t.meetingsInPeriod): \(part.meetingsInPeriod)"))
            if !part.initiatives.isEmpty {
                blocks.append(.list(part.initiatives.map { "\($0.title) (\(style.label("InitiativeStatus", $0.status.rawValue)))" }))
            }
        }

        blocks.append(.heading(2, t.initiativesByArea))
        let areaRows = challengeAreas.flatMap { area in
            area.byStatus.map { [area.nameSv, style.label("InitiativeStatus", $0.status.rawValue), String($0.count)] }
        }
        blocks.append(
            areaRows.isEmpty
                ? .paragraph(t.none) : .table(.init(header: [t.challengeArea, t.status, t.count], numeric: [2], rows: areaRows)))

        blocks.append(.heading(2, t.meetingsAndDialogue))
        blocks.append(
            .list([
                "\(t.meetingsHeld): \(meetings.held) (\(t.ofWhichConfidential) \(meetings.confidential))",
                "\(t.organisationsEngaged): \(meetings.organisationsEngaged)",
                "\(t.coverage): \(dialogueCoverage.engaged) / \(dialogueCoverage.organisations)",
            ]))

        blocks.append(.heading(2, t.overdueActions))
        blocks.append(.paragraph("\(t.overdueCount): \(overdueActions.count)"))
        if !overdueActions.named.isEmpty {
            blocks.append(
                .table(
                    .init(
                        header: [t.action, t.owner, t.dueDate],
                        rows: overdueActions.named.map { [$0.description, style.name($0.ownerId), $0.dueDate.description] })))
        }

        blocks.append(.heading(2, t.phaseChanges))
        blocks.append(
            phaseChanges.isEmpty
                ? .paragraph(t.none)
                : .table(
                    .init(
                        header: [t.establishment, t.phase, t.since],
                        rows: phaseChanges.map { [$0.name, style.label("Phase", $0.phase.rawValue), $0.since.description] })))

        blocks.append(.heading(2, t.barriers))
        blocks.append(
            .table(
                .init(
                    header: [t.reported, t.acknowledged, t.closed, t.open], numeric: [0, 1, 2, 3],
                    rows: [[barriers.reported, barriers.acknowledged, barriers.closed, barriers.open].map(String.init)])))

        blocks.append(.heading(2, t.consultations))
        blocks.append(
            .table(
                .init(
                    header: [
                        t.held, style.label("ConsultationOutcome", "agreement"), style.label("ConsultationOutcome", "noAgreement"),
                        style.label("ConsultationOutcome", "ongoing"),
                    ], numeric: [0, 1, 2, 3],
                    rows: [
                        [consultations.held, consultations.agreement, consultations.noAgreement, consultations.ongoing].map(String.init)
                    ])))

        blocks.append(.heading(2, style.withUnit(t.spending)))
        blocks += style.budgetAgainstOutcome(
            spending.byCostCategory.map { ($0.costCategory, $0.budget, $0.outcome) }, total: (spending.budget, spending.outcome))
        blocks.append(.heading(3, t.spendingOverTime))
        blocks += style.spendingOverTime(spending.byMonth)
        blocks.append(style.roundingNote)
        return ReportDocument(language: style.language, title: "\(t.progressReport): \(assignmentTitle)", blocks: blocks)
    }

    /// The report as Markdown.
    public func markdown(_ style: ReportStyle = ReportStyle()) -> String { document(style).markdown() }
}
