import Foundation
import Hummingbird
import HummingbirdTesting
import SamordnaDomain

/// Every operation × every kind of caller → the status it must get. The table is the specification:
/// `AuthorizationMatrixTests` walks all of it over HTTP and fails for any route that is not listed here.
///
/// Columns: no token, bad token, expired, revoked, reader (of the owning organisation), editor of the
/// owning organisation, editor of another organisation, admin. The owning organisation is
/// Länsstyrelsen i Norrbottens län; the other is Region Västerbotten.
enum AuthorizationMatrix {
    /// Every row: the foundation's and collaboration's below, the mission's core in `missionRows`.
    static var rows: [MatrixRow] {
        let listed = foundationRows + missionRows
        let reads = listed.filter { $0.operation.hasPrefix("GET /v1/") && $0.operation.hasSuffix("/{id}") }
        let served = Set(listed.map(\.operation))
        return listed
            + reads.filter { !served.contains($0.operation + "/history") && !$0.operation.hasPrefix("GET /v1/tokens") }.map {
                $0.history()
            }
    }

    static let foundationRows: [MatrixRow] = [
        // Public.
        MatrixRow("GET /health/live", "200 200 200 200 200 200 200 200") { _ in .get("/health/live") },
        MatrixRow("GET /health/ready", "200 200 200 200 200 200 200 200") { _ in .get("/health/ready") },
        MatrixRow("GET /v1/api-info", "200 200 200 200 200 200 200 200") { _ in .get("/v1/api-info") },
        MatrixRow("GET /openapi.yaml", "200 200 200 200 200 200 200 200") { _ in .get("/openapi.yaml") },
        // The operator's metrics: the metrics token or an admin token.
        MatrixRow("GET /metrics", "401 401 401 401 403 403 403 200") { _ in .get("/metrics") },

        // Organisations: admins register and delete; an editor changes its own organisation.
        MatrixRow("GET /v1/organisations", "401 401 401 401 200 200 200 200") { _ in .get("/v1/organisations") },
        MatrixRow("POST /v1/organisations", "401 401 401 401 403 403 403 201") { _ in
            .post("/v1/organisations", #"{"name":"Matris AB","kind":"company"}"#)
        },
        MatrixRow("GET /v1/organisations/{id}", "401 401 401 401 200 200 200 200") { f in .get("/v1/organisations/\(f.owner)") },
        MatrixRow("PATCH /v1/organisations/{id}", "401 401 401 401 403 200 403 200") { f in
            .patch("/v1/organisations/\(f.owner)", #"{"website":"https://www.lansstyrelsen.se/norrbotten"}"#)
        },
        MatrixRow("DELETE /v1/organisations/{id}", "401 401 401 401 403 403 403 204") { f in
            .delete("/v1/organisations/\(try await f.create("/v1/organisations", #"{"name":"Kortlivad AB","kind":"company"}"#))")
        },

        // Contacts: personal data of the owning organisation.
        MatrixRow("GET /v1/contacts", "401 401 401 401 200 200 200 200") { _ in .get("/v1/contacts") },
        MatrixRow("POST /v1/contacts", "401 401 401 401 403 201 403 201") { f in
            .post("/v1/contacts", #"{"organisationId":"\#(f.owner)","name":"Anna Öberg"}"#)
        },
        MatrixRow("GET /v1/contacts/{id}", "401 401 401 401 200 200 404 200") { f in .get("/v1/contacts/\(try await f.contact())") },
        MatrixRow("PATCH /v1/contacts/{id}", "401 401 401 401 403 200 404 200") { f in
            .patch("/v1/contacts/\(try await f.contact())", #"{"role":"Handläggare"}"#)
        },
        MatrixRow("DELETE /v1/contacts/{id}", "401 401 401 401 403 204 404 204") { f in .delete("/v1/contacts/\(try await f.contact())") },

        // Counties and municipalities: the seeds' own, read by every token.
        MatrixRow("GET /v1/counties", "401 401 401 401 200 200 200 200") { _ in .get("/v1/counties") },
        MatrixRow("GET /v1/counties/{code}", "401 401 401 401 200 200 200 200") { _ in .get("/v1/counties/25") },
        MatrixRow("GET /v1/municipalities", "401 401 401 401 200 200 200 200") { _ in .get("/v1/municipalities?county=25") },
        MatrixRow("GET /v1/municipalities/{code}", "401 401 401 401 200 200 200 200") { _ in .get("/v1/municipalities/2582") },

        // Reference data: everyone reads, admins write.
        MatrixRow("GET /v1/challenge-areas", "401 401 401 401 200 200 200 200") { _ in .get("/v1/challenge-areas") },
        MatrixRow("POST /v1/challenge-areas", "401 401 401 401 403 403 403 201") { f in
            .post("/v1/challenge-areas", #"{"key":"\#(f.uniqueKey())","nameSv":"Nytt område"}"#)
        },
        MatrixRow("GET /v1/challenge-areas/{id}", "401 401 401 401 200 200 200 200") { _ in .get("/v1/challenge-areas/energy-supply") },
        MatrixRow("PATCH /v1/challenge-areas/{id}", "401 401 401 401 403 403 403 200") { _ in
            .patch("/v1/challenge-areas/energy-supply", #"{"nameEn":"Secured energy supply"}"#)
        },
        MatrixRow("GET /v1/assignments", "401 401 401 401 200 200 200 200") { _ in .get("/v1/assignments") },
        MatrixRow("POST /v1/assignments", "401 401 401 401 403 403 403 201") { f in .post("/v1/assignments", f.assignmentBody()) },
        MatrixRow("GET /v1/assignments/{id}", "401 401 401 401 200 200 200 200") { f in .get("/v1/assignments/\(try await f.assignment())")
        },
        MatrixRow("PATCH /v1/assignments/{id}", "401 401 401 401 403 403 403 200") { f in
            .patch("/v1/assignments/\(try await f.assignment())", #"{"caseNumber":null}"#)
        },
        MatrixRow("DELETE /v1/assignments/{id}", "401 401 401 401 403 403 403 204") { f in
            .delete("/v1/assignments/\(try await f.assignment())")
        },
        MatrixRow("GET /v1/assignment-parts", "401 401 401 401 200 200 200 200") { _ in .get("/v1/assignment-parts") },
        MatrixRow("POST /v1/assignment-parts", "401 401 401 401 403 403 403 201") { f in
            .post(
                "/v1/assignment-parts", #"{"assignmentId":"\#(try await f.assignment())","code":"matrix","summarySv":"Del","position":1}"#)
        },
        MatrixRow("GET /v1/assignment-parts/{id}", "401 401 401 401 200 200 200 200") { f in
            .get("/v1/assignment-parts/\(try await f.part())")
        },
        MatrixRow("PATCH /v1/assignment-parts/{id}", "401 401 401 401 403 403 403 200") { f in
            .patch("/v1/assignment-parts/\(try await f.part())", #"{"summaryEn":"Part"}"#)
        },
        MatrixRow("DELETE /v1/assignment-parts/{id}", "401 401 401 401 403 403 403 204") { f in
            .delete("/v1/assignment-parts/\(try await f.part())")
        },

        // Collaboration: the owning organisation convenes the forum, organises the meeting and owns the action.
        MatrixRow("GET /v1/forums", "401 401 401 401 200 200 200 200") { _ in .get("/v1/forums") },
        MatrixRow("POST /v1/forums", "401 401 401 401 403 201 403 201") { f in .post("/v1/forums", f.forumBody()) },
        MatrixRow("GET /v1/forums/{id}", "401 401 401 401 200 200 200 200") { f in .get("/v1/forums/\(try await f.forum())") },
        MatrixRow("PATCH /v1/forums/{id}", "401 401 401 401 403 200 403 200") { f in
            .patch("/v1/forums/\(try await f.forum())", #"{"cadence":"4–5 gånger per år"}"#)
        },
        MatrixRow("DELETE /v1/forums/{id}", "401 401 401 401 403 204 403 204") { f in .delete("/v1/forums/\(try await f.forum())") },
        MatrixRow("GET /v1/forum-memberships", "401 401 401 401 200 200 200 200") { _ in .get("/v1/forum-memberships") },
        MatrixRow("POST /v1/forum-memberships", "401 401 401 401 403 201 403 201") { f in
            .post("/v1/forum-memberships", try await f.membershipBody())
        },
        MatrixRow("GET /v1/forum-memberships/{id}", "401 401 401 401 200 200 200 200") { f in
            .get("/v1/forum-memberships/\(try await f.membership())")
        },
        MatrixRow("PATCH /v1/forum-memberships/{id}", "401 401 401 401 403 200 403 200") { f in
            .patch("/v1/forum-memberships/\(try await f.membership())", #"{"role":"observer"}"#)
        },
        MatrixRow("DELETE /v1/forum-memberships/{id}", "401 401 401 401 403 204 403 204") { f in
            .delete("/v1/forum-memberships/\(try await f.membership())")
        },
        MatrixRow("GET /v1/meetings", "401 401 401 401 200 200 200 200") { _ in .get("/v1/meetings") },
        MatrixRow("POST /v1/meetings", "401 401 401 401 403 201 403 201") { f in .post("/v1/meetings", f.meetingBody()) },
        MatrixRow("GET /v1/meetings/{id}", "401 401 401 401 200 200 200 200") { f in .get("/v1/meetings/\(try await f.meeting())") },
        MatrixRow("PATCH /v1/meetings/{id}", "401 401 401 401 403 200 403 200") { f in
            .patch("/v1/meetings/\(try await f.meeting())", #"{"summary":"Protokoll justerat."}"#)
        },
        MatrixRow("DELETE /v1/meetings/{id}", "401 401 401 401 403 204 403 204") { f in .delete("/v1/meetings/\(try await f.meeting())") },
        MatrixRow("GET /v1/decisions", "401 401 401 401 200 200 200 200") { _ in .get("/v1/decisions") },
        MatrixRow("POST /v1/decisions", "401 401 401 401 403 201 403 201") { f in
            .post("/v1/decisions", #"{"meetingId":"\#(try await f.meeting())","text":"Forumet ska ta fram en bostadsplan."}"#)
        },
        MatrixRow("GET /v1/decisions/{id}", "401 401 401 401 200 200 200 200") { f in .get("/v1/decisions/\(try await f.decision())") },
        MatrixRow("PATCH /v1/decisions/{id}", "401 401 401 401 403 200 403 200") { f in
            .patch("/v1/decisions/\(try await f.decision())", #"{"text":"Beslut, justerat."}"#)
        },
        MatrixRow("DELETE /v1/decisions/{id}", "401 401 401 401 403 204 403 204") { f in .delete("/v1/decisions/\(try await f.decision())")
        },
        MatrixRow("GET /v1/follow-up-actions", "401 401 401 401 200 200 200 200") { _ in .get("/v1/follow-up-actions") },
        MatrixRow("POST /v1/follow-up-actions", "401 401 401 401 403 201 403 201") { f in
            .post("/v1/follow-up-actions", try await f.actionBody())
        },
        MatrixRow("GET /v1/follow-up-actions/{id}", "401 401 401 401 200 200 200 200") { f in
            .get("/v1/follow-up-actions/\(try await f.action())")
        },
        MatrixRow("PATCH /v1/follow-up-actions/{id}", "401 401 401 401 403 200 403 200") { f in
            .patch("/v1/follow-up-actions/\(try await f.action())", #"{"status":"inProgress"}"#)
        },
        MatrixRow("DELETE /v1/follow-up-actions/{id}", "401 401 401 401 403 204 403 204") { f in
            .delete("/v1/follow-up-actions/\(try await f.action())")
        },
        MatrixRow("GET /v1/dialogue-coverage", "401 401 401 401 200 200 200 200") { _ in .get("/v1/dialogue-coverage?county=25") },

        // Tokens: admins only.
        MatrixRow("GET /v1/tokens", "401 401 401 401 403 403 403 200") { _ in .get("/v1/tokens") },
        MatrixRow("POST /v1/tokens", "401 401 401 401 403 403 403 201", audits: ["token created"]) { f in
            .post("/v1/tokens", #"{"organisationId":"\#(f.owner)","role":"reader","name":"Matris"}"#)
        },
        MatrixRow("GET /v1/tokens/{id}", "401 401 401 401 403 403 403 200") { f in .get("/v1/tokens/\(try await f.token())") },
        MatrixRow("DELETE /v1/tokens/{id}", "401 401 401 401 403 403 403 204") { f in .delete("/v1/tokens/\(try await f.token())") },
        MatrixRow("POST /v1/tokens/{id}/rotate", "401 401 401 401 403 403 403 200", audits: ["token updated"]) { f in
            .post("/v1/tokens/\(try await f.token())/rotate", #"{"graceSeconds":60}"#)
        },
    ]
}

/// The kinds of caller, in the matrix's column order.
enum Caller: Int, CaseIterable, Sendable {
    case noToken, badToken, expired, revoked, reader, owningEditor, otherEditor, admin
}

/// One operation's row: its expected statuses and how to build a request for one cell.
struct MatrixRow: Sendable {
    let operation: String
    let expected: [Caller: Int]
    /// The audit entries a successful call leaves, as sorted "resourceType operation" lines; nil for the rule: a
    /// created, changed or deleted record leaves one entry, of that record (2xx `POST` 201, `PATCH`, `DELETE`), and
    /// anything else none.
    let audits: [String]?
    let request: @Sendable (MatrixFixture) async throws -> MatrixRequest

    init(
        _ operation: String, _ statuses: String, audits: [String]? = nil,
        request: @escaping @Sendable (MatrixFixture) async throws -> MatrixRequest
    ) {
        let codes = statuses.split(separator: " ").map { Int($0)! }
        precondition(codes.count == Caller.allCases.count, "\(operation): one status per caller")
        self.operation = operation
        self.expected = Dictionary(uniqueKeysWithValues: zip(Caller.allCases, codes))
        self.audits = audits
        self.request = request
    }

    /// The same operation on the item's history, read by whoever may read the item.
    func history() -> MatrixRow {
        let read = request
        return MatrixRow(
            operation + "/history", Caller.allCases.map { String(expected[$0]!) }.joined(separator: " "),
            request: { fixture in
                var request = try await read(fixture)
                request.path += "/history"
                return request
            })
    }
}

/// A request of the matrix.
struct MatrixRequest: Sendable {
    var method: HTTPRequest.Method
    var path: String
    var body: String?
    var contentType = "application/json"

    static func get(_ path: String) -> Self { Self(method: .get, path: path) }
    static func post(_ path: String, _ body: String, contentType: String = "application/json") -> Self {
        Self(method: .post, path: path, body: body, contentType: contentType)
    }
    static func patch(_ path: String, _ body: String) -> Self { Self(method: .patch, path: path, body: body) }
    static func delete(_ path: String) -> Self { Self(method: .delete, path: path) }
}
