/// Swedish alphabetical order without a locale database: a sort key whose plain byte order is
/// the order a Swedish reader expects (case-insensitive, accents folded, Å Ä Ö after Z).
///
/// The key is stored next to the name, so sorting and searching use an index instead of a
/// collation function per row.
public enum SwedishCollation {
    /// The sort key of a text: composed (NFC, so a decomposed `a` + ring is `å`), lowercase, with `å ä ö` (and
    /// `æ ø`, `ü`) mapped as the Swedish alphabet orders them and other accents dropped.
    public static func sortKey(_ text: String) -> String {
        var key = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            switch scalar {
            case "å": key.append("{")
            case "ä", "æ": key.append("|")
            case "ö", "ø": key.append("}")
            case "ü": key.append("y")
            default:
                if scalar.isASCII {
                    key.append(scalar)
                } else {
                    let folded = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
                    if let base = folded.first, base.isASCII {
                        key.append(base)
                    } else {
                        key.append(scalar)
                    }
                }
            }
        }
        return String(key)
    }
}
