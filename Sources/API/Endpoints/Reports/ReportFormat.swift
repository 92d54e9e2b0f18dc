import Foundation
import Hummingbird
import SamordnaDomain

/// Choosing a report's format from a request, and answering with it.
extension ReportFormat {
    /// The format asked for: the `format` parameter, else the first of `Accept`'s media types that is offered, else JSON.
    static func negotiate(_ request: Request, format: String?, offered: [ReportFormat]) -> ReportFormat {
        if let format, let chosen = ReportFormat(rawValue: format) { return chosen }
        let accept = request.headers[.accept] ?? ""
        if accept.contains("application/json") { return .json }
        let media: [(String, ReportFormat)] = [("text/markdown", .markdown), ("text/html", .html), ("text/csv", .csv)]
        return media.first { accept.contains($0.0) && offered.contains($0.1) }?.1 ?? .json
    }

    /// A rendered report as the answer.
    static func response(_ body: Data, format: ReportFormat, filename: String) -> Response {
        var headers: HTTPFields = [.contentType: format.contentType]
        if format == .csv { headers[.contentDisposition] = "attachment; filename=\"\(filename).csv\"" }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
