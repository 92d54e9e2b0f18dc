import GRDB

extension Database {
    /// Executes a statement compiled once per connection and reused: the write and lookup paths run the
    /// same few statements for every request, and compiling them (with GRDB's authorizer) was a visible
    /// share of a create.
    func executeCached(_ sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// Fetches one row with a statement compiled once per connection.
    func fetchOneCached(_ sql: String, arguments: StatementArguments = StatementArguments()) throws -> Row? {
        try Row.fetchOne(cachedStatement(sql: sql), arguments: arguments)
    }

    /// Whether a `SELECT EXISTS (…)` with a statement compiled once per connection is true.
    func existsCached(_ sql: String, arguments: StatementArguments = StatementArguments()) throws -> Bool {
        try Bool.fetchOne(cachedStatement(sql: sql), arguments: arguments) ?? false
    }
}
