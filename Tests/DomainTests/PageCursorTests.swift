import Foundation
import SamordnaDomain
import Testing

@Suite("Page cursors")
struct PageCursorTests {
    @Test("a token reads back as the cursor that wrote it, with text, integers, NULL and Swedish letters")
    func roundTrip() throws {
        let cursor = PageCursor(order: "-updatedAt", after: [.integer(1_764_000_000_123), .text("åäö-Ⅻ-🦌")], position: 150)
        let token = cursor.token
        #expect(token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(PageCursor(token: token) == cursor)
        let awkward = PageCursor(order: "-name", after: [.text("\"citat\" \\ \u{01}\n\tslut"), .integer(-42)], position: 3)
        #expect(PageCursor(token: awkward.token) == awkward)
        let nulls = PageCursor(order: "retainUntil", after: [.null, .text("id")], position: 0)
        #expect(PageCursor(token: nulls.token) == nulls)
    }

    @Test(
        "anything not written by this format is rejected",
        arguments: ["", "x", "%%%", "eyJ2IjoyfQ", "e30", String(repeating: "A", count: 3000)])
    func rejects(token: String) {
        #expect(PageCursor(token: token) == nil)
    }

    @Test("the same position always gives the same token")
    func deterministic() {
        let tokens = Set((0..<50).map { _ in PageCursor(order: "name", after: [.text("a"), .text("b")], position: 7).token })
        #expect(tokens.count == 1)
    }

    @Test("altered tokens are rejected or read as some other position, never a crash")
    func mutations() {
        let token = Array(PageCursor(order: "name", after: [.text("Åsele kommun"), .text("0b1c")], position: 40).token)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var altered = token
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                altered[Int.random(in: 0..<altered.count, using: &generator)] = alphabet.randomElement(using: &generator)!
            }
            if Bool.random(using: &generator) { altered.removeLast(Int.random(in: 0...4, using: &generator)) }
            if let read = PageCursor(token: String(altered)) { #expect(read.position >= 0 && !read.after.isEmpty) }
        }
    }

    @Test("another format version is rejected")
    func otherVersion() throws {
        let json = #"{"v":2,"o":"name","k":["a","b"],"p":0}"#
        let token = Data(json.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
        #expect(PageCursor(token: token) == nil)
    }
}
