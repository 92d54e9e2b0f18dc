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

    /// This release of the API: the version openapi.yaml's `info.version` and the client library carry too (a test
    /// holds them together), with each change recorded in CHANGELOG.md.
    public static let current = APIInfo(
        apiName: "Samordna", apiVersion: "1.8.0", apiReleased: "2026-12-07", apiDocumentation: "/openapi.yaml", apiStatus: "active")

    /// Creates the description.
    public init(apiName: String, apiVersion: String, apiReleased: String, apiDocumentation: String, apiStatus: String) {
        self.apiName = apiName
        self.apiVersion = apiVersion
        self.apiReleased = apiReleased
        self.apiDocumentation = apiDocumentation
        self.apiStatus = apiStatus
    }
}
