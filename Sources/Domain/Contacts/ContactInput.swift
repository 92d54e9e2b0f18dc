/// The writable fields of a contact person.
public struct ContactInput: ResourceInput {
    public var organisationId: Organisation.ID
    public var name: String
    public var role: String?
    public var email: String?
    public var phone: String?
    public var retainUntil: CalendarDate?

    /// Creates the input for a contact.
    public init(
        organisationId: Organisation.ID, name: String, role: String? = nil, email: String? = nil,
        phone: String? = nil, retainUntil: CalendarDate? = nil
    ) {
        self.organisationId = organisationId
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.retainUntil = retainUntil
    }

    public enum CodingKeys: String, CodingKey, CaseIterable {
        case organisationId, name, role, email, phone, retainUntil
    }

    public static let requiredFields: Set<String> = ["organisationId", "name"]

    /// Checks every rule that needs no database.
    public func validated(today: CalendarDate) throws -> ContactInput {
        var v = Validator()
        v.text(name, field: "name", required: true)
        v.text(role, field: "role")
        if let email {
            if !EmailAddress.isValid(email) {
                v.add("email", "invalidEmail", "email must be an address like namn.efternamn@example.se.")
            }
        }
        if let phone, !TextRules.matches(phone, TextRules.phonePattern) {
            v.add("phone", "invalidPhone", "phone must be 5–20 digits, spaces, hyphens or parentheses, optionally starting with +.")
        }
        if let retainUntil, retainUntil < today {
            v.add("retainUntil", "inThePast", "retainUntil must not be in the past.")
        }
        try v.check()
        return self
    }
}
