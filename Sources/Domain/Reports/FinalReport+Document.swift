import Foundation

/// The final report as people read it: the measures per part under the decision's words, the collaboration structures,
/// the spread of knowledge and the financial final account; rendered to Markdown and to the printable page.
extension FinalReport {
    /// The report as a document.
    public func document(_ style: ReportStyle = ReportStyle()) -> ReportDocument {
        let t = style.text
        var blocks: [ReportDocument.Block] = []
        blocks.append(
            .facts(
                (caseNumber.map { [(t.caseNumber, $0)] } ?? []) + (decisionDate.map { [(t.decisionDate, $0.description)] } ?? [])
                    + [(t.period, "\(from) – \(to)")]))
        blocks += style.summarySection(summary)

        blocks.append(.heading(2, t.measuresTaken))
        blocks.append(style.initiativesPerPart(parts.map { ($0.position, $0.summarySv, $0.measures.count) }))
        for part in parts {
            blocks += style.partHead(
                position: part.position, summarySv: part.summarySv, textSv: part.textSv, narratives: part.narratives,
                evidenced: part.hasEvidence, noEvidence: t.noEvidenceFinal)
            guard part.hasEvidence else { continue }
            blocks.append(.paragraph("\(t.forumsLinked): \(part.forums). \(t.meetingsLinked): \(part.meetings)."))
            guard !part.measures.isEmpty else { continue }
            blocks.append(
                .table(
                    .init(
                        caption: t.measures, header: [t.initiative, t.status, t.lead, t.progress], numeric: [3],
                        rows: part.measures.map {
                            [
                                $0.title, style.label("InitiativeStatus", $0.status.rawValue), style.name($0.leadId),
                                style.percent($0.progress),
                            ]
                        })))
            blocks += part.measures.compactMap { measure in
                measure.outcomeSummary.map { .paragraph("\(measure.title): \($0)") }
            }
            let indicators = part.measures.flatMap { measure in measure.indicators.map { (measure.title, $0) } }
            if !indicators.isEmpty {
                blocks.append(
                    .table(
                        .init(
                            caption: t.indicatorResults, header: [t.initiative, t.indicator, t.baseline, t.target, t.latest, t.progress],
                            numeric: [2, 3, 4, 5],
                            rows: indicators.map { title, result in
                                [
                                    title, "\(result.name) (\(result.unit))", style.decimal(result.baseline?.value),
                                    style.decimal(result.target?.value), style.decimal(result.latest), style.percent(result.progress),
                                ]
                            })))
            }
        }

        blocks.append(.heading(2, t.collaborationStructures))
        blocks.append(.paragraph("\(t.established): \(collaboration.established). \(t.strengthened): \(collaboration.strengthened)."))
        blocks.append(structures(collaboration.structures, style))

        blocks.append(.heading(2, t.knowledgeSpread))
        blocks.append(
            .paragraph(
                "\(t.meetingsHeld): \(knowledgeSpread.meetingsHeld). \(t.organisationsReached): \(knowledgeSpread.organisationsReached)."))
        blocks.append(structures(knowledgeSpread.learningNetworks, style))
        blocks += knowledgeBlocks(style)

        blocks += accountBlocks(style)
        return ReportDocument(language: style.language, title: "\(t.finalReport): \(assignmentTitle)", blocks: blocks)
    }

    /// The report as Markdown.
    public func markdown(_ style: ReportStyle = ReportStyle()) -> String { document(style).markdown() }

    private func structures(_ list: [Structure], _ style: ReportStyle) -> ReportDocument.Block {
        let t = style.text
        guard !list.isEmpty else { return .paragraph(t.none) }
        return .table(
            .init(
                header: [t.forum, t.kind, t.status, t.startDate, t.establishedOrStrengthened, t.members, t.meetingsHeld], numeric: [5, 6],
                rows: list.map {
                    [
                        $0.name, style.label("ForumKind", $0.kind.rawValue), style.label("ForumStatus", $0.status.rawValue),
                        $0.startDate?.description ?? "–", $0.established ? t.establishedOne : t.strengthenedOne, String($0.members),
                        String($0.meetingsHeld),
                    ]
                }))
    }

