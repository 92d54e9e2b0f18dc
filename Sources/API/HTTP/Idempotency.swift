import Crypto
import Foundation
import GRDB
import Hummingbird
import SamordnaDomain
import Synchronization

/// `Idempotency-Key` on `POST`: the first response is stored in the same transaction as the write, so a
/// retry (even after a crash) gets the same answer and creates nothing; the same key with another
/// body is a `422`. Keys are scoped to the token and kept for 48 hours.
enum Idempotency {
    /// The answer a create produced, and what of it is stored for replay.
    struct StoredResponse: Sendable {
        var status: Int
        var location: String?
        var eTag: String?
        var body: Data
        /// What a replay answers with, when it must differ from `body`: a token's answer without its secret, which
        /// is only ever kept as its hash.
        var replayBody: Data? = nil
        /// The record the answer is about; its erasure removes the stored answer too.
        var resourceId: String? = nil
    }

    static let retention: TimeInterval = 48 * 3600
    /// When expired keys were last removed (milliseconds); removal runs at most once a minute.
    private static let lastPurge = Mutex<Int64>(0)

    /// The key a request carries, checked for form; nil when absent.
    static func key(from request: Request) throws -> String? {
        guard let key = request.headers[.idempotencyKey] else { return nil }
        guard (1...255).contains(key.utf8.count), key.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            throw APIProblem.badRequest(
                "Idempotency-Key must be 1–255 printable ASCII characters, e.g. a UUID.", type: .invalidIdempotencyKey)
        }
        return key
    }

    /// A fingerprint of the request: method, path and the body in canonical form.
    static func fingerprint(method: String, path: String, body: JSONValue) throws -> String {
        var data = Data("\(method) \(path)\n".utf8)
        data.append(try SamordnaJSON.encoder().encode(body))
        return Hex.string(SHA256.hash(data: data))
    }

    /// Runs `perform` unless the key was seen; either way returns the response to send.
    static func run(
        _ db: Database, key: String?, tokenId: String, fingerprint: String, now: Date,
        perform: (Database) throws -> StoredResponse
    ) throws -> StoredResponse {
        guard let key else { return try perform(db) }
        if let row = try db.fetchOneCached(
            "SELECT * FROM idempotencyKeys WHERE tokenId = ? AND key = ? AND createdAt >= ?",
            arguments: [tokenId, key, DatabaseTime.milliseconds(now.addingTimeInterval(-retention))])
        {
            guard row["requestHash"] as String == fingerprint else {
                throw DomainError.validationFailed([
                    ValidationIssue(
                        field: "Idempotency-Key", code: "keyReused",
                        detail: "This Idempotency-Key was already used with a different request.")
                ])
            }
            ServiceMetrics.current?.idempotencyReplay()
            return StoredResponse(status: row["status"], location: row["location"], eTag: row["eTag"], body: row["body"])
        }
        let response = try perform(db)
        let nowMilliseconds = DatabaseTime.milliseconds(now)
        let purgeDue = lastPurge.withLock { last in
            guard nowMilliseconds - last > 60_000 else { return false }
            last = nowMilliseconds
            return true
        }
        if purgeDue {
            try db.executeCached(
                "DELETE FROM idempotencyKeys WHERE createdAt < ?",
                arguments: [DatabaseTime.milliseconds(now.addingTimeInterval(-retention))])
        }
        try db.executeCached(
            """
            INSERT OR REPLACE INTO idempotencyKeys (tokenId, key, requestHash, status, location, eTag, body, createdAt, resourceId)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            arguments: [
                tokenId, key, fingerprint, response.status, response.location, response.eTag, response.replayBody ?? response.body,
                DatabaseTime.milliseconds(now), response.resourceId,
            ])
        return response
    }

    /// The shared `POST` flow: read and check the body, then run `perform` in one write transaction
    /// together with the idempotency record, and answer (or replay) its response.
    static func create<Input: ResourceInput>(
        _ request: Request, path: String, as type: Input.Type, principal: Principal, database: DatabasePool, bodyLimit: Int, now: Date,
        perform: @escaping @Sendable (Input, Database) throws -> StoredResponse
    ) async throws -> Response {
        let key = try Idempotency.key(from: request)
        let body = try await RequestBody.json(request, limit: bodyLimit)
        let decoded = try RequestBody.decode(Input.self, from: body)
        let fingerprint = try Idempotency.fingerprint(method: "POST", path: path, body: body)
        let stored = try await database.observedWrite { db in
            try run(db, key: key, tokenId: principal.tokenId.description, fingerprint: fingerprint, now: now) { db in
                try decoded.write { try perform($0, db) }
            }
        }
        return response(stored)
    }

    /// Forgets every stored answer about a record, as when a person is erased: no copy of them may survive.
    static func forget(resourceId: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM idempotencyKeys WHERE resourceId = ?", arguments: [resourceId])
    }

    /// The HTTP response for a stored answer.
    static func response(_ stored: StoredResponse) -> Response {
        var headers = HTTPFields()
        if let location = stored.location { headers[.location] = location }
        if let eTag = stored.eTag { headers[.eTag] = eTag }
        return JSONResponse.make(data: stored.body, status: HTTPResponse.Status(code: stored.status), headers: headers)
    }
}
