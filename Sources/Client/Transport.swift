import Foundation
import SamordnaDomain

/// The client's side of the conventions: URLs, the token, JSON, and problem documents turned into `ClientError`.
struct Transport: Sendable {
    let baseURL: URL
    let token: String?
    let timeout: Duration
    let http: any HTTPTransport

    func send(
        _ method: String, _ path: String, query: [(name: String, value: String)] = [], body: Data? = nil,
        contentType: String = "application/json", headers extra: [(String, String)] = []
    ) async throws -> ClientResponse {
        var components = URLComponents(url: baseURL.appendingPathComponent(path), resolvingAgainstBaseURL: false)
        if !query.isEmpty {
            components?.percentEncodedQuery = query.map { "\(Transport.encode($0.name))=\(Transport.encode($0.value))" }
                .joined(separator: "&")
        }
        guard let url = components?.url else { throw ClientError.transport("cannot build a URL for \(path)") }
        var headers: [(name: String, value: String)] = [("Accept", "application/json")]
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        headers += extra.map { (name: $0.0, value: $0.1) }
        if body != nil { headers.append(("Content-Type", contentType)) }
        do {
            return try await http.send(ClientRequest(method: method, url: url, headers: headers, body: body), timeout: timeout)
        } catch let error as ClientError {
            throw error
        } catch {
            throw ClientError.transport(String(describing: error))
        }
    }

    /// Decodes a successful answer, or throws the problem the server sent.
    func decode<T: Decodable>(_ type: T.Type, from answer: ClientResponse, expecting statuses: Set<Int> = [200, 201]) throws -> T {
        try check(answer, expecting: statuses)
        do {
            return try SamordnaJSON.decoder().decode(T.self, from: answer.body)
        } catch {
            throw ClientError.unexpectedResponse(status: answer.status, body: String(decoding: answer.body, as: UTF8.self))
        }
    }

    /// Throws unless the answer has one of the expected statuses.
    func check(_ answer: ClientResponse, expecting statuses: Set<Int>) throws {
        guard statuses.contains(answer.status) else {
            if let problem = try? SamordnaJSON.decoder().decode(ProblemDetails.self, from: answer.body) {
                throw ClientError.problem(problem)
            }
            throw ClientError.unexpectedResponse(status: answer.status, body: String(decoding: answer.body, as: UTF8.self))
        }
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~,")

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
