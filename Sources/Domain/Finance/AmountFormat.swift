/// How amounts in öre are shown to people: in kronor (`kr`), thousands (`tkr`) or millions (`mnkr`).
///
/// The rule: a shown figure is the exact öre value (summed exactly first) divided by the unit and rounded once, half
/// away from zero, to the unit's decimals (kr 2, tkr 0, mnkr 1); digits are grouped by three. Swedish uses a
/// non-breaking space between groups and a decimal comma (`1 234 567,89 kr`); English a comma and a decimal point
/// (`SEK 1,234,567.89`). A total is rounded from its exact sum, never summed from rounded parts, so a table's shown
/// parts may differ from its shown total by the rounding.
public enum AmountUnit: String, Codable, CaseIterable, Sendable {
    case kr, tkr, mnkr

    /// Öre per unit.
    var divisor: Int64 {
        switch self {
        case .kr: 100
        case .tkr: 100_000
        case .mnkr: 100_000_000
        }
    }

    /// Decimals shown.
    var decimals: Int {
        switch self {
        case .kr: 2
        case .tkr: 0
        case .mnkr: 1
        }
    }

    /// The unit's label in a language.
    public func label(_ language: CodeList.Language) -> String {
        switch (self, language) {
        case (.kr, .sv): "kr"
        case (.tkr, .sv): "tkr"
        case (.mnkr, .sv): "mnkr"
        case (.kr, .en): "SEK"
        case (.tkr, .en): "SEK thousand"
        case (.mnkr, .en): "SEK million"
        }
    }

    /// The amount rounded once to the unit's decimals, as an integer count of its smallest shown step.
    func rounded(_ ore: Int64) -> Int64 {
        var step: Int64 = divisor
        for _ in 0..<decimals { step /= 10 }
        let (quotient, remainder) = ore.quotientAndRemainder(dividingBy: step)
        guard remainder.magnitude * 2 >= UInt64(step) else { return quotient }
        return quotient + (ore < 0 ? -1 : 1)
    }

    /// The amount as a person reads it, without the unit: `1 234 567,89` (sv) or `1,234,567.89` (en).
    public func format(_ ore: Int64, _ language: CodeList.Language = .sv) -> String {
        let steps = rounded(ore)
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let whole = (steps.magnitude / UInt64(scale))
        let fraction = steps.magnitude % UInt64(scale)
        let separator = language == .sv ? "\u{00A0}" : ","
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = separator + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        var text = (steps < 0 ? "-" : "") + grouped
        if decimals > 0 {
            let padded = String(repeating: "0", count: decimals - String(fraction).count) + String(fraction)
            text += (language == .sv ? "," : ".") + padded
        }
        return text
    }

    /// The amount with its unit: `1 234 567,89 kr` (sv) or `SEK 1,234,567.89` (en).
    public func formatWithUnit(_ ore: Int64, _ language: CodeList.Language = .sv) -> String {
        language == .sv ? "\(format(ore, .sv))\u{00A0}\(label(.sv))" : "\(label(.en)) \(format(ore, .en))"
    }
}

extension AmountUnit {
    /// The amount in kronor for a spreadsheet: two decimals after a decimal comma, no grouping (`-1234567,89`), as
    /// Swedish Excel reads a number.
    public static func spreadsheetKronor(_ ore: Int64) -> String {
        let whole = ore.magnitude / 100
        let fraction = ore.magnitude % 100
        return (ore < 0 ? "-" : "") + "\(whole)," + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
