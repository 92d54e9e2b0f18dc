import SamordnaDomain
import Testing

@Suite("Swedish collation")
struct SwedishCollationTests {
    @Test("Å Ä Ö sort after Z, case-insensitively, in that order")
    func swedishOrder() {
        let names = ["Östersund", "Älvsbyn", "Åsele", "Zinkgruvan", "arjeplog", "Boden", "Överkalix", "Övertorneå"]
        let sorted = names.sorted { SwedishCollation.sortKey($0) < SwedishCollation.sortKey($1) }
        #expect(sorted == ["arjeplog", "Boden", "Zinkgruvan", "Åsele", "Älvsbyn", "Östersund", "Överkalix", "Övertorneå"])
    }

    @Test("other accents fold to their base letter; Danish and German letters sort as Swedish ones")
    func folding() {
        #expect(SwedishCollation.sortKey("Émile") == SwedishCollation.sortKey("emile"))
        #expect(SwedishCollation.sortKey("Müller") == SwedishCollation.sortKey("myller"))
        #expect(SwedishCollation.sortKey("Ærø") == SwedishCollation.sortKey("ärö"))
    }

    @Test("Sámi letters keep their place and stay searchable")
    func sami() {
        let key = SwedishCollation.sortKey("Jåhkåmåhkke Čohkkiras")
        #expect(key.contains(SwedishCollation.sortKey("jåhkåmåhkke")))
        #expect(key.contains(SwedishCollation.sortKey("ČOHKKIRAS")))
    }
}
