import Foundation
import GRDB
import SamordnaDomain

/// One field of a stored resource, declared once in its table: the column it is kept in, how an input writes it, and
/// how a record exports it as CSV. A table's columns, its CSV header and its CSV cells are all derived from its list of
/// fields (`ResourceTable.fields`), so a new field is one line there (plus the Domain types and the schema). A field
/// that an input writes also says how its CSV cell reads back as the input's JSON (`parse`), so that what a list
/// exports, the import accepts.
struct Field<Record: RegistryRecord>: Sendable {
    /// The wire name, which is also the CSV column (export = import).
    var name: String
    /// The table column, or nil for a field kept elsewhere (a join table) or only exported.
    var column: String?
    var write: (@Sendable (Record.Input) -> (any DatabaseValueConvertible)?)?
    var export: (@Sendable (Record) -> String?)?
    /// The input's JSON value of a CSV cell of this column (an empty cell is null, or an empty list); nil for a column
    /// the import ignores (kept by the server). Throws `CSVCellError` for a cell that cannot be read.
    var parse: (@Sendable (String) throws -> JSONValue)? = nil

    /// A field kept in a column (named `column`, or like the field) and exported as CSV; the import reads it back where
    /// it is a field of the input (not, say, a server-kept flag exported beside them).
    static func value<Value: FieldValue>(
        _ name: String, column: String? = nil, _ input: @escaping @Sendable (Record.Input) -> Value?,
        _ record: @escaping @Sendable (Record) -> Value?
    ) -> Field {
        let read: @Sendable (String) throws -> JSONValue = { @Sendable cell in cell.isEmpty ? .null : try Value.json(cell) }
        let parse = Record.Input.fieldNames.contains(name) ? read : nil
        return Field(name: name, column: column ?? name, write: { input($0)?.storedValue }, export: { record($0)?.csvText }, parse: parse)
    }

    /// A list of codes or ids, kept in a join table or a JSON column, exported as one cell with the values joined by
    /// `separator` (a comma; a space for URLs, which may hold commas but never spaces).
    static func list(_ name: String, separator: String = ",", _ values: @escaping @Sendable (Record) -> [String]) -> Field {
        Field(
            name: name, column: nil, write: nil, export: { values($0).joined(separator: separator) },
            parse: { cell in
                .array(
                    cell.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map(
                        JSONValue.string))
            })
    }

    /// A structured value (a list of objects), exported as one cell of compact JSON and read back as such.
    static func json<Value: Encodable>(_ name: String, _ value: @escaping @Sendable (Record) -> Value) -> Field {
        Field(
            name: name, column: nil, write: nil, export: { JSONColumn.text(value($0)) },
            parse: { cell in
                if cell.isEmpty { return .null }
                guard let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(cell.utf8)) else {
                    throw CSVCellError(code: "invalidJson", detail: "\(name) must be JSON, as the export writes it.")
                }
                return parsed
            })
    }

    /// A column the server derives from the input (a folded sort key, a JSON value), not exported.
    static func stored(_ column: String, _ write: @escaping @Sendable (Record.Input) -> (any DatabaseValueConvertible)?) -> Field {
        Field(name: column, column: column, write: write, export: nil)
    }

    /// A field only exported as CSV (server-kept state such as a completion time), or, with `parse`, one in a format
    /// of its own that the import reads back.
    static func exported(
        _ name: String, _ export: @escaping @Sendable (Record) -> String?, parse: (@Sendable (String) throws -> JSONValue)? = nil
    ) -> Field {
        Field(name: name, column: nil, write: nil, export: export, parse: parse)
    }

    /// A column the server keeps itself (never written from an input, e.g. the entry that reversed a ledger entry),
    /// exported as CSV.
    static func serverKept(_ column: String, _ export: @escaping @Sendable (Record) -> String?) -> Field {
        Field(name: column, column: column, write: nil, export: export)
    }

    /// A column the server keeps and never shows, not even in CSV (a signing secret, a position in the feed).
    static func hidden(_ column: String) -> Field {
        Field(name: column, column: column, write: nil, export: nil)
    }

    /// The folded sort key of a text field, for ordering and `q`.
    static func sortKey(_ column: String, of text: @escaping @Sendable (Record.Input) -> String?) -> Field {
        stored(column) { text($0).map(SwedishCollation.sortKey) }
    }
}

