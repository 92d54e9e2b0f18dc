import Foundation
import SamordnaDomain
import Testing

@Suite("Input validation")
struct InputValidationTests {
    let directory = MunicipalityDirectory(
        counties: [County(code: .vasterbotten, name: "Västerbottens län"), County(code: .norrbotten, name: "Norrbottens län")],
        municipalities: [
            Municipality(
                code: MunicipalityCode(rawValue: "2482")!, name: "Skellefteå", officialName: "Skellefteå kommun", countyCode: .vasterbotten),
            Municipality(code: MunicipalityCode(rawValue: "2582")!, name: "Boden", officialName: "Bodens kommun", countyCode: .norrbotten),
        ])

    func issues(_ body: () throws -> Void) -> [String: String] {
        do {
            try body()
            return [:]
        } catch DomainError.validationFailed(let issues) {
            return Dictionary(issues.map { ($0.field, $0.code) }, uniquingKeysWith: { first, _ in first })
        } catch {
            return ["unexpected": "\(error)"]
        }
    }

    @Test("an organisation reports every problem at once")
    func organisationAllAtOnce() {
        let input = OrganisationInput(
            name: "  ", kind: .municipality, key: "Bad Key", organisationNumber: "559123-4562", countyCode: .norrbotten,
            municipalityCode: MunicipalityCode(rawValue: "2482"), website: "ftp://example.se")
        let found = issues { _ = try input.validated(municipalities: directory) }
        #expect(
            found == [
                "name": "required", "key": "invalidKey", "organisationNumber": "invalidCheckDigit",
                "municipalityCode": "countyMismatch", "website": "invalidUrl",
            ])
    }

    @Test("a municipality needs a known municipality code, and the county follows from it")
    func municipalityCode() throws {
        #expect(
            issues { _ = try OrganisationInput(name: "X", kind: .municipality).validated(municipalities: directory) } == [
                "municipalityCode": "required"
            ])
        #expect(
            issues {
                _ = try OrganisationInput(name: "X", kind: .company, municipalityCode: MunicipalityCode(rawValue: "0180")).validated(
                    municipalities: directory)
            }
                == ["municipalityCode": "unknownMunicipality"])
        let valid = try OrganisationInput(
            name: "Boden kommun", kind: .municipality, organisationNumber: "16212000-2742",
            municipalityCode: MunicipalityCode(rawValue: "2582")
        )
        .validated(municipalities: directory)
        #expect(valid.countyCode == .norrbotten)
        #expect(valid.organisationNumber == "212000-2742")
    }

    @Test("control characters and overlong text are refused")
    func text() {
        #expect(
            issues { _ = try OrganisationInput(name: "A\u{0007}B", kind: .company).validated(municipalities: directory) } == [
                "name": "controlCharacters"
            ])
        #expect(
            issues {
                _ = try OrganisationInput(name: String(repeating: "ö", count: 201), kind: .company).validated(municipalities: directory)
            } == ["name": "tooLong"])
    }

    @Test(
        "contacts need a real-looking email, a phone of digits and a future retention date",
        arguments: [
            ("anna.nilsson@lansstyrelsen.se", "+46 920-22 55 00", nil as String?),
            ("åsa@kommun.se", "070-123 45 67", nil),
            ("not-an-email", "070-1234567", "email"),
            ("a@b", "070-1234567", "email"),
            ("anna@lst.se", "ring mig", "phone"),
        ])
    func contacts(email: String, phone: String, failing: String?) throws {
        let today = try #require(CalendarDate("2026-11-28"))
        let input = ContactInput(organisationId: .random(), name: "Anna Nilsson", email: email, phone: phone)
        let found = issues { _ = try input.validated(today: today) }
        #expect(Array(found.keys) == (failing.map { [$0] } ?? []))
    }

    @Test("a retention date in the past is refused")
    func retention() throws {
        let input = ContactInput(organisationId: .random(), name: "Anna", retainUntil: CalendarDate("2020-01-01"))
        #expect(issues { _ = try input.validated(today: try #require(CalendarDate("2026-11-28"))) } == ["retainUntil": "inThePast"])
    }

    @Test("assignment periods and deadlines are checked against each other")
    func assignment() throws {
        let input = AssignmentInput(
            title: "Uppdrag", principalId: .random(), coordinatorId: .random(), decisionDate: CalendarDate("2023-06-01"),
            period: DatePeriod(start: try #require(CalendarDate("2023-07-01")), end: CalendarDate("2023-06-30")),
            reportingObligations: [
                ReportingObligation(kind: .finalReport, dueDate: try #require(CalendarDate("2023-01-31"))),
                ReportingObligation(kind: .continuousBriefing, cadence: .quarterly),
                ReportingObligation(kind: .progressReport, dueDate: nil, cadence: nil),
            ])
        #expect(
            issues { try input.validate() } == [
                "period.end": "beforeStart", "reportingObligations[0].dueDate": "beforeDecision",
                "reportingObligations[2]": "dueDateOrCadence",
            ])
    }

    @Test(
        "challenge areas and parts need keys and names",
        arguments: [("housing-and-population", true), ("Housing", false), ("-x", false), ("a--b", false), ("x", false)])
    func keys(key: String, valid: Bool) {
        #expect(issues { try ChallengeAreaInput(key: key, nameSv: "Bostäder").validate() }.isEmpty == valid)
    }

    @Test("a token must not expire in the past")
    func tokenExpiry() {
        let now = Date()
        #expect(
            issues {
                try APITokenInput(organisationId: .random(), role: .reader, name: "x", expiresAt: now.addingTimeInterval(-1)).validate(
                    now: now)
            }
                == ["expiresAt": "inThePast"])
    }

    @Test("principals may edit only what their organisation owns, unless admin")
    func access() {
        let own = Organisation.ID.random()
        let editor = Principal(tokenId: .random(), organisationId: own, role: .editor)
        let reader = Principal(tokenId: .random(), organisationId: own, role: .reader)
        let admin = Principal(tokenId: .random(), organisationId: .random(), role: .admin)
        #expect(editor.canEdit(ownedBy: own))
        #expect(!editor.canEdit(ownedBy: .random()))
        #expect(!reader.canEdit(ownedBy: own))
        #expect(admin.canEdit(ownedBy: own))
        #expect(reader.canSeePeople(of: own) && !editor.canSeePeople(of: .random()))
    }
}
