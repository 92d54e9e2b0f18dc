import Foundation

/// Timestamps are stored as integer milliseconds since 1970 (UTC): exact, compact, and cheap to
/// compare and decode at a million rows.
enum DatabaseTime {
    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ milliseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
}
