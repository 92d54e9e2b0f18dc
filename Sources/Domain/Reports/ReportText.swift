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

    var spendingOverTime: String { t("Utfall över tid", "Spending over time") }
    var month: String { t("Månad", "Month") }
    var noSpending: String { t("Inget utfall under perioden.", "No spending in the period.") }
    var budgetAgainstOutcomeChart: String { t("Budget och utfall per kostnadsslag", "Budget and outcome by cost category") }
    func budgetAgainstOutcomeSummary(_ budget: String, _ outcome: String, _ unit: String) -> String {
        t(
            "Stapeldiagram: budget och utfall för varje kostnadsslag. Total budget \(budget) \(unit), totalt utfall \(outcome) \(unit). Siffrorna finns i tabellen nedan.",
            "Bar chart: budget and outcome for each cost category. Total budget \(unit) \(budget), total outcome \(unit) \(outcome). The figures are in the table below."
        )
    }
    var spendingOverTimeChart: String { t("Utfall per månad", "Outcome by month") }
    func spendingOverTimeSummary(_ months: Int, _ unit: String) -> String {
        t(
            "Stapeldiagram: utfallet för var och en av \(months) månader, i \(unit). Siffrorna finns i tabellen nedan.",
            "Bar chart: the outcome for each of \(months) months, in \(unit). The figures are in the table below.")
    }
    var initiativesPerPartChart: String { t("Insatser per del av uppdraget", "Initiatives by part of the assignment") }
    func initiativesPerPartSummary(_ count: Int, _ parts: Int) -> String {
        t(
            "Stapeldiagram: antal insatser kopplade till var och en av uppdragets \(parts) delar, sammanlagt \(count) kopplingar. Insatserna redovisas under varje del.",
            "Bar chart: the number of initiatives linked to each of the assignment's \(parts) parts, \(count) links in all. The initiatives are listed under each part."
        )
    }
    var initiatives: String { t("Insatser", "Initiatives") }
    var finalReport: String { t("Slutredovisning", "Final report") }
    var decisionDate: String { t("Beslutsdatum", "Date of decision") }
    var measuresTaken: String { t("Vidtagna åtgärder per del av uppdraget", "Measures taken by part of the assignment") }
    var noEvidenceFinal: String {
        t(
            "Inga insatser, forum eller möten styrker denna del av uppdraget.",
            "No initiative, forum or meeting evidences this part of the assignment.")
    }
    var forumsLinked: String { t("Kopplade forum", "Linked forums") }
    var meetingsLinked: String { t("Möten under uppdragstiden", "Meetings during the assignment") }
    var measures: String { t("Insatser", "Measures") }
    var initiative: String { t("Insats", "Initiative") }
    var lead: String { t("Ansvarig", "Lead") }
    var progress: String { t("Måluppfyllelse", "Progress") }
    var indicatorResults: String { t("Indikatorer: resultat", "Indicator results") }
    var indicator: String { t("Indikator", "Indicator") }
    var baseline: String { t("Utgångsvärde", "Baseline") }
    var target: String { t("Målvärde", "Target") }
    var latest: String { t("Senaste värde", "Latest value") }
    var collaborationStructures: String {
        t("Samverkansstrukturer som etablerats eller stärkts", "Collaboration structures established or strengthened")
    }
    var established: String { t("Etablerade", "Established") }
    var strengthened: String { t("Stärkta", "Strengthened") }
    var establishedOrStrengthened: String { t("Etablerad/stärkt", "Established/strengthened") }
    var forum: String { t("Forum", "Forum") }
    var kind: String { t("Typ", "Kind") }
    var startDate: String { t("Startdatum", "Start date") }
    var members: String { t("Medlemmar", "Members") }
    var knowledgeSpread: String { t("Kunskapsspridning", "Knowledge spread") }
    var organisationsReached: String { t("Organisationer som nåtts", "Organisations reached") }
    var knowledgeItems: String { t("Publicerade lärdomar", "Published knowledge items") }
    var title: String { t("Titel", "Title") }
    var transferable: String { t("Överförbar till andra län", "Transferable to other counties") }
    var disseminations: String { t("Spridningstillfällen", "Disseminations") }
    var participants: String { t("Deltagare", "Participants") }
    var organisationsReachedBySpread: String {
        t("Organisationer som nåtts genom spridningen", "Organisations reached by dissemination")
    }
    var reachThroughoutTheCountry: String { t("Spridning i hela landet", "Reach throughout the country") }
    var countiesReached: String { t("Län som nåtts", "Counties reached") }
    var countiesNotReached: String { t("Län som ännu inte nåtts", "Counties not yet reached") }
    var audiencesReached: String { t("Målgrupper som nåtts", "Audiences reached") }
    var audiencesNotReached: String { t("Målgrupper som ännu inte nåtts", "Audiences not yet reached") }
    var noneYet: String { t("inga", "none") }
    var yes: String { t("Ja", "Yes") }
    var no: String { t("Nej", "No") }
    var financialAccount: String { t("Ekonomisk slutredovisning", "Financial final account") }
    var unused: String { t("Kvar", "Unused") }
    var commitments: String { t("Åtaganden", "Commitments") }
    var disbursements: String { t("Utbetalningar", "Disbursements") }
    var byCostCategory: String { t("Per kostnadsslag", "By cost category") }
    var byFiscalYear: String { t("Per budgetår", "By fiscal year") }
    var fiscalYear: String { t("Budgetår", "Fiscal year") }
    var byFundingSource: String { t("Per finansieringskälla", "By funding source") }
    var fundingSource: String { t("Finansieringskälla", "Funding source") }
    var byAppropriation: String { t("Per anslag", "By appropriation") }
    var appropriation: String { t("Anslag", "Appropriation") }
    var noAppropriation: String { t("Inget anslag", "No appropriation") }
    var byInitiative: String { t("Per insats", "By initiative") }
    var assignmentOwn: String { t("Uppdragets egna kostnader", "The assignment's own costs") }
    var reversals: String { t("Rättelser (omföringar)", "Corrections (reversals)") }
    var noReversals: String { t("Inga rättelser.", "No corrections.") }
    var voucher: String { t("Verifikation", "Voucher") }
    var date: String { t("Datum", "Date") }
    var amount: String { t("Belopp", "Amount") }
    var page: String { t("Sida", "Page") }
    var of: String { t("av", "of") }
    func generatedOn(_ day: String) -> String { t("Framtagen ur Samordna \(day).", "Produced from Samordna on \(day).") }
    var establishedOne: String { t("Etablerad", "Established") }
    var strengthenedOne: String { t("Stärkt", "Strengthened") }
}
