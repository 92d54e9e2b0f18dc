import Foundation

/// How today's report differs from one that was submitted: every value that changed, appeared or went away, by its
/// JSON Pointer (RFC 6901) in the report. Lists of records are matched by their identity (`id`, `partId`,
/// `initiativeId`, `forumId`, `indicatorId`, `challengeAreaId`, `establishmentId`, `key`, `month`, `code`), so a
/// record added in the middle shows as one addition rather than as every later entry changed; the pointer then names
/// the record by that identity (`/account/byFiscalYear/2026/amounts/outcome`), other lists by position.
public struct ReportComparison: Codable, Hashable, Sendable {
    /// One difference.
    public struct Change: Codable, Hashable, Sendable {
        /// Where in the report, e.g. `/account/total/outcome`.
        public var path: String
        /// The value as submitted; absent when it is new.
        public var submitted: JSONValue?
        /// The value today; absent when it is gone.
        public var current: JSONValue?
    }

    public var submissionId: ReportSubmission.ID
    public var submittedOn: CalendarDate
    /// The day today's report was made.
    public var comparedOn: CalendarDate
    /// Whether nothing differs.
    public var unchanged: Bool
    public var changes: [Change]

    /// The members that name a record in a list, in the order they are tried.
    static let identities = [
        "id", "partId", "initiativeId", "forumId", "indicatorId", "challengeAreaId", "establishmentId", "key", "month", "code",
    ]

    /// Compares a submitted report with today's, both as JSON.
    public static func compare(
        _ submission: ReportSubmission.ID, submittedOn: CalendarDate, comparedOn: CalendarDate, submitted: JSONValue, current: JSONValue
    ) -> ReportComparison {
        var changes: [Change] = []
        walk(submitted, current, path: "", into: &changes)
        return ReportComparison(
            submissionId: submission, submittedOn: submittedOn, comparedOn: comparedOn, unchanged: changes.isEmpty, changes: changes)
    }

    private static func walk(_ old: JSONValue?, _ new: JSONValue?, path: String, into changes: inout [Change]) {
        switch (old, new) {
        case (.object(let a)?, .object(let b)?):
            for key in Set(a.keys).union(b.keys).sorted() { walk(a[key], b[key], path: path + "/" + escape(key), into: &changes) }
        case (.array(let a)?, .array(let b)?):
            if let identity = identity(of: a, b) {
                let name = { (value: JSONValue) in value.objectValue?[identity].map(text) ?? "" }
                let before = Dictionary(a.map { (name($0), $0) }, uniquingKeysWith: { first, _ in first })
                let after = Dictionary(b.map { (name($0), $0) }, uniquingKeysWith: { first, _ in first })
                var order = a.map(name)
                order += b.map(name).filter { before[$0] == nil }
                for key in order { walk(before[key], after[key], path: path + "/" + escape(key), into: &changes) }
            } else {
                for index in 0..<max(a.count, b.count) {
                    walk(index < a.count ? a[index] : nil, index < b.count ? b[index] : nil, path: path + "/\(index)", into: &changes)
                }
            }
        default:
            if old != new { changes.append(Change(path: path.isEmpty ? "/" : path, submitted: old, current: new)) }
        }
    }

    /// The member that names every element of both lists, once each, if all are objects sharing one.
    private static func identity(of a: [JSONValue], _ b: [JSONValue]) -> String? {
        let sides = [a.compactMap(\.objectValue), b.compactMap(\.objectValue)]
        guard !(a + b).isEmpty, sides[0].count == a.count, sides[1].count == b.count else { return nil }
        return identities.first { key in
            sides.allSatisfy { side in side.allSatisfy { $0[key] != nil } && Set(side.map { text($0[key]!) }).count == side.count }
        }
    }

    private static func text(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .integer(let number): String(number)
        default: "\(value)"
        }
    }

    /// A JSON Pointer reference token: `~` as `~0`, `/` as `~1`.
    private static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}
