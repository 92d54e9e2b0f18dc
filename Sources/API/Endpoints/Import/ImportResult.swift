import SamordnaDomain

/// The answer of `POST /v1/{resource}/import`: what each row did (or, for a dry run, would do).
struct ImportResult: Codable, Sendable {
    /// What one row did.
    enum Operation: String, Codable, Sendable { case created, updated, unchanged }

    /// One row's outcome.
    struct Row: Codable, Sendable {
        /// The row (CSV, the header being row 1) or line (JSON Lines) number.
        var row: Int
        var operation: Operation
        var id: String
        /// The record's version after the import.
        var version: Int
    }

    /// Whether nothing was kept (`dryRun=true`).
    var dryRun: Bool
    var created: Int
    var updated: Int
    var unchanged: Int
    var rows: [Row]
}
