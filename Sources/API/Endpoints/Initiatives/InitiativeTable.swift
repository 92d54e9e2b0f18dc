import Foundation
import GRDB
import SamordnaDomain

/// Initiatives: the lead organisation's editors (and admins) manage them; everyone reads. A parent cannot become its
/// own descendant.
struct InitiativeTable: ResourceTable {
    typealias Resource = Initiative

    static let resourceType = "initiative"
    static let participants = LinkTable(
        table: "initiativeParticipants", ownerColumn: "initiativeId", valueColumn: "organisationId", extraColumns: ["role"])
    static let challengeAreas = LinkTable(table: "initiativeChallengeAreas", ownerColumn: "initiativeId", valueColumn: "challengeAreaId")
    static let assignmentParts = LinkTable(
        table: "initiativeAssignmentParts", ownerColumn: "initiativeId", valueColumn: "assignmentPartId")
    static let counties = LinkTable(table: "initiativeCounties", ownerColumn: "initiativeId", valueColumn: "countyCode")
    static let municipalities = LinkTable(table: "initiativeMunicipalities", ownerColumn: "initiativeId", valueColumn: "municipalityCode")
    static let recommendations = LinkTable(
        table: "initiativeRecommendations", ownerColumn: "initiativeId", valueColumn: "recommendationId")
    static let listSpec = ListSpec(
        table: "initiatives",
        alias: "i",
        filters: InitiativeFilter.self,
        sortColumns: [
            "title": "nameSortKey", "startDate": "startDate", "status": "status", "createdAt": "createdAt", "updatedAt": "updatedAt",
            "id": "id",
        ],
        defaultSort: "title",
        searchColumns: ["nameSortKey"]
    ) { parameter in
        switch parameter {
        case .status: .enumeration("status", Initiative.Status.self)
        case .leadId: .identifier("leadId")
        case .participant:
            ListSpec.Filter(values: .uuid, normalise: { $0.lowercased() }) { values, _ in
                let list = ListSpec.Filter.placeholders(values.count)
                return (
                    "(i.leadId IN (\(list)) OR EXISTS (SELECT 1 FROM initiativeParticipants p WHERE p.initiativeId = i.id AND p.organisationId IN (\(list))))",
                    values + values
                )
            }
        case .challengeArea: .challengeArea(challengeAreas, owner: "i.id")
        case .assignmentPart: .linked(assignmentParts, owner: "i.id", values: .uuid, normalise: { $0.lowercased() })
        case .county: .linked(counties, owner: "i.id", values: .pattern(CountyCode.pattern))
        case .municipalityCode: .linked(municipalities, owner: "i.id", values: .pattern(MunicipalityCode.pattern))
        case .parentId: .identifier("parentId")
        case .recommendationId: .linked(recommendations, owner: "i.id", values: .uuid, normalise: { $0.lowercased() })
        case .atRisk: .flag("i.atRiskReason IS NOT NULL")
        }
    }

    static let references: [Reference] = [
        .column("leadId", to: "organisations"), .column("parentId", to: "initiatives"),
        .link(participants, field: "participants", member: "organisationId", to: "organisations"),
        .link(challengeAreas, field: "challengeAreaIds", to: "challengeAreas"),
        .link(assignmentParts, field: "assignmentPartIds", to: "assignmentParts"), .link(counties, field: "counties", to: "counties"),
        .link(municipalities, field: "municipalityCodes", to: "municipalities"),
        .link(recommendations, field: "recommendationIds", to: "recommendations", onDelete: .unlink),
        .column("atRiskEstablishmentId", field: "atRisk.establishmentId", to: "establishments"),
    ]

    static let fields: [Field<Initiative>] =
        [
            .value("title", { $0.title }, { $0.title }), .sortKey("nameSortKey", of: { $0.title }),
            .value("description", { $0.description }, { $0.description }), .value("leadId", { $0.leadId }, { $0.leadId }),
            .value("status", { $0.status ?? .idea }, { $0.status }), .value("startDate", { $0.startDate }, { $0.startDate }),
            .value("endDate", { $0.endDate }, { $0.endDate }), .value("national", { $0.national ?? false }, { $0.national }),
            .value("parentId", { $0.parentId }, { $0.parentId }), .value("caseNumber", { $0.caseNumber }, { $0.caseNumber }),
            .value("outcomeSummary", { $0.outcomeSummary }, { $0.outcomeSummary }),
            .exported(
                "participants", { $0.participants.map { "\($0.organisationId):\($0.role.rawValue)" }.joined(separator: ",") },
                parse: participantsCell),
            .list("challengeAreaIds") { $0.challengeAreaIds.map(\.description) },
            .list("assignmentPartIds") { $0.assignmentPartIds.map(\.description) }, .list("counties") { $0.counties.map(\.rawValue) },
            .list("municipalityCodes") { $0.municipalityCodes.map(\.rawValue) },
            .list("recommendationIds") { $0.recommendationIds.map(\.description) },
        ] + RiskColumns.fields(\.atRisk, \.atRisk)

