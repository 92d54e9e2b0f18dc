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

@Suite("RFC 3339 timestamps")
struct TimestampTests {
    @Test(
        "every RFC 3339 form is read to the same instant",
        arguments: [
            "2026-11-28T09:15:00Z", "2026-11-28t09:15:00z", "2026-11-28 09:15:00Z", "2026-11-28T10:15:00+01:00",
            "2026-11-28T04:15:00-05:00", "2026-11-28T09:15:00.000000000Z", "2026-11-28T09:15:00.0Z",
        ])
    func forms(text: String) throws {
        #expect(try #require(Timestamp.parse(text)) == Date(timeIntervalSince1970: 1_795_857_300))
    }

    @Test("fractions and far dates keep their value")
    func values() throws {
        #expect(try #require(Timestamp.parse("1970-01-01T00:00:00.250Z")).timeIntervalSince1970 == 0.25)
        #expect(try #require(Timestamp.parse("2000-02-29T00:00:00Z")).timeIntervalSince1970 == 951_782_400)
        #expect(try #require(Timestamp.parse("0001-01-01T00:00:00Z")).timeIntervalSince1970 == -62_135_596_800)
    }

    @Test(
        "malformed timestamps are rejected",
        arguments: [
            "2026-11-28", "2026-11-28T09:15Z", "2026-11-28T09:15:00", "2026-11-28T25:00:00Z", "2026-02-30T00:00:00Z",
            "2026-11-28T09:15:00.Z", "2026-11-28T09:15:00+0100", "2026-11-28T09:15:00Z ", "２０２６-11-28T09:15:00Z",
        ])
    func rejects(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }
}

@Suite("Timestamp formatting")
struct TimestampFormatTests {
    @Test(
        "formatting matches Foundation's ISO 8601 style across eras",
        arguments: [
            0.0, 0.5, 951_782_400.25, 1_795_857_300.5, -1.5, -12_219_292_800, 253_402_300_799.75, 4_102_444_800,
        ])
    func matchesFoundation(seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        let foundation = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt).format(date)
        #expect(Timestamp.format(date) == foundation)
    }

    @Test("dates before 1582 use the proleptic Gregorian calendar, as RFC 3339 says (Foundation switches to Julian)")
    func proleptic() {
        #expect(Timestamp.format(Date(timeIntervalSince1970: -62_135_596_800)) == "0001-01-01T00:00:00.000Z")
    }

    @Test("format and parse round-trip to the millisecond")
    func roundTrip() throws {
        for seconds in stride(from: -86_400.0 * 800, to: 86_400.0 * 40_000, by: 86_400.0 * 97.3 + 0.123) {
            let date = Date(timeIntervalSince1970: (seconds * 1000).rounded(.down) / 1000)
            let parsed = try #require(Timestamp.parse(Timestamp.format(date)))
            #expect(abs(parsed.timeIntervalSince1970 - date.timeIntervalSince1970) < 0.000_001)
        }
    }
}
