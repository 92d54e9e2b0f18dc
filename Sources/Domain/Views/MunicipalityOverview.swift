import Foundation

/// `GET /v1/municipalities/{code}/overview`: what the transformation means for one municipality. Establishments
/// with a site there by phase with their current figures; its needs summed by category and status; the initiatives
/// touching it (listing it or its county); open barriers of its establishments; Sámi consultations on its
/// establishments or naming it; and everything flagged at risk.
public struct MunicipalityOverview: Codable, Hashable, Sendable {
    /// An establishment with its current figures.
    public struct EstablishmentEntry: Codable, Hashable, Sendable {
        public var id: Establishment.ID
        public var name: String
        public var sector: Establishment.Sector
        public var phaseSince: CalendarDate
        public var figures: [CurrentFigure]
    }

    /// The establishments in one phase.
    public struct PhaseGroup: Codable, Hashable, Sendable {
        public var phase: Establishment.Phase
        public var establishments: [EstablishmentEntry]
        public var totals: FigureTotals
    }

    /// Needs of one category and status: how many, and their quantities summed per unit (by unit name).
    public struct NeedSum: Codable, Hashable, Sendable {
        public var category: Need.Category
        public var status: Need.Status
        public var count: Int
        public var quantities: [Quantity]
    }

    /// A sum of quantities in one unit.
    public struct Quantity: Codable, Hashable, Sendable {
        public var unit: String
        public var total: Decimal
    }

    /// An open barrier.
    public struct BarrierEntry: Codable, Hashable, Sendable {
        public var id: Barrier.ID
        public var title: String
        public var category: Barrier.Category
        public var status: Barrier.Status
        public var establishmentId: Establishment.ID?
        public var responsibleId: Organisation.ID?
        public var acknowledgementDueOn: CalendarDate?
        public var targetDate: CalendarDate?
    }

    /// A consultation meeting.
    public struct ConsultationEntry: Codable, Hashable, Sendable {
        public var meetingId: Meeting.ID
        public var date: CalendarDate
        public var title: String
        public var consultation: SamiConsultation
    }

    /// What is flagged at risk and not yet reviewed.
    public struct AtRisk: Codable, Hashable, Sendable {
        public var needs: [Need.ID]
        public var initiatives: [Initiative.ID]
    }

    public var municipalityCode: MunicipalityCode
    public var municipalityName: String
    public var countyCode: CountyCode
    public var establishmentsByPhase: [PhaseGroup]
    public var needs: [NeedSum]
    public var initiatives: [InitiativeSummary]
    public var openBarriers: [BarrierEntry]
    public var consultations: [ConsultationEntry]
    public var atRisk: AtRisk

    /// Assembles the overview from the records concerning the municipality (the caller selects them).
    public static func compute(
        code: MunicipalityCode, name: String, county: CountyCode, establishments: [Establishment], claims: [EstablishmentFigure],
        needs: [Need], initiatives: [Initiative], barriers: [Barrier], consultations: [Meeting]
    ) -> MunicipalityOverview {
        let current = Dictionary(grouping: claims, by: \.establishmentId).mapValues(EstablishmentFigure.current)
        let phases = Establishment.Phase.allCases.compactMap { phase -> PhaseGroup? in
            let members = establishments.filter { $0.phase == phase }.sorted {
                SwedishCollation.sortKey($0.name) < SwedishCollation.sortKey($1.name)
            }
            guard !members.isEmpty else { return nil }
            var totals = FigureTotals.zero
            let entries = members.map { establishment -> EstablishmentEntry in
                let figures = current[establishment.id] ?? [:]
                totals.add(figures)
                return EstablishmentEntry(
                    id: establishment.id, name: establishment.name, sector: establishment.sector, phaseSince: establishment.phaseSince,
                    figures: EstablishmentFigure.Metric.allCases.compactMap { figures[$0].map(CurrentFigure.init) })
            }
            return PhaseGroup(phase: phase, establishments: entries, totals: totals)
        }
        var sums: [String: NeedSum] = [:]
        for need in needs {
            let key = "\(need.category.rawValue)/\(need.status.rawValue)"
            var sum = sums[key] ?? NeedSum(category: need.category, status: need.status, count: 0, quantities: [])
            sum.count += 1
            if let quantity = need.quantity, let unit = need.unit {
                if let index = sum.quantities.firstIndex(where: { $0.unit == unit }) {
                    sum.quantities[index].total += quantity
                } else {
                    sum.quantities.append(Quantity(unit: unit, total: quantity))
                    sum.quantities.sort { SwedishCollation.sortKey($0.unit) < SwedishCollation.sortKey($1.unit) }
                }
            }
            sums[key] = sum
        }
        let needSums = Need.Category.allCases.flatMap { category in
            Need.Status.allCases.compactMap { sums["\(category.rawValue)/\($0.rawValue)"] }
        }
        return MunicipalityOverview(
            municipalityCode: code, municipalityName: name, countyCode: county, establishmentsByPhase: phases, needs: needSums,
            initiatives: initiatives.sorted { SwedishCollation.sortKey($0.title) < SwedishCollation.sortKey($1.title) }.map(
                InitiativeSummary.init),
            openBarriers: barriers.filter { !$0.status.isClosed }.sorted { $0.createdAt < $1.createdAt }.map { barrier in
                BarrierEntry(
                    id: barrier.id, title: barrier.title, category: barrier.category, status: barrier.status,
                    establishmentId: barrier.establishmentId, responsibleId: barrier.responsibleId,
                    acknowledgementDueOn: barrier.acknowledgementDueOn, targetDate: barrier.targetDate)
            },
            consultations: consultations.sorted { $0.date < $1.date }.compactMap { meeting in
                meeting.consultation.map {
                    ConsultationEntry(meetingId: meeting.id, date: meeting.date, title: meeting.title, consultation: $0)
                }
            },
            atRisk: AtRisk(
                needs: needs.filter { $0.atRisk != nil }.map(\.id), initiatives: initiatives.filter { $0.atRisk != nil }.map(\.id)))
    }
}
