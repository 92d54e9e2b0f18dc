/// The writable fields of an organisation: the body of a create, and the shape a merge patch is applied to.
public struct OrganisationInput: ResourceInput {
    public var name: String
    public var shortName: String?
    public var kind: OrganisationKind
    public var key: String?
    public var organisationNumber: String?
    public var countyCode: CountyCode?
    public var municipalityCode: MunicipalityCode?
    public var parentId: Organisation.ID?
    public var website: String?

    /// Creates the input for a new organisation.
    public init(
        name: String, shortName: String? = nil, kind: OrganisationKind, key: String? = nil, organisationNumber: String? = nil,
        countyCode: CountyCode? = nil, municipalityCode: MunicipalityCode? = nil, parentId: Organisation.ID? = nil,
        website: String? = nil
    ) {
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.key = key
        self.organisationNumber = organisationNumber
        self.countyCode = countyCode
        self.municipalityCode = municipalityCode
        self.parentId = parentId
        self.website = website
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case name, shortName, kind, key, organisationNumber, countyCode, municipalityCode, parentId, website
    }

    public static let requiredFields: Set<String> = ["name", "kind"]

    /// Checks every rule that needs no database and returns the normalised input: the organisation
    /// number in canonical form and the county taken from the municipality when not given.
    public func validated(municipalities: MunicipalityDirectory) throws -> OrganisationInput {
        var v = Validator()
        var result = self
        v.text(name, field: "name", required: true)
        v.text(shortName, field: "shortName")
        v.key(key)
        v.url(website, field: "website")
        if let number = organisationNumber {
            do {
                result.organisationNumber = try OrganisationNumber(parsing: number).canonical
            } catch {
                v.add("organisationNumber", error.rawValue, OrganisationInput.detail(for: error))
            }
        }
        if let code = municipalityCode {
            if let municipality = municipalities[code] {
                if let county = countyCode, county != municipality.countyCode {
                    v.add(
                        "municipalityCode", "countyMismatch",
                        "Municipality \(code) (\(municipality.name)) lies in county \(municipality.countyCode.rawValue), not \(county.rawValue)."
                    )
                }
                result.countyCode = municipality.countyCode
            } else {
                v.add("municipalityCode", "unknownMunicipality", "\(code) is not one of Sweden's municipalities.")
            }
        } else {
            if let county = countyCode, municipalities.county(county) == nil {
                v.add("countyCode", "unknownCounty", "\(county) is not one of Sweden's counties.")
            }
            if kind == .municipality { v.add("municipalityCode", "required", "A municipality needs its municipalityCode.") }
        }
        try v.check()
        return result
    }

    private static func detail(for problem: OrganisationNumber.Problem) -> String {
        switch problem {
        case .invalidFormat: "An organisation number is ten digits (NNNNNN-NNNN), or twelve with the prefix 16."
        case .personalIdentityNumber: "The third digit is below 2: that is a personal identity number, not an organisation number."
        case .invalidCheckDigit: "The last digit does not match the Luhn check digit of the first nine."
        }
    }
}
