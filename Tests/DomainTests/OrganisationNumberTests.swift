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