    /// `organisationId:role,…` as the export writes participants, read back as their JSON.
    @Sendable static func participantsCell(_ cell: String) throws -> JSONValue {
        .array(
            try cell.split(separator: ",").map { pair in
                let parts = pair.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2 else {
                    throw CSVCellError(code: "invalidValue", detail: "participants are written organisationId:role, separated by commas.")
                }
                return .object(["organisationId": .string(parts[0]), "role": .string(parts[1])])
            })
    }

    static func decode(_ row: Row, links: LinkedRows) throws -> Initiative {
        Initiative(
            id: try row.identifier("id"), title: row["title"], description: row["description"],
            challengeAreaIds: try links.values(challengeAreas) { try $0.identifier("challengeAreaId") },
            assignmentPartIds: try links.values(assignmentParts) { try $0.identifier("assignmentPartId") },
            leadId: try row.identifier("leadId"),
            participants: try links.values(participants) {
                Initiative.Participant(organisationId: try $0.identifier("organisationId"), role: try $0.value("role"))
            },
            status: try row.value("status"), startDate: try row.calendarDate("startDate"), endDate: try row.calendarDate("endDate"),
            national: row["national"], counties: try links.values(counties) { try $0.value("countyCode") },
            municipalityCodes: try links.values(municipalities) { try $0.value("municipalityCode") },
            parentId: try row.optionalIdentifier("parentId"), caseNumber: row["caseNumber"], outcomeSummary: row["outcomeSummary"],
            recommendationIds: try links.values(recommendations) { try $0.identifier("recommendationId") },
            atRisk: try RiskColumns.decode(row),
            version: row["version"], createdAt: row.date("createdAt"), updatedAt: row.date("updatedAt"))
    }

    static func linkRows(_ input: InitiativeInput) -> LinkRows {
        [
            participants.table: (input.participants ?? []).map { [$0.organisationId.description, $0.role.rawValue] },
            challengeAreas.table: (input.challengeAreaIds ?? []).map { [$0.description] },
            assignmentParts.table: (input.assignmentPartIds ?? []).map { [$0.description] },
            counties.table: (input.counties ?? []).map { [$0.rawValue] },
            municipalities.table: (input.municipalityCodes ?? []).map { [$0.rawValue] },
            recommendations.table: (input.recommendationIds ?? []).map { [$0.description] },
        ]
    }

    func authorise(_ input: InitiativeInput, replacing existing: Initiative?, by principal: Principal, in db: Database) throws {
        if let existing { try principal.requireEdit(ownedBy: existing.leadId, "change this initiative") }
        try principal.requireEdit(ownedBy: input.leadId, "lead initiatives for this organisation")
    }

    func prepare(_ input: InitiativeInput, replacing existing: Initiative?, in db: Database, now: Date) throws -> InitiativeInput {
        var v = Validator()
        let validated = try v.include { try input.validated(replacing: existing) } ?? input
        if let existing, let parent = input.parentId, parent != existing.parentId, parent != existing.id {
            let ancestors = try String.fetchAll(
                db,
                sql: """
                    WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT i.parentId FROM initiatives i JOIN chain ON i.id = chain.id
                    WHERE i.parentId IS NOT NULL) SELECT id FROM chain
                    """, arguments: [parent.description])
            if ancestors.contains(existing.idText) {
                v.add("parentId", "cycle", "The parent is one of this initiative's own descendants.")
            }
        }
        try v.check()
        return validated
    }

    /// Children, indicators and the needs and actions that name it refuse the delete (they declare it).
    func prepareDelete(_ initiative: Initiative, by principal: Principal, in db: Database, now: Date) throws {
        try principal.requireEdit(ownedBy: initiative.leadId, "delete this initiative")
    }
}
