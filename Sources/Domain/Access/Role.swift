/// What a token may do.
public enum Role: String, Codable, CaseIterable, Sendable {
    /// The coordinator: everything.
    case admin
    /// Creates records and changes what its own organisation owns or convenes.
    case editor
    /// Reads.
    case reader
}
