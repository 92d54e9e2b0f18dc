/// Every code list of the API, in one place: each label is written once, here, in an exhaustive switch, so a new
/// case cannot go unlabelled. The contract test holds the lists to openapi.yaml's enumerations.
public enum CodeLists {
    /// All lists, by name.
    public static let all: [CodeList] = organisation + collaboration + assignments + mission + finance + reports + knowledge

    /// The list named `name`, if there is one.
    public static func named(_ name: String) -> CodeList? { all.first { $0.name == name } }

    static let organisation: [CodeList] = [
        CodeList("OrganisationKind", OrganisationKind.self) {
            switch $0 {
            case .governmentOffices: ("Regeringskansliet", "Government Offices")
            case .stateAgency: ("Statlig myndighet", "State agency")
            case .countyAdministrativeBoard: ("Länsstyrelse", "County administrative board")
            case .region: ("Region", "Region")
            case .municipality: ("Kommun", "Municipality")
            case .company: ("Företag", "Company")
            case .academia: ("Lärosäte", "Higher education institution")
            case .businessAssociation: ("Branschorganisation", "Business association")
            case .civilSociety: ("Civilsamhälle", "Civil society")
            case .samiBody: ("Samisk organisation", "Sámi body")
            case .other: ("Övrig", "Other")
            }
        },
        CodeList("Role", Role.self) {
            switch $0 {
            case .admin: ("Administratör", "Administrator")
            case .editor: ("Redaktör", "Editor")
            case .reader: ("Läsare", "Reader")
            }
        },
    ]

    static let collaboration: [CodeList] = [
        CodeList("ForumKind", ForumKind.self) {
            switch $0 {
            case .nationalAgencyNetwork: ("Nationellt myndighetsnätverk", "National agency network")
            case .regionalForum: ("Regionalt forum", "Regional forum")
            case .crossCountyForum: ("Länsöverskridande forum", "Cross-county forum")
            case .thematicWorkingGroup: ("Tematisk arbetsgrupp", "Thematic working group")
            case .businessDialogue: ("Näringslivsdialog", "Business dialogue")
            case .learningNetwork: ("Lärandenätverk", "Learning network")
            case .other: ("Övrigt", "Other")
            }
        },
        CodeList("ForumStatus", ForumStatus.self) {
            switch $0 {
            case .planned: ("Planerat", "Planned")
            case .active: ("Aktivt", "Active")
            case .dormant: ("Vilande", "Dormant")
            case .closed: ("Avslutat", "Closed")
            }
        },
        CodeList("MembershipRole", ForumMembership.Role.self) {
            switch $0 {
            case .convenor: ("Sammankallande", "Convenor")
            case .secretariat: ("Sekretariat", "Secretariat")
            case .member: ("Ledamot", "Member")
            case .observer: ("Observatör", "Observer")
            }
        },
        CodeList("MeetingFormat", Meeting.Format.self) {
            switch $0 {
            case .forumMeeting: ("Forummöte", "Forum meeting")
            case .bilateralDialogue: ("Bilateral dialog", "Bilateral dialogue")
            case .workshop: ("Workshop", "Workshop")
            case .siteVisit: ("Studiebesök", "Site visit")
            case .conference: ("Konferens", "Conference")
            case .webinar: ("Webbinarium", "Webinar")
            case .governmentBriefing: ("Avrapportering till Regeringskansliet", "Government briefing")
            case .samiConsultation: ("Samisk konsultation", "Sámi consultation")
            }
        },
        CodeList("ActionStatus", FollowUpAction.Status.self) {
            switch $0 {
            case .open: ("Öppen", "Open")
            case .inProgress: ("Pågår", "In progress")
            case .done: ("Klar", "Done")
            case .dropped: ("Avskriven", "Dropped")
            }
        },
        CodeList("ConsultationOutcome", SamiConsultation.Outcome.self) {
            switch $0 {
            case .agreement: ("Enighet", "Agreement")
            case .noAgreement: ("Ingen enighet", "No agreement")
            case .ongoing: ("Pågår", "Ongoing")
            }
        },
        CodeList("ConsultationMatterKind", SamiConsultation.Matter.Kind.self) {
            switch $0 {
            case .establishment: ("Etablering", "Establishment")
            case .initiative: ("Insats", "Initiative")
            case .barrier: ("Hinder", "Barrier")
            }
        },
    ]

    static let assignments: [CodeList] = [
        CodeList("ReportingObligationKind", ReportingObligation.Kind.self) {
            switch $0 {
            case .progressReport: ("Lägesrapport", "Progress report")
            case .finalReport: ("Slutredovisning", "Final report")
            case .continuousBriefing: ("Löpande information", "Continuous briefing")
            }
        },
        CodeList("Cadence", ReportingObligation.Cadence.self) {
            switch $0 {
            case .monthly: ("Varje månad", "Monthly")
            case .quarterly: ("Varje kvartal", "Quarterly")
            case .semiannually: ("Varje halvår", "Semiannually")
            case .annually: ("Varje år", "Annually")
            }
        },
    ]
}
