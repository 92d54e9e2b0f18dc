/// Establishments as GeoJSON (RFC 7946): a FeatureCollection with one Point per located site, coordinates in WGS 84
/// as `[longitude, latitude]`. Sites without coordinates are counted in `unlocatedSites`, not drawn.
public struct EstablishmentMap: Codable, Hashable, Sendable {
    /// A site as a GeoJSON feature.
    public struct Feature: Codable, Hashable, Sendable {
        public var type = "Feature"
        public var geometry: Point
        public var properties: Properties
    }

    /// A GeoJSON point.
    public struct Point: Codable, Hashable, Sendable {
        public var type = "Point"
        /// Longitude, latitude.
        public var coordinates: [Double]
    }

    /// What a feature says about its site.
    public struct Properties: Codable, Hashable, Sendable {
        public var establishmentId: Establishment.ID
        public var name: String
        public var sector: Establishment.Sector
        public var phase: Establishment.Phase
        public var municipalityCode: MunicipalityCode
        public var siteName: String?
    }

    public var type = "FeatureCollection"
    public var features: [Feature]
    public var unlocatedSites: Int

    /// The map of the establishments' sites.
    public init(_ establishments: [Establishment]) {
        var features: [Feature] = []
        var unlocated = 0
        for establishment in establishments {
            for site in establishment.sites {
                guard let point = site.location else {
                    unlocated += 1
                    continue
                }
                features.append(
                    Feature(
                        geometry: Point(coordinates: [point.longitude, point.latitude]),
                        properties: Properties(
                            establishmentId: establishment.id, name: establishment.name, sector: establishment.sector,
                            phase: establishment.phase, municipalityCode: site.municipalityCode, siteName: site.name)))
            }
        }
        self.features = features
        self.unlocatedSites = unlocated
    }
}