    /// The published knowledge items and how far the period's disseminations reached throughout the country.
    private func knowledgeBlocks(_ style: ReportStyle) -> [ReportDocument.Block] {
        let t = style.text
        let reach = knowledgeSpread.reach
        var blocks: [ReportDocument.Block] = [.heading(3, t.knowledgeItems)]
        if knowledgeSpread.knowledgeItems.isEmpty {
            blocks.append(.paragraph(t.none))
        } else {
            blocks.append(
                .table(
                    .init(
                        header: [t.title, t.kind, t.transferable, t.disseminations], numeric: [3],
                        rows: knowledgeSpread.knowledgeItems.map {
                            [
                                $0.title, style.label("KnowledgeKind", $0.kind.rawValue), $0.transferable ? t.yes : t.no,
                                String($0.disseminations),
                            ]
                        })))
        }
        blocks.append(.heading(3, t.reachThroughoutTheCountry))
        let names = Dictionary(uniqueKeysWithValues: reach.counties.map { ($0.countyCode, $0.name) })
        let list = { (codes: [CountyCode]) in codes.isEmpty ? t.noneYet : codes.compactMap { names[$0] }.joined(separator: ", ") }
        blocks.append(
            .facts([
                (t.disseminations, String(reach.disseminations)), (t.participants, String(reach.participants)),
                (t.organisationsReachedBySpread, String(reach.organisationsReached)),
                (t.countiesReached, "\(reach.counties.filter(\.reached).count) / \(reach.counties.count)"),
            ]))
        blocks.append(.paragraph("\(t.countiesReached): \(list(reach.counties.filter(\.reached).map(\.countyCode)))."))
        blocks.append(.paragraph("\(t.countiesNotReached): \(list(reach.countiesNotReached))."))
        let audiences = { (list: [Dissemination.Audience]) in
            list.isEmpty ? t.noneYet : list.map { style.label("Audience", $0.rawValue) }.joined(separator: ", ")
        }
        blocks.append(.paragraph("\(t.audiencesReached): \(audiences(reach.audiences.filter(\.reached).map(\.audience)))."))
        blocks.append(.paragraph("\(t.audiencesNotReached): \(audiences(reach.audiencesNotReached))."))
        return blocks
    }

    /// The financial final account's section.
    private func accountBlocks(_ style: ReportStyle) -> [ReportDocument.Block] {
        let t = style.text
        var blocks: [ReportDocument.Block] = [.heading(2, style.withUnit(t.financialAccount))]
        blocks.append(
            .facts([
                (t.budget, style.money(account.total.budget)), (t.outcome, style.money(account.total.outcome)),
                (t.unused, style.money(account.total.unused)), (t.commitments, style.money(account.total.commitments)),
                (t.disbursements, style.money(account.total.disbursements)),
            ]))
        blocks.append(.heading(3, t.byCostCategory))
        blocks += style.budgetAgainstOutcome(
            account.byCostCategory.compactMap { group in
                CostCategory(rawValue: group.key).map { ($0, group.amounts.budget, group.amounts.outcome) }
            }, total: (account.total.budget, account.total.outcome))
        blocks.append(.heading(3, t.spendingOverTime))
        blocks += style.spendingOverTime(account.byMonth)

        let dimensions: [(String, String, [FinancialAccount.Group], (String) -> String)] = [
            (t.byFiscalYear, t.fiscalYear, account.byFiscalYear, { $0 }),
            (t.byFundingSource, t.fundingSource, account.byFundingSource, { style.label("FundingSource", $0) }),
            (t.byAppropriation, t.appropriation, account.byAppropriation, { $0 == "none" ? t.noAppropriation : $0 }),
            (t.byInitiative, t.initiative, account.byInitiative, { style.initiativeTitle($0) }),
        ]
        for (heading, column, groups, name) in dimensions {
            blocks.append(.heading(3, heading))
            blocks.append(
                .table(
                    .init(
                        header: [column, style.withUnit(t.budget), style.withUnit(t.outcome), style.withUnit(t.unused)],
                        numeric: [1, 2, 3],
                        rows: groups.map {
                            [name($0.key), style.money($0.amounts.budget), style.money($0.amounts.outcome), style.money($0.amounts.unused)]
                        },
                        total: [
                            t.total, style.money(account.total.budget), style.money(account.total.outcome),
                            style.money(account.total.unused),
                        ])))
        }

        blocks.append(.heading(3, t.reversals))
        blocks.append(
            account.reversals.isEmpty
                ? .paragraph(t.noReversals)
                : .table(
                    .init(
                        header: [t.voucher, t.date, style.withUnit(t.amount)], numeric: [2],
                        rows: account.reversals.map { [$0.voucherReference, $0.date.description, style.money($0.amount)] })))
        blocks.append(style.roundingNote)
        return blocks
    }
}
