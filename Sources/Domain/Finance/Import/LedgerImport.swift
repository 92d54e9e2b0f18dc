import Foundation

/// An import of a ledger export from the agency's accounting system into the ledger: every row becomes one ledger
/// entry through the ordinary booking rules, all or none (a row's error names its line, and every error is reported
/// at once). The file itself is not kept, only its SHA-256 and its totals per voucher series and month, against which
/// the ledger is reconciled.
public struct LedgerImport: Codable, Hashable, Sendable, Identifiable {
    /// The import's identifier.
    public typealias ID = Identifier<LedgerImport>

    /// The file's format.
    public enum Format: String, Codable, CaseIterable, Sendable {
        /// SIE 4 (typ 4, with vouchers), CP437: the rows of mapped accounts are imported.
        case sie4
        /// The ledger's own CSV, as `GET /v1/transactions?format=csv` writes it (export = import).
        case csv
    }

    /// What the file holds for one voucher series and month, in öre.
    public struct Total: Codable, Hashable, Sendable {
        /// The voucher series: the voucher reference up to its first space (`A` of `A 1042`), or empty.
        public var series: String
        /// `YYYY-MM`.
        public var month: String
        public var amount: Int64
        public var entries: Int

        /// Creates a total.
        public init(series: String, month: String, amount: Int64, entries: Int) {
            self.series = series
            self.month = month
            self.amount = amount
            self.entries = entries
        }
    }

    public var id: ID
    public var assignmentId: Assignment.ID
    public var format: Format
    public var fileName: String?
    /// The SHA-256 of the file's bytes, lowercase hex.
    public var fileSha256: String
    /// The accounts mapped (SIE), as given.
    public var accounts: [AccountMapping]
    /// The objects mapped to initiatives (SIE), as given.
    public var objects: [ObjectMapping]
    /// Rows of the file read as transactions.
    public var rowsRead: Int
    /// Rows not imported: SIE rows on accounts not mapped (their counter-entries stay in the books).
    public var rowsSkipped: Int
    public var entriesCreated: Int
    /// The file's totals per voucher series and month.
    public var totals: [Total]
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates an import value.
    public init(
        id: ID, assignmentId: Assignment.ID, format: Format, fileName: String?, fileSha256: String, accounts: [AccountMapping],
        objects: [ObjectMapping], rowsRead: Int, rowsSkipped: Int, entriesCreated: Int, totals: [Total], version: Int, createdAt: Date,
        updatedAt: Date
    ) {
        self.id = id
        self.assignmentId = assignmentId
        self.format = format
        self.fileName = fileName
        self.fileSha256 = fileSha256
        self.accounts = accounts
        self.objects = objects
        self.rowsRead = rowsRead
        self.rowsSkipped = rowsSkipped
        self.entriesCreated = entriesCreated
        self.totals = totals
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The request that made it, without the file (which is not kept).
    public var input: LedgerImportInput {
        LedgerImportInput(assignmentId: assignmentId, format: format, fileName: fileName, content: "", accounts: accounts, objects: objects)
    }

    /// The voucher series of a voucher reference: the text before its first space, or empty.
    public static func series(of voucherReference: String) -> String {
        voucherReference.firstIndex(of: " ").map { String(voucherReference[..<$0]) } ?? ""
    }
}

/// How an SIE account's rows are booked: their cost category, and optionally their funding source, appropriation,
/// kind and initiative (otherwise the import's defaults).
public struct AccountMapping: Codable, Hashable, Sendable {
    public var account: String
    public var costCategory: CostCategory
    public var fundingSource: FundingSource?
    public var appropriation: String?
    public var kind: LedgerTransaction.Kind?
    public var initiativeId: Initiative.ID?

    /// Creates a mapping.
    public init(
        account: String, costCategory: CostCategory, fundingSource: FundingSource? = nil, appropriation: String? = nil,
        kind: LedgerTransaction.Kind? = nil, initiativeId: Initiative.ID? = nil
    ) {
        self.account = account
        self.costCategory = costCategory
        self.fundingSource = fundingSource
        self.appropriation = appropriation
        self.kind = kind
        self.initiativeId = initiativeId
    }
}

/// An SIE object (e.g. a project in dimension 6) whose rows belong to an initiative.
public struct ObjectMapping: Codable, Hashable, Sendable {
    public var dimension: Int
    public var object: String
    public var initiativeId: Initiative.ID

