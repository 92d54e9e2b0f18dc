import Foundation
import Hummingbird
import SamordnaDomain
import Synchronization

/// The access log: one structured line per request, in JSON or logfmt, on standard output. It names the request
/// (id, method, route template, status, duration, bytes), the caller (token id and organisation, never a secret) and
/// the client address — and no personal data: no query, no body.
struct AccessLog: Sendable {
    /// How lines are written.
    enum Format: String, Sendable, CaseIterable {
        case json, logfmt, off
    }

    let format: Format
    let write: @Sendable (String) -> Void

    /// A log writing to standard output.
    static func standardOutput(_ format: Format) -> AccessLog {
        AccessLog(format: format) { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
    }

    /// One request's line.
    struct Entry: Sendable {
        var time: Date
        var requestId: String
        var method: String
        var route: String
        var status: Int
        var durationMilliseconds: Double
        var bytes: Int?
        var tokenId: String?
        var organisationId: String?
        var client: String?
    }

    func record(_ entry: Entry) {
        guard format != .off else { return }
        let fields: [(String, String?)] = [
            ("time", Timestamp.format(entry.time)), ("requestId", entry.requestId), ("method", entry.method), ("route", entry.route),
            ("status", String(entry.status)), ("durationMs", String(format: "%.3f", entry.durationMilliseconds)),
            ("bytes", entry.bytes.map(String.init)), ("tokenId", entry.tokenId), ("organisationId", entry.organisationId),
            ("client", entry.client),
        ]
        write(format == .json ? Self.json(fields) : Self.logfmt(fields))
    }

    static func json(_ fields: [(String, String?)]) -> String {
        let numbers: Set<String> = ["status", "durationMs", "bytes"]
        let members = fields.compactMap { key, value in
            value.map { numbers.contains(key) ? "\"\(key)\":\($0)" : "\"\(key)\":\(quoted($0))" }
        }
        return "{" + members.joined(separator: ",") + "}"
    }

    static func logfmt(_ fields: [(String, String?)]) -> String {
        fields.compactMap { key, value in
            value.map { "\(key)=" + ($0.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" }) ? quoted($0) : $0) }
        }.joined(separator: " ")
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// Who called, set by `AuthMiddleware` deep inside and read by the access log outside: shared by every copy of the
/// request's context.
final class CallerRecord: Sendable {
    private let principal = Mutex<Principal?>(nil)

    var value: Principal? {
        get { principal.withLock { $0 } }
        set { principal.withLock { $0 = newValue } }
    }
}

/// The outermost middleware: binds the service's metrics for the request, times it, and once the answer (or the
/// problem document another middleware made of an error) is known, counts it and writes its access-log line.
struct RequestObservationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let log: AccessLog
    let metrics: ServiceMetrics
    let clock: @Sendable () -> Date

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response = try await ServiceMetrics.$current.withValue(metrics) { try await next(request, context) }
        let elapsed = ContinuousClock.now - started
        let route = context.endpointPath ?? "unmatched"
        metrics.request(route: route, method: request.method.rawValue, status: Int(response.status.code), duration: elapsed)
        guard log.format != .off else { return response }
        let principal = context.caller.value
        log.record(
            AccessLog.Entry(
                time: clock(), requestId: response.headers[.xRequestId] ?? "", method: request.method.rawValue, route: route,
                status: Int(response.status.code),
                durationMilliseconds: elapsed.milliseconds,
                bytes: response.body.contentLength, tokenId: principal?.tokenId.description,
                organisationId: principal?.organisationId.description, client: context.remoteAddress?.ipAddress))
        return response
    }
}
