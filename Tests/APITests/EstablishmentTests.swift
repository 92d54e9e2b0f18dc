import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Establishments, their figures and the pipeline")
struct EstablishmentTests {
    @Test("the establishments of domain.md are entered with their sourced figures, and the pipeline sums them as checked by hand")
    func domainEstablishments() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let fixture = try EstablishmentFixture.load()
            let entered = try await fixture.enter(with: admin)
            #expect(entered.count == 8)

            // Every claim is kept with its source and date.
            for entry in fixture.establishments {
                let establishment = try #require(entered[entry.name])
                let claims = try await admin.establishmentFigures.all(EstablishmentFigureFilter(establishmentIds: [establishment.id]))
                    .collect()
                #expect(claims.map(\.source).sorted() == entry.figures.map(\.source).sorted(), "\(entry.name)")
                #expect(Set(claims.map(\.asOf)) == Set(entry.figures.map(\.asOf)), "\(entry.name)")
                #expect(Set(claims.map(\.value)) == Set(entry.figures.map(\.value)), "\(entry.name)")
            }
            let lkab = try await admin.establishments.get(try #require(entered["LKAB transformation"]).id)
            #expect(lkab.sites.map(\.municipalityCode.rawValue) == ["2584", "2523", "2580"])
            #expect(lkab.phaseHistory.map(\.phase) == [.permitting])

            // By hand, from the fixture: investment 75 + 400 + 52 + 4.8 + 22.6 + 8.7 = 563.1 bn SEK; jobs 3,000 + 1,500 + 500.
            let pipeline = try await admin.establishmentPipeline()
            #expect(pipeline.total.establishments == 8)
            #expect(pipeline.total.investmentSek == Decimal("563100000000"))
            #expect(pipeline.total.directJobs == 5000)
            #expect(pipeline.total.withoutFigure.first { $0.metric == .investmentSek }?.establishments == 2)
            // Northvolt Ett is insolvent: out of the active total.
            #expect(pipeline.activeTotal.establishments == 7)
            #expect(pipeline.activeTotal.directJobs == 2000)
            let norrbotten = try #require(pipeline.byCounty.first { $0.key == "25" }?.totals)
            #expect(norrbotten.establishments == 6)
            #expect(norrbotten.investmentSek == Decimal("558300000000"))
            let vasterbotten = try #require(pipeline.byCounty.first { $0.key == "24" }?.totals)
            #expect(vasterbotten.investmentSek == Decimal("4800000000"))
            #expect(vasterbotten.directJobs == 3000)
            let planning = try #require(pipeline.byPhase.first { $0.key == "planning" }?.totals)
            #expect(planning.establishments == 4)
            #expect(planning.investmentSek == Decimal("79400000000"))
            #expect(pipeline.bySector.first { $0.key == "steel" }?.totals.investmentSek == Decimal("127000000000"))
            #expect(pipeline.byPhase.map(\.key) == ["planning", "permitting", "construction", "operation", "insolvent"])

            // A newer claim supersedes the older without overwriting it (test data: a later figure for Stegra).
            let stegra = try #require(entered["Stegra (formerly H2 Green Steel)"])
            let newer = try await admin.establishmentFigures.create(
                EstablishmentFigureInput(
                    establishmentId: stegra.id, metric: .investmentSek, value: Decimal("80000000000"), asOf: CalendarDate("2025-06-30")!,
                    source: "Test: a later claim"))
            let current = try await admin.establishmentFigures.all(
                EstablishmentFigureFilter(establishmentIds: [stegra.id], metrics: [.investmentSek], current: true)
            ).collect()
            #expect(current.map(\.id) == [newer.id])
            let superseded = try await admin.establishmentFigures.all(
                EstablishmentFigureFilter(establishmentIds: [stegra.id], metrics: [.investmentSek], current: false)
            ).collect()
            #expect(superseded.map(\.value) == [Decimal("75000000000")])
            #expect(try await admin.establishmentPipeline().total.investmentSek == Decimal("568100000000"))
            let counted = try await admin.establishmentPipeline(counties: [.vasterbotten])
            #expect(counted.total.establishments == 2)

            // A claim is never changed, and a count is whole.
            let patch = await problem {
                _ = try await admin.establishmentFigures.patch(newer.id, expectedVersion: nil, fields: ["value": .number(1)])
            }
            #expect(patch?.status == 405)
            let fraction = await problem {
                _ = try await admin.establishmentFigures.create(
                    EstablishmentFigureInput(
                        establishmentId: stegra.id, metric: .directJobs, value: Decimal("10.5"), asOf: CalendarDate("2025-01-01")!,
                        source: "x"))
            }
            #expect(fraction?.errors?.map(\.code) == ["notWhole"])
        }
    }

    @Test("sites sent in SWEREF 99 TM are stored in WGS 84 and drawn on the GeoJSON map; coordinates outside Sweden are refused")
    func coordinates() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let editor = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let company = try #require(Organisation.ID(env.id("tillvaxtverket")))
            let works = try await editor.establishments.create(
                EstablishmentInput(
                    name: "Kartverket", companyId: company,
                    sites: [
                        SiteInput(
                            municipalityCode: MunicipalityCode(rawValue: "2582")!, name: "Norra",
                            location: .sweref99TM(northing: 7_301_000, easting: 842_000)),
                        SiteInput(municipalityCode: MunicipalityCode(rawValue: "2580")!),
                    ],
                    sector: .other, kind: .new, phase: .planning))
            // PROJ 9.5.1 (pyproj 3.7.2), EPSG:3006 → EPSG:4326: 65.64833726806528, 22.446921604306734.
            let point = try #require(works.sites.first?.location)
            #expect(abs(point.latitude - 65.6483373) < 1e-7 && abs(point.longitude - 22.4469216) < 1e-7)
            let map = try await editor.establishmentMap()
            #expect(map.features.count == 1 && map.unlocatedSites == 1)
            #expect(map.features.first?.geometry.coordinates == [point.longitude, point.latitude])
            let outside = await problem {
                _ = try await editor.establishments.create(
                    EstablishmentInput(
                        name: "Utomlands", companyId: company,
                        sites: [
                            SiteInput(
                                municipalityCode: MunicipalityCode(rawValue: "2582")!,
                                location: .wgs84(GeoPoint(latitude: 48.85, longitude: 2.35)))
                        ],
                        sector: .other, kind: .new, phase: .planning))
            }
            #expect(outside?.errors?.map(\.field) == ["sites[0].location"])
        }
    }
}
