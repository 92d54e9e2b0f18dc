import Foundation

extension FinalReport {
    /// The period a final report made on `today` covers: from the assignment's start (or its decision date) to its end,
    /// or to `today` while it runs.
    public static func period(of assignment: Assignment, today: CalendarDate) -> (from: CalendarDate, to: CalendarDate) {
        let to = assignment.period?.end.map { min($0, today) } ?? today
        return (min(assignment.period?.start ?? assignment.decisionDate ?? to, to), to)
    }

    /// The final report as of `today`: the period is the assignment's, from its start (or its decision date) to its end,
    /// or to `today` while it runs.
    public static func compute(_ sources: FinalReportSources, today: CalendarDate) -> FinalReport {
        let s = sources.report
        let (from, to) = period(of: s.assignment, today: today)
        let inPeriod = { (date: CalendarDate) in from <= date && date <= to }
        let meetings = s.meetings.filter { inPeriod($0.date) }
        let byTitle = { (a: Initiative, b: Initiative) in SwedishCollation.sortKey(a.title) < SwedishCollation.sortKey(b.title) }
        let narratives = s.narratives.filter { $0.assignmentId == s.assignment.id }.sorted {
            ($0.from, $0.createdAt) < ($1.from, $1.createdAt)
        }
        let told = { (part: AssignmentPart.ID?) in
            narratives.filter { $0.assignmentPartId == part }.map {
                ProgressReport.Narrative(id: $0.id, from: $0.from, to: $0.to, textSv: $0.textSv, textEn: $0.textEn)
            }
        }

        let measure = { (initiative: Initiative) -> Measure in
            let progress = InitiativeProgress.compute(
                initiative, initiatives: s.initiatives, indicators: sources.indicators, measurements: sources.measurements)
            let results = Dictionary(uniqueKeysWithValues: progress.indicators.map { ($0.indicatorId, $0) })
            return Measure(
                initiativeId: initiative.id, title: initiative.title, status: initiative.status, leadId: initiative.leadId,
                startDate: initiative.startDate, endDate: initiative.endDate, outcomeSummary: initiative.outcomeSummary,
                progress: progress.progress,
                indicators: sources.indicators.filter { $0.initiativeId == initiative.id }
                    .sorted { SwedishCollation.sortKey($0.name) < SwedishCollation.sortKey($1.name) }
                    .map { indicator in
                        IndicatorResult(
                            indicatorId: indicator.id, name: indicator.name, unit: indicator.unit, direction: indicator.direction,
                            baseline: indicator.baseline, target: indicator.target, latest: results[indicator.id]?.latest,
                            latestOn: results[indicator.id]?.latestOn, progress: results[indicator.id]?.progress)
                    })
        }
        let parts = s.parts.filter { $0.assignmentId == s.assignment.id }.sorted { ($0.position, $0.code) < ($1.position, $1.code) }
            .map { part in
                let measures = s.initiatives.filter { $0.assignmentPartIds.contains(part.id) }.sorted(by: byTitle).map(measure)
                let forums = sources.forums.filter { $0.assignmentPartIds.contains(part.id) }.count
                let held = meetings.filter { $0.assignmentPartIds.contains(part.id) }.count
                return Part(
                    partId: part.id, code: part.code, position: part.position, summarySv: part.summarySv, textSv: part.textSv,
                    measures: measures, forums: forums, meetings: held, hasEvidence: !measures.isEmpty || forums > 0 || held > 0,
                    narratives: told(part.id))
            }

        let structures = sources.forums.compactMap { forum -> Structure? in
            let held = meetings.filter { $0.forumId == forum.id }.count
            let established = forum.startDate.map(inPeriod) ?? false
            guard established || held > 0 else { return nil }
            let members = Set(
                sources.memberships.filter { $0.forumId == forum.id && $0.from <= to && ($0.to.map { $0 >= to } ?? true) }
                    .map(\.organisationId))
            return Structure(
                forumId: forum.id, name: forum.name, kind: forum.kind, status: forum.status, startDate: forum.startDate,
                established: established, members: members.count, meetingsHeld: held)
        }.sorted { SwedishCollation.sortKey($0.name) < SwedishCollation.sortKey($1.name) }
        let reached = Set(meetings.flatMap { $0.participants.filter(\.attended).map(\.organisationId) })
        let spread = sources.disseminations.filter { inPeriod($0.date) }
        let knowledge = sources.knowledgeItems.filter { $0.status == .published }
            .sorted { SwedishCollation.sortKey($0.title) < SwedishCollation.sortKey($1.title) }
            .map { item in
                KnowledgeEntry(
                    knowledgeItemId: item.id, title: item.title, kind: item.kind, transferable: item.transferable,
                    disseminations: spread.filter { $0.knowledgeItemIds.contains(item.id) }.count)
            }

        return FinalReport(
            assignmentId: s.assignment.id, assignmentTitle: s.assignment.title, caseNumber: s.assignment.caseNumber,
            decisionDate: s.assignment.decisionDate, from: from, to: to, summary: told(nil), parts: parts,
            partsWithoutEvidence: parts.filter { !$0.hasEvidence }.map(\.code),
            collaboration: Collaboration(
                structures: structures, established: structures.filter(\.established).count,
                strengthened: structures.filter { !$0.established }.count),
            knowledgeSpread: KnowledgeSpread(
                learningNetworks: structures.filter { $0.kind == .learningNetwork }, meetingsHeld: meetings.count,
                organisationsReached: reached.count, knowledgeItems: knowledge,
                reach: KnowledgeReach.compute(
                    of: nil, disseminations: spread, directory: sources.directory, placeOf: sources.organisationPlaces)),
            account: FinancialAccount.compute(assignment: s.assignment.id, budgets: s.budgets, entries: s.entries))
    }
}
