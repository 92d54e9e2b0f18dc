import Foundation
import SamordnaDomain
import Testing

@Suite("The mission's rules: coordinates, calendar days, lifecycles")
struct MissionRulesTests {
    /// PROJ 9.5.1 (pyproj 3.7.2), EPSG:3006 → EPSG:4326, around Boden, Kiruna, Skellefteå and Gällivare.
    static let vectors: [(northing: Double, easting: Double, latitude: Double, longitude: Double)] = [
        (7_301_000, 842_000, 65.64833726806528, 22.446921604306734),
        (7_535_000, 760_000, 67.81289455214173, 21.178160895730368),
        (7_215_000, 797_000, 64.92607817732252, 21.288907519603164),
        (7_595_000, 700_000, 68.39664923012367, 19.871863830532064),
    ]

    @Test("SWEREF 99 TM converts to WGS 84 as PROJ does, to a millimetre, and back", arguments: 0..<4)
    func sweref(index: Int) {
        let v = Self.vectors[index]
        let point = SWEREF99TM.geodetic(northing: v.northing, easting: v.easting)
        #expect(abs(point.latitude - v.latitude) < 1e-8 && abs(point.longitude - v.longitude) < 1e-8)
        let back = SWEREF99TM.grid(point)
        #expect(abs(back.northing - v.northing) < 0.001 && abs(back.easting - v.easting) < 0.001)
    }

    @Test("calendar days count across months, leap days and years")
    func days() throws {
        let day = { (text: String) in CalendarDate(text)! }
        #expect(day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(day("2024-02-29").adding(days: 1) == day("2024-03-01"))
        #expect(day("2025-12-31").adding(days: 1) == day("2026-01-01"))
        #expect(day("2026-01-19").adding(days: -14) == day("2026-01-05"))
        #expect(day("2026-01-01").days(until: day("2026-12-31")) == 364)
        #expect(day("2000-01-01").days(until: day("2100-01-01")) == 36_525)
        for offset in stride(from: -700_000, through: 800_000, by: 997) {
            let date = try #require(day("2026-11-28").adding(days: offset))
            #expect(CalendarDate(dayNumber: date.dayNumber) == date)
            #expect(day("2026-11-28").days(until: date) == offset)
        }
        #expect(day("0001-01-01").adding(days: -1) == nil)
    }

    @Test("a refused status change names the statuses that are allowed")
    func lifecycle() {
        #expect(throws: DomainError.illegalTransition(from: "idea", to: "completed", allowed: ["planned", "cancelled"])) {
            try Initiative.Status.idea.checkTransition(to: .completed)
        }
        #expect(throws: DomainError.illegalTransition(from: "cancelled", to: "ongoing", allowed: ["idea"])) {
            try Initiative.Status.cancelled.checkTransition(to: .ongoing)
        }
        #expect(throws: Never.self) { try Barrier.Status.resolved.checkTransition(to: .underReview) }
        for status in Initiative.Status.allCases { #expect(throws: Never.self) { try status.checkTransition(to: status) } }
    }

    @Test("the current figure is the latest claim by date, then by when it was recorded")
    func currentFigure() throws {
        let establishment = Establishment.ID(UUID().uuidString)!
        func claim(_ value: Decimal, _ asOf: String, recorded: TimeInterval) -> EstablishmentFigure {
            EstablishmentFigure(
                id: .init(UUID().uuidString)!, establishmentId: establishment, metric: .directJobs, value: value, asOf: CalendarDate(asOf)!,
                source: "x", sourceUrl: nil, version: 1, createdAt: Date(timeIntervalSince1970: recorded), updatedAt: Date())
        }
        let claims = [
            claim(1500, "2024-01-01", recorded: 3), claim(1200, "2025-06-30", recorded: 1), claim(1300, "2025-06-30", recorded: 2),
        ]
        #expect(EstablishmentFigure.current(claims)[.directJobs]?.value == 1300)
    }
}

