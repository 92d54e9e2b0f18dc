import GRDB
import GRDBSQLite
import SamordnaDomain

/// A flat resource's JSON written straight from the columns of a SQLite statement, member by member, without
/// decoding a record or going through `Encodable`: the list page and the single read of such a resource are
/// mostly this. It restates the resource's wire shape, so `RowProjectionTests` holds it byte for byte to what the
/// record's `Encodable` conformance writes for the same rows.
struct RowProjection: Sendable {
    /// How a column becomes a JSON value; NULL leaves the member out, as `Encodable` does for a nil optional.
    enum Kind: Sendable {
        /// Text as a JSON string.
        case text
        /// An integer as a JSON number.
        case integer
        /// Milliseconds since 1970 as an RFC 3339 timestamp (`Timestamp`).
        case timestamp
    }

    /// One member: its JSON key, the column it comes from, and how.
    struct Member: Sendable {
        var key: String
        var column: String
        var kind: Kind
        /// `"key":`, written once.
        var prefix: [UInt8]
    }

    let members: [Member]

    /// A projection whose members are columns of the same name, in the order `Encodable` writes them.
    init(_ members: [(String, Kind)]) {
        self.members = members.map { key, kind in
            var prefix: [UInt8] = []
            JSONOutput.appendString(utf8: key.utf8, to: &prefix)
            prefix.append(UInt8(ascii: ":"))
            return Member(key: key, column: key, kind: kind, prefix: prefix)
        }
    }

    /// The statement's column index of each member, in member order.
    func columnIndexes(in statement: Statement) throws -> [Int32] {
        let names = statement.columnNames
        return try members.map { member in
            guard let index = names.firstIndex(of: member.column) else { throw StoredDataError(column: member.column) }
            return Int32(index)
        }
    }

    /// Appends the statement's current row as one JSON object to `bytes`.
    func appendRow(_ statement: SQLiteStatement, columns: [Int32], to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "{"))
        var first = true
        for (member, column) in zip(members, columns) {
            let type = sqlite3_column_type(statement, column)
            if type == SQLITE_NULL { continue }
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            bytes.append(contentsOf: member.prefix)
            switch member.kind {
            case .text:
                let count = Int(sqlite3_column_bytes(statement, column))
                if let text = sqlite3_column_text(statement, column) {
                    JSONOutput.appendString(utf8: UnsafeBufferPointer(start: text, count: count), to: &bytes)
                } else {
                    bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\"")])
                }
            case .integer:
                JSONOutput.appendInteger(sqlite3_column_int64(statement, column), to: &bytes)
            case .timestamp:
                bytes.append(UInt8(ascii: "\""))
                Timestamp.append(milliseconds: sqlite3_column_int64(statement, column), to: &bytes)
                bytes.append(UInt8(ascii: "\""))
            }
        }
        bytes.append(UInt8(ascii: "}"))
    }
}

extension JSONOutput {
    /// Appends an integer's decimal digits without building a `String`.
    static func appendInteger(_ value: Int64, to bytes: inout [UInt8]) {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt64 = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }
}

extension Statement {
    /// Steps the statement once, as `RowProjection` readers do: true when a row is current, false when done; a
    /// SQLite error is thrown as GRDB would.
    func stepRow(in db: Database) throws -> Bool {
        let code = sqlite3_step(sqliteStatement)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        throw DatabaseError(
            resultCode: ResultCode(rawValue: code), message: db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }, sql: sql)
    }
}
