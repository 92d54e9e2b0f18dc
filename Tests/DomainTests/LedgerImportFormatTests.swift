import Foundation
import Testing

@testable import SamordnaDomain

@Suite("Reading ledger exports: CP437, SIE 4 fields and amounts, the ledger's CSV")
struct LedgerImportFormatTests {
    @Test("CP437 puts å ä ö Å Ä Ö where IBM's table does, and reads back what it writes")
    func codePage() throws {
        #expect(CP437.encode("åäöÅÄÖé") == [0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82])
        #expect(CP437.decode([0x4C, 0x94, 0x6E, 0x65, 0x72]) == "Löner")
        let all = CP437.decode(Array(0...255))
        #expect(CP437.encode(all) == Array(0...255), "every byte has one character and back")
        #expect(CP437.encode("€") == nil, "a character outside the code page is refused, not guessed")
    }

    @Test("SIE fields: quoted text with escapes, object lists as one field, amounts to the öre, dates")
    func fields() {
        #expect(
            SIEFile.fields(of: #"#TRANS 5611 {6 "P12" 1 "100"} -45000.5 20260215 "Analys \"Piteå\"""#) == [
                "#TRANS", "5611", #"{6 "P12" 1 "100"}"#, "-45000.5", "20260215", #"Analys "Piteå""#,
            ])
        #expect(SIEFile.objects(#"{6 "P12" 1 "100"}"#).map(\.object) == ["P12", "100"])
        #expect(SIEFile.ore("-1000") == -100_000 && SIEFile.ore("12.5") == 1_250 && SIEFile.ore("0.07") == 7)
        #expect(SIEFile.ore("1.234") == nil && SIEFile.ore("1,50") == nil && SIEFile.ore("") == nil)
        #expect(SIEFile.date("20260229") == nil && SIEFile.date("20240229") == CalendarDate("2024-02-29"))
    }

    @Test("an SIE voucher's mapped rows become entries; unreadable lines are named; a voucher left open is reported")
    func plan() throws {
        let text =
            "#FORMAT PC8\r\n#SIETYP 4\r\n#VER \"\" 12 20260110 \"Hyra\"\r\n{\r\n#TRANS 5010 {} 8000\r\n#TRANS 2440 {} -8000\r\n}\r\n"
            + "#VER A 13 2026011 \"Fel\"\r\n#VER A 14 20260112\r\n{\r\n#TRANS 5010 {} 10,00\r\n"
        let file = SIEFile(bytes: try #require(CP437.encode(text)))
        #expect(file.issues.map(\.field) == ["line 8", "line 11", "line 12"])
        let input = LedgerImportInput(
            assignmentId: try #require(Assignment.ID(UUID().uuidString)), format: .sie4, content: "",
            accounts: [AccountMapping(account: "5010", costCategory: .other)], fundingSource: .agencyAppropriation)
        let plan = LedgerImportPlan.sie(file, input)
        #expect(plan.rows.map(\.entry.voucherReference) == ["12"] && plan.rows.first?.entry.description == "Hyra")
        #expect(plan.totals.map(\.series) == [""] && plan.rowsSkipped == 1)
    }

    @Test("the ledger's CSV: BOM, ; or , and the export's formula guard undone")
    func csv() throws {
        let input = LedgerImportInput(assignmentId: try #require(Assignment.ID(UUID().uuidString)), format: .csv, content: "")
        let text =
            "\u{FEFF}date,amount,kind,costCategory,fundingSource,description,voucherReference\n"
            + "2026-01-02,-150,expenditure,travel,other,'-rättelse,R 1\n"
        let plan = LedgerImportPlan.csv(Array(text.utf8), input)
        #expect(plan.issues.isEmpty && plan.rows.first?.entry.description == "-rättelse" && plan.rows.first?.entry.amount == -150)
        let unknown = LedgerImportPlan.csv(Array("date;belopp\n".utf8), input)
        #expect(unknown.issues.map(\.code).first == "unknownColumn")
    }
}
