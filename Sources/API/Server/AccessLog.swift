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
        AccessLog(format: format) { line in
            // One write(2) of the line and its newline, without a `Data` or `FileHandle` per request.
            var bytes = Array(line.utf8)
            bytes.append(UInt8(ascii: "\n"))
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    if written <= 0 { break }
                    offset += written
                }
            }
        }
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
            ("status", String(entry.status)), ("durationMs", Self.threeDecimals(entry.durationMilliseconds)),
            ("bytes", entry.bytes.map(String.init)), ("tokenId", entry.tokenId), ("organisationId", entry.organisationId),
            ("client", entry.client),
        ]
        write(format == .json ? Self.json(fields) : Self.logfmt(fields))
    }

    static func json(_ fields: [(String, String?)]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(320)
        for (key, value) in fields {
            guard let value else { continue }
            if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
            JSONOutput.appendString(utf8: key.utf8, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            if key == "status" || key == "durationMs" || key == "bytes" {
                bytes.append(contentsOf: value.utf8)
            } else {
                JSONOutput.appendString(utf8: value.utf8, to: &bytes)
            }
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A non-negative number with exactly three decimals, as `%.3f` writes it, without `String(format:)`.
    static func threeDecimals(_ value: Double) -> String {
        let thousandths = Int((max(0, value) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
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
