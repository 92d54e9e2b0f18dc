import Foundation
import GRDB
import Logging
import SamordnaDomain

/// Loads the reference data. Counties and municipalities are the seeds' own and follow them; records are added
/// once: one that exists (matched by key or seed marker, even if edited or deleted since) is left alone, so users'
/// changes are never overwritten. An upgrade (`SeedUpgrade`) corrects what earlier releases seeded, once. One
/// transaction.
struct SeedLoader {
    let files: SeedFiles
    let logger: Logger

    /// What a run added and corrected.
    struct Summary: Equatable, CustomStringConvertible {
        var organisations = 0
        var challengeAreas = 0
        var assignments = 0
        var parts = 0
        var corrected = 0
        var description: String {
            "\(organisations) organisations, \(challengeAreas) challenge areas, \(assignments) assignments, \(parts) assignment parts, "
                + "\(corrected) records corrected"
        }
    }

    @discardableResult
    func load(into database: DatabasePool, now: Date) throws -> Summary {
        let summary = try database.write { db in try load(db, now: now) }
        if summary == Summary() {
            logger.debug("Seeds already loaded")
        } else {
            logger.info("Seeds loaded", metadata: ["added": "\(summary)"])
        }
        return summary
    }

    private func load(_ db: Database, now: Date) throws -> Summary {
        var summary = Summary()
        try MunicipalityStore.save(counties: files.counties, municipalities: files.municipalities, in: db, now: now)
        let directory = try MunicipalityStore.directory(db)
        let organisations = Repository(table: OrganisationTable(municipalities: directory))
        for seed in files.organisations where try !Self.exists("organisations", key: seed.key, db) {
            let parentId = try seed.parentKey.flatMap { try organisations.find($0, in: db)?.id }
            let input = OrganisationInput(
                name: seed.name, shortName: seed.shortName, kind: seed.kind, key: seed.key, organisationNumber: seed.organisationNumber,
                countyCode: seed.countyCode, municipalityCode: seed.municipalityCode, parentId: parentId, website: seed.website)
            _ = try organisations.create(input, by: nil, in: db, now: now)
            summary.organisations += 1
        }
        let areas = Repository(table: ChallengeAreaTable())
        for area in files.challengeAreas where try !Self.exists("challengeAreas", key: area.key, db) {
            _ = try areas.create(area, by: nil, in: db, now: now)
            summary.challengeAreas += 1
        }
        try loadAssignment(db, now: now, organisations: organisations, summary: &summary)
        summary.corrected = try SeedUpgrade(files: files, organisations: organisations).apply(db, now: now)
        return summary
    }

    private func loadAssignment(_ db: Database, now: Date, organisations: Repository<OrganisationTable>, summary: inout Summary) throws {
        let seed = files.assignment
        let marker = "assignment:\(seed.seedKey)"
        guard try !SeedUpgrade.hasMarker(marker, db) else { return }
        guard let principal = try organisations.find(seed.principalKey, in: db),
            let coordinator = try organisations.find(seed.coordinatorKey, in: db)
        else {
            throw StartupError("the seed assignment's principal or coordinator (\(seed.principalKey), \(seed.coordinatorKey)) is missing")
        }
        let input = AssignmentInput(
            title: seed.title, principalId: principal.id, coordinatorId: coordinator.id, decisionDate: seed.decisionDate,
            caseNumber: seed.caseNumber, period: seed.period, reportingObligations: seed.reportingObligations,
            decisionText: files.decisionText)
        let assignment = try Repository(table: AssignmentTable()).create(input, by: nil, in: db, now: now)
        summary.assignments += 1
        let parts = Repository(table: AssignmentPartTable())
        for (index, part) in files.parts.enumerated() {
            let partInput = AssignmentPartInput(
                assignmentId: assignment.id, code: part.code, summarySv: part.summarySv, summaryEn: part.summaryEn, textSv: part.textSv,
                position: index + 1)
            _ = try parts.create(partInput, by: nil, in: db, now: now)
            summary.parts += 1
        }
        try SeedUpgrade.setMarker(marker, db, now: now)
    }

    /// Whether a record with this key exists, even a deleted one.
    static func exists(_ table: String, key: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE key = ?)", arguments: [key]) ?? false
    }
}
