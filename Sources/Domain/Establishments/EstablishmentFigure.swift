import Foundation

/// A dated, sourced claim about an establishment: "investment 52 bn SEK, per SSAB's press release of 2024-04-03".
/// A new claim never overwrites an old one; the current figure of a metric is the claim with the latest `asOf`
/// (the later recorded on the same day), derived where it is shown.
public struct EstablishmentFigure: Codable, Hashable, Sendable, Identifiable {
    /// The claim's identifier.
    public typealias ID = Identifier<EstablishmentFigure>

    /// What a figure measures, each in one unit.
    public enum Metric: String, Codable, CaseIterable, Sendable {
        /// Investment in whole kronor (SEK).
        case investmentSek
        /// Permanent jobs at the establishment.
        case directJobs
        /// Jobs at the peak of construction.
        case constructionPeakJobs
        /// Power demand in megawatts.
        case powerDemandMW
        /// Dwellings needed for the people it brings.
        case housingNeedDwellings

        /// Whether the metric counts whole things (kronor, jobs, dwellings) rather than a measure.
        public var isWhole: Bool { self != .powerDemandMW }
    }

    public var id: ID
    public var establishmentId: Establishment.ID
    public var metric: Metric
    public var value: Decimal
    /// The day the claim speaks for.
    public var asOf: CalendarDate
    /// Who says so: a publication, a press release, an annual report.
    public var source: String
    public var sourceUrl: String?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a claim value.
    public init(
        id: ID, establishmentId: Establishment.ID, metric: Metric, value: Decimal, asOf: CalendarDate, source: String,
        sourceUrl: String?, version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.establishmentId = establishmentId
        self.metric = metric
        self.value = value
        self.asOf = asOf
        self.source = source
        self.sourceUrl = sourceUrl
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: EstablishmentFigureInput {
        EstablishmentFigureInput(
            establishmentId: establishmentId, metric: metric, value: value, asOf: asOf, source: source, sourceUrl: sourceUrl)
    }

    /// The current claim of each metric among `claims`: the latest `asOf`, then the latest recorded.
    public static func current(_ claims: [EstablishmentFigure]) -> [Metric: EstablishmentFigure] {
        var current: [Metric: EstablishmentFigure] = [:]
        for claim in claims {
            if let held = current[claim.metric], (held.asOf, held.createdAt) >= (claim.asOf, claim.createdAt) { continue }
            current[claim.metric] = claim
        }
        return current
    }
}

/// The fields of a claim (written once: a claim is never changed, only retracted and replaced by a newer one).
public struct EstablishmentFigureInput: ResourceInput {
    public var establishmentId: Establishment.ID
    public var metric: EstablishmentFigure.Metric
    public var value: Decimal
    public var asOf: CalendarDate
    public var source: String
    public var sourceUrl: String?

    /// Creates a claim.
    public init(
        establishmentId: Establishment.ID, metric: EstablishmentFigure.Metric, value: Decimal, asOf: CalendarDate, source: String,
        sourceUrl: String? = nil
    ) {
        self.establishmentId = establishmentId
        self.metric = metric
        self.value = value
        self.asOf = asOf
        self.source = source
        self.sourceUrl = sourceUrl
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case establishmentId, metric, value, asOf, source, sourceUrl
    }

    public static let requiredFields: Set<String> = ["establishmentId", "metric", "value", "asOf", "source"]

    /// The largest value a claim may hold (a thousand times Sweden's GDP in kronor).
    public static let maximumValue = Decimal(string: "1000000000000000")!

    /// Checks the value (not negative; whole for counts and kronor), the source and the URL.
    public func validated() throws -> EstablishmentFigureInput {
        var v = Validator()
        v.text(source, field: "source", required: true, maxLength: 2000)
        v.url(sourceUrl, field: "sourceUrl")
        if value < 0 || value > Self.maximumValue {
            v.add("value", "outOfRange", "value must be between 0 and \(Self.maximumValue).")
        } else if metric.isWhole && value != value.whole {
            v.add("value", "notWhole", "A \(metric.rawValue) figure is a whole number.")
        }
        try v.check()
        return self
    }
}

extension Decimal {
    /// The value with its fraction dropped.
    public var whole: Decimal { rounded(scale: 0, .down) }

    /// The value rounded to `scale` decimals in `mode` (`.plain` rounds half away from zero).
    public func rounded(scale: Int, _ mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, mode)
        return result
    }
}
