import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1
import SamordnaDomain

/// The HTTP exchange behind the client. Internal, so no AsyncHTTPClient or NIO type leaks out.
struct Transport: Sendable {
    let baseURL: URL
    let token: String?
    let timeout: TimeAmount
    static let maxResponseBytes = 64 * 1024 * 1024

    struct Answer {
        var status: Int
        var headers: HTTPHeaders
        var body: ByteBuffer
    }

    func send(
        _ method: HTTPMethod, _ path: String, query: [URLQueryItem] = [], body: Data? = nil,
        contentType: String = "application/json", headers extra: [(String, String)] = []
    ) async throws -> Answer {
        var components = URLComponents(url: baseURL.appendingPathComponent(path), resolvingAgainstBaseURL: false)
        if !query.isEmpty {
            components?.percentEncodedQuery = query.map { item in
                "\(Transport.encode(item.name))=\(Transport.encode(item.value ?? ""))"
            }.joined(separator: "&")
        }
        guard let url = components?.string else { throw ClientError.transport("cannot build a URL for \(path)") }
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "Accept", value: "application/json")
        if let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        for (name, value) in extra { request.headers.add(name: name, value: value) }
        if let body {
            request.headers.add(name: "Content-Type", value: contentType)
            request.body = .bytes(ByteBuffer(data: body))
        }
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: timeout)
            let buffer = try await response.body.collect(upTo: Transport.maxResponseBytes)
            return Answer(status: Int(response.status.code), headers: response.headers, body: buffer)
        } catch let error as ClientError {
            throw error
        } catch {
            throw ClientError.transport(String(describing: error))
        }
    }

    /// Decodes a successful answer, or throws the problem the server sent.
    func decode<T: Decodable>(_ type: T.Type, from answer: Answer, expecting statuses: Set<Int> = [200, 201]) throws -> T {
        try check(answer, expecting: statuses)
        do {
            return try SamordnaJSON.decoder().decode(T.self, from: answer.body)
        } catch {
            throw ClientError.unexpectedResponse(status: answer.status, body: String(buffer: answer.body))
        }
    }

    /// Throws unless the answer has one of the expected statuses.
    func check(_ answer: Answer, expecting statuses: Set<Int>) throws {
        guard statuses.contains(answer.status) else {
            if let problem = try? SamordnaJSON.decoder().decode(ProblemDetails.self, from: answer.body) {
                throw ClientError.problem(problem)
            }
            throw ClientError.unexpectedResponse(status: answer.status, body: String(buffer: answer.body))
        }
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~,")

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
