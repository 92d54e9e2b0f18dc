/// What money is spent on, as the financial final account groups it.
public enum CostCategory: String, Codable, CaseIterable, Sendable {
    case staff, consultants, travel, meetingsAndEvents, grantsPaidOut, overhead, other
}

/// Where money comes from.
public enum FundingSource: String, Codable, CaseIterable, Sendable {
    case assignmentFunds, agencyAppropriation, eruf, esfPlus, jtf, regionalDevelopmentFunds, municipal, `private`, other
}

/// An appropriation (*anslag*, *anslagspost*) as the appropriation directions write it: expenditure area, appropriation
/// and optionally the item, e.g. `UO19 1:1 ap.5`.
public enum Appropriation {
    /// `UO` and the expenditure area (1–27), the appropriation `n:m`, optionally ` ap.` and the item (`5` or `5.2`).
    public static let pattern = #"^UO([1-9]|1[0-9]|2[0-7]) [0-9]{1,2}:[0-9]{1,2}( ap\.[0-9]{1,2}(\.[0-9]{1,2})?)?$"#

    /// Checks an appropriation's form.
    public static func check(_ value: String?, field: String, into v: inout Validator) {
        guard let value else { return }
        if !TextRules.matches(value, pattern) {
            v.add(field, "invalidAppropriation", "\(field) is written like UO19 1:1 ap.5 (expenditure area, appropriation, item).")
        }
    }
}
