/// `GET /v1/needs-gap`: the open needs (not met) that no planned or ongoing initiative addresses, by municipality and
/// challenge area.
public struct NeedsGap: Codable, Hashable, Sendable {
    /// The unaddressed needs of one municipality in one challenge area (none: needs without an area).
    public struct Group: Codable, Hashable, Sendable {
        public var municipalityCode: MunicipalityCode
        public var municipalityName: String
        public var challengeAreaId: ChallengeArea.ID?
        public var needs: [Need]
    }

    public var groups: [Group]
    /// How many needs are in the gap.
    public var needCount: Int

    /// Whether a need is in the gap: open, and no initiative addressing it is planned or ongoing.
    public static func isInGap(_ need: Need, statuses: [Initiative.ID: Initiative.Status]) -> Bool {
        need.status.isOpen && !need.initiativeIds.contains { statuses[$0]?.isActive == true }
    }

    /// The gap among `needs`, given the live initiatives' statuses and the municipalities' names.
    public static func compute(needs: [Need], statuses: [Initiative.ID: Initiative.Status], names: [MunicipalityCode: String]) -> NeedsGap {
        let gap = needs.filter { isInGap($0, statuses: statuses) }
        let grouped = Dictionary(grouping: gap) { "\($0.municipalityCode.rawValue)/\($0.challengeAreaId?.description ?? "")" }
        let groups = grouped.keys.sorted().map { key -> Group in
            let needs = grouped[key]!.sorted {
                ($0.neededBy?.description ?? "9999", $0.idText) < ($1.neededBy?.description ?? "9999", $1.idText)
            }
            let first = needs[0]
            return Group(
                municipalityCode: first.municipalityCode,
                municipalityName: names[first.municipalityCode] ?? first.municipalityCode.rawValue,
                challengeAreaId: first.challengeAreaId, needs: needs)
        }
        return NeedsGap(groups: groups, needCount: gap.count)
    }
}
