import Foundation

/// A ledger export in SIE 4 (the Swedish standard, typ 4: with vouchers), as far as an import needs it: its header
/// (`#FORMAT`, `#SIETYP`, `#ORGNR`) and its vouchers (`#VER`) with their transaction rows (`#TRANS`). The file is read
/// as CP437 (`#FORMAT PC8`, as the format prescribes). `#RTRANS` (a row added later) is skipped because the format
/// repeats it as the `#TRANS` that follows; `#BTRANS` (a row removed) is not part of the voucher. Other labels are
/// ignored. Problems are reported with their line numbers, all at once.
public struct SIEFile: Sendable, Hashable {
    /// One transaction row of a voucher.
    public struct Transaction: Sendable, Hashable {
        /// The file's line number, from 1.
        public var line: Int
        public var account: String
        /// The object list: (dimension, object) pairs, e.g. (6, "P12") for a project.
        public var objects: [Objekt]
        /// Öre, exact; a debit is positive.
        public var amount: Int64
        public var date: CalendarDate?
        public var text: String?
    }

    /// An object of a dimension (a cost centre, a project).
    public struct Objekt: Sendable, Hashable {
        public var dimension: Int
        public var object: String
    }

    /// A voucher (*verifikation*).
    public struct Voucher: Sendable, Hashable {
        public var line: Int
        public var series: String
        public var number: String
        public var date: CalendarDate
        public var text: String?
        public var transactions: [Transaction]
    }

    public var format: String?
    public var sieType: String?
    public var organisationNumber: String?
    public var vouchers: [Voucher]
    /// What could not be read, by line (`field` is `line N`).
    public var issues: [ValidationIssue]

    /// Reads the bytes of an SIE 4 file.
    public init(bytes: [UInt8]) {
        var format: String?
        var sieType: String?
        var organisationNumber: String?
        var vouchers: [Voucher] = []
        var issues: [ValidationIssue] = []
        var open: Voucher?
        var inBraces = false
        let lines = CP437.decode(bytes).replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let fields = Self.fields(of: raw.trimmingCharacters(in: ["\r", " ", "\t"]))
            guard let label = fields.first else { continue }
            func problem(_ detail: String) { issues.append(ValidationIssue(field: "line \(number)", code: "invalidSIE", detail: detail)) }
            switch label {
            case "#FORMAT": format = fields.dropFirst().first
            case "#SIETYP": sieType = fields.dropFirst().first
            case "#ORGNR": organisationNumber = fields.dropFirst().first
            case "#VER":
                if open != nil { problem("#VER before the previous voucher's }.") }
                guard fields.count >= 4, let date = Self.date(fields[3]) else {
                    problem("#VER needs a series, a number and a date (YYYYMMDD).")
                    open = nil
                    continue
                }
                open = Voucher(
                    line: number, series: fields[1], number: fields[2], date: date, text: fields.count > 4 ? fields[4] : nil,
                    transactions: [])
            case "{":
                if open == nil { problem("{ without a #VER.") }
                inBraces = true
            case "}":
                if let voucher = open { vouchers.append(voucher) } else { problem("} without a #VER.") }
                open = nil
                inBraces = false
            case "#TRANS":
                guard inBraces, open != nil else {
                    problem("#TRANS outside a voucher's { }.")
                    continue
                }
                guard fields.count >= 4, !fields[1].isEmpty, let amount = Self.ore(fields[3]) else {
                    problem("#TRANS needs an account, an object list and an amount (e.g. 1234.50).")
                    continue
                }
                var transactionDate: CalendarDate?
                if fields.count > 4, !fields[4].isEmpty {
                    guard let date = Self.date(fields[4]) else {
                        problem("The transaction date is YYYYMMDD.")
                        continue
                    }
                    transactionDate = date
                }
                open?.transactions.append(
                    Transaction(
                        line: number, account: fields[1], objects: Self.objects(fields[2]), amount: amount, date: transactionDate,
                        text: fields.count > 5 && !fields[5].isEmpty ? fields[5] : nil))
            default: continue
            }
        }
        if open != nil {
            issues.append(ValidationIssue(field: "line \(lines.count)", code: "invalidSIE", detail: "The last voucher has no }."))
        }
        (self.format, self.sieType, self.organisationNumber, self.vouchers, self.issues) = (
            format, sieType, organisationNumber, vouchers, issues
        )
    }

    /// The fields of a line: words split by spaces and tabs, `"…"` strings (with `\"`) and `{…}` lists as one field each.
    static func fields(of line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var braces = 0
        var escaped = false
        var started = false
        for character in line {
            if quoted {
                if escaped {
                    current.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    quoted = false
                } else {
                    current.append(character)
                }
                continue
            }
            if braces > 0 {
                current.append(character)
                if character == "{" { braces += 1 }
                if character == "}" { braces -= 1 }
                continue
            }
            switch character {
            case " ", "\t":
                if started { fields.append(current) }
                current = ""
                started = false
            case "\"":
                quoted = true
                started = true
            case "{" where !started && !(fields.isEmpty && line == "{"):
                braces = 1
                current = "{"
                started = true
            default:
                current.append(character)
                started = true
            }
        }
        if started { fields.append(current) }
        return fields
    }

    /// The pairs of an object list `{6 "P12" 1 "100"}`.
    static func objects(_ field: String) -> [Objekt] {
        guard field.hasPrefix("{"), field.hasSuffix("}") else { return [] }
        let inner = fields(of: String(field.dropFirst().dropLast()))
        return stride(from: 0, to: inner.count - 1, by: 2).compactMap { index in
            Int(inner[index]).map { Objekt(dimension: $0, object: inner[index + 1]) }
        }
    }

    /// An SIE amount (`-1234.5`, `12500.00`) in öre, or nil when it is not one.
    static func ore(_ text: String) -> Int64? {
        guard text.range(of: #"^-?[0-9]{1,15}(\.[0-9]{1,2})?$"#, options: .regularExpression) != nil else { return nil }
        let negative = text.hasPrefix("-")
        let parts = text.drop { $0 == "-" }.split(separator: ".", omittingEmptySubsequences: false)
        let whole = Int64(parts[0]) ?? 0
        let fraction = parts.count > 1 ? Int64(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0 : 0
        return (negative ? -1 : 1) * (whole * 100 + fraction)
    }

    /// An SIE date `YYYYMMDD`.
    static func date(_ text: String) -> CalendarDate? {
        guard text.count == 8, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber) else { return nil }
        let characters = Array(text)
        return CalendarDate("\(String(characters[0..<4]))-\(String(characters[4..<6]))-\(String(characters[6..<8]))")
    }
}
