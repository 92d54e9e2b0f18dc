import GRDB

/// Release 1.4: submitted reports and ledger imports. A submission's files are frozen: triggers refuse to change a
/// file once written or to delete one, so that what was submitted stays byte for byte what it was. An import keeps its
/// totals per voucher series and month.
enum ReportsMigration {
    /// Table → the sort columns needing an index besides `id`.
    static let sortIndexes: [(table: String, columns: [String])] = [
        ("reportSubmissions", ["submittedOn", "createdAt", "updatedAt"]), ("ledgerImports", ["createdAt", "updatedAt"]),
    ]

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE reportSubmissions (
                    id TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL,
                    assignmentId TEXT NOT NULL REFERENCES assignments(id),
                    periodFrom TEXT,
                    periodTo TEXT,
                    language TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    governmentCaseNumber TEXT NOT NULL,
                    caseNumber TEXT,
                    decisionMakerId TEXT REFERENCES contacts(id),
                    submittedOn TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX reportSubmissions_assignment ON reportSubmissions(assignmentId, submittedOn);
                CREATE INDEX reportSubmissions_decisionMaker ON reportSubmissions(decisionMakerId);
                CREATE TABLE reportSubmissionFiles (
                    submissionId TEXT NOT NULL REFERENCES reportSubmissions(id),
                    position INTEGER NOT NULL,
                    format TEXT NOT NULL,
                    contentType TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    body BLOB,
                    PRIMARY KEY (submissionId, position),
                    UNIQUE (submissionId, format)
                ) STRICT;
                CREATE TRIGGER reportSubmissionFiles_frozen BEFORE UPDATE ON reportSubmissionFiles
                WHEN OLD.body IS NOT NULL OR NEW.sha256 IS NOT OLD.sha256 OR NEW.size IS NOT OLD.size OR NEW.format IS NOT OLD.format
                BEGIN SELECT RAISE(ABORT, 'a submitted report is frozen'); END;
                CREATE TRIGGER reportSubmissionFiles_kept BEFORE DELETE ON reportSubmissionFiles
                BEGIN SELECT RAISE(ABORT, 'a submitted report is kept'); END;

                CREATE TABLE ledgerImports (
                    id TEXT PRIMARY KEY NOT NULL,
                    assignmentId TEXT NOT NULL REFERENCES assignments(id),
                    format TEXT NOT NULL,
                    fileName TEXT,
                    fileSha256 TEXT NOT NULL,
                    accounts TEXT NOT NULL,
                    objects TEXT NOT NULL,
                    rowsRead INTEGER NOT NULL DEFAULT 0,
                    rowsSkipped INTEGER NOT NULL DEFAULT 0,
                    entriesCreated INTEGER NOT NULL DEFAULT 0,
                    version INTEGER NOT NULL,
                    createdAt INTEGER NOT NULL,
                    updatedAt INTEGER NOT NULL,
                    deletedAt INTEGER
                ) STRICT;
                CREATE INDEX ledgerImports_assignment ON ledgerImports(assignmentId);
                CREATE TABLE ledgerImportTotals (
                    importId TEXT NOT NULL REFERENCES ledgerImports(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    series TEXT NOT NULL,
                    month TEXT NOT NULL,
                    amount INTEGER NOT NULL,
                    entries INTEGER NOT NULL,
                    PRIMARY KEY (importId, position)
                ) STRICT;
                """)
        for (table, columns) in sortIndexes {
            for column in columns {
                try db.execute(sql: "CREATE INDEX \(table)_order_\(column) ON \(table)(\(column), id) WHERE deletedAt IS NULL")
            }
        }
    }
}
