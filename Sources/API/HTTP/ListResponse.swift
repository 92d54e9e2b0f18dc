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

    /// The longest `Link` header answered.
    static let maximumLinkBytes = 4096

    /// The `Link` header for the neighbouring pages, keeping every other query parameter.
    static func linkHeader<Item>(page: Page<Item>, request: Request) -> String? {
        var links: [String] = []
        let others = QueryString.items(request.uri.query)
            .filter { $0.name != "offset" }
            .map { "\($0.name)=\($0.value.addingPercentEncoding(withAllowedCharacters: .urlQueryValueAllowed) ?? "")" }
        func url(offset: Int) -> String {
            "<\(request.uri.path)?\((others + ["offset=\(offset)"]).joined(separator: "&"))>"
        }
        if page.offset + page.items.count < page.total {
            links.append("\(url(offset: page.offset + page.limit)); rel=\"next\"")
        }
        if page.offset > 0 {
            links.append("\(url(offset: max(0, page.offset - page.limit))); rel=\"prev\"")
        }
        // A query can repeat filters to any length; a Link header echoing tens of kilobytes is left out instead.
        let header = links.joined(separator: ", ")
        return links.isEmpty || header.utf8.count > maximumLinkBytes ? nil : header
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
