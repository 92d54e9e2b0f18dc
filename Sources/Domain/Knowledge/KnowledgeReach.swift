import Foundation

/// How far knowledge has spread: which audiences and which of Sweden's counties its disseminations reached, and
/// which not yet — the "throughout the country" part of the duty. For one item, or for all of them.
public struct KnowledgeReach: Codable, Hashable, Sendable {
    /// One audience, reached or not.
    public struct AudienceReach: Codable, Hashable, Sendable {
        public var audience: Dissemination.Audience
        public var reached: Bool
        /// The disseminations that reached it.
        public var disseminations: Int
    }

    /// One county, reached or not.
    public struct CountyReach: Codable, Hashable, Sendable {
        public var countyCode: CountyCode
        public var name: String
        public var reached: Bool
        /// The disseminations that reached it: named it, a municipality in it, or an organisation there.
        public var disseminations: Int
        /// Its municipalities reached, of `municipalities`.
        public var municipalitiesReached: Int
        public var municipalities: Int
    }

    /// The item, or nil for all items.
    public var knowledgeItemId: KnowledgeItem.ID?
    public var disseminations: Int
    /// People taking part or reading, where counted.
    public var participants: Int
    public var organisationsReached: Int
    public var municipalitiesReached: Int
    public var audiences: [AudienceReach]
    public var counties: [CountyReach]
    /// The audiences not reached yet.
    public var audiencesNotReached: [Dissemination.Audience]
    /// The counties not reached yet, by code.
    public var countiesNotReached: [CountyCode]

    /// Computes the reach of `disseminations` over every county and municipality of the directory; `placeOf` gives
    /// the county and municipality of a reached organisation, where the registry knows them.
    public static func compute(
        of knowledgeItemId: KnowledgeItem.ID?, disseminations: [Dissemination], directory: MunicipalityDirectory,
        placeOf: [Organisation.ID: (county: CountyCode?, municipality: MunicipalityCode?)]
    ) -> KnowledgeReach {
        var countyCounts: [CountyCode: Int] = [:]
        var municipalitiesReached = Set<MunicipalityCode>()
        var organisations = Set<Organisation.ID>()
        for dissemination in disseminations {
            var municipalities = Set(dissemination.municipalityCodes)
            var counties = Set(dissemination.counties)
            for organisation in dissemination.organisationIds {
                organisations.insert(organisation)
                if let place = placeOf[organisation] {
                    if let municipality = place.municipality { municipalities.insert(municipality) }
                    if let county = place.county { counties.insert(county) }
                }
            }
            counties.formUnion(municipalities.map(\.countyCode))
            municipalitiesReached.formUnion(municipalities)
            for county in counties { countyCounts[county, default: 0] += 1 }
        }
        let audiences = Dissemination.Audience.allCases.map { audience in
            let count = disseminations.filter { $0.audiences.contains(audience) }.count
            return AudienceReach(audience: audience, reached: count > 0, disseminations: count)
        }
        let all = directory.all
        let counties = directory.counties.map { county in
            let inCounty = all.filter { $0.countyCode == county.code }
            return CountyReach(
                countyCode: county.code, name: county.name, reached: countyCounts[county.code, default: 0] > 0,
                disseminations: countyCounts[county.code, default: 0],
                municipalitiesReached: inCounty.filter { municipalitiesReached.contains($0.code) }.count, municipalities: inCounty.count)
        }
        return KnowledgeReach(
            knowledgeItemId: knowledgeItemId, disseminations: disseminations.count,
            participants: disseminations.compactMap(\.participants).reduce(0, +), organisationsReached: organisations.count,
            municipalitiesReached: municipalitiesReached.count, audiences: audiences, counties: counties,
            audiencesNotReached: audiences.filter { !$0.reached }.map(\.audience),
            countiesNotReached: counties.filter { !$0.reached }.map(\.countyCode))
    }
}
