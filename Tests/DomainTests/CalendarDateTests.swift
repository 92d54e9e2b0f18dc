import Foundation
import SamordnaDomain
import Testing

@Suite("Calendar dates and timestamps")
struct CalendarDateTests {
    @Test("real dates parse and print the same", arguments: ["2024-01-31", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])
    func roundTrip(text: String) throws {
        #expect(try #require(CalendarDate(text)).description == text)
    }

    @Test(
        "impossible or malformed dates are rejected",
        arguments: [
            "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "24-01-01", "2024-1-01", "2024-01-01T00:00:00Z", "",
            "２０２４-01-01",
        ])
    func rejects(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("dates order by calendar")
    func order() throws {
        #expect(try #require(CalendarDate("2023-12-31")) < #require(CalendarDate("2024-01-01")))
    }

    @Test("timestamps are written in UTC with Z and read with any offset")
    func timestamps() throws {
        let date = try #require(Timestamp.parse("2026-11-28T10:15:00+01:00"))
        #expect(Timestamp.format(date) == "2026-11-28T09:15:00.000Z")
        #expect(Timestamp.parse("2026-11-28T09:15:00.250Z") != nil)
        #expect(Timestamp.parse("2026-11-28") == nil)
        #expect(Timestamp.parse("yesterday") == nil)
    }
}
