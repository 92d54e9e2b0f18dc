import GRDB

/// Release 1.3: the assignment's money and its reports. Budget lines with their revisions, and the ledger, whose
/// entries are never changed: a voucher is unique per fiscal year and an entry is reversed at most once, both also as
/// unique indexes. The reports' narrative sections.
enum FinanceMigration {
    /// Table → the sort columns needing an index besides `id`.
    static let sortIndexes: [(table: String, columns: [String])] = [
        ("budgets", ["fiscalYear", "costCategory", "createdAt", "updatedAt"]),
        ("ledgerTransactions", ["date", "voucherReference", "createdAt", "updatedAt"]),
        ("reportNarratives", ["periodFrom", "createdAt", "updatedAt"]),
    ]

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE budgets (
                    id TEXT PRIMARY KEY NOT NULL,
                    assignmentId TEXT NOT NULL REFERENCES assignments(id),
                    initiativeId TEXT REFERENCES initiatives(id),
                    fiscalYear INTEGER NOT NULL CHECK (fiscalYear BETWEEN 2000 AND 2100),
                    costCategory TEXT NOT NULL,
                    fundingSource TEXT NOT NULL,
                    appropriation TEXT,
                    amount INTEGER NOT NULL CHECK (amount >= 0),
                    note TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX budgets_assignment ON budgets(assignmentId);
                CREATE INDEX budgets_initiative ON budgets(initiativeId);
                CREATE TABLE budgetRevisions (
                    budgetId TEXT NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    previousAmount INTEGER NOT NULL,
                    amount INTEGER NOT NULL,
                    reason TEXT NOT NULL,
                    revisedAt INTEGER NOT NULL,
                    PRIMARY KEY (budgetId, position)
                ) STRICT;

                CREATE TABLE ledgerTransactions (
                    id TEXT PRIMARY KEY NOT NULL,
                    assignmentId TEXT NOT NULL REFERENCES assignments(id),
                    date TEXT NOT NULL,
                    fiscalYear INTEGER NOT NULL,
                    amount INTEGER NOT NULL CHECK (amount <> 0),
                    kind TEXT NOT NULL,
                    costCategory TEXT NOT NULL,
                    fundingSource TEXT NOT NULL,
                    appropriation TEXT,
                    initiativeId TEXT REFERENCES initiatives(id),
                    description TEXT NOT NULL,
                    voucherReference TEXT NOT NULL,
                    payeeId TEXT REFERENCES organisations(id),
                    reversesId TEXT REFERENCES ledgerTransactions(id),
                    reversedById TEXT REFERENCES ledgerTransactions(id),
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE UNIQUE INDEX ledgerTransactions_voucher ON ledgerTransactions(fiscalYear, voucherReference);
                CREATE UNIQUE INDEX ledgerTransactions_reverses ON ledgerTransactions(reversesId) WHERE reversesId IS NOT NULL;
                CREATE INDEX ledgerTransactions_assignment ON ledgerTransactions(assignmentId, date);
                CREATE INDEX ledgerTransactions_initiative ON ledgerTransactions(initiativeId);
                CREATE INDEX ledgerTransactions_payee ON ledgerTransactions(payeeId);
                CREATE INDEX ledgerTransactions_reversedBy ON ledgerTransactions(reversedById);

                CREATE TABLE reportNarratives (
                    id TEXT PRIMARY KEY NOT NULL,
                    assignmentId TEXT NOT NULL REFERENCES assignments(id),
                    assignmentPartId TEXT REFERENCES assignmentParts(id),
                    periodFrom TEXT NOT NULL,
                    periodTo TEXT NOT NULL CHECK (periodTo >= periodFrom),
                    textSv TEXT NOT NULL,
                    textEn TEXT,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX reportNarratives_assignment ON reportNarratives(assignmentId, periodFrom);
                CREATE INDEX reportNarratives_part ON reportNarratives(assignmentPartId);
                """)
        for (table, columns) in sortIndexes {
            for column in columns {
                try db.execute(sql: "CREATE INDEX \(table)_order_\(column) ON \(table)(\(column), id) WHERE deletedAt IS NULL")
            }
        }
    }
}
