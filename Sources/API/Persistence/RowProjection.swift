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
    }

    let members: [Member]

    /// A projection whose members are columns of the same name, in the order `Encodable` writes them.
    init(_ members: [(String, Kind)]) {
        self.members = members.map { Member(key: $0.0, column: $0.0, kind: $0.1) }
    }

    /// The statement's column index of each member, in member order.
    func columnIndexes(in statement: Statement) throws -> [Int32] {
        let names = statement.columnNames
        return try members.map { member in
            guard let index = names.firstIndex(of: member.column) else { throw StoredDataError(column: member.column) }
            return Int32(index)
        }
    }

    /// Writes the statement's current row as one JSON object.
    func writeRow(_ statement: SQLiteStatement, columns: [Int32], into output: JSONOutput) {
        output.open(UInt8(ascii: "{"))
        for (member, column) in zip(members, columns) {
            let type = sqlite3_column_type(statement, column)
            if type == SQLITE_NULL { continue }
            output.writeKey(member.key)
            switch member.kind {
            case .text:
                let count = Int(sqlite3_column_bytes(statement, column))
                guard let text = sqlite3_column_text(statement, column) else {
                    output.writeString(utf8: EmptyCollection<UInt8>())
                    continue
                }
                output.writeString(utf8: UnsafeBufferPointer(start: text, count: count))
            case .integer:
                output.writeInteger(sqlite3_column_int64(statement, column))
            case .timestamp:
                output.bytes.append(UInt8(ascii: "\""))
                Timestamp.append(milliseconds: sqlite3_column_int64(statement, column), to: &output.bytes)
                output.bytes.append(UInt8(ascii: "\""))
            }
        }
        output.close(UInt8(ascii: "}"))
    }
}

extension JSONOutput {
    /// Writes an integer's decimal digits without building a `String`.
    func writeInteger(_ value: Int64) {
        if value == 0 {
            bytes.append(UInt8(ascii: "0"))
            return
        }
        var magnitude = value.magnitude
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        while magnitude > 0 {
            digits.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.append(contentsOf: digits.reversed())
    }
}
