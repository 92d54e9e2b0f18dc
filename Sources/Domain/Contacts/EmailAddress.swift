/// A work email address as `TextRules.emailPattern` describes it (internationalised characters allowed,
/// `åsa@kommun.se`), at most 254 characters (code points, as the contract's `maxLength` counts them).
public enum EmailAddress {
    /// Whether the text looks like a deliverable address.
    public static func isValid(_ text: String) -> Bool {
        text.unicodeScalars.count <= 254 && TextRules.matches(text, TextRules.emailPattern)
    }
}
