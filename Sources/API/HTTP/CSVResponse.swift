import Foundation
import Hummingbird

/// Content negotiation for CSV (`format=csv`, or an `Accept` that asks for `text/csv` and not JSON) and the
/// CSV answer itself, shared by the lists and the reports.
enum CSVResponse {
    /// Whether the client asked for CSV; `format` is the value of the `format` parameter, if given.
    static func isWanted(by request: Request, format: String?) -> Bool {
        if let format { return format == "csv" }
        guard let accept = request.headers[.accept] else { return false }
        return accept.contains("text/csv") && !accept.contains("application/json")
    }

    /// The rows as a CSV attachment (UTF-8 with BOM, `;`), with any extra headers.
    static func make(header: [String], rows: [[String?]], headers: HTTPFields = [:], filename: String = "export.csv") -> Response {
        var fields = headers
        fields[.contentType] = "text/csv; charset=utf-8"
        fields[.contentDisposition] = "attachment; filename=\"\(filename)\""
        let csv = CSVWriter.document(header: header, rows: rows)
        return Response(status: .ok, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: Data(csv.utf8))))
    }
}
