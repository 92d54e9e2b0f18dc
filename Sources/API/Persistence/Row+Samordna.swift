import Foundation
import GRDB
import SamordnaDomain

/// Typed reads of the columns every table shares.
extension Row {
    func identifier<T>(_ column: String) throws -> Identifier<T> {
        guard let text: String = self[column], let id = Identifier<T>(text) else { throw StoredDataError(column: column) }
        return id
    }

    func optionalIdentifier<T>(_ column: String) throws -> Identifier<T>? {
        guard let text: String = self[column] else { return nil }
        guard let id = Identifier<T>(text) else { throw StoredDataError(column: column) }
        return id
    }

    func value<E: RawRepresentable>(_ column: String) throws -> E where E.RawValue == String {
        guard let text: String = self[column], let value = E(rawValue: text) else { throw StoredDataError(column: column) }
        return value
    }

    func optionalValue<E: RawRepresentable>(_ column: String) throws -> E? where E.RawValue == String {
        guard let text: String = self[column] else { return nil }
        guard let value = E(rawValue: text) else { throw StoredDataError(column: column) }
        return value
    }

    func date(_ column: String) -> Date { DatabaseTime.date(self[column]) }

    func optionalDate(_ column: String) -> Date? { (self[column] as Int64?).map(DatabaseTime.date) }

    func calendarDate(_ column: String) throws -> CalendarDate? {
        guard let text: String = self[column] else { return nil }
        guard let date = CalendarDate(text) else { throw StoredDataError(column: column) }
        return date
    }

    func json<T: Decodable>(_ column: String, as type: T.Type) throws -> T? {
        guard let text: String = self[column] else { return nil }
        do { return try SamordnaJSON.decoder().decode(T.self, from: Data(text.utf8)) } catch { throw StoredDataError(column: column) }
    }
}

/// A stored value that the current code cannot read: a bug or a hand-edited database, never user input.
struct StoredDataError: Error, CustomStringConvertible {
    let column: String
    var description: String { "unreadable stored value in column \(column)" }
}

/// JSON text for a column that holds a small structured value.
enum JSONColumn {
    static func text(_ value: some Encodable) -> String? {
        (try? ResponseJSONEncoder().encode(value)).map { String(decoding: $0, as: UTF8.self) }
    }
}

extension Row {
    /// A date column that must hold a date.
    func requiredDate(_ column: String) throws -> CalendarDate {
        guard let date = try calendarDate(column) else { throw StoredDataError(column: column) }
        return date
    }

    /// A decimal kept as its text (exact, never a binary float).
    func decimal(_ column: String) throws -> Decimal? {
        guard let text = self[column] as String? else { return nil }
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { throw StoredDataError(column: column) }
        return value
    }
}
