import Foundation
import SamordnaClient
import SamordnaDomain
import Synchronization
import Testing

/// The client with a transport of the test's own: what a tool's tests can do without a server.
@Suite("Client without a server")
struct ClientTransportTests {
    /// Answers every request with the next canned response and keeps what was sent.
    final class Recorder: HTTPTransport {
        let answers: Mutex<[ClientResponse]>
        let sent = Mutex<[ClientRequest]>([])

        init(_ answers: [ClientResponse]) { self.answers = Mutex(answers) }

        func send(_ request: ClientRequest, timeout: Duration) async throws -> ClientResponse {
            sent.withLock { $0.append(request) }
            return answers.withLock { $0.removeFirst() }
        }
    }

    static let base = URL(string: "http://samordna.test")!

    @Test("typed filters become the list's query parameters; the token goes in Authorization")
    func filtersBecomeQuery() async throws {
        let page = #"{"items":[],"total":0,"limit":20,"offset":0}"#
        let recorder = Recorder([ClientResponse(status: 200, body: Data(page.utf8))])
        let client = SamordnaClient(baseURL: Self.base, token: "secret", transport: recorder)
        _ = try await client.organisations.page(
            OrganisationFilter(kinds: [.municipality, .region], counties: [.norrbotten]), options: ListOptions(limit: 20))
        let request = try #require(recorder.sent.withLock { $0.first })
        #expect(request.url.absoluteString == "http://samordna.test/v1/organisations?limit=20&kind=municipality,region&county=25")
        #expect(request.header("authorization") == "Bearer secret")
    }

    @Test("an update sends If-Match with the version it read; a problem answer is a typed error")
    func updateAndProblem() async throws {
        let id = Contact.ID.random()
        let organisation = Organisation.ID.random()
        let record =
            #"{"id":"\#(id)","organisationId":"\#(organisation)","name":"Anna","version":3,"createdAt":"2026-11-28T09:15:00.000Z","updatedAt":"2026-11-28T09:15:00.000Z"}"#
        let problem =
            #"{"type":"https://samordna.tillvaxtverket.se/problems/precondition-failed","title":"Precondition failed","status":412}"#
        let recorder = Recorder([
            ClientResponse(status: 200, body: Data(record.utf8)), ClientResponse(status: 412, body: Data(problem.utf8)),
        ])
        let client = SamordnaClient(baseURL: Self.base, token: "secret", transport: recorder)
        let contact = try await client.contacts.get(id)
        #expect(contact.version == 3)
        let error = await #expect(throws: ClientError.self) { _ = try await client.contacts.update(contact) { $0.role = "Chef" } }
        #expect(error?.problem.flatMap { ProblemType(uri: $0.type) } == .preconditionFailed)
        let patch = try #require(recorder.sent.withLock { $0.last })
        #expect(patch.method == "PATCH" && patch.header("If-Match") == "\"3\"")
        #expect(patch.header("Content-Type") == "application/merge-patch+json")
    }
}
