import Foundation
import GRDB
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Needs, the needs gap, at-risk flags and a municipality's overview")
struct NeedTests {
    static let boden = MunicipalityCode(rawValue: "2582")!
    static let skelleftea = MunicipalityCode(rawValue: "2482")!

    @Test("Stegra's housing need in Boden leaves the needs gap once a planned housing initiative addresses it; Boden's overview sums it")
    func stegraHousing() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let entered = try await EstablishmentFixture.load().enter(with: admin)
            let stegra = try #require(entered["Stegra (formerly H2 Green Steel)"])
            let housing = try await board.challengeAreas.get(key: "housing-and-population")

            // domain.md [27]: Boden alone must build 3,200 homes by 2030.
            let need = try await board.needs.create(
                NeedInput(
                    establishmentId: stegra.id, municipalityCode: Self.boden, category: .housing, challengeAreaId: housing.id,
                    description: "Bostäder för Stegras etablering", quantity: 3200, unit: "bostäder", neededBy: CalendarDate("2030-12-31"),
                    responsibleId: try #require(Organisation.ID(env.id("boden-kommun")))))
            let municipal = try await board.needs.create(
                NeedInput(municipalityCode: Self.boden, category: .housing, description: "Studentbostäder", quantity: 500, unit: "bostäder")
            )
            let elsewhere = await problem {
                _ = try await board.needs.create(
                    NeedInput(establishmentId: stegra.id, municipalityCode: Self.skelleftea, category: .skills, description: "Fel kommun"))
            }
            #expect(elsewhere?.errors?.map(\.code) == ["notASite"])

            var gap = try await board.needsGap(municipalityCodes: [Self.boden])
            #expect(gap.needCount == 2)
            #expect(gap.groups.first { $0.challengeAreaId == housing.id }?.needs.map(\.id) == [need.id])

            let initiative = try await board.initiatives.create(
                InitiativeInput(
                    title: "Bostadsförsörjning för Stegras etablering i Boden", challengeAreaIds: [housing.id], leadId: boardId,
                    municipalityCodes: [Self.boden]))
            _ = try await board.needs.update(need) { $0.initiativeIds = [initiative.id] }
            gap = try await board.needsGap(municipalityCodes: [Self.boden])
            #expect(gap.needCount == 2, "an idea does not yet address a need")
            _ = try await board.initiatives.update(initiative) { $0.status = .planned }
            gap = try await board.needsGap(municipalityCodes: [Self.boden])
            #expect(gap.needCount == 1)
            #expect(gap.groups.flatMap(\.needs).map(\.id) == [municipal.id])
            #expect(try await board.needs.all(NeedFilter(addressed: true)).collect().map(\.id) == [need.id])

            // Touching Boden: the initiative naming it and one for all of Norrbotten, not one for Västerbotten only.
            let county = try await board.initiatives.create(
                InitiativeInput(title: "Kompetensförsörjning i Norrbotten", leadId: boardId, counties: [.norrbotten]))
            _ = try await board.initiatives.create(InitiativeInput(title: "Västerbotten", leadId: boardId, counties: [.vasterbotten]))
            let overview = try await board.municipalityOverview(Self.boden)
            #expect(overview.municipalityName == "Boden" && overview.countyCode == .norrbotten)
            #expect(Set(overview.initiatives.map(\.id)) == [initiative.id, county.id])
            let housingSum = try #require(overview.needs.first { $0.category == .housing && $0.status == .identified })
            #expect(housingSum.count == 2)
            #expect(housingSum.quantities.map(\.unit) == ["bostäder"] && housingSum.quantities.first?.total == 3700)
            let construction = try #require(overview.establishmentsByPhase.first { $0.phase == .construction })
            #expect(construction.establishments.map(\.id) == [stegra.id])
            #expect(construction.totals.investmentSek == Decimal("75000000000") && construction.totals.directJobs == 1500)
            #expect(overview.atRisk.needs.isEmpty && overview.atRisk.initiatives.isEmpty)

            let unknown = await problem { _ = try await board.municipalityOverview(MunicipalityCode(rawValue: "2599")!) }
            #expect(unknown?.status == 404)
        }
    }

