import Foundation
import GRDB
import SamordnaDomain

/// Indicators: managed by the editors of the initiative's lead (and admins); everyone reads.
struct IndicatorTable: ResourceTable {
    typealias Resource = Indicator

    static let resourceType = "indicator"
    static let listSpec = ListSpec(
        table: "indicators",
        filters: IndicatorFilter.self,
        sortColumns: ["name": "nameSortKey", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "name",
        searchColumns: ["nameSortKey"]
    ) { parameter in
        switch parameter {
        case .initiativeId: .identifier("initiativeId")
        }
    }

    static let references: [Reference] = [.column("initiativeId", to: "initiatives")]

    static let fields: [Field<Indicator>] = [
        .value("initiativeId", { $0.initiativeId }, { $0.initiativeId }), .value("name", { $0.name }, { $0.name }),
        .sortKey("nameSortKey", of: { $0.name }), .value("unit", { $0.unit }, { $0.unit }),
        .value("direction", { $0.direction }, { $0.direction }),
        .value("baselineValue", { $0.baseline?.value }, { $0.baseline?.value }),
        .value("baselineDate", { $0.baseline?.date }, { $0.baseline?.date }),
        .value("targetValue", { $0.target?.value }, { $0.target?.value }), .value("targetDate", { $0.target?.date }, { $0.target?.date }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> Indicator {
        func point(_ prefix: String) throws -> Indicator.Point? {
            guard let value = try row.decimal("\(prefix)Value"), let date = try row.calendarDate("\(prefix)Date") else { return nil }
            return Indicator.Point(value: value, date: date)
        }
        return Indicator(
            id: try row.identifier("id"), initiativeId: try row.identifier("initiativeId"), name: row["name"], unit: row["unit"],
            direction: try row.value("direction"), baseline: try point("baseline"), target: try point("target"), version: row["version"],
            createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: IndicatorInput, replacing existing: Indicator?, by principal: Principal, in db: Database) throws {
        try InitiativeOwnership.requireEdit(
            of: [input.initiativeId, existing?.initiativeId].compactMap { $0 }, by: principal, in: db, action: "manage its indicators")
    }

    func prepare(_ input: IndicatorInput, replacing existing: Indicator?, in db: Database, now: Date) throws -> IndicatorInput {
        try input.validated()
    }

    /// Measurements refuse the delete (they declare it).
    func prepareDelete(_ indicator: Indicator, by principal: Principal, in db: Database, now: Date) throws {
        try InitiativeOwnership.requireEdit(of: [indicator.initiativeId], by: principal, in: db, action: "delete its indicators")
    }
}

/// Measurements: reported by editors of the reporting organisation when it leads or takes part in the initiative (or
/// by admins); everyone reads.
struct IndicatorMeasurementTable: ResourceTable {
    typealias Resource = IndicatorMeasurement

    static let resourceType = "indicatorMeasurement"
    static let listSpec = ListSpec(
        table: "indicatorMeasurements",
        filters: IndicatorMeasurementFilter.self,
        sortColumns: ["measuredOn": "measuredOn", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "measuredOn",
        searchColumns: []
    ) { parameter in
        switch parameter {
        case .indicatorId: .identifier("indicatorId")
        case .reportedById: .identifier("reportedById")
        case .from: .date("measuredOn", ">=")
        case .to: .date("measuredOn", "<=")
        }
    }

    static let references: [Reference] = [
        .column("indicatorId", to: "indicators"), .column("reportedById", to: "organisations"),
    ]

    static let fields: [Field<IndicatorMeasurement>] = [
        .value("indicatorId", { $0.indicatorId }, { $0.indicatorId }), .value("value", { $0.value }, { $0.value }),
        .value("measuredOn", { $0.measuredOn }, { $0.measuredOn }), .value("reportedById", { $0.reportedById }, { $0.reportedById }),
        .value("source", { $0.source }, { $0.source }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> IndicatorMeasurement {
        guard let value = try row.decimal("value") else { throw StoredDataError(column: "value") }
        return IndicatorMeasurement(
            id: try row.identifier("id"), indicatorId: try row.identifier("indicatorId"), value: value,
            measuredOn: try row.requiredDate("measuredOn"), reportedById: try row.identifier("reportedById"), source: row["source"],
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: IndicatorMeasurementInput, replacing existing: IndicatorMeasurement?, by principal: Principal, in db: Database)
        throws
    {
        if principal.isAdmin { return }
        for (reporter, indicator) in [(input.reportedById, input.indicatorId)]
            + (existing.map { [($0.reportedById, $0.indicatorId)] } ?? [])
        {
            try principal.requireEdit(ownedBy: reporter, "report measurements for this organisation")
            try InitiativeOwnership.requireTakesPart(reporter, inInitiativeOf: indicator, in: db)
        }
    }

    func prepare(_ input: IndicatorMeasurementInput, replacing existing: IndicatorMeasurement?, in db: Database, now: Date) throws
        -> IndicatorMeasurementInput
    { try input.validated() }

    func prepareDelete(_ measurement: IndicatorMeasurement, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireEdit(ownedBy: measurement.reportedById, "delete this measurement")
    }
}

/// Access that follows an initiative's lead and participants.
enum InitiativeOwnership {
    /// Throws `forbidden` unless the principal may edit every named initiative (an admin, or an editor of its lead).
    /// An initiative that does not exist is left to the reference check.
    static func requireEdit(of initiatives: [Initiative.ID], by principal: Principal, in db: Database, action: String) throws {
        if principal.isAdmin { return }
        for id in Set(initiatives) {
            guard let lead = try String.fetchOne(db, sql: "SELECT leadId FROM initiatives WHERE id = ?", arguments: [id.description]) else {
                continue
            }
            guard Organisation.ID(lead) == principal.organisationId, principal.role == .editor else {
                throw DomainError.forbidden("Only an admin, or an editor of the initiative's lead, may \(action).")
            }
        }
    }

    /// Throws `forbidden` unless `organisation` leads or takes part in the indicator's initiative.
    static func requireTakesPart(_ organisation: Organisation.ID, inInitiativeOf indicator: Indicator.ID, in db: Database) throws {
        let takesPart = try db.existsCached(
            """
            SELECT 1 FROM indicators d JOIN initiatives i ON i.id = d.initiativeId WHERE d.id = ?
            AND (i.leadId = ? OR EXISTS (SELECT 1 FROM initiativeParticipants p WHERE p.initiativeId = i.id AND p.organisationId = ?))
            """, arguments: [indicator.description, organisation.description, organisation.description])
        let known = try db.existsCached("SELECT 1 FROM indicators WHERE id = ?", arguments: [indicator.description])
        if known && !takesPart {
            throw DomainError.forbidden("Only organisations leading or taking part in the initiative report its measurements.")
        }
    }
}
