import Foundation

/// Reads the Samordna environment variables; used only by the executable's command-line layer.
public enum SamordnaEnvironment {
    /// The value of `SAMORDNA_<NAME>`, nil when unset or empty.
    public static func value(_ name: String, in environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let value = environment["SAMORDNA_\(name)"], !value.isEmpty else { return nil }
        return value
    }
}