    @Test(
        "Northvolt Ett turning insolvent flags its open needs and the initiatives that served only it, each with a new version, until reviewed"
    )
    func northvoltInsolvent() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let company = try await SamordnaClient(baseURL: baseURL, token: env.tokens.admin).organisations.create(
                OrganisationInput(name: "Northvolt AB", kind: .company))
            // Test data: the phase before the bankruptcy, dated by the test.
            let northvolt = try await board.establishments.create(
                EstablishmentInput(
                    name: "Northvolt Ett", companyId: company.id, sites: [SiteInput(municipalityCode: Self.skelleftea)], sector: .batteries,
                    kind: .new, phase: .rampUp, phaseSince: CalendarDate("2024-01-01"), phaseSource: "Test"))
            let boliden = try await board.establishments.create(
                EstablishmentInput(
                    name: "Boliden Rönnskär", companyId: company.id, sites: [SiteInput(municipalityCode: Self.skelleftea)],
                    sector: .metalsRecycling, kind: .expansion, phase: .planning))
            let homes = try await board.needs.create(
                NeedInput(establishmentId: northvolt.id, municipalityCode: Self.skelleftea, category: .housing, description: "Bostäder"))
            let skills = try await board.needs.create(
                NeedInput(
                    establishmentId: northvolt.id, municipalityCode: Self.skelleftea, category: .skills, description: "Batteritekniker"))
            let schools = try await board.needs.create(
                NeedInput(establishmentId: northvolt.id, municipalityCode: Self.skelleftea, category: .services, description: "Skolplatser")
            )
            let met = try await board.needs.create(
                NeedInput(
                    establishmentId: northvolt.id, municipalityCode: Self.skelleftea, category: .power, description: "Nätanslutning",
                    status: .met))
            let bolidenNeed = try await board.needs.create(
                NeedInput(
                    establishmentId: boliden.id, municipalityCode: Self.skelleftea, category: .skills, description: "Processoperatörer"))
            let onlyNorthvolt = try await board.initiatives.create(
                InitiativeInput(title: "Batteriutbildning", leadId: boardId, status: .planned, municipalityCodes: [Self.skelleftea]))
            let shared = try await board.initiatives.create(
                InitiativeInput(title: "Industriutbildning", leadId: boardId, status: .planned, municipalityCodes: [Self.skelleftea]))
            let untouched = try await board.initiatives.create(InitiativeInput(title: "Opåverkad", leadId: boardId))
            _ = try await board.needs.update(skills) { $0.initiativeIds = [onlyNorthvolt.id, shared.id] }
            _ = try await board.needs.update(homes) { $0.initiativeIds = [onlyNorthvolt.id] }
            _ = try await board.needs.update(bolidenNeed) { $0.initiativeIds = [shared.id] }
            let before = try await board.needs.get(homes.id).version

            _ = try await board.establishments.update(try await board.establishments.get(northvolt.id)) {
                $0.phase = .insolvent
                $0.phaseSince = CalendarDate("2025-03-12")
                $0.phaseSource = "domain.md [37]: bankruptcy, 12 March 2025"
            }
            let flagged = try await board.needs.all(NeedFilter(atRisk: true)).collect()
            #expect(
                Set(flagged.map(\.id)) == [homes.id, skills.id, schools.id],
                "open needs of Northvolt only; the met one and Boliden's are not")
            let flag = try #require(flagged.first?.atRisk)
            #expect(
                flag.reason == "Northvolt Ett: insolvent" && flag.since == CalendarDate("2025-03-12")
                    && flag.establishmentId == northvolt.id)
            #expect(try await board.needs.get(homes.id).version == before + 1)
            #expect(try await board.needs.get(met.id).atRisk == nil)
            let risky = try await board.initiatives.all(InitiativeFilter(atRisk: true)).collect()
            #expect(risky.map(\.id) == [onlyNorthvolt.id], "the shared initiative also serves Boliden; the untouched one serves none")
            #expect(try await board.initiatives.get(untouched.id).atRisk == nil)
            let history = try await board.establishments.get(northvolt.id).phaseHistory
            #expect(history.map(\.phase) == [.rampUp, .insolvent] && history.last?.since == CalendarDate("2025-03-12"))

            // The change log has one entry per record changed, in the same transaction as the cause.
            let entries = try await env.services.database.read { db in
                try Row.fetchAll(
                    db,
                    sql:
                        "SELECT resourceType, resourceId FROM changeEvents WHERE resourceType IN ('need', 'initiative') AND operation = 'updated'"
                )
            }
            #expect(entries.filter { ($0["resourceId"] as String) == onlyNorthvolt.idText }.count == 1)

            // Visible in the views until reviewed.
            #expect(try await board.establishmentPipeline().atRisk == .init(needs: 3, initiatives: 1))
            let overview = try await board.municipalityOverview(Self.skelleftea)
            #expect(Set(overview.atRisk.needs) == [homes.id, skills.id, schools.id] && overview.atRisk.initiatives == [onlyNorthvolt.id])
            let gap = try await board.needsGap(municipalityCodes: [Self.skelleftea]).groups.flatMap(\.needs)
            #expect(gap.map(\.id) == [schools.id] && gap.first?.atRisk?.reason == "Northvolt Ett: insolvent")

            // Raising a flag is the server's; clearing it is the review.
            let raise = await problem {
                _ = try await board.needs.update(try await board.needs.get(met.id)) { $0.atRisk = flag }
            }
            #expect(raise?.errors?.map(\.code) == ["serverManaged"])
            _ = try await board.needs.update(try await board.needs.get(homes.id)) { $0.atRisk = nil }
            _ = try await board.initiatives.update(try await board.initiatives.get(onlyNorthvolt.id)) { $0.atRisk = nil }
            #expect(Set(try await board.needs.all(NeedFilter(atRisk: true)).collect().map(\.id)) == [skills.id, schools.id])
            #expect(try await board.initiatives.all(InitiativeFilter(atRisk: true)).collect().isEmpty)
        }
    }
}
