import Foundation
import Hummingbird
import SamordnaDomain

/// Answers a list as the JSON envelope or as CSV, with `Link` (`next`/`prev`) and `X-Total-Count`.
enum ListResponse {
    static func make<Item: CSVExportable>(_ page: Page<Item>, parameters: ListParameters, request: Request) throws -> Response {
        try make(page, parameters: parameters, request: request, csvHeader: Item.csvColumns, csvRow: \.csvValues)
    }

    /// Answers a page, with CSV made by `csvRow` under `csvHeader` when CSV is asked for.
    static func make<Item: Codable & Sendable>(
        _ page: Page<Item>, parameters: ListParameters, request: Request, csvHeader: [String], csvRow: (Item) -> [String?]
    ) throws -> Response {
        var headers = HTTPFields()
        headers[.xTotalCount] = String(page.total)
        if let link = linkHeader(page: page, request: request) { headers[.link] = link }
        guard parameters.wantsCSV else { return try JSONResponse.make(page, headers: headers) }
        return CSVResponse.make(header: csvHeader, rows: page.items.map(csvRow), headers: headers)
    }

    /// Answers a page whose JSON envelope is already written (`ListQuery.jsonPage`).
    static func make(json: [UInt8], total: Int, nextCursor: String?, offset: Int, limit: Int, request: Request) -> Response {
        var headers = HTTPFields()
        headers[.xTotalCount] = String(total)
        if let link = linkHeader(nextCursor: nextCursor, offset: offset, limit: limit, request: request) { headers[.link] = link }
        return JSONResponse.make(bytes: json, headers: headers)
    }

    /// The longest `Link` header answered.
    static let maximumLinkBytes = 4096

    /// The `Link` header for the neighbouring pages, keeping every other query parameter: `next` continues by
    /// cursor (stable while others insert), `prev` is given for a page asked by `offset`.
    static func linkHeader<Item>(page: Page<Item>, request: Request) -> String? {
        linkHeader(nextCursor: page.nextCursor, offset: page.offset, limit: page.limit, request: request)
    }

    /// The `Link` header for a page that continues at `nextCursor` and, asked by offset, started at `offset`.
    static func linkHeader(nextCursor: String?, offset: Int?, limit: Int, request: Request) -> String? {
        var links: [String] = []
        let query = QueryString.items(request.uri.query)
        let others = query.filter { $0.name != "offset" && $0.name != "cursor" }.map { "\($0.name)=\(escaped($0.value))" }
        func url(_ position: String) -> String {
            "<\(request.uri.path)?\((others + [position]).joined(separator: "&"))>"
        }
        if let next = nextCursor {
            links.append("\(url("cursor=\(next)")); rel=\"next\"")
        }
        if let offset, offset > 0, !query.contains(where: { $0.name == "cursor" }) {
            links.append("\(url("offset=\(max(0, offset - limit))")); rel=\"prev\"")
        }
        // A query can repeat filters to any length; a Link header echoing tens of kilobytes is left out instead.
        let header = links.joined(separator: ", ")
        return links.isEmpty || header.utf8.count > maximumLinkBytes ? nil : header
    }

    private static func escaped(_ value: String) -> String {
        // Most values (codes, ids, cursors, dates) are unreserved characters only and need no encoding.
        let plain = value.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D
                || byte == 0x5F || byte == 0x2E || byte == 0x7E
        }
        return plain ? value : value.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? ""
    }
}

extension CharacterSet {
    /// Characters that may stand unescaped in a query value.
    static let urlQueryValueAllowed: CharacterSet = {
        var set = CharacterSet.urlQueryAllowed
        set.remove(charactersIn: "&=+;#")
        return set
    }()
}
