/// The answer of `POST /v1/{resource}/import`: what each row did (or, for a dry run, would do).
public struct ImportResult: Codable, Hashable, Sendable {
    /// What one row did.
    public enum Operation: String, Codable, CaseIterable, Sendable { case created, updated, unchanged }

    /// One row's outcome.
    public struct Row: Codable, Hashable, Sendable {
        /// The row (CSV, the header being row 1) or line (JSON Lines) number.
        public var row: Int
        public var operation: Operation
        public var id: String
        /// The record's version after the import.
        public var version: Int

        /// Creates a row's outcome.
        public init(row: Int, operation: Operation, id: String, version: Int) {
            self.row = row
            self.operation = operation
            self.id = id
            self.version = version
        }
    }

    /// Whether nothing was kept (`dryRun=true`).
    public var dryRun: Bool
    public var created: Int
    public var updated: Int
    public var unchanged: Int
    public var rows: [Row]

    /// Creates a result.
    public init(dryRun: Bool, created: Int, updated: Int, unchanged: Int, rows: [Row]) {
        self.dryRun = dryRun
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
        self.rows = rows
    }
}
