import Foundation
import SamordnaClient
import SamordnaDomain

/// The large establishments of `shared/docs/domain.md` with their sourced figures (`Fixtures/establishments.json`),
/// entered through the Client as a county board would.
struct EstablishmentFixture: Decodable {
    struct Entry: Decodable {
        var name: String
        var company: String
        var sector: Establishment.Sector
        var kind: Establishment.Kind
        var sites: [MunicipalityCode]
        var phase: Establishment.Phase
        var phaseSince: CalendarDate
        var phaseSource: String
        var figures: [Figure]
    }

    struct Figure: Decodable {
        var metric: EstablishmentFigure.Metric
        var value: Decimal
        var asOf: CalendarDate
        var source: String
    }

    var establishments: [Entry]

    static let file = TestEnvironment.projectRoot.appendingPathComponent("Tests/APITests/Fixtures/establishments.json")

    /// Reads the fixture.
    static func load() throws -> EstablishmentFixture {
        try JSONDecoder().decode(EstablishmentFixture.self, from: Data(contentsOf: file))
    }

    /// Enters every establishment (its company first) and its claims; returns the establishments by name.
    func enter(with client: SamordnaClient) async throws -> [String: Establishment] {
        var entered: [String: Establishment] = [:]
        for entry in establishments {
            let company = try await client.organisations.create(OrganisationInput(name: entry.company, kind: .company))
            let establishment = try await client.establishments.create(
                EstablishmentInput(
                    name: entry.name, companyId: company.id, sites: entry.sites.map { SiteInput(municipalityCode: $0) },
                    sector: entry.sector,
                    kind: entry.kind, phase: entry.phase, phaseSince: entry.phaseSince, phaseSource: entry.phaseSource))
            for figure in entry.figures {
                _ = try await client.establishmentFigures.create(
                    EstablishmentFigureInput(
                        establishmentId: establishment.id, metric: figure.metric, value: figure.value, asOf: figure.asOf,
                        source: figure.source))
            }
            entered[entry.name] = establishment
        }
        return entered
    }
}
