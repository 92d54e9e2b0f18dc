import Foundation
import Hummingbird
import SamordnaDomain

/// Reads request bodies strictly: the right content type, within the size limit, valid UTF-8 JSON,
/// every required field present, no unknown fields, and the right type for each field.
enum RequestBody {
    /// The default body-size limit (1 MiB); configurable with `--max-body-bytes`.
    static let defaultLimit = 1_048_576

    /// Reads the body as a JSON value. `acceptsMergePatch` also allows `application/merge-patch+json`.
    static func json(_ request: Request, limit: Int, acceptsMergePatch: Bool = false) async throws -> JSONValue {
        try checkContentType(request, acceptsMergePatch: acceptsMergePatch)
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw APIProblem.contentTooLarge(limit: limit)
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw APIProblem.contentTooLarge(limit: limit)
        } catch {
            // The client stopped sending (an aborted upload, a closed connection): its problem, not a server error.
            throw APIProblem.badRequest("The request body ended before it was complete.", type: .badRequest)
        }
        guard buffer.readableBytes > 0 else { throw APIProblem.badRequest("The request needs a JSON body.", type: .malformedJSON) }
        let data = Data(buffer: buffer)
        // JSON between systems is UTF-8 (RFC 8259 §8.1): a byte-order mark or a NUL byte means UTF-16 or UTF-32,
        // which the decoder would otherwise guess its way through.
        if data.starts(with: [0xFE, 0xFF]) || data.starts(with: [0xFF, 0xFE]) || data.contains(0) {
            throw APIProblem.unsupportedMediaType("The body must be JSON in UTF-8 (RFC 8259 §8.1), not UTF-16 or UTF-32.")
        }
        guard String(validating: data, as: UTF8.self) != nil else {
            throw APIProblem.badRequest("The body is not valid UTF-8.", type: .malformedJSON)
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw APIProblem.badRequest(
                "The body is not valid JSON in UTF-8 (or nests deeper than 512 levels).", type: .malformedJSON)
        }
        if let name = DuplicateMemberScanner.firstDuplicate(in: data) {
            throw APIProblem.badRequest("The body names the member \(name) more than once.", type: .malformedJSON)
        }
        return value
    }

    /// Reads a text body (an import file) as it arrives, up to `limit` bytes: 413 as soon as it grows past the limit
    /// (or says it will), 400 when it is not UTF-8 or holds a NUL byte.
    static func text(_ request: Request, limit: Int) async throws -> String {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw APIProblem.contentTooLarge(limit: limit)
        }
        var data = Data()
        do {
            for try await chunk in request.body {
                guard data.count + chunk.readableBytes <= limit else { throw APIProblem.contentTooLarge(limit: limit) }
                data.append(contentsOf: chunk.readableBytesView)
            }
        } catch let problem as APIProblem {
            throw problem
        } catch {
            throw APIProblem.badRequest("The request body ended before it was complete.", type: .badRequest)
        }
        guard let text = String(validating: data, as: UTF8.self), !data.contains(0) else {
            throw APIProblem.badRequest("The file must be text in UTF-8.", type: .badRequest)
        }
        return text
    }

    /// A decoded input with the unknown fields it carried: those are reported together with the rule
    /// violations that validation finds later, so the client sees every problem at once.
    struct Decoded<Input: ResourceInput> {
        var input: Input
        var unknownFields: [ValidationIssue]

        /// Runs the write with the input and throws every issue at once; throwing inside a transaction
        /// rolls the write back.
        func write<T>(_ body: (Input) throws -> T) throws -> T {
            let result: T
            do {
                result = try body(input)
            } catch DomainError.validationFailed(let issues) where !unknownFields.isEmpty {
                throw DomainError.validationFailed(unknownFields + issues)
            } catch  where !unknownFields.isEmpty {
                throw DomainError.validationFailed(unknownFields)
            }
            if !unknownFields.isEmpty { throw DomainError.validationFailed(unknownFields) }
            return result
        }
    }

    /// Decodes a resource input from a JSON object. Missing required fields and wrong types are thrown
    /// at once (with any unknown fields); unknown fields alone are returned for `Decoded.write`.
    static func decode<Input: ResourceInput>(_ type: Input.Type, from value: JSONValue) throws -> Decoded<Input> {
        guard var members = value.objectValue else {
            throw DomainError.validationFailed([ValidationIssue(field: "", code: "notAnObject", detail: "The body must be a JSON object.")])
        }
        let known = Set(Input.fieldNames)
        var unknown = members.keys.filter { !known.contains($0) }.sorted().map(unknownField)
        for name in members.keys where !known.contains(name) { members.removeValue(forKey: name) }
        let missing = Input.requiredFields.sorted().filter { members[$0] == nil || members[$0] == .null }.map {
            ValidationIssue(field: $0, code: "required", detail: "\($0) is required.")
        }
        guard missing.isEmpty else { throw DomainError.validationFailed(unknown + missing) }
        let stripped = JSONValue.object(members)
        let input: Input
        do {
            input = try SamordnaJSON.decoder().decode(Input.self, from: Data(ResponseJSONEncoder().encode(stripped)))
        } catch let error as DecodingError {
            throw DomainError.validationFailed(unknown + [issue(for: error)])
        }
        let roundTrip = try JSONDecoder().decode(JSONValue.self, from: Data(ResponseJSONEncoder().encode(input)))
        unknown += stripped.membersMissing(from: roundTrip).map(unknownField)
        return Decoded(input: input, unknownFields: unknown)
    }

    /// Decodes an input from a merge patch applied to an existing record's input (a `PATCH`, an imported row that
    /// updates), with `decode`'s checks.
    static func decode<Input: ResourceInput>(_ patch: JSONValue, onto existing: Input) throws -> Decoded<Input> {
        let current = try JSONDecoder().decode(JSONValue.self, from: Data(ResponseJSONEncoder().encode(existing)))
        return try decode(Input.self, from: current.merging(patch: patch))
    }

    /// The media type of a `Content-Type`, lowercased, when its charset (if it names one) is UTF-8; nil otherwise.
    static func utf8MediaType(_ header: String) -> String? {
        let parts = header.lowercased().split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let charsetOK = parts.dropFirst().allSatisfy { !$0.hasPrefix("charset=") || $0 == "charset=utf-8" || $0 == "charset=\"utf-8\"" }
        return charsetOK ? parts.first : nil
    }

    private static func unknownField(_ name: String) -> ValidationIssue {
        ValidationIssue(field: name, code: "unknownField", detail: "\(name) is not a field of this resource.")
    }

    private static func checkContentType(_ request: Request, acceptsMergePatch: Bool) throws {
        let allowed = acceptsMergePatch ? ["application/json", "application/merge-patch+json"] : ["application/json"]
        guard let header = request.headers[.contentType] else {
            throw APIProblem.unsupportedMediaType("Send the body as \(allowed.joined(separator: " or ")).")
        }
        guard let mediaType = utf8MediaType(header), allowed.contains(mediaType) else {
            throw APIProblem.unsupportedMediaType("Send the body as \(allowed.joined(separator: " or ")) in UTF-8, not \(header).")
        }
    }

    private static func issue(for error: DecodingError) -> ValidationIssue {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.reduce("") { partial, key in
                if let index = key.intValue { return partial + "[\(index)]" }
                return partial.isEmpty ? key.stringValue : partial + "." + key.stringValue
            }
        }
        switch error {
        case .typeMismatch(let type, let context):
            return ValidationIssue(field: path(context.codingPath), code: "wrongType", detail: "Expected \(describe(type)).")
        case .valueNotFound(let type, let context):
            return ValidationIssue(field: path(context.codingPath), code: "required", detail: "Expected \(describe(type)), got null.")
        case .keyNotFound(let key, let context):
            return ValidationIssue(field: path(context.codingPath + [key]), code: "required", detail: "\(key.stringValue) is required.")
        case .dataCorrupted(let context):
            return ValidationIssue(field: path(context.codingPath), code: "invalidValue", detail: context.debugDescription)
        @unknown default:
            return ValidationIssue(field: "", code: "invalidValue", detail: "The body does not match the schema.")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "an integer"
        case is Bool.Type: "a boolean"
        case is Double.Type: "a number"
        default: "a value of another type"
        }
    }
}
