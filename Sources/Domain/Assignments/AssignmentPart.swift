import Foundation

/// One duty of an assignment (e.g. `regional-dialogue`); later records link to parts so each duty's
/// coverage can be reported.
public struct AssignmentPart: Codable, Hashable, Sendable, Identifiable {
    /// The part's identifier.
    public typealias ID = Identifier<AssignmentPart>

    public var id: ID
    public var assignmentId: Assignment.ID
    /// A key unique within the assignment, e.g. `agency-dialogue`.
    public var code: String
    public var summarySv: String
    public var summaryEn: String?
    /// The part's words as the decision has them (Swedish, verbatim).
    public var textSv: String?
    /// The order in the assignment text, from 1.
    public var position: Int
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Creates a part value.
    public init(
        id: ID, assignmentId: Assignment.ID, code: String, summarySv: String, summaryEn: String?, textSv: String? = nil, position: Int,
        version: Int, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.assignmentId = assignmentId
        self.code = code
        self.summarySv = summarySv
        self.summaryEn = summaryEn
        self.textSv = textSv
        self.position = position
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The writable fields.
    public var input: AssignmentPartInput {
        AssignmentPartInput(
            assignmentId: assignmentId, code: code, summarySv: summarySv, summaryEn: summaryEn, textSv: textSv, position: position)
    }
}

/// The writable fields of an assignment part.
public struct AssignmentPartInput: ResourceInput {
    public var assignmentId: Assignment.ID
    public var code: String
    public var summarySv: String
    public var summaryEn: String?
    public var textSv: String?
    public var position: Int

    /// Creates the input for a part.
    public init(
        assignmentId: Assignment.ID, code: String, summarySv: String, summaryEn: String? = nil, textSv: String? = nil, position: Int
    ) {
        self.assignmentId = assignmentId
        self.code = code
        self.summarySv = summarySv
        self.summaryEn = summaryEn
        self.textSv = textSv
        self.position = position
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case assignmentId, code, summarySv, summaryEn, textSv, position
    }

    public static let requiredFields: Set<String> = ["assignmentId", "code", "summarySv", "position"]

    /// Checks every rule that needs no database.
    public func validate() throws {
        var v = Validator()
        v.key(code, field: "code")
        v.text(summarySv, field: "summarySv", required: true, maxLength: 2000)
        v.text(summaryEn, field: "summaryEn", maxLength: 2000)
        v.text(textSv, field: "textSv", maxLength: 10_000)
        if !(1...1000).contains(position) { v.add("position", "outOfRange", "position must be between 1 and 1000.") }
        try v.check()
    }
}
