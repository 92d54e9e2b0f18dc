import Foundation
import GRDB
import SamordnaDomain

/// Barriers: the reporter's editors report, describe and route them; the responsible organisation's editors handle
/// them (`BarrierPolicy`); everyone reads. A change of status joins the dated status history.
struct BarrierTable: ResourceTable {
    typealias Resource = Barrier

    static let resourceType = "barrier"
    static let statuses = LinkTable(
        table: "barrierStatuses", ownerColumn: "barrierId", valueColumn: "status", extraColumns: ["since"], isWritable: false)
    static let listSpec = ListSpec(
        table: "barriers",
        alias: "b",
        filters: BarrierFilter.self,
        sortColumns: [
            "title": "nameSortKey", "routedOn": "routedOn", "targetDate": "targetDate", "status": "status", "createdAt": "createdAt",
            "updatedAt": "updatedAt", "id": "id",
        ],
        defaultSort: "createdAt",
        searchColumns: ["nameSortKey"]
    ) { parameter in
        switch parameter {
        case .status: .enumeration("status", Barrier.Status.self)
        case .category: .enumeration("category", Barrier.Category.self)
        case .reportedById: .identifier("reportedById")
        case .responsibleId: .identifier("responsibleId")
        case .establishmentId: .identifier("establishmentId")
        case .acknowledgementOverdue:
            .flag(
                "b.status = 'reported' AND b.routedOn IS NOT NULL AND date(b.routedOn, '+' || b.acknowledgementDays || ' days') < ?",
                arguments: { [$0.description] })
        case .resolutionOverdue:
            .flag("b.status NOT IN ('resolved', 'notResolvable') AND b.targetDate < ?", arguments: { [$0.description] })
        }
    }

    static let references: [Reference] = [
        .column("reportedById", to: "organisations"), .column("establishmentId", to: "establishments"),
        .column("responsibleId", to: "organisations"),
    ]
    static let histories = [statuses]

    static let fields: [Field<Barrier>] = [
        .value("title", { $0.title }, { $0.title }), .sortKey("nameSortKey", of: { $0.title }),
        .value("description", { $0.description }, { $0.description }), .value("category", { $0.category }, { $0.category }),
        .value("reportedById", { $0.reportedById }, { $0.reportedById }),
        .value("establishmentId", { $0.establishmentId }, { $0.establishmentId }),
        .value("responsibleId", { $0.responsibleId }, { $0.responsibleId }),
        .value("responsibleCaseNumber", { $0.responsibleCaseNumber }, { $0.responsibleCaseNumber }),
        .value("routedOn", { $0.routedOn }, { $0.routedOn }),
        .value(
            "acknowledgementDays", { $0.acknowledgementDays ?? BarrierInput.defaultAcknowledgementDays }, { $0.acknowledgementDays }),
        .value("targetDate", { $0.targetDate }, { $0.targetDate }), .value("status", { $0.status ?? .reported }, { $0.status }),
        .value("statusSince", { $0.statusSince }, { $0.statusSince }), .value("resolution", { $0.resolution }, { $0.resolution }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> Barrier {
        Barrier(
            id: try row.identifier("id"), title: row["title"], description: row["description"], category: try row.value("category"),
            reportedById: try row.identifier("reportedById"), establishmentId: try row.optionalIdentifier("establishmentId"),
            responsibleId: try row.optionalIdentifier("responsibleId"), responsibleCaseNumber: row["responsibleCaseNumber"],
            routedOn: try row.calendarDate("routedOn"), acknowledgementDays: row["acknowledgementDays"],
            targetDate: try row.calendarDate("targetDate"), status: try row.value("status"),
            statusSince: try row.requiredDate("statusSince"),
            resolution: row["resolution"],
            statusHistory: try links.values(statuses) {
                Barrier.StatusEntry(status: try $0.value("status"), since: try $0.requiredDate("since"))
            },
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    func authorise(_ input: BarrierInput, replacing existing: Barrier?, by principal: Principal, in db: Database) throws {
        try BarrierPolicy.authorise(input, replacing: existing, by: principal)
    }

    func prepare(_ input: BarrierInput, replacing existing: Barrier?, in db: Database, now: Date) throws -> BarrierInput {
        try input.validated(replacing: existing, today: CalendarDate(now))
    }

    /// A new status joins the history; a corrected date of the current one corrects its entry.
    func recordDerivedLinks(id: String, _ input: BarrierInput, replacing existing: Barrier?, in db: Database, now: Date) throws {
        let status = input.status ?? .reported
        let since = (input.statusSince ?? CalendarDate(now)).description
        if let existing, existing.status == status {
            try LinkLoader.updateLast([("since", since)], of: Self.statuses, owner: id, in: db)
        } else {
            try LinkLoader.append([status.rawValue, since], to: Self.statuses, owner: id, in: db)
        }
    }

    func prepareDelete(_ barrier: Barrier, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireEdit(ownedBy: barrier.reportedById, "withdraw this barrier")
    }
}
