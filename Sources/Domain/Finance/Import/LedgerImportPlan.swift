/// The ledger entries an import file stands for, each with the line it came from, before the booking rules are
/// applied; and the file's totals per voucher series and month.
public struct LedgerImportPlan: Sendable, Hashable {
    /// One entry to book, from one line of the file.
    public struct Row: Sendable, Hashable {
        public var line: Int
        public var entry: LedgerTransactionInput
    }

    public var rows: [Row]
    public var rowsRead: Int
    public var rowsSkipped: Int
    /// What could not be read from the file, by line; nothing is booked while there is any.
    public var issues: [ValidationIssue]

    /// The file's totals per voucher series and month, in öre (from the rows to be booked).
    public var totals: [LedgerImport.Total] {
        var sums: [String: (series: String, month: String, amount: Int64, entries: Int)] = [:]
        for row in rows {
            let series = LedgerImport.series(of: row.entry.voucherReference)
            let month = String(row.entry.date.description.prefix(7))
            sums["\(series)\u{0}\(month)", default: (series, month, 0, 0)].amount += row.entry.amount
            sums["\(series)\u{0}\(month)"]!.entries += 1
        }
        return sums.values.sorted { ($0.series, $0.month) < ($1.series, $1.month) }.map {
            LedgerImport.Total(series: $0.series, month: $0.month, amount: $0.amount, entries: $0.entries)
        }
    }

    /// Creates a plan.
    public init(rows: [Row], rowsRead: Int, rowsSkipped: Int, issues: [ValidationIssue]) {
        self.rows = rows
        self.rowsRead = rowsRead
        self.rowsSkipped = rowsSkipped
        self.issues = issues
    }

    /// The entries of an SIE 4 file for `input`'s assignment: each `#TRANS` on a mapped account becomes one entry, dated
    /// by its transaction date or else its voucher's, described by its text or else the voucher's, under the voucher
    /// reference `series number` (with `:n` for the n-th mapped row when a voucher has several), in the account's
    /// category, source, appropriation, kind and initiative (an object mapped to an initiative wins), else the
    /// import's defaults. The file must say `#FORMAT PC8` and `#SIETYP 4`.
    public static func sie(_ file: SIEFile, _ input: LedgerImportInput) -> LedgerImportPlan {
        var issues = file.issues
        if file.format?.uppercased() != "PC8" {
            issues.append(
                ValidationIssue(field: "content", code: "notPC8", detail: "An SIE file says #FORMAT PC8 (CP437), as the format prescribes.")
            )
        }
        if file.sieType != "4" {
            issues.append(
                ValidationIssue(field: "content", code: "notSIE4", detail: "Only SIE typ 4 (#SIETYP 4) carries vouchers to import."))
        }
        let accounts = Dictionary((input.accounts ?? []).map { ($0.account, $0) }, uniquingKeysWith: { first, _ in first })
        let objects = Dictionary(
            (input.objects ?? []).map { ("\($0.dimension)\u{0}\($0.object)", $0.initiativeId) }, uniquingKeysWith: { first, _ in first })
        var rows: [Row] = []
        var read = 0
        var skipped = 0
        for voucher in file.vouchers {
            read += voucher.transactions.count
            let mapped = voucher.transactions.filter { accounts[$0.account] != nil }
            skipped += voucher.transactions.count - mapped.count
            let base = voucher.series.isEmpty ? voucher.number : "\(voucher.series) \(voucher.number)"
            for (index, transaction) in mapped.enumerated() {
                let mapping = accounts[transaction.account]!
                let initiative =
                    transaction.objects.lazy.compactMap { objects["\($0.dimension)\u{0}\($0.object)"] }.first ?? mapping.initiativeId
                let description = transaction.text ?? voucher.text ?? "Verifikation \(base)"
                rows.append(
                    Row(
                        line: transaction.line,
                        entry: LedgerTransactionInput(
                            assignmentId: input.assignmentId, date: transaction.date ?? voucher.date, amount: transaction.amount,
                            kind: mapping.kind ?? input.kind ?? .expenditure, costCategory: mapping.costCategory,
                            fundingSource: mapping.fundingSource ?? input.fundingSource ?? .other,
                            appropriation: mapping.appropriation ?? input.appropriation, initiativeId: initiative, description: description,
                            voucherReference: mapped.count > 1 ? "\(base):\(index + 1)" : base)))
            }
        }
        return LedgerImportPlan(rows: rows, rowsRead: read, rowsSkipped: skipped, issues: issues)
    }
}
