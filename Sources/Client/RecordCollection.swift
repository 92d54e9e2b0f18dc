import Foundation
import SamordnaDomain

/// One collection of the registry (`/v1/organisations`, `/v1/contacts`, …) with its operations, in typed values:
/// typed ids, the resource's own `RecordFilter`, its input. Creates carry an automatic `Idempotency-Key`; updates and
/// deletes send `If-Match` with the version.
public struct RecordCollection<Record: RegistryRecord>: Sendable {
    let transport: Transport
    /// The collection's path, e.g. `/v1/organisations`.
    public let path: String

    /// Every record matching the filter, fetched page by page as you iterate.
    public func all(_ filter: Record.Filter? = nil, options: ListOptions = ListOptions()) -> PagedResults<Record> {
        PagedResults(options: options) { options in try await page(filter, options: options) }
    }

    /// One page of records.
    /// - Throws: `ClientError.problem` for a bad parameter (400) or missing rights.
    public func page(_ filter: Record.Filter? = nil, options: ListOptions = ListOptions()) async throws -> Page<Record> {
        let answer = try await transport.send("GET", path, query: options.queryPairs(with: filter))
        return try transport.decode(Page<Record>.self, from: answer)
    }

    /// The list as CSV text (UTF-8 with BOM, `;` separated), as Excel opens it.
    public func csv(_ filter: Record.Filter? = nil, options: ListOptions = ListOptions()) async throws -> String {
        let answer = try await transport.send("GET", path, query: options.queryPairs(with: filter) + [("format", "csv")])
        try transport.check(answer, expecting: [200])
        return String(decoding: answer.body, as: UTF8.self)
    }

    /// Imports records from CSV exactly as `csv(_:options:)` exports it (rows with `id` and `version` update, rows
    /// without create), all or none; with `dryRun` nothing is kept. Organisations, contacts, initiatives,
    /// establishments and knowledge items offer it. A retry with the same `idempotencyKey` gets the first answer.
    /// - Throws: `ClientError.problem` with status 422 listing every row's problems (`rows[N].field`).
    public func importCSV(_ csv: String, dryRun: Bool = false, idempotencyKey: String = UUID().uuidString) async throws -> ImportResult {
        try await importFile(Data(csv.utf8), contentType: "text/csv; charset=utf-8", dryRun: dryRun, idempotencyKey: idempotencyKey)
    }

    /// Imports records from JSON Lines: one input per line, with `id` and `version` where it updates (`lines[N].field`
    /// in errors).
    public func importJSONLines(
        _ lines: [[String: JSONValue]], dryRun: Bool = false, idempotencyKey: String = UUID().uuidString
    ) async throws -> ImportResult {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = try lines.map { String(decoding: try encoder.encode(JSONValue.object($0)), as: UTF8.self) }.joined(separator: "\n")
        return try await importFile(Data(text.utf8), contentType: "application/jsonl", dryRun: dryRun, idempotencyKey: idempotencyKey)
    }

    private func importFile(_ body: Data, contentType: String, dryRun: Bool, idempotencyKey: String) async throws -> ImportResult {
        let answer = try await transport.send(
            "POST", "\(path)/import", query: dryRun ? [("dryRun", "true")] : [], body: body, contentType: contentType,
            headers: [("Idempotency-Key", idempotencyKey)])
        return try transport.decode(ImportResult.self, from: answer, expecting: [200])
    }

    /// One record by id.
    /// - Throws: `ClientError.problem` with status 404 when it does not exist or is not visible.
    public func get(_ id: Record.ID) async throws -> Record {
        try transport.decode(Record.self, from: try await transport.send("GET", "\(path)/\(id)"))
    }

    /// The record's history: every audit entry of it, oldest first, with the changed fields.
    public func history(_ id: Record.ID) async throws -> RecordHistory {
        try transport.decode(RecordHistory.self, from: try await transport.send("GET", "\(path)/\(id)/history"))
    }

    /// Creates a record. A retry with the same `idempotencyKey` returns the first result instead of a duplicate.
    /// - Throws: `ClientError.problem` with status 422 listing every invalid field.
    public func create(_ input: Record.Input, idempotencyKey: String = UUID().uuidString) async throws -> Record {
        let body = try SamordnaJSON.encoder().encode(input)
        let answer = try await transport.send("POST", path, body: body, headers: [("Idempotency-Key", idempotencyKey)])
        return try transport.decode(Record.self, from: answer, expecting: [201])
    }

    /// Replaces the writable fields of `record` with `input`, provided nobody changed it since it was read.
    /// - Throws: `ClientError.problem` with status 412 when the record has a newer version.
    public func update(_ record: Record, to input: Record.Input) async throws -> Record {
        try await update(record.id, expectedVersion: record.version, to: input)
    }

    /// Reads `record`'s input, lets `change` edit it, and sends the result with `If-Match`.
    public func update(_ record: Record, _ change: (inout Record.Input) -> Void) async throws -> Record {
        var input = record.input
        change(&input)
        return try await update(record, to: input)
    }

    /// Sends a full merge patch (every writable field; `null` clears) for the record with this id.
    public func update(_ id: Record.ID, expectedVersion: Int?, to input: Record.Input) async throws -> Record {
        var object = try JSONDecoder().decode(JSONValue.self, from: SamordnaJSON.encoder().encode(input)).objectValue ?? [:]
        for field in Record.Input.fieldNames where object[field] == nil { object[field] = .null }
        return try await patch(id, expectedVersion: expectedVersion, fields: object)
    }

    /// Sends a JSON merge patch of only the given fields (`.null` clears a field).
    public func patch(_ id: Record.ID, expectedVersion: Int?, fields: [String: JSONValue]) async throws -> Record {
        let body = try JSONEncoder().encode(JSONValue.object(fields))
        let headers = expectedVersion.map { [("If-Match", "\"\($0)\"")] } ?? []
        let answer = try await transport.send(
            "PATCH", "\(path)/\(id)", body: body, contentType: "application/merge-patch+json", headers: headers)
        return try transport.decode(Record.self, from: answer)
    }

    /// Deletes a record (personal data is erased; other records keep a tombstone).
    /// - Throws: `ClientError.problem` with status 412 when `expectedVersion` is stale, 409 when it is still in use.
    public func delete(_ id: Record.ID, expectedVersion: Int? = nil) async throws {
        let headers = expectedVersion.map { [("If-Match", "\"\($0)\"")] } ?? []
        try transport.check(try await transport.send("DELETE", "\(path)/\(id)", headers: headers), expecting: [204])
    }
}

/// A record that people name with a stable key (`boden-kommun`, `energy-supply`) besides its id.
public protocol KeyedRecord: RegistryRecord {}

extension Organisation: KeyedRecord {}
extension ChallengeArea: KeyedRecord {}

extension RecordCollection where Record: KeyedRecord {
    /// One record by its key, e.g. `boden-kommun`.
    /// - Throws: `ClientError.problem` with status 404 when no record has the key.
    public func get(key: String) async throws -> Record {
        try transport.decode(Record.self, from: try await transport.send("GET", "\(path)/\(Transport.encode(key))"))
    }
}
