import Foundation

/// RFC 3339 timestamps as the API writes and reads them: always written in UTC with `Z` and
/// milliseconds; read with any offset and with or without fractional seconds.
public enum Timestamp {
    private static let writer = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
    private static let fractionalReader = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let wholeSecondReader = Date.ISO8601FormatStyle()

    /// The text form of a point in time, e.g. `2026-11-28T10:15:00.000Z`.
    public static func format(_ date: Date) -> String { writer.format(date) }

    /// Parses an RFC 3339 timestamp with any offset; `nil` when it is not one.
    public static func parse(_ text: String) -> Date? {
        guard text.count >= 20, text.count <= 40 else { return nil }
        if let date = try? fractionalReader.parse(text) { return date }
        return try? wholeSecondReader.parse(text)
    }
}
