import Foundation

extension ProgressReport {
    /// The report for `from`…`to` (both included).
    public static func compute(_ s: ReportSources, from: CalendarDate, to: CalendarDate) -> ProgressReport {
        let inPeriod = { (date: CalendarDate) in from <= date && date <= to }
        let changed = { (date: Date) in inPeriod(CalendarDate(date)) }
        let meetings = s.meetings.filter { inPeriod($0.date) }
        let confidential = Set(s.meetings.filter(\.confidential).map(\.id))
        let byTitle = { (a: Initiative, b: Initiative) in SwedishCollation.sortKey(a.title) < SwedishCollation.sortKey(b.title) }
        let narratives = s.narratives.filter { $0.assignmentId == s.assignment.id && $0.overlaps(from: from, to: to) }
            .sorted { ($0.from, $0.createdAt) < ($1.from, $1.createdAt) }
        let told = { (part: AssignmentPart.ID?) in
            narratives.filter { $0.assignmentPartId == part }.map {
                Narrative(id: $0.id, from: $0.from, to: $0.to, textSv: $0.textSv, textEn: $0.textEn)
            }
        }

        let parts = s.parts.sorted { ($0.position, $0.code) < ($1.position, $1.code) }.map { part in
            let initiatives = s.initiatives.filter { $0.assignmentPartIds.contains(part.id) }.sorted(by: byTitle)
            let held = meetings.filter { $0.assignmentPartIds.contains(part.id) }.count
            return PartSection(
                partId: part.id, code: part.code, position: part.position, summarySv: part.summarySv, textSv: part.textSv,
                initiatives: initiatives.map(InitiativeSummary.init), meetingsInPeriod: held, hasEvidence: !initiatives.isEmpty || held > 0,
                narratives: told(part.id))
        }
        let areas = s.challengeAreas.sorted { SwedishCollation.sortKey($0.nameSv) < SwedishCollation.sortKey($1.nameSv) }.map { area in
            let initiatives = s.initiatives.filter { $0.challengeAreaIds.contains(area.id) }
            return AreaSection(
                challengeAreaId: area.id, nameSv: area.nameSv,
                byStatus: Initiative.Status.allCases.compactMap { status in
                    let count = initiatives.filter { $0.status == status }.count
                    return count > 0 ? StatusCount(status: status, count: count) : nil
                },
                changedInPeriod: initiatives.filter { changed($0.createdAt) || changed($0.updatedAt) }.sorted(by: byTitle)
                    .map(InitiativeSummary.init))
        }
        let engaged = Set(meetings.flatMap { $0.participants.filter(\.attended).map(\.organisationId) })
        let overdue = s.pendingActions.filter { $0.isOverdue(on: to) }.sorted { ($0.dueDate, $0.idText) < ($1.dueDate, $1.idText) }
        let consultations = meetings.compactMap(\.consultation)
        let spent = s.entries.filter { $0.kind == .expenditure && inPeriod($0.date) && $0.assignmentId == s.assignment.id }
        let budgets = s.budgets.filter { (from.year...to.year).contains($0.fiscalYear) && $0.assignmentId == s.assignment.id }
        let years = Set(budgets.map(\.fiscalYear) + spent.map(\.fiscalYear)).sorted()
        return ProgressReport(
            assignmentId: s.assignment.id, assignmentTitle: s.assignment.title, caseNumber: s.assignment.caseNumber, from: from, to: to,
            summary: told(nil), parts: parts, challengeAreas: areas,
            meetings: Meetings(
                held: meetings.count, confidential: meetings.filter(\.confidential).count, organisationsEngaged: engaged.count),
            dialogueCoverage: s.coverage,
            overdueActions: OverdueActions(
                count: overdue.count,
                named: overdue.filter { !confidential.contains($0.meetingId) }.map {
                    OverdueAction(description: $0.description, ownerId: $0.ownerId, dueDate: $0.dueDate)
                }),
            phaseChanges: s.establishments.flatMap { establishment in
                establishment.phaseHistory.filter { inPeriod($0.since) }.map {
                    PhaseChange(establishmentId: establishment.id, name: establishment.name, phase: $0.phase, since: $0.since)
                }
            }.sorted { ($0.since, $0.name) < ($1.since, $1.name) },
            barriers: Barriers(
                reported: s.barriers.filter { $0.statusHistory.first.map { inPeriod($0.since) } == true }.count,
                acknowledged: s.barriers.filter { $0.acknowledgedOn.map(inPeriod) == true }.count,
                closed: s.barriers.filter { $0.closedOn.map(inPeriod) == true }.count,
                open: s.barriers.filter { barrier in
                    barrier.statusHistory.first.map { $0.since <= to } == true && !(barrier.closedOn.map { $0 <= to } ?? false)
                }.count),
            consultations: Consultations(
                held: consultations.count, agreement: consultations.filter { $0.outcome == .agreement }.count,
                noAgreement: consultations.filter { $0.outcome == .noAgreement }.count,
                ongoing: consultations.filter { $0.outcome == .ongoing }.count),
            spending: Spending(
                fiscalYears: years, budget: budgets.reduce(0) { $0 + $1.amount }, outcome: spent.reduce(0) { $0 + $1.amount },
                byCostCategory: CostCategory.allCases.compactMap { category in
                    let budget = budgets.filter { $0.costCategory == category }.reduce(Int64(0)) { $0 + $1.amount }
                    let outcome = spent.filter { $0.costCategory == category }.reduce(Int64(0)) { $0 + $1.amount }
                    return budget == 0 && outcome == 0 ? nil : CategorySpending(costCategory: category, budget: budget, outcome: outcome)
                }, byMonth: FinancialAccount.months(spent)))
    }
}
