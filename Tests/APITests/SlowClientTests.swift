import Foundation
import Testing

/// Slow and hostile clients against the real binary: they cannot hold connections open, and health keeps answering.
@Suite("Slow clients", .serialized)
struct SlowClientTests {
    @Test("2,000 slow connections are closed by their deadlines while health keeps answering")
    func slowloris() throws {
        let server = try ServerProcess(["--header-timeout", "1", "--body-timeout", "1", "--idle-timeout", "2"])
        defer { server.stop() }
        var connections: [RawConnection] = []
        for index in 0..<2000 {
            let connection = try RawConnection(port: server.port)
            // A head never finished, silence, half a body, and an answered request left idle on a kept-alive connection.
            switch index % 4 {
            case 0: connection.send("GET /v1/organisations HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            case 1: break
            case 2: connection.send("POST /v1/organisations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{\"na")
            default: connection.send("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            }
            connections.append(connection)
        }
        #expect(server.health().hasPrefix("HTTP/1.1 200"), "health answers while 2,000 slow connections are open")
        let deadline = Date().addingTimeInterval(8)
        var open = connections.filter { !$0.isClosedByServer }
        while !open.isEmpty && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.25)
            open = open.filter { !$0.isClosedByServer }
        }
        #expect(open.isEmpty, "\(open.count) of 2,000 slow connections are still open after their deadlines")
        #expect(server.health().hasPrefix("HTTP/1.1 200"))
    }

    @Test("a request the parser refuses gets a problem document, not an empty 400")
    func parserErrors() throws {
        let server = try ServerProcess([])
        defer { server.stop() }
        for request in [
            "GET /health/live HTTP/1.1\r\nHost: x\r\nBad\u{0}Header: y\r\n\r\n",
            "GET /health/live HTTP/1.1\rHost: x\r\n\r\n",
            "GET /" + String(repeating: "a", count: 100_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
        ] {
            let connection = try RawConnection(port: server.port)
            connection.send(request)
            let answer = connection.receive(timeout: 3)
            #expect(answer.hasPrefix("HTTP/1.1 400"), "\(answer.prefix(80))")
            #expect(answer.contains("application/problem+json") && answer.contains("\"status\":400"), "\(answer.prefix(300))")
        }
    }

    @Test("a reader's 1 MiB write is refused before the body is read; memory stays bounded")
    func readerBodiesUnread() throws {
        let server = try ServerProcess([])
        defer { server.stop() }
        let created = try RawConnection(port: server.port)
        let body = #"{"organisationId":"\#(try organisationId(server))","role":"reader","name":"RSS"}"#
        created.send(
            "POST /v1/tokens HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(ServerProcess.adminToken)\r\nContent-Type: application/json\r\n"
                + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)")
        let answer = created.receive(timeout: 3)
        let secret = try #require(answer.split(separator: "\"secret\":\"").last?.split(separator: "\"").first)
        var connections: [RawConnection] = []
        for _ in 0..<500 {
            let connection = try RawConnection(port: server.port)
            connection.send(
                "POST /v1/organisations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(secret)\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1048576\r\n\r\n{\"name\":\"" + String(repeating: "x", count: 60_000))
            connections.append(connection)
        }
        let refused = connections.prefix(20).map { $0.receive(timeout: 2, headOnly: true) }
        #expect(refused.allSatisfy { $0.hasPrefix("HTTP/1.1 403") }, "\(refused.first?.prefix(120) ?? "")")
        #expect(server.residentKilobytes < 400_000, "RSS \(server.residentKilobytes) kB with 500 refused uploads open")
    }

    private func organisationId(_ server: ServerProcess) throws -> String {
        let connection = try RawConnection(port: server.port)
        connection.send(
            "GET /v1/organisations/tillvaxtverket HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(ServerProcess.adminToken)\r\n"
                + "Connection: close\r\n\r\n")
        let answer = connection.receive(timeout: 3)
        return String(try #require(answer.split(separator: "\"id\":\"").last?.split(separator: "\"").first))
    }
}
