/// `GET /v1/establishments/pipeline`: investment, jobs, power and housing by phase, sector and county, from each
/// establishment's current claims. An establishment with sites in two counties counts in each county's group, once in
/// every other group and in the total.
public struct EstablishmentPipeline: Codable, Hashable, Sendable {
    /// One group: its key (a phase, a sector or a county code) and its sums.
    public struct Group: Codable, Hashable, Sendable {
        public var key: String
        public var totals: FigureTotals
    }

    public var byPhase: [Group]
    public var bySector: [Group]
    public var byCounty: [Group]
    /// Every establishment counted once.
    public var total: FigureTotals
    /// Establishments not paused, cancelled or insolvent.
    public var activeTotal: FigureTotals
    /// What these establishments' faltering has flagged and nobody has reviewed yet.
    public var atRisk: AtRiskCount

    /// How many needs and initiatives are flagged at risk.
    public struct AtRiskCount: Codable, Hashable, Sendable {
        public var needs: Int
        public var initiatives: Int

        /// Creates a count.
        public init(needs: Int, initiatives: Int) {
            self.needs = needs
            self.initiatives = initiatives
        }
    }

    /// Sums the establishments' current figures; `counties` gives each municipality's county.
    public static func compute(
        establishments: [Establishment], claims: [EstablishmentFigure], counties: [MunicipalityCode: CountyCode],
        atRisk: AtRiskCount
    ) -> EstablishmentPipeline {
        let current = Dictionary(grouping: claims, by: \.establishmentId).mapValues(EstablishmentFigure.current)
        var phases: [String: FigureTotals] = [:]
        var sectors: [String: FigureTotals] = [:]
        var byCounty: [String: FigureTotals] = [:]
        var total = FigureTotals.zero
        var active = FigureTotals.zero
        for establishment in establishments {
            let figures = current[establishment.id] ?? [:]
            phases[establishment.phase.rawValue, default: .zero].add(figures)
            sectors[establishment.sector.rawValue, default: .zero].add(figures)
            for county in Set(establishment.sites.compactMap { counties[$0.municipalityCode] }) {
                byCounty[county.rawValue, default: .zero].add(figures)
            }
            total.add(figures)
            if !establishment.phase.falters { active.add(figures) }
        }
        func ordered(_ groups: [String: FigureTotals], by keys: [String]) -> [Group] {
            keys.compactMap { key in groups[key].map { Group(key: key, totals: $0) } }
        }
        return EstablishmentPipeline(
            byPhase: ordered(phases, by: Establishment.Phase.allCases.map(\.rawValue)),
            bySector: ordered(sectors, by: Establishment.Sector.allCases.map(\.rawValue)),
            byCounty: ordered(byCounty, by: byCounty.keys.sorted()), total: total, activeTotal: active, atRisk: atRisk)
    }
}
