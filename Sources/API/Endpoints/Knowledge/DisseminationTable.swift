import Foundation
import GRDB
import SamordnaDomain

/// Disseminations: the organiser's editors (and admins) record them; everyone reads. Only published items are spread
/// (an item withdrawn later stays on the record). Each municipality named is also an organisation reached: one
/// outside the seeded counties becomes an organisation, with its official name and code, the first time it is needed.
struct DisseminationTable: ResourceTable {
    typealias Resource = Dissemination

    static let resourceType = "dissemination"
    static let items = LinkTable(table: "disseminationItems", ownerColumn: "disseminationId", valueColumn: "knowledgeItemId")
    static let organisations = LinkTable(
        table: "disseminationOrganisations", ownerColumn: "disseminationId", valueColumn: "organisationId")
    static let counties = LinkTable(table: "disseminationCounties", ownerColumn: "disseminationId", valueColumn: "countyCode")
    static let municipalities = LinkTable(
        table: "disseminationMunicipalities", ownerColumn: "disseminationId", valueColumn: "municipalityCode")
    static let listSpec = ListSpec(
        table: "disseminations",
        alias: "d",
        filters: DisseminationFilter.self,
        sortColumns: ["date": "date", "channel": "channel", "createdAt": "createdAt", "updatedAt": "updatedAt", "id": "id"],
        defaultSort: "date",
        searchColumns: ["nameSortKey"]
    ) { parameter in
        switch parameter {
        case .knowledgeItemId: .linked(items, owner: "d.id", values: .uuid, normalise: { $0.lowercased() })
        case .channel: .enumeration("channel", Dissemination.Channel.self)
        case .audience: .jsonList("d.audiences", Dissemination.Audience.self)
        case .organiserId: .identifier("organiserId")
        case .county:
            ListSpec.Filter(values: .pattern(CountyCode.pattern)) { values, _ in
                let list = ListSpec.Filter.placeholders(values.count)
                return (
                    """
                    (EXISTS (SELECT 1 FROM disseminationCounties c WHERE c.disseminationId = d.id AND c.countyCode IN (\(list)))
                    OR EXISTS (SELECT 1 FROM disseminationMunicipalities s JOIN municipalities m ON m.code = s.municipalityCode
                    WHERE s.disseminationId = d.id AND m.countyCode IN (\(list))))
                    """, values + values
                )
            }
        case .municipalityCode: .linked(municipalities, owner: "d.id", values: .pattern(MunicipalityCode.pattern))
        case .from: .date("date", ">=")
        case .to: .date("date", "<=")
        }
    }

    static let references: [Reference] = [
        .column("organiserId", to: "organisations"), .link(items, field: "knowledgeItemIds", to: "knowledgeItems"),
        .link(organisations, field: "organisationIds", to: "organisations", onDelete: .unlink),
        .link(counties, field: "counties", to: "counties"), .link(municipalities, field: "municipalityCodes", to: "municipalities"),
    ]

    static let fields: [Field<Dissemination>] = [
        .list("knowledgeItemIds") { $0.knowledgeItemIds.map(\.description) }, .value("title", { $0.title }, { $0.title }),
        .sortKey("nameSortKey", of: { $0.title }), .value("channel", { $0.channel }, { $0.channel }),
        .value("date", { $0.date }, { $0.date }), .value("organiserId", { $0.organiserId }, { $0.organiserId }),
        .stored("audiences") { JSONColumn.text(($0.audiences ?? []).map(\.rawValue)) },
        .list("audiences") { $0.audiences.map(\.rawValue) }, .list("organisationIds") { $0.organisationIds.map(\.description) },
        .list("counties") { $0.counties.map(\.rawValue) }, .list("municipalityCodes") { $0.municipalityCodes.map(\.rawValue) },
        .value("participants", { $0.participants }, { $0.participants }), .value("feedback", { $0.feedback }, { $0.feedback }),
    ]

    static func decode(_ row: Row, links: LinkedRows) throws -> Dissemination {
        Dissemination(
            id: try row.identifier("id"), knowledgeItemIds: try links.values(items) { try $0.identifier("knowledgeItemId") },
            title: row["title"], channel: try row.value("channel"), date: try row.requiredDate("date"),
            organiserId: try row.identifier("organiserId"), audiences: try row.json("audiences", as: [Dissemination.Audience].self) ?? [],
            organisationIds: try links.values(organisations) { try $0.identifier("organisationId") },
            counties: try links.values(counties) { try $0.value("countyCode") },
            municipalityCodes: try links.values(municipalities) { try $0.value("municipalityCode") }, participants: row["participants"],
            feedback: row["feedback"], version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    static func linkRows(_ input: DisseminationInput) -> LinkRows {
        [
            items.table: input.knowledgeItemIds.map { [$0.description] },
            organisations.table: (input.organisationIds ?? []).map { [$0.description] },
            counties.table: (input.counties ?? []).map { [$0.rawValue] },
            municipalities.table: (input.municipalityCodes ?? []).map { [$0.rawValue] },
        ]
    }

    func authorise(_ input: DisseminationInput, replacing existing: Dissemination?, by principal: Principal, in db: Database) throws {
        if let existing { try principal.requireEdit(ownedBy: existing.organiserId, "change this dissemination") }
        try principal.requireEdit(ownedBy: input.organiserId, "record disseminations for this organisation")
    }

    func prepare(_ input: DisseminationInput, replacing existing: Dissemination?, in db: Database, now: Date) throws
        -> DisseminationInput
    {
        var v = Validator()
        var result = try v.include { try input.validated(today: CalendarDate(now)) } ?? input
        let added = input.knowledgeItemIds.filter { !(existing?.knowledgeItemIds.contains($0) ?? false) }
        for (index, item) in input.knowledgeItemIds.enumerated() where added.contains(item) {
            let status = try String.fetchOne(
                db, sql: "SELECT status FROM knowledgeItems WHERE id = ? AND deletedAt IS NULL", arguments: [item.description])
            if let status, status != KnowledgeItem.Status.published.rawValue {
                v.add(
                    "knowledgeItemIds[\(index)]", "notPublished", "Only a published knowledge item can be spread (this one is \(status)).")
            }
        }
        try v.check()
        var reached = result.organisationIds ?? []
        for code in input.municipalityCodes ?? [] {
            guard let organisation = try MunicipalityOrganisations.organisation(of: code, in: db, now: now) else { continue }
            if !reached.contains(organisation) { reached.append(organisation) }
        }
        result.organisationIds = reached
        return result
    }

    func prepareDelete(_ dissemination: Dissemination, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireEdit(ownedBy: dissemination.organiserId, "delete this dissemination")
    }
}
