/// One place of an establishment: a municipality, optionally named and pinned on the map.
public struct Site: Codable, Hashable, Sendable {
    public var municipalityCode: MunicipalityCode
    /// The site's own name, e.g. "Svartöberget" or "Malmberget".
    public var name: String?
    /// Where it is, in WGS 84 (coordinates sent in SWEREF 99 TM are converted).
    public var location: GeoPoint?

    /// Creates a site.
    public init(municipalityCode: MunicipalityCode, name: String? = nil, location: GeoPoint? = nil) {
        self.municipalityCode = municipalityCode
        self.name = name
        self.location = location
    }

    /// The site as written.
    public var input: SiteInput {
        SiteInput(municipalityCode: municipalityCode, name: name, location: location.map { .wgs84($0) })
    }
}

/// A site as a client writes it: coordinates in either reference system.
public struct SiteInput: Codable, Hashable, Sendable {
    public var municipalityCode: MunicipalityCode
    public var name: String?
    public var location: SiteLocation?

    /// Creates a site input.
    public init(municipalityCode: MunicipalityCode, name: String? = nil, location: SiteLocation? = nil) {
        self.municipalityCode = municipalityCode
        self.name = name
        self.location = location
    }

    /// Checks the name and the coordinates and returns the site with its location in WGS 84.
    func validated(field: String, into v: inout Validator) -> SiteInput {
        v.text(name, field: "\(field).name", maxLength: 300)
        var result = self
        guard let location else { return result }
        if let point = location.wgs84Point, point.isInSweden {
            result.location = .wgs84(point.rounded)
        } else {
            v.add("\(field).location", "outsideSweden", "The coordinates must lie in Sweden (WGS 84 or SWEREF 99 TM).")
        }
        return result
    }
}

/// Coordinates as sent: WGS 84 latitude and longitude in degrees, or SWEREF 99 TM (EPSG:3006) northing and
/// easting in metres, as county boards' GIS use.
public enum SiteLocation: Codable, Hashable, Sendable {
    case wgs84(GeoPoint)
    case sweref99TM(northing: Double, easting: Double)

    private enum CodingKeys: String, CodingKey { case latitude, longitude, northing, easting }

    /// Decodes `{latitude, longitude}` or `{northing, easting}`, one pair and not both.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let latitude = try c.decodeIfPresent(Double.self, forKey: .latitude)
        let longitude = try c.decodeIfPresent(Double.self, forKey: .longitude)
        let northing = try c.decodeIfPresent(Double.self, forKey: .northing)
        let easting = try c.decodeIfPresent(Double.self, forKey: .easting)
        switch (latitude, longitude, northing, easting) {
        case (let lat?, let lon?, nil, nil): self = .wgs84(GeoPoint(latitude: lat, longitude: lon))
        case (nil, nil, let n?, let e?): self = .sweref99TM(northing: n, easting: e)
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .latitude, in: c,
                debugDescription: "A location is {latitude, longitude} (WGS 84) or {northing, easting} (SWEREF 99 TM).")
        }
    }

    /// Encodes the pair it holds.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .wgs84(let point):
            try c.encode(point.latitude, forKey: .latitude)
            try c.encode(point.longitude, forKey: .longitude)
        case .sweref99TM(let northing, let easting):
            try c.encode(northing, forKey: .northing)
            try c.encode(easting, forKey: .easting)
        }
    }

    /// The point in WGS 84; nil when the numbers are not finite.
    public var wgs84Point: GeoPoint? {
        switch self {
        case .wgs84(let point): return point.latitude.isFinite && point.longitude.isFinite ? point : nil
        case .sweref99TM(let northing, let easting):
            guard northing.isFinite, easting.isFinite else { return nil }
            return SWEREF99TM.geodetic(northing: northing, easting: easting)
        }
    }
}

/// A point in WGS 84 degrees.
public struct GeoPoint: Codable, Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    /// Creates a point.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Whether the point lies within Sweden's bounding box (55–69.1° N, 10.9–24.2° E), where SWEREF 99 TM is defined.
    public var isInSweden: Bool { (55.0...69.1).contains(latitude) && (10.9...24.2).contains(longitude) }

    /// Rounded to seven decimals (about a centimetre), as stored.
    public var rounded: GeoPoint {
        GeoPoint(latitude: (latitude * 1e7).rounded() / 1e7, longitude: (longitude * 1e7).rounded() / 1e7)
    }
}
