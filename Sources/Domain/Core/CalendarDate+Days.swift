import Foundation

/// Calendar-day arithmetic (periods such as "acknowledge within 14 days" are calendar days), on the proleptic
/// Gregorian calendar by day number, with no time zone involved.
extension CalendarDate {
    /// The number of days since 0000-03-01 (a day count that makes leap days the last of a year).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }

    /// The date of a day number; nil outside years 1–9999.
    public init?(dayNumber: Int) {
        var y = (10_000 * dayNumber + 14_780) / 3_652_425
        var dayOfYear = dayNumber - (365 * y + y / 4 - y / 100 + y / 400)
        if dayOfYear < 0 {
            y -= 1
            dayOfYear = dayNumber - (365 * y + y / 4 - y / 100 + y / 400)
        }
        let mi = (100 * dayOfYear + 52) / 3060
        let month = (mi + 2) % 12 + 1
        let year = y + (mi + 2) / 12
        let day = dayOfYear - (mi * 306 + 5) / 10 + 1
        self.init(year: year, month: month, day: day)
    }

    /// The date `days` calendar days later (earlier for a negative count); nil outside years 1–9999.
    public func adding(days: Int) -> CalendarDate? { CalendarDate(dayNumber: dayNumber + days) }

    /// The first instant of the day in UTC.
    public var startOfDay: Date {
        let epoch = CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber
        return Date(timeIntervalSince1970: Double(dayNumber - epoch) * 86_400)
    }

    /// Calendar days from this date to `other` (negative when `other` is earlier).
    public func days(until other: CalendarDate) -> Int { other.dayNumber - dayNumber }
}

extension CalendarDate {
    /// The date `months` calendar months later, on the same day of the month or the month's last day when it is
    /// shorter (31 January + 1 month = 28 or 29 February); nil outside years 1–9999.
    public func adding(months: Int) -> CalendarDate? {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index / 12, index % 12 + 1)
        for candidate in stride(from: day, through: 28, by: -1) {
            if let date = CalendarDate(year: newYear, month: newMonth, day: candidate) { return date }
        }
        return CalendarDate(year: newYear, month: newMonth, day: min(day, 28))
    }
}
