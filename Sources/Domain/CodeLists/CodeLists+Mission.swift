/// The code lists of initiatives, establishments, barriers and finance.
extension CodeLists {
    static let mission: [CodeList] = [
        CodeList("InitiativeStatus", Initiative.Status.self) {
            switch $0 {
            case .idea: ("Idé", "Idea")
            case .planned: ("Planerad", "Planned")
            case .ongoing: ("Pågående", "Ongoing")
            case .paused: ("Pausad", "Paused")
            case .completed: ("Avslutad", "Completed")
            case .cancelled: ("Avbruten", "Cancelled")
            }
        },
        CodeList("InitiativeRole", Initiative.Role.self) {
            switch $0 {
            case .coLead: ("Medansvarig", "Co-lead")
            case .funder: ("Finansiär", "Funder")
            case .implementer: ("Genomförare", "Implementer")
            case .targetGroup: ("Målgrupp", "Target group")
            }
        },
        CodeList("IndicatorDirection", Indicator.Direction.self) {
            switch $0 {
            case .higherIsBetter: ("Högre är bättre", "Higher is better")
            case .lowerIsBetter: ("Lägre är bättre", "Lower is better")
            }
        },
        CodeList("Sector", Establishment.Sector.self) {
            switch $0 {
            case .steel: ("Stål", "Steel")
            case .mining: ("Gruvor", "Mining")
            case .spongeIron: ("Järnsvamp", "Sponge iron")
            case .batteries: ("Batterier", "Batteries")
            case .hydrogen: ("Vätgas", "Hydrogen")
            case .fertiliser: ("Gödselmedel", "Fertiliser")
            case .dataCentre: ("Datacenter", "Data centre")
            case .energyProduction: ("Energiproduktion", "Energy production")
            case .metalsRecycling: ("Metallåtervinning", "Metals recycling")
            case .infrastructure: ("Infrastruktur", "Infrastructure")
            case .other: ("Övrigt", "Other")
            }
        },
        CodeList("EstablishmentKind", Establishment.Kind.self) {
            switch $0 {
            case .new: ("Nyetablering", "New establishment")
            case .expansion: ("Utbyggnad", "Expansion")
            case .conversion: ("Omställning", "Conversion")
            }
        },
        CodeList("Phase", Establishment.Phase.self) {
            switch $0 {
            case .announced: ("Aviserad", "Announced")
            case .planning: ("Planering", "Planning")
            case .permitting: ("Tillståndsprövning", "Permitting")
            case .construction: ("Byggnation", "Construction")
            case .rampUp: ("Upprampning", "Ramp-up")
            case .operation: ("Drift", "Operation")
            case .paused: ("Pausad", "Paused")
            case .cancelled: ("Avbruten", "Cancelled")
            case .insolvent: ("Konkurs", "Insolvent")
            }
        },
        CodeList("Metric", EstablishmentFigure.Metric.self) {
            switch $0 {
            case .investmentSek: ("Investering (kr)", "Investment (SEK)")
            case .directJobs: ("Direkta arbetstillfällen", "Direct jobs")
            case .constructionPeakJobs: ("Arbetstillfällen under byggtoppen", "Construction-peak jobs")
            case .powerDemandMW: ("Effektbehov (MW)", "Power demand (MW)")
            case .housingNeedDwellings: ("Bostadsbehov (bostäder)", "Housing need (dwellings)")
            }
        },
        CodeList("NeedCategory", Need.Category.self) {
            switch $0 {
            case .housing: ("Bostäder", "Housing")
            case .power: ("Elförsörjning", "Power")
            case .skills: ("Kompetensförsörjning", "Skills")
            case .transport: ("Transporter", "Transport")
            case .permits: ("Tillstånd", "Permits")
            case .services: ("Samhällsservice", "Public services")
            case .other: ("Övrigt", "Other")
            }
        },
        CodeList("NeedStatus", Need.Status.self) {
            switch $0 {
            case .identified: ("Identifierat", "Identified")
            case .beingAddressed: ("Under åtgärd", "Being addressed")
            case .met: ("Tillgodosett", "Met")
            case .unmet: ("Ej tillgodosett", "Unmet")
            }
        },
        CodeList("BarrierCategory", Barrier.Category.self) {
            switch $0 {
            case .permits: ("Tillstånd", "Permits")
            case .gridConnection: ("Elnätsanslutning", "Grid connection")
            case .housing: ("Bostäder", "Housing")
            case .skills: ("Kompetens", "Skills")
            case .transport: ("Transporter", "Transport")
            case .regulation: ("Regelverk", "Regulation")
            case .financing: ("Finansiering", "Financing")
            case .publicServices: ("Offentlig service", "Public services")
            case .other: ("Övrigt", "Other")
            }
        },
        CodeList("BarrierStatus", Barrier.Status.self) {
            switch $0 {
            case .reported: ("Rapporterat", "Reported")
            case .acknowledged: ("Mottaget", "Acknowledged")
            case .underReview: ("Under utredning", "Under review")
            case .beingResolved: ("Under åtgärd", "Being resolved")
            case .resolved: ("Löst", "Resolved")
            case .notResolvable: ("Kan inte lösas", "Not resolvable")
            }
        },
    ]

    static let finance: [CodeList] = [
        CodeList("CostCategory", CostCategory.self) {
            switch $0 {
            case .staff: ("Personal", "Staff")
            case .consultants: ("Konsulter", "Consultants")
            case .travel: ("Resor", "Travel")
            case .meetingsAndEvents: ("Möten och evenemang", "Meetings and events")
            case .grantsPaidOut: ("Utbetalda bidrag", "Grants paid out")
            case .overhead: ("Overheadkostnader", "Overhead")
            case .other: ("Övrigt", "Other")
            }
        },
        CodeList("FundingSource", FundingSource.self) {
            switch $0 {
            case .assignmentFunds: ("Uppdragsmedel", "Assignment funds")
            case .agencyAppropriation: ("Myndighetens förvaltningsanslag", "Agency appropriation")
            case .eruf: ("Europeiska regionala utvecklingsfonden (Eruf)", "European Regional Development Fund (ERDF)")
            case .esfPlus: ("Europeiska socialfonden+ (ESF+)", "European Social Fund Plus (ESF+)")
            case .jtf: ("Fonden för en rättvis omställning (FRO)", "Just Transition Fund (JTF)")
            case .regionalDevelopmentFunds: ("Regionala utvecklingsmedel (1:1-medel)", "Regional development funds")
            case .municipal: ("Kommunal finansiering", "Municipal funding")
            case .private: ("Privat finansiering", "Private funding")
            case .other: ("Övrig finansiering", "Other funding")
            }
        },
        CodeList("TransactionKind", LedgerTransaction.Kind.self) {
            switch $0 {
            case .commitment: ("Åtagande", "Commitment")
            case .expenditure: ("Kostnad", "Expenditure")
            case .disbursement: ("Utbetalning", "Disbursement")
            }
        },
    ]
}
