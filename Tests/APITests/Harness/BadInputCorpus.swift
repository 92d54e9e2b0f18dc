import Foundation
import NIOCore

/// Requests no client should send, each of which must get a 4xx problem document and change nothing.
/// Every entry is sent to every write operation (`BadInputTests`).
enum BadInputCorpus {
    /// One hostile or broken request body (or header set).
    struct Entry: Sendable, CustomStringConvertible {
        let name: String
        let contentType: String
        let body: @Sendable () -> ByteBuffer
        var description: String { name }
    }

    /// The body-size limit the tests run the server with.
    static let bodyLimit = 16_384

    static let bodies: [Entry] = [
        text("malformed JSON", #"{"name": "Luleå kommun", "kind": "#),
        text("trailing garbage", #"{"name":"x","kind":"company"} trailing"#),
        text("empty body", ""),
        text("a JSON array", "[1, 2, 3]"),
        text("a JSON string", #""Övertorneå""#),
        text("null", "null"),
        text("wrong content type", #"{"name":"x","kind":"company"}"#, contentType: "text/plain"),
        text("form encoding", "name=x&kind=company", contentType: "application/x-www-form-urlencoded"),
        text("latin-1 charset", #"{"name":"x","kind":"company"}"#, contentType: "application/json; charset=iso-8859-1"),
        Entry(name: "body over the limit", contentType: "application/json") {
            ByteBuffer(string: #"{"name":""# + String(repeating: "ö", count: bodyLimit) + #"","kind":"company"}"#)
        },
        Entry(name: "invalid UTF-8", contentType: "application/json") {
            var buffer = ByteBuffer(string: #"{"name":""#)
            buffer.writeBytes([0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE])
            buffer.writeString(#"","kind":"company"}"#)
            return buffer
        },
        text("deeply nested JSON", String(repeating: #"{"a":"#, count: 2000) + "1" + String(repeating: "}", count: 2000)),
        text("number out of range", #"{"position": 1e400, "version": 99999999999999999999999}"#),
        text("huge integer", #"{"name":"x","kind":"company","version":18446744073709551616}"#),
        text("wrong types", #"{"name": 123, "kind": true, "organisationId": 5, "position": "first", "website": ["x"]}"#),
        text("unknown fields only", #"{"colour": "blue", "__proto__": {"admin": true}}"#),
        text("SQL in values", #"{"name": "x'); DROP TABLE organisations; --", "kind": "company'; --", "key": "x' OR '1'='1"}"#),
        text("very long strings", #"{"name":""# + String(repeating: "Jåhkåmåhkke ", count: 1000) + #"","kind":"company"}"#),
        text("control characters", "{\"name\":\"Bolag\\u0000AB\\u0007\",\"kind\":\"company\"}"),
        text("blank strings", #"{"name":"   ","kind":"company","nameSv":"\t","title":" ","summarySv":"\n"}"#),
        text("NUL in key", "{\"name\":\"x\",\"kind\":\"company\",\"key\":\"a\\u0000b\"}"),
        text("dates that do not exist", #"{"retainUntil":"2026-02-30","decisionDate":"2023-13-01","expiresAt":"yesterday"}"#),
        text("duplicate keys", #"{"name":"A","name":"B","kind":"company","kind":"bank"}"#),
    ]

    private static func text(_ name: String, _ body: String, contentType: String = "application/json") -> Entry {
        Entry(name: name, contentType: contentType) { ByteBuffer(string: body) }
    }

    /// Hostile ids, for every item route.
    static let ids: [String] = [
        "1'%20OR%20'1'%3D'1",
        "..%2F..%2F..%2Fetc%2Fpasswd",
        "%2E%2E%2F%2E%2E%2Fsamordna.sqlite",
        "00000000-0000-0000-0000-000000000000",
        "ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ",
        String(repeating: "a", count: 2000),
        "%00",
        "tillvaxtverket%27--",
    ]

    /// Hostile query strings, for every list.
    static let queries: [String] = [
        "kind=municipality%27--",
        "county=25%20OR%201%3D1",
        "limit=-1", "limit=1e3", "limit=99999999999999999999", "offset=abc",
        "sort=name;DROP%20TABLE%20organisations",
        "updatedSince=2026-13-45T99:99:99Z",
        "organisationId=..%2F..%2Fetc",
        "id=1",
        "q=" + String(repeating: "x", count: 300),
        "limit=10&limit=20",
    ]
}
