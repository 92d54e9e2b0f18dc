/// A Swedish organisationsnummer: ten digits with a Luhn check digit, written `NNNNNN-NNNN`.
///
/// Accepts the forms people type: with or without the hyphen, and the 12-digit form with the
/// `16` prefix. The third digit is at least 2, which is what tells an organisation number from a
/// personal identity number (those are never stored here).
public struct OrganisationNumber: Hashable, Sendable, CustomStringConvertible {
    /// The canonical form `NNNNNN-NNNN`.
    public let canonical: String

    /// Why a text is not an organisation number.
    public enum Problem: String, Error, Sendable {
        /// Not 10 digits (or 12 with the `16` prefix), optionally with one hyphen before the last four.
        case invalidFormat
        /// The third digit is below 2: a personal identity number, not an organisation's.
        case personalIdentityNumber
        /// The last digit does not match the Luhn checksum of the first nine.
        case invalidCheckDigit
    }

    /// Parses and checks a text; throws the precise `Problem`.
    public init(parsing text: String) throws(Problem) {
        var digits = text
        if digits.count == 11 || digits.count == 13 {
            let hyphenIndex = digits.index(digits.endIndex, offsetBy: -5)
            guard digits[hyphenIndex] == "-" else { throw .invalidFormat }
            digits.remove(at: hyphenIndex)
        }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .invalidFormat }
        if digits.count == 12 {
            guard digits.hasPrefix("16") else { throw .invalidFormat }
            digits.removeFirst(2)
        }
        guard digits.count == 10 else { throw .invalidFormat }
        let values = digits.compactMap(\.wholeNumberValue)
        guard values[2] >= 2 else { throw .personalIdentityNumber }
        guard OrganisationNumber.luhnCheckDigit(values.prefix(9)) == values[9] else { throw .invalidCheckDigit }
        canonical = String(digits.prefix(6)) + "-" + String(digits.suffix(4))
    }

    /// The canonical form.
    public var description: String { canonical }

    /// The Luhn check digit for the given digits (weights 2,1,2,1,… from the left for nine digits).
    public static func luhnCheckDigit<S: Sequence<Int>>(_ digits: S) -> Int {
        var sum = 0
        for (index, digit) in digits.enumerated() {
            let weighted = index % 2 == 0 ? digit * 2 : digit
            sum += weighted > 9 ? weighted - 9 : weighted
        }
        return (10 - sum % 10) % 10
    }
}