@Suite("Deadlines")
struct DeadlineRulesTests {
    @Test(
        "a continuous duty is next due on the last day of the cadence period containing today, counted from the start",
        arguments: [
            ("2023-07-01", ReportingObligation.Cadence.quarterly, "2023-08-15", "2023-09-30"),
            ("2023-07-01", .quarterly, "2023-09-30", "2023-09-30"),
            ("2023-07-01", .quarterly, "2023-10-01", "2023-12-31"),
            ("2023-07-15", .quarterly, "2023-10-10", "2023-10-14"),
            ("2023-07-15", .quarterly, "2023-10-20", "2024-01-14"),
            ("2024-01-31", .monthly, "2024-02-10", "2024-02-28"),
            ("2023-07-01", .annually, "2026-11-28", "2027-06-30"),
            ("2026-12-01", .semiannually, "2026-11-28", "2027-05-31"),
        ])
    func nextBriefing(start: String, cadence: ReportingObligation.Cadence, today: String, due: String) {
        #expect(Deadlines.nextBriefing(from: CalendarDate(start)!, cadence: cadence, today: CalendarDate(today)!) == CalendarDate(due))
    }

    @Test("months add on the same day, or the month's last")
    func months() {
        #expect(CalendarDate("2024-01-31")!.adding(months: 1) == CalendarDate("2024-02-29"))
        #expect(CalendarDate("2023-01-31")!.adding(months: 1) == CalendarDate("2023-02-28"))
        #expect(CalendarDate("2023-11-30")!.adding(months: 3) == CalendarDate("2024-02-29"))
        #expect(CalendarDate("2023-07-15")!.adding(months: -7) == CalendarDate("2022-12-15"))
    }
}

@Suite("Code lists")
struct CodeListTests {
    @Test("every list labels each value once, in Swedish and English, with labels that tell the values apart")
    func labels() {
        #expect(Set(CodeLists.all.map(\.name)).count == CodeLists.all.count)
        for list in CodeLists.all {
            #expect(Set(list.entries.map(\.code)).count == list.entries.count, "\(list.name)")
            #expect(Set(list.entries.map(\.sv)).count == list.entries.count, "\(list.name): Swedish labels are distinct")
            #expect(Set(list.entries.map(\.en)).count == list.entries.count, "\(list.name): English labels are distinct")
            #expect(list.entries.allSatisfy { !$0.sv.isEmpty && !$0.en.isEmpty }, "\(list.name)")
        }
        #expect(CodeLists.named("Phase")?.label("insolvent") == "Konkurs")
        #expect(CodeLists.named("FundingSource")?.label("jtf", language: .en) == "Just Transition Fund (JTF)")
    }
}

@Suite("Amounts shown to people")
struct AmountFormatTests {
    @Test(
        "öre are shown in kr, tkr and mnkr, rounded once, half away from zero, grouped the Swedish way",
        arguments: [
            (Int64(123_456_789), AmountUnit.kr, "1\u{00A0}234\u{00A0}567,89"),
            (123_456_789, .tkr, "1\u{00A0}235"),
            (123_456_789, .mnkr, "1,2"),
            (5_000_000_00, .mnkr, "5,0"),
            (49_999, .tkr, "0"),
            (50_000, .tkr, "1"),
            (-50_000, .tkr, "-1"),
            (-123_456_789, .kr, "-1\u{00A0}234\u{00A0}567,89"),
            (0, .kr, "0,00"),
            (99, .kr, "0,99"),
            (1_000_00, .kr, "1\u{00A0}000,00"),
            (22_600_000_000_00, .mnkr, "22\u{00A0}600,0"),
        ])
    func swedish(ore: Int64, unit: AmountUnit, shown: String) {
        #expect(unit.format(ore) == shown)
    }

    @Test("English groups with commas and a decimal point, the unit first")
    func english() {
        #expect(AmountUnit.kr.formatWithUnit(123_456_789, .en) == "SEK 1,234,567.89")
        #expect(AmountUnit.tkr.formatWithUnit(123_456_789, .sv) == "1\u{00A0}235\u{00A0}tkr")
    }

    @Test("a total is rounded from its exact sum: three parts of 0,4 tkr show 0 each, their total 1")
    func totalsRoundOnce() {
        let parts: [Int64] = [40_000, 40_000, 40_000]
        #expect(parts.map { AmountUnit.tkr.format($0) } == ["0", "0", "0"])
        #expect(AmountUnit.tkr.format(parts.reduce(0, +)) == "1")
    }
}

@Suite("Markdown")
struct MarkdownTests {
    @Test("text is escaped where Markdown would read it as markup, and line breaks are joined")
    func escape() {
        #expect(Markdown.escape("a|b *c* [d](e) #1 (x)\nny_z") == ##"a\|b \*c\* \[d\](e) \#1 (x) ny\_z"##)
        #expect(Markdown.escape("Älvsbyn <b>") == #"Älvsbyn \<b\>"#)
    }
}
