/// The API's self-description (DIGG REST API profile VER.06–07).
public struct APIInfo: Codable, Hashable, Sendable {
    public var apiName: String
    /// The API's SemVer version.
    public var apiVersion: String
    /// The date this version was released, `YYYY-MM-DD`.
    public var apiReleased: String
    /// Where the contract is documented.
    public var apiDocumentation: String
    /// `active`, `deprecated` or `retired`.
    public var apiStatus: String

    /// Creates the description.
    public init(apiName: String, apiVersion: String, apiReleased: String, apiDocumentation: String, apiStatus: String) {
        self.apiName = apiName
        self.apiVersion = apiVersion
        self.apiReleased = apiReleased
        self.apiDocumentation = apiDocumentation
        self.apiStatus = apiStatus
    }
}
