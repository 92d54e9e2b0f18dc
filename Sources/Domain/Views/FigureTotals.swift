import Foundation

/// Sums of establishments' current figures (each establishment's latest claim per metric), with how many
/// establishments were counted and how many of them have no claim of a metric.
public struct FigureTotals: Codable, Hashable, Sendable {
    public var establishments: Int
    public var investmentSek: Decimal
    public var directJobs: Decimal
    public var constructionPeakJobs: Decimal
    public var powerDemandMW: Decimal
    public var housingNeedDwellings: Decimal
    /// Per metric (in `Metric` order, those with any), how many counted establishments have no claim of it: their
    /// figure is unknown, not zero.
    public var withoutFigure: [MissingFigures]

    /// How many establishments lack a figure of one metric.
    public struct MissingFigures: Codable, Hashable, Sendable {
        public var metric: EstablishmentFigure.Metric
        public var establishments: Int
    }

    /// No establishments.
    public static let zero = FigureTotals(
        establishments: 0, investmentSek: 0, directJobs: 0, constructionPeakJobs: 0, powerDemandMW: 0, housingNeedDwellings: 0,
        withoutFigure: [])

    /// Adds one establishment's current figures.
    public mutating func add(_ current: [EstablishmentFigure.Metric: EstablishmentFigure]) {
        establishments += 1
        for metric in EstablishmentFigure.Metric.allCases {
            guard let value = current[metric]?.value else {
                if let index = withoutFigure.firstIndex(where: { $0.metric == metric }) {
                    withoutFigure[index].establishments += 1
                } else {
                    withoutFigure.append(MissingFigures(metric: metric, establishments: 1))
                    withoutFigure.sort {
                        EstablishmentFigure.Metric.allCases.firstIndex(of: $0.metric)! < EstablishmentFigure.Metric.allCases.firstIndex(
                            of: $1.metric)!
                    }
                }
                continue
            }
            switch metric {
            case .investmentSek: investmentSek += value
            case .directJobs: directJobs += value
            case .constructionPeakJobs: constructionPeakJobs += value
            case .powerDemandMW: powerDemandMW += value
            case .housingNeedDwellings: housingNeedDwellings += value
            }
        }
    }
}

/// An establishment's current figure of one metric: the value and the claim it comes from.
public struct CurrentFigure: Codable, Hashable, Sendable {
    public var metric: EstablishmentFigure.Metric
    public var value: Decimal
    public var asOf: CalendarDate
    public var source: String
    public var claimId: EstablishmentFigure.ID

    /// The current figure a claim gives.
    public init(_ claim: EstablishmentFigure) {
        metric = claim.metric
        value = claim.value
        asOf = claim.asOf
        source = claim.source
        claimId = claim.id
    }
}
