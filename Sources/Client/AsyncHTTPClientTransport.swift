import AsyncHTTPClient
import Foundation
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// The transport over AsyncHTTPClient's shared client. Internal, so no AsyncHTTPClient or NIO type leaks out.
struct AsyncHTTPClientTransport: HTTPTransport {
    static let maxResponseBytes = 64 * 1024 * 1024

    func send(_ request: ClientRequest, timeout: Duration) async throws -> ClientResponse {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers { outgoing.headers.add(name: name, value: value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(data: body)) }
        let components = timeout.components
        let nanoseconds = components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
        let response = try await HTTPClient.shared.execute(outgoing, timeout: .nanoseconds(nanoseconds))
        let buffer = try await response.body.collect(upTo: Self.maxResponseBytes)
        return ClientResponse(
            status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) }, body: Data(buffer: buffer))
    }
}
