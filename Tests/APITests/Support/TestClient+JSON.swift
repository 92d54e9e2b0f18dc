import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import SamordnaDomain

extension TestClientProtocol {
    /// Sends a request with an optional bearer token and JSON body.
    func send(
        _ method: HTTPRequest.Method, _ uri: String, token: String?, json: String? = nil,
        contentType: String = "application/json", headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var fields = headers
        if let token { fields[.authorization] = "Bearer \(token)" }
        if json != nil { fields[.contentType] = contentType }
        return try await execute(uri: uri, method: method, headers: fields, body: json.map { ByteBuffer(string: $0) })
    }
}

extension TestResponse {
    /// The body decoded with the shared decoder.
    func decoded<T: Decodable>(_ type: T.Type) throws -> T {
        try SamordnaJSON.decoder().decode(T.self, from: Data(buffer: body))
    }

    /// The problem document of an error answer.
    var problem: ProblemDetails? { try? decoded(ProblemDetails.self) }

    /// The codes of the validation issues, by field.
    var issueCodes: [String: String] {
        Dictionary((problem?.errors ?? []).map { ($0.field, $0.code) }, uniquingKeysWith: { first, _ in first })
    }

    /// The body as text.
    var text: String { String(buffer: body) }
}
