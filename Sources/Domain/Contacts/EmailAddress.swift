/// A work email address as `TextRules.emailPattern` describes it (internationalised characters allowed,
/// `åsa@kommun.se`), at most 254 characters.
public enum EmailAddress {
    /// Whether the text looks like a deliverable address.
    public static func isValid(_ text: String) -> Bool {
        text.utf8.count <= 254 && TextRules.matches(text, TextRules.emailPattern)
    }
}
