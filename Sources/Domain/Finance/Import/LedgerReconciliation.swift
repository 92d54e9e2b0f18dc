/// The reconciliation of an import with the ledger: for each voucher series and month of the file, what the file
/// holds and what the ledger holds today (every live entry of the assignment whose voucher is of that series and
/// dated in that month, reversals included), so that the figures can be shown to match the books. A difference
/// names a correction booked since, or an entry booked outside the import.
public struct LedgerReconciliation: Codable, Hashable, Sendable {
    /// One series and month.
    public struct Line: Codable, Hashable, Sendable {
        public var series: String
        public var month: String
        /// Öre in the file.
        public var imported: Int64
        /// Öre in the ledger today.
        public var ledger: Int64
        /// ledger − imported.
        public var difference: Int64
        public var importedEntries: Int
        public var ledgerEntries: Int
    }

    public var importId: LedgerImport.ID
    public var lines: [Line]
    public var importedTotal: Int64
    public var ledgerTotal: Int64
    /// Whether every line matches.
    public var matches: Bool

    /// Reconciles `ledgerImport` with the assignment's live ledger entries.
    public static func compute(_ ledgerImport: LedgerImport, entries: [LedgerTransaction]) -> LedgerReconciliation {
        let keys = Set(ledgerImport.totals.map { "\($0.series)\u{0}\($0.month)" })
        var ledger: [String: (amount: Int64, count: Int)] = [:]
        for entry in entries where entry.assignmentId == ledgerImport.assignmentId {
            let key = "\(LedgerImport.series(of: entry.voucherReference))\u{0}\(entry.date.description.prefix(7))"
            guard keys.contains(key) else { continue }
            ledger[key, default: (0, 0)].amount += entry.amount
            ledger[key]!.count += 1
        }
        let lines = ledgerImport.totals.sorted { ($0.series, $0.month) < ($1.series, $1.month) }.map { total in
            let held = ledger["\(total.series)\u{0}\(total.month)"] ?? (0, 0)
            return Line(
                series: total.series, month: total.month, imported: total.amount, ledger: held.amount,
                difference: held.amount - total.amount,
                importedEntries: total.entries, ledgerEntries: held.count)
        }
        return LedgerReconciliation(
            importId: ledgerImport.id, lines: lines, importedTotal: lines.reduce(0) { $0 + $1.imported },
            ledgerTotal: lines.reduce(0) { $0 + $1.ledger }, matches: lines.allSatisfy { $0.difference == 0 })
    }
}

/// What a dry run of an import says: whether it would succeed, the import and entries it would make, or every error.
public struct LedgerImportDryRun: Codable, Hashable, Sendable {
    public var valid: Bool
    /// The import as it would be recorded (nil when invalid).
    public var ledgerImport: LedgerImport?
    /// The entries it would book.
    public var entries: [LedgerTransaction]
    /// Every error, by line or row.
    public var errors: [ValidationIssue]

    /// Creates a dry run's answer.
    public init(valid: Bool, ledgerImport: LedgerImport?, entries: [LedgerTransaction], errors: [ValidationIssue]) {
        self.valid = valid
        self.ledgerImport = ledgerImport
        self.entries = entries
        self.errors = errors
    }
}
