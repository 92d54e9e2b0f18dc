import Foundation
import SamordnaDomain
import Testing

@Suite("Organisation numbers")
struct OrganisationNumberTests {
    @Test(
        "accepted forms all give the canonical form",
        arguments: [
            ("559123-4561", "559123-4561"),
            ("5591234561", "559123-4561"),
            ("165591234561", "559123-4561"),
            ("16559123-4561", "559123-4561"),
            ("212000-2742", "212000-2742"),
            ("2021005687", "202100-5687"),
        ])
    func acceptsForms(input: String, canonical: String) throws {
        #expect(try OrganisationNumber(parsing: input).canonical == canonical)
    }

    @Test(
        "rejected forms say why",
        arguments: [
            ("559123-4562", OrganisationNumber.Problem.invalidCheckDigit),
            ("55912345", .invalidFormat),
            ("559123_4561", .invalidFormat),
            ("55912-34561", .invalidFormat),
            ("175591234561", .invalidFormat),
            ("５５９１２３４５６１", .invalidFormat),
            ("", .invalidFormat),
            ("8001011234", .personalIdentityNumber),
            ("5511234567x", .invalidFormat),
        ])
    func rejects(input: String, problem: OrganisationNumber.Problem) {
        #expect(throws: problem) { try OrganisationNumber(parsing: input) }
    }

    @Test("the Luhn digit matches Skatteverket's rule")
    func luhn() {
        #expect(OrganisationNumber.luhnCheckDigit([5, 5, 9, 1, 2, 3, 4, 5, 6]) == 1)
        #expect(OrganisationNumber.luhnCheckDigit([2, 1, 2, 0, 0, 0, 2, 7, 4]) == 2)
    }
}

@Suite("Identifiers")
struct IdentifierTests {
    @Test(
        "parsing agrees with Foundation and keeps the lowercase canonical text",
        arguments: [
            "3F2B5C1E-8D4A-4F6B-9C2D-1E0A7B6C5D4E", "3f2b5c1e-8d4a-4f6b-9c2d-1e0a7b6c5d4e", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff",
        ])
    func parses(text: String) throws {
        let id = try #require(Identifier<Organisation>(text))
        #expect(id.uuid == UUID(uuidString: text))
        #expect(id.description == text.lowercased())
        #expect(Identifier<Organisation>(id.uuid) == id)
    }

    @Test(
        "malformed ids are rejected",
        arguments: [
            "", "3f2b5c1e8d4a4f6b9c2d1e0a7b6c5d4e", "3f2b5c1e-8d4a-4f6b-9c2d-1e0a7b6c5d4", "3f2b5c1e-8d4a-4f6b-9c2d-1e0a7b6c5d4e0",
            "3f2b5c1e-8d4a-4f6b-9c2d_1e0a7b6c5d4e", "gf2b5c1e-8d4a-4f6b-9c2d-1e0a7b6c5d4e", "3f2b5c1e-8d4a-4f6b-9c2d-1e0a7b6c5d4é",
        ])
    func rejects(text: String) {
        #expect(Identifier<Organisation>(text) == nil)
    }
}
