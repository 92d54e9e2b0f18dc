import Foundation

/// `GET /v1/initiatives/{id}/related`: other organisations' initiatives that overlap the given one in challenge area,
/// geography and time, as candidates for coordination, ranked by `score`.
///
/// The score is the sum of three overlaps, each from 0 to 1, rounded to three decimals:
/// - challenge areas: shared ÷ all areas of the two (Jaccard);
/// - geography: shared ÷ all municipalities of the two, where an initiative covers the municipalities it lists, every
///   municipality of the counties it lists, or all 290 when national (Jaccard);
/// - time: overlapping days ÷ the shorter initiative's days; an open start or end reaches indefinitely, and two
///   initiatives that both lack an end or a start overlap fully.
/// A candidate must overlap in all three, be led by another organisation, and not be completed or cancelled.
public struct RelatedInitiatives: Codable, Hashable, Sendable {
    /// One candidate and why it was chosen.
    public struct Candidate: Codable, Hashable, Sendable {
        public var initiative: InitiativeSummary
        public var score: Decimal
        public var sharedChallengeAreaIds: [ChallengeArea.ID]
        public var sharedMunicipalityCodes: [MunicipalityCode]
        public var overlapDays: Int?
    }

    public var initiativeId: Initiative.ID
    public var candidates: [Candidate]
    /// The rule, in words.
    public var rule: String

    /// The rule as stated to readers.
    public static let ruleText =
        "score = challenge-area Jaccard + municipality Jaccard (counties expanded, national = all) + overlapping days ÷ shorter "
        + "duration; each 0–1; all three must be above 0; other leads only; completed and cancelled excluded."

    /// Ranks the candidates for `initiative` among `others`; `municipalitiesOf` expands a county.
    public static func rank(
        _ initiative: Initiative, among others: [Initiative], municipalitiesOf: (CountyCode) -> [MunicipalityCode],
        allMunicipalities: Set<MunicipalityCode>
    ) -> RelatedInitiatives {
        func places(_ i: Initiative) -> Set<MunicipalityCode> {
            i.national ? allMunicipalities : Set(i.municipalityCodes).union(i.counties.flatMap(municipalitiesOf))
        }
        let areas = Set(initiative.challengeAreaIds)
        let here = places(initiative)
        let candidates = others.compactMap { other -> Candidate? in
            guard other.id != initiative.id, other.leadId != initiative.leadId, other.status != .completed, other.status != .cancelled
            else { return nil }
            let otherAreas = Set(other.challengeAreaIds)
            let sharedAreas = areas.intersection(otherAreas)
            let otherPlaces = places(other)
            let sharedPlaces = here.intersection(otherPlaces)
            guard !sharedAreas.isEmpty, !sharedPlaces.isEmpty, let time = timeOverlap(initiative, other) else { return nil }
            let score =
                Decimal(sharedAreas.count) / Decimal(areas.union(otherAreas).count)
                + Decimal(sharedPlaces.count) / Decimal(here.union(otherPlaces).count) + time.fraction
            return Candidate(
                initiative: InitiativeSummary(other), score: score.rounded(scale: 3),
                sharedChallengeAreaIds: sharedAreas.sorted { $0.description < $1.description },
                sharedMunicipalityCodes: sharedPlaces.sorted { $0.rawValue < $1.rawValue }, overlapDays: time.days)
        }
        return RelatedInitiatives(
            initiativeId: initiative.id,
            candidates: candidates.sorted {
                ($1.score, SwedishCollation.sortKey($0.initiative.title)) < ($0.score, SwedishCollation.sortKey($1.initiative.title))
            }, rule: ruleText)
    }

    /// The overlap in time: nil for none; days nil when it is unbounded.
    static func timeOverlap(_ a: Initiative, _ b: Initiative) -> (fraction: Decimal, days: Int?)? {
        let start = [a.startDate, b.startDate].compactMap { $0 }.max()
        let end = [a.endDate, b.endDate].compactMap { $0 }.min()
        if let start, let end, end < start { return nil }
        guard let start, let end else { return (1, nil) }
        let overlap = start.days(until: end) + 1
        let lengths = [a, b].compactMap { i -> Int? in
            guard let s = i.startDate, let e = i.endDate else { return nil }
            return s.days(until: e) + 1
        }
        guard let shorter = lengths.min() else { return (1, overlap) }
        return (Decimal(overlap) / Decimal(shorter), overlap)
    }

}

/// An initiative as views list it.
public struct InitiativeSummary: Codable, Hashable, Sendable {
    public var id: Initiative.ID
    public var title: String
    public var status: Initiative.Status
    public var leadId: Organisation.ID
    public var startDate: CalendarDate?
    public var endDate: CalendarDate?
    public var atRisk: RiskFlag?

    /// The summary of an initiative.
    public init(_ initiative: Initiative) {
        id = initiative.id
        title = initiative.title
        status = initiative.status
        leadId = initiative.leadId
        startDate = initiative.startDate
        endDate = initiative.endDate
        atRisk = initiative.atRisk
    }
}
