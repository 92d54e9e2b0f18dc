import Foundation
import GRDB
import SamordnaDomain

/// Corrects, once, what release 1.0 seeded: official names where the record still has the name 1.0 gave it (a name
/// a user changed stays), short names, verified organisation numbers and parents where none is set, the decision
/// text without Markdown escapes, the parts' own words and the continuous reporting duty. Ids and keys never change.
/// Each correction goes through `Repository`, so it gets a new version and a change-log entry.
struct SeedUpgrade {
    static let marker = "upgrade:1.1.0-official-reference-data"
    let files: SeedFiles
    let organisations: Repository<OrganisationTable>

    /// Applies the corrections unless they were applied before; returns how many records changed.
    func apply(_ db: Database, now: Date) throws -> Int {
        guard try !Self.hasMarker(Self.marker, db) else { return 0 }
        var changed = 0
        for seed in files.organisations {
            guard let existing = try organisations.find(seed.key, in: db) else { continue }
            var input = existing.input
            if let former = files.formerNames[seed.key], existing.name == former { input.name = seed.name }
            if input.shortName == nil { input.shortName = seed.shortName }
            if input.organisationNumber == nil, let number = seed.organisationNumber, try !numberTaken(number, db) {
                input.organisationNumber = number
            }
            if input.parentId == nil, let parentKey = seed.parentKey { input.parentId = try organisations.find(parentKey, in: db)?.id }
            if input != existing.input {
                _ = try organisations.update(existing, with: input, by: nil, in: db, now: now)
                changed += 1
            }
        }
        changed += try upgradeAssignment(db, now: now)
        try Self.setMarker(Self.marker, db, now: now)
        return changed
    }

    private func upgradeAssignment(_ db: Database, now: Date) throws -> Int {
        let assignments = Repository(table: AssignmentTable())
        let parts = Repository(table: AssignmentPartTable())
        guard let principal = try organisations.find(files.assignment.principalKey, in: db),
            let row = try Row.fetchOne(
                db, sql: "SELECT id FROM assignments WHERE title = ? AND principalId = ? AND deletedAt IS NULL",
                arguments: [files.assignment.title, principal.id.description]),
            let assignment = try assignments.find(row["id"], in: db)
        else { return 0 }
        var changed = 0
        var input = assignment.input
        if let former = files.formerDecisionText, input.decisionText == former { input.decisionText = files.decisionText }
        let obligations = input.reportingObligations ?? []
        if !obligations.contains(where: { $0.kind == .continuousBriefing }) {
            input.reportingObligations = files.assignment.reportingObligations.filter { $0.kind == .continuousBriefing } + obligations
        }
        if input != assignment.input {
            _ = try assignments.update(assignment, with: input, by: nil, in: db, now: now)
            changed += 1
        }
        for seed in files.parts {
            guard
                let partRow = try Row.fetchOne(
                    db, sql: "SELECT id FROM assignmentParts WHERE assignmentId = ? AND code = ? AND deletedAt IS NULL",
                    arguments: [assignment.id.description, seed.code]),
                let part = try parts.find(partRow["id"], in: db), part.textSv == nil, let text = seed.textSv
            else { continue }
            var partInput = part.input
            partInput.textSv = text
            _ = try parts.update(part, with: partInput, by: nil, in: db, now: now)
            changed += 1
        }
        return changed
    }

    private func numberTaken(_ number: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM organisations WHERE organisationNumber = ? AND deletedAt IS NULL)", arguments: [number])
            ?? false
    }

    static func hasMarker(_ name: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM seedMarkers WHERE name = ?)", arguments: [name]) ?? false
    }

    static func setMarker(_ name: String, _ db: Database, now: Date) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO seedMarkers (name, appliedAt) VALUES (?, ?)", arguments: [name, DatabaseTime.milliseconds(now)])
    }
}
