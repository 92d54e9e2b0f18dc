import Foundation
import GRDB
import SamordnaDomain

/// When an establishment falters (paused, cancelled, insolvent), what depended on it is flagged `atRisk`, in the same
/// transaction: its open needs, and the initiatives that are not closed and address only needs of this establishment.
/// Each flagged record gets a new version and a change-log entry through `Repository`. A record already flagged for
/// the same reason is left as it is; one reviewed earlier (flag cleared) is flagged again by a new faltering phase.
struct RiskFlagging {
    let now: Date
    /// Who changed the establishment: the flags are written in their name.
    let principal: Principal?

    /// Flags the dependants of `establishment`, which has just moved to `phase` as of `since`.
    func flag(establishment: Establishment.ID, name: String, phase: Establishment.Phase, since: CalendarDate, in db: Database) throws {
        let reason = "\(name): \(phase.rawValue)"
        let columns: [(String, (any DatabaseValueConvertible)?)] = [
            ("atRiskReason", reason), ("atRiskSince", since.description), ("atRiskEstablishmentId", establishment.description),
        ]
        let needs = try String.fetchAll(
            db,
            sql: """
                SELECT id FROM needs WHERE establishmentId = ? AND deletedAt IS NULL AND status <> 'met'
                AND (atRiskReason IS NULL OR atRiskReason <> ? OR atRiskEstablishmentId <> ?) ORDER BY id
                """, arguments: [establishment.description, reason, establishment.description])
        for id in needs {
            try Repository(table: NeedTable()).updateServerState(id, columns: columns, by: principal, in: db, now: now)
        }
        let initiatives = try String.fetchAll(
            db,
            sql: """
                SELECT i.id FROM initiatives i WHERE i.deletedAt IS NULL AND i.status NOT IN ('completed', 'cancelled')
                AND (i.atRiskReason IS NULL OR i.atRiskReason <> ? OR i.atRiskEstablishmentId <> ?)
                AND EXISTS (SELECT 1 FROM needInitiatives ni JOIN needs n ON n.id = ni.needId
                    WHERE ni.initiativeId = i.id AND n.deletedAt IS NULL AND n.establishmentId = ?)
                AND NOT EXISTS (SELECT 1 FROM needInitiatives ni JOIN needs n ON n.id = ni.needId
                    WHERE ni.initiativeId = i.id AND n.deletedAt IS NULL AND n.establishmentId IS NOT ?)
                ORDER BY i.id
                """, arguments: [reason, establishment.description, establishment.description, establishment.description])
        for id in initiatives {
            try Repository(table: InitiativeTable()).updateServerState(id, columns: columns, by: principal, in: db, now: now)
        }
    }
}