/// A value a field can hold: how it is stored, how it reads in CSV, and how a CSV cell reads back as JSON.
protocol FieldValue: Sendable {
    var storedValue: any DatabaseValueConvertible { get }
    var csvText: String { get }
    /// The JSON an input decodes this value from, for a non-empty CSV cell; a cell of the wrong kind is passed on as
    /// text, so that decoding reports it like a wrong type in JSON.
    static func json(_ cell: String) throws -> JSONValue
}

extension FieldValue {
    static func json(_ cell: String) throws -> JSONValue { .string(cell) }
}

/// A CSV cell that cannot be read as its column's value.
struct CSVCellError: Error {
    var code: String
    var detail: String
}

extension String: FieldValue {
    var storedValue: any DatabaseValueConvertible { self }
    var csvText: String { self }
}

extension Int: FieldValue {
    var storedValue: any DatabaseValueConvertible { self }
    var csvText: String { String(self) }
    static func json(_ cell: String) throws -> JSONValue { Int64(cell).map(JSONValue.integer) ?? .string(cell) }
}

extension Bool: FieldValue {
    var storedValue: any DatabaseValueConvertible { self }
    var csvText: String { self ? "true" : "false" }
    static func json(_ cell: String) throws -> JSONValue {
        switch cell {
        case "true": .bool(true)
        case "false": .bool(false)
        default: .string(cell)
        }
    }
}

extension Identifier: FieldValue {
    var storedValue: any DatabaseValueConvertible { description }
    var csvText: String { description }
}

extension CalendarDate: FieldValue {
    var storedValue: any DatabaseValueConvertible { description }
    var csvText: String { description }
}

/// Codes and enumerations are stored and exported as their raw value.
protocol RawFieldValue: FieldValue, RawRepresentable where RawValue == String {}

extension RawFieldValue {
    var storedValue: any DatabaseValueConvertible { rawValue }
    var csvText: String { rawValue }
}

extension CountyCode: RawFieldValue {}
extension MunicipalityCode: RawFieldValue {}
extension OrganisationKind: RawFieldValue {}
extension ForumKind: RawFieldValue {}
extension ForumStatus: RawFieldValue {}
extension ForumMembership.Role: RawFieldValue {}
extension Meeting.Format: RawFieldValue {}
extension FollowUpAction.Status: RawFieldValue {}

extension ResourceTable {
    /// The columns and values an input writes, from `fields`.
    static func columns(_ input: Resource.Input) -> [(String, (any DatabaseValueConvertible)?)] {
        fields.compactMap { field in field.column.flatMap { column in field.write.map { (column, $0(input)) } } }
    }

    /// The CSV header: the id, every exported field, then the version and times.
    static var csvHeader: [String] { ["id"] + fields.filter { $0.export != nil }.map(\.name) + ["version", "createdAt", "updatedAt"] }

    /// One record's CSV cells, in `csvHeader` order.
    static func csvRow(_ record: Resource) -> [String?] {
        [record.idText] + fields.compactMap { $0.export }.map { $0(record) }
            + [String(record.version), Timestamp.format(record.createdAt), Timestamp.format(record.updatedAt)]
    }
}

extension Decimal: FieldValue {
    var storedValue: any DatabaseValueConvertible { description }
    var csvText: String { description }
}

extension Initiative.Status: RawFieldValue {}
extension Establishment.Sector: RawFieldValue {}
extension Establishment.Kind: RawFieldValue {}
extension Establishment.Phase: RawFieldValue {}
extension EstablishmentFigure.Metric: RawFieldValue {}
extension Need.Category: RawFieldValue {}
extension Need.Status: RawFieldValue {}
extension Barrier.Category: RawFieldValue {}
extension Barrier.Status: RawFieldValue {}
extension Indicator.Direction: RawFieldValue {}
extension SamiConsultation.Outcome: RawFieldValue {}
extension CostCategory: RawFieldValue {}
extension FundingSource: RawFieldValue {}
extension LedgerTransaction.Kind: RawFieldValue {}

extension Int64: FieldValue {
    var storedValue: any DatabaseValueConvertible { self }
    var csvText: String { String(self) }
    static func json(_ cell: String) throws -> JSONValue { Int64(cell).map(JSONValue.integer) ?? .string(cell) }
}

extension KnowledgeItem.Kind: RawFieldValue {}
extension KnowledgeItem.Status: RawFieldValue {}
extension Dissemination.Channel: RawFieldValue {}
