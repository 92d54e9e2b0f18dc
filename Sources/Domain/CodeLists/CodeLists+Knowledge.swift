/// The code lists of knowledge items and their dissemination.
extension CodeLists {
    static let knowledge: [CodeList] = [
        CodeList("KnowledgeKind", KnowledgeItem.Kind.self) {
            switch $0 {
            case .lessonLearned: ("Lärdom", "Lesson learned")
            case .method: ("Metod", "Method")
            case .caseStudy: ("Fallstudie", "Case study")
            case .report: ("Rapport", "Report")
            case .dataset: ("Datamängd", "Dataset")
            case .evaluation: ("Utvärdering", "Evaluation")
            }
        },
        CodeList("KnowledgeStatus", KnowledgeItem.Status.self) {
            switch $0 {
            case .draft: ("Utkast", "Draft")
            case .published: ("Publicerad", "Published")
            case .withdrawn: ("Tillbakadragen", "Withdrawn")
            }
        },
        CodeList("DisseminationChannel", Dissemination.Channel.self) {
            switch $0 {
            case .report: ("Rapport", "Report")
            case .seminar: ("Seminarium", "Seminar")
            case .webinar: ("Webbinarium", "Webinar")
            case .conference: ("Konferens", "Conference")
            case .webArticle: ("Webbartikel", "Web article")
            case .networkMeeting: ("Nätverksträff", "Network meeting")
            case .studyVisit: ("Studiebesök", "Study visit")
            }
        },
        CodeList("Audience", Dissemination.Audience.self) {
            switch $0 {
            case .stateAgencies: ("Statliga myndigheter", "State agencies")
            case .regions: ("Regioner", "Regions")
            case .municipalitiesNationwide: ("Kommuner i hela landet", "Municipalities nationwide")
            case .municipalitiesInTheCounties: ("Kommuner i Norrbotten och Västerbotten", "Municipalities in the two counties")
            case .business: ("Näringslivet", "Business")
            case .governmentOffices: ("Regeringskansliet", "Government Offices")
            case .academia: ("Akademin", "Academia")
            }
        },
        CodeList("ImportOperation", ImportResult.Operation.self) {
            switch $0 {
            case .created: ("Skapad", "Created")
            case .updated: ("Ändrad", "Updated")
            case .unchanged: ("Oförändrad", "Unchanged")
            }
        },
    ]
}
