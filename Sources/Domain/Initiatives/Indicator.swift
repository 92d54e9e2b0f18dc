import Foundation

/// A measure of what an initiative achieves, with a baseline, a target and dated measurements
/// (`IndicatorMeasurement`).
public struct Indicator: Codable, Hashable, Sendable, Identifiable {
    /// The indicator's identifier.
    public typealias ID = Identifier<Indicator>

    /// Which way is better.
    public enum Direction: String, Codable, CaseIterable, Sendable { case higherIsBetter, lowerIsBetter }

    /// A value on a day: the baseline or the target.
    public struct Point: Codable, Hashable, Sendable {
        public var value: Decimal
        public var date: CalendarDate

        /// Creates a point.
        public init(value: Decimal, date: CalendarDate) {
            self.value = value
            self.date = date
        }
    }

    public var id: ID
    public var initiativeId: Initiative.ID
    public var name: String
    /// The unit of every value, e.g. "bostäder", "%", "personer".
    public var unit: String
    public var direction: Direction
    public var baseline: Point?
    public var target: Point?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates an indicator value.
    public init(
        id: ID, initiativeId: Initiative.ID, name: String, unit: String, direction: Direction, baseline: Point?, target: Point?,
        version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.initiativeId = initiativeId
        self.name = name
        self.unit = unit
        self.direction = direction
        self.baseline = baseline
        self.target = target
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: IndicatorInput {
        IndicatorInput(initiativeId: initiativeId, name: name, unit: unit, direction: direction, baseline: baseline, target: target)
    }
}

/// The writable fields of an indicator.
public struct IndicatorInput: ResourceInput {
    public var initiativeId: Initiative.ID
    public var name: String
    public var unit: String
    public var direction: Indicator.Direction
    public var baseline: Indicator.Point?
    public var target: Indicator.Point?

    /// Creates the input for an indicator.
    public init(
        initiativeId: Initiative.ID, name: String, unit: String, direction: Indicator.Direction, baseline: Indicator.Point? = nil,
        target: Indicator.Point? = nil
    ) {
        self.initiativeId = initiativeId
        self.name = name
        self.unit = unit
        self.direction = direction
        self.baseline = baseline
        self.target = target
    }

    public enum CodingKeys: String, CodingKey, CaseIterable { case initiativeId, name, unit, direction, baseline, target }

    public static let requiredFields: Set<String> = ["initiativeId", "name", "unit", "direction"]

    /// Checks the texts, the value range, and that the target lies the better way from the baseline, after it.
    public func validated() throws -> IndicatorInput {
        var v = Validator()
        v.text(name, field: "name", required: true, maxLength: 300)
        v.text(unit, field: "unit", required: true, maxLength: 50)
        for (field, point) in [("baseline", baseline), ("target", target)] {
            if let point, abs(point.value) > EstablishmentFigureInput.maximumValue {
                v.add("\(field).value", "outOfRange", "A value lies within ±\(EstablishmentFigureInput.maximumValue).")
            }
        }
        if let baseline, let target {
            if target.date < baseline.date { v.add("target.date", "beforeBaseline", "The target's date must not precede the baseline's.") }
            let better = direction == .higherIsBetter ? target.value > baseline.value : target.value < baseline.value
            if !better {
                v.add("target.value", "notBetter", "With \(direction.rawValue) the target must be better than the baseline.")
            }
        }
        try v.check()
        return self
    }
}

/// A dated measurement of an indicator: who reported it and on what source.
public struct IndicatorMeasurement: Codable, Hashable, Sendable, Identifiable {
    /// The measurement's identifier.
    public typealias ID = Identifier<IndicatorMeasurement>

    public var id: ID
    public var indicatorId: Indicator.ID
    public var value: Decimal
    public var measuredOn: CalendarDate
    /// The organisation that reported it.
    public var reportedById: Organisation.ID
    /// Where the figure comes from, e.g. "SCB bostadsbyggande 2025".
    public var source: String
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a measurement value.
    public init(
        id: ID, indicatorId: Indicator.ID, value: Decimal, measuredOn: CalendarDate, reportedById: Organisation.ID, source: String,
        version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.indicatorId = indicatorId
        self.value = value
        self.measuredOn = measuredOn
        self.reportedById = reportedById
        self.source = source
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: IndicatorMeasurementInput {
        IndicatorMeasurementInput(
            indicatorId: indicatorId, value: value, measuredOn: measuredOn, reportedById: reportedById, source: source)
    }
}

/// The writable fields of a measurement.
public struct IndicatorMeasurementInput: ResourceInput {
    public var indicatorId: Indicator.ID
    public var value: Decimal
    public var measuredOn: CalendarDate
    public var reportedById: Organisation.ID
    public var source: String

    /// Creates the input for a measurement.
    public init(indicatorId: Indicator.ID, value: Decimal, measuredOn: CalendarDate, reportedById: Organisation.ID, source: String) {
        self.indicatorId = indicatorId
        self.value = value
        self.measuredOn = measuredOn
        self.reportedById = reportedById
        self.source = source
    }

    public enum CodingKeys: String, CodingKey, CaseIterable { case indicatorId, value, measuredOn, reportedById, source }

    public static let requiredFields: Set<String> = ["indicatorId", "value", "measuredOn", "reportedById", "source"]

    /// Checks the value range and the source.
    public func validated() throws -> IndicatorMeasurementInput {
        var v = Validator()
        v.text(source, field: "source", required: true, maxLength: 2000)
        if abs(value) > EstablishmentFigureInput.maximumValue {
            v.add("value", "outOfRange", "value lies within ±\(EstablishmentFigureInput.maximumValue).")
        }
        try v.check()
        return self
    }
}