    /// Creates a mapping.
    public init(dimension: Int, object: String, initiativeId: Initiative.ID) {
        self.dimension = dimension
        self.object = object
        self.initiativeId = initiativeId
    }
}

/// What an import is asked with.
public struct LedgerImportInput: ResourceInput {
    public var assignmentId: Assignment.ID
    public var format: LedgerImport.Format
    public var fileName: String?
    /// The file's bytes, base64 (RFC 4648). Not returned.
    public var content: String
    /// SIE: the accounts whose rows become ledger entries (at least one); rows on other accounts are skipped.
    public var accounts: [AccountMapping]?
    /// SIE: objects whose rows belong to an initiative.
    public var objects: [ObjectMapping]?
    /// SIE: the kind of entry where the account's mapping names none (expenditure unless told).
    public var kind: LedgerTransaction.Kind?
    /// SIE: the funding source where the account's mapping names none.
    public var fundingSource: FundingSource?
    /// SIE: the appropriation where the account's mapping names none.
    public var appropriation: String?

    /// Creates the input for an import.
    public init(
        assignmentId: Assignment.ID, format: LedgerImport.Format, fileName: String? = nil, content: String,
        accounts: [AccountMapping]? = nil,
        objects: [ObjectMapping]? = nil, kind: LedgerTransaction.Kind? = nil, fundingSource: FundingSource? = nil,
        appropriation: String? = nil
    ) {
        self.assignmentId = assignmentId
        self.format = format
        self.fileName = fileName
        self.content = content
        self.accounts = accounts
        self.objects = objects
        self.kind = kind
        self.fundingSource = fundingSource
        self.appropriation = appropriation
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case assignmentId, format, fileName, content, accounts, objects, kind, fundingSource, appropriation
    }

    public static let requiredFields: Set<String> = ["assignmentId", "format", "content"]

    /// The file's bytes, or nil when `content` is not base64.
    public var bytes: [UInt8]? { Data(base64Encoded: content, options: .ignoreUnknownCharacters).map { [UInt8]($0) } }

    /// Checks the request as a whole (not yet the file's rows).
    public func validated() throws -> LedgerImportInput {
        var v = Validator()
        v.text(fileName, field: "fileName", maxLength: 200)
        if bytes == nil || content.isEmpty { v.add("content", "notBase64", "content is the file's bytes in base64.") }
        Appropriation.check(appropriation, field: "appropriation", into: &v)
        switch format {
        case .sie4:
            if (accounts ?? []).isEmpty {
                v.add(
                    "accounts", "required", "An SIE import names the accounts whose rows become ledger entries, with their cost category.")
            }
            for (index, mapping) in (accounts ?? []).enumerated() {
                if mapping.account.range(of: "^[0-9]{4,6}$", options: .regularExpression) == nil {
                    v.add("accounts[\(index)].account", "invalidAccount", "An account is 4–6 digits.")
                }
                Appropriation.check(mapping.appropriation, field: "accounts[\(index)].appropriation", into: &v)
                if mapping.fundingSource == nil && fundingSource == nil {
                    v.add("accounts[\(index)].fundingSource", "required", "Give the account's funding source, or fundingSource for all.")
                }
            }
            if Set((accounts ?? []).map(\.account)).count != (accounts ?? []).count {
                v.add("accounts", "duplicate", "Each account is mapped once.")
            }
        case .csv:
            for field in ["accounts", "objects", "kind", "fundingSource", "appropriation"] where present(field) {
                v.add(field, "notAllowed", "A CSV import carries every entry's fields in its columns; \(field) is for SIE.")
            }
        }
        try v.check()
        return self
    }

    private func present(_ field: String) -> Bool {
        switch field {
        case "accounts": accounts != nil
        case "objects": objects != nil
        case "kind": kind != nil
        case "fundingSource": fundingSource != nil
        default: appropriation != nil
        }
    }
}

/// What `GET /v1/ledger-imports` filters on.
public struct LedgerImportFilter: RecordFilter {
    public enum Parameter: String, CaseIterable, Sendable { case assignmentId }

    public var assignmentIds: [Assignment.ID]

    /// Creates a filter.
    public init(assignmentIds: [Assignment.ID] = []) { self.assignmentIds = assignmentIds }

    public var values: [Parameter: [String]] { [.assignmentId: assignmentIds.map(\.description)] }
}

extension LedgerImport: RegistryRecord { public typealias Filter = LedgerImportFilter }
