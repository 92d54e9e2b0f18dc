import Foundation

/// How far an initiative has come, derived (never stored) by one documented rule:
/// - an indicator's progress is (latest measurement − baseline) ÷ (target − baseline), bounded to 0…1; it has none
///   without a baseline, a target and a measurement (the latest by `measuredOn`, then the latest recorded);
/// - an initiative's progress is the unweighted mean of the progress of its own indicators and of its children
///   (each child counted once, with its own progress by the same rule), over those that have one; it has none when
///   none has. Values are rounded to four decimals, half up, at each level.
public struct InitiativeProgress: Codable, Hashable, Sendable {
    /// One indicator's progress.
    public struct IndicatorProgress: Codable, Hashable, Sendable {
        public var indicatorId: Indicator.ID
        public var name: String
        public var latest: Decimal?
        public var latestOn: CalendarDate?
        public var progress: Decimal?
    }

    /// One child's progress.
    public struct ChildProgress: Codable, Hashable, Sendable {
        public var initiativeId: Initiative.ID
        public var title: String
        public var progress: Decimal?
    }

    public var initiativeId: Initiative.ID
    /// 0…1, or nil when nothing is measured yet.
    public var progress: Decimal?
    public var indicators: [IndicatorProgress]
    public var children: [ChildProgress]
    /// The rule, in words, so that a reader can reproduce the figure.
    public var rule: String

    /// The rule as stated to readers.
    public static let ruleText =
        "Indicator: (latest measurement − baseline) ÷ (target − baseline), bounded to 0–1. Initiative: unweighted mean of its own "
        + "indicators and its children (each child once, by the same rule), over those with progress; rounded to four decimals."

    /// Computes the progress of `root` from every initiative's indicators, measurements and children.
    public static func compute(
        _ root: Initiative, initiatives: [Initiative], indicators: [Indicator], measurements: [IndicatorMeasurement]
    ) -> InitiativeProgress {
        let children = Dictionary(grouping: initiatives.filter { $0.parentId != nil }, by: { $0.parentId! })
        let indicatorsOf = Dictionary(grouping: indicators, by: \.initiativeId)
        let latest = Dictionary(grouping: measurements, by: \.indicatorId).mapValues { list in
            list.max { ($0.measuredOn, $0.createdAt) < ($1.measuredOn, $1.createdAt) }!
        }

        func indicatorProgress(_ indicator: Indicator) -> IndicatorProgress {
            let measurement = latest[indicator.id]
            var progress: Decimal?
            if let baseline = indicator.baseline, let target = indicator.target, let measurement, target.value != baseline.value {
                let ratio = (measurement.value - baseline.value) / (target.value - baseline.value)
                progress = min(1, max(0, ratio)).rounded(scale: 4)
            }
            return IndicatorProgress(
                indicatorId: indicator.id, name: indicator.name, latest: measurement?.value, latestOn: measurement?.measuredOn,
                progress: progress)
        }

        var visiting: Set<Initiative.ID> = []
        func progress(of initiative: Initiative) -> Decimal? {
            guard visiting.insert(initiative.id).inserted else { return nil }
            defer { visiting.remove(initiative.id) }
            let parts =
                (indicatorsOf[initiative.id] ?? []).compactMap { indicatorProgress($0).progress }
                + (children[initiative.id] ?? []).compactMap { progress(of: $0) }
            guard !parts.isEmpty else { return nil }
            return (parts.reduce(0, +) / Decimal(parts.count)).rounded(scale: 4)
        }

        return InitiativeProgress(
            initiativeId: root.id, progress: progress(of: root),
            indicators: (indicatorsOf[root.id] ?? []).map(indicatorProgress),
            children: (children[root.id] ?? []).map { ChildProgress(initiativeId: $0.id, title: $0.title, progress: progress(of: $0)) },
            rule: ruleText)
    }

}
