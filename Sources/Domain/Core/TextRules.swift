/// The rules for free text, URLs, emails and keys, written once as regular expressions that
/// openapi.yaml repeats verbatim, so that the contract and the server accept exactly the same values.
public enum TextRules {
    /// Free text: no control characters (tab and line breaks allowed) and at least one visible character.
    public static let textPattern =
        #"^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*[^\t\n\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF\x00-\x1F\x7F-\x9F][^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$"#
    /// An absolute http(s) URL with a plain host name (no spaces or control characters in the path).
    public static let urlPattern =
        #"^https?://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?(/[^\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]*)?$"#
    /// A work email address: a local part, `@`, and a domain of at least two labels; no spaces or control
    /// characters. (Spaces are listed, not written `\s`, because regex dialects disagree on what `\s` holds.)
    public static let emailPattern =
        #"^[^@\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]{1,64}@[^@.\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF-]([^@.\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]*[^@.\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF-])?(\.[^@.\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF-]([^@.\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]*[^@.\x00-\x20\x7F-\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF-])?)+$"#
    /// A phone number: digits, spaces, hyphens and parentheses, optionally a leading `+`.
    public static let phonePattern = #"^\+?[0-9 ()-]{5,20}$"#
    /// A key: lowercase letters and digits in groups joined by single hyphens.
    public static let keyPattern = #"^[a-z0-9]+(-[a-z0-9]+)*$"#

    /// Whether `text` matches `pattern` as a whole.
    public static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    /// Whether the scalar is a control character the text rule refuses.
    static func isRefusedControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F...0x9F: true
        default: false
        }
    }

    /// Whether the scalar does not count as a visible character.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x20, 0x7F...0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }
}
