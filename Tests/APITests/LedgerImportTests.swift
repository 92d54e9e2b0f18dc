import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Ledger imports: SIE 4 and the ledger's CSV, dry run and reconciliation")
struct LedgerImportTests {
    /// An SIE 4 export as an agency's accounting system writes it, in CP437: salaries, a consultant's invoice on a
    /// project, a travel voucher with a credit note; the counter-entries (bank, VAT, suppliers) are not mapped.
    static let sie = """
        #FLAGGA 0
        #PROGRAM "Ekonomisystem" "5.7"
        #FORMAT PC8
        #GEN 20261127
        #SIETYP 4
        #FNAMN "Tillväxtverket"
        #ORGNR 202100-5059
        #RAR 0 20260101 20261231
        #DIM 6 "Projekt"
        #OBJEKT 6 "P12" "Bostäder i Boden"
        #KONTO 4011 "Löner"
        #VER A 1001 20260131 "Löner januari"
        {
        #TRANS 4011 {} 125000.00
        #TRANS 1930 {} -125000.00
        }
        #VER A 1002 20260215 "Konsultfaktura"
        {
        #TRANS 5611 {6 "P12"} 45000.50 20260215 "Bostadsanalys, Piteå"
        #TRANS 2641 {} 11250.13
        #TRANS 2440 {} -56250.63
        }
        #VER B 7 20260301 "Resa till Skellefteå"
        {
        #TRANS 5800 {} 3200.00
        #TRANS 5611 {} -1000 20260302 "Kreditnota"
        #TRANS 2440 {} -2200.00
        }

        """

    static func base64(_ text: String) throws -> String {
        Data(try #require(CP437.encode(text.replacingOccurrences(of: "\n", with: "\r\n")))).base64EncodedString()
    }

    @Test("an SIE 4 file is dry-run (changing nothing), imported all or none, reconciled, and the ledger's CSV round-trips")
    func sieImport() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let keeper = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let assignment = try await admin.assignments.create(
                AssignmentInput(
                    title: "Samordning", principalId: try #require(Organisation.ID(env.id("regeringskansliet-kn"))), coordinatorId: boardId)
            )
            let housing = try await keeper.initiatives.create(InitiativeInput(title: "Bostäder i Boden", leadId: boardId, status: .ongoing))
            let request = { (content: String) in
                LedgerImportInput(
                    assignmentId: assignment.id, format: .sie4, fileName: "sie4-2026.se", content: content,
                    accounts: [
                        AccountMapping(account: "4011", costCategory: .staff), AccountMapping(account: "5611", costCategory: .consultants),
                        AccountMapping(account: "5800", costCategory: .travel),
                    ],
                    objects: [ObjectMapping(dimension: 6, object: "P12", initiativeId: housing.id)], fundingSource: .assignmentFunds,
                    appropriation: "UO19 1:1 ap.5")
            }
            let ledgerCount = { try await keeper.transactions.page(LedgerTransactionFilter(assignmentIds: [assignment.id])).items.count }

            // The dry run books nothing and says what it would book.
            let preview = try await keeper.dryRunLedgerImport(request(try Self.base64(Self.sie)))
            #expect(preview.valid && preview.errors.isEmpty, "\(preview.errors)")
            try #require(preview.entries.count == 4)
            #expect(preview.entries.map(\.voucherReference) == ["A 1001", "A 1002", "B 7:1", "B 7:2"])
            #expect(preview.entries.map(\.amount) == [12_500_000, 4_500_050, 320_000, -100_000])
            #expect(preview.entries.map(\.costCategory) == [.staff, .consultants, .travel, .consultants])
            #expect(preview.entries[1].initiativeId == housing.id && preview.entries[1].description == "Bostadsanalys, Piteå")
            #expect(preview.entries[0].description == "Löner januari" && preview.entries[3].date == CalendarDate("2026-03-02"))
            #expect(preview.ledgerImport?.rowsRead == 8 && preview.ledgerImport?.rowsSkipped == 4)
            #expect(try await ledgerCount() == 0)
            #expect(try await keeper.ledgerImports.page().items.isEmpty, "a dry run changes nothing")

            // A broken file: every row's error at once, by line, in the dry run and in the import alike.
            var broken = Self.sie.replacingOccurrences(of: "#VER A 1002 20260215", with: "#VER A 1001 20260215")
            broken = broken.replacingOccurrences(of: "#TRANS 5800 {} 3200.00", with: "#TRANS 5800 {} 3200.00 20991231")
            broken = broken.replacingOccurrences(of: "45000.50 20260215", with: "45000.5O 20260215")
            let dry = try await keeper.dryRunLedgerImport(request(try Self.base64(broken)))
            #expect(!dry.valid && dry.errors.map(\.field) == ["line 19"], "a line that cannot be read is named first: \(dry.errors)")
            broken = broken.replacingOccurrences(of: "45000.5O 20260215", with: "45000.50 20260215")
            let rules = try await keeper.dryRunLedgerImport(request(try Self.base64(broken)))
            #expect(
                rules.errors.map { "\($0.field) \($0.code)" } == ["lines[19].voucherReference conflict", "lines[25].date inFuture"],
                "\(rules.errors)")
            let refused = await problem { _ = try await keeper.ledgerImports.create(request(try Self.base64(broken))) }
            #expect(refused?.status == 422 && refused?.errors?.count == 2)
            #expect(try await ledgerCount() == 0, "all or none")

            // The import, its record and its reconciliation.
            let imported = try await keeper.ledgerImports.create(request(try Self.base64(Self.sie)))
            #expect(imported.entriesCreated == 4 && imported.rowsRead == 8 && imported.fileName == "sie4-2026.se")
            #expect(
                imported.totals.map { "\($0.series) \($0.month) \($0.amount)" } == [
                    "A 2026-01 12500000", "A 2026-02 4500050", "B 2026-03 220000",
                ])
            #expect(try await ledgerCount() == 4)
            #expect(try await keeper.reconciliation(imported.id).matches)
            let account = try await keeper.financialAccount(assignment.id)
            #expect(account.total.outcome == 12_500_000 + 4_500_050 + 320_000 - 100_000)
            let again = await problem { _ = try await keeper.ledgerImports.create(request(try Self.base64(Self.sie))) }
            #expect(again?.errors?.map(\.code) == ["conflict", "conflict", "conflict", "conflict"], "a voucher is booked once")

            // A correction booked since shows in the reconciliation.
            let travel = try #require(try await keeper.transactions.page(LedgerTransactionFilter(voucherReferences: ["B 7:1"])).items.first)
            _ = try await keeper.transactions.create(
                LedgerTransactionInput(
                    assignmentId: assignment.id, date: CalendarDate("2026-03-05")!, amount: -travel.amount, kind: travel.kind,
                    costCategory: travel.costCategory, fundingSource: travel.fundingSource, appropriation: travel.appropriation,
                    description: "Rättelse", voucherReference: "B 8", reversesId: travel.id))
            let reconciled = try await keeper.reconciliation(imported.id)
            #expect(!reconciled.matches)
            #expect(reconciled.lines.map(\.difference) == [0, 0, -320_000] && reconciled.lines.last?.ledgerEntries == 3)

            // The ledger's CSV export reads back as an import: each row is found already booked, nothing else.
            let csv = try await env.withRouter { client async throws in
                try await client.send(.get, "/v1/transactions?assignmentId=\(assignment.id)&format=csv", token: env.tokens.reader).text
            }
            let roundTrip = try await keeper.dryRunLedgerImport(
                LedgerImportInput(assignmentId: assignment.id, format: .csv, content: Data(csv.utf8).base64EncodedString()))
            #expect(roundTrip.errors.map(\.code) == Array(repeating: "conflict", count: 5), "\(roundTrip.errors)")
        }
    }

    @Test("a CSV in the export's format is imported with its formula guard undone, and its rows' errors come together")
    func csvImport() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let keeper = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let assignment = try await admin.assignments.create(
                AssignmentInput(
                    title: "Samordning", principalId: try #require(Organisation.ID(env.id("regeringskansliet-kn"))), coordinatorId: boardId)
            )
            let header = "date;amount;kind;costCategory;fundingSource;appropriation;description;voucherReference\r\n"
            let good =
                "\u{FEFF}" + header + "2026-04-01;123456;expenditure;other;assignmentFunds;UO19 1:1 ap.5;'=SUMMA(A1);K 1\r\n"
                + "2026-04-02;-5000;expenditure;other;assignmentFunds;;\"Återbetalning; resa\";K 2\r\n"
            let input = { (text: String) in
                LedgerImportInput(assignmentId: assignment.id, format: .csv, content: Data(text.utf8).base64EncodedString())
            }
            let imported = try await keeper.ledgerImports.create(input(good))
            #expect(imported.entriesCreated == 2 && imported.totals.map(\.amount) == [118_456])
            let entries = try await keeper.transactions.page(LedgerTransactionFilter(assignmentIds: [assignment.id])).items
            #expect(Set(entries.map(\.description)) == ["=SUMMA(A1)", "Återbetalning; resa"])

            // Round trip: the export gives back each imported row's values, the guard and the quoting included.
            let exported = try await env.withRouter { client async throws in
                try await client.send(
                    .get, "/v1/transactions?assignmentId=\(assignment.id)&format=csv&sort=voucherReference", token: env.tokens.reader
                )
                .text
            }
            let rows = DelimitedText.rows(String(exported.drop { $0 == "\u{FEFF}" }), separator: ";")
            let columns = try #require(rows.first)
            let pick = { (row: [String], names: [String]) in names.map { row[columns.firstIndex(of: $0)!] } }
            let wanted = ["date", "amount", "kind", "costCategory", "fundingSource", "appropriation", "description", "voucherReference"]
            #expect(
                rows.dropFirst().filter { $0 != [""] }.map { pick($0, wanted) } == [
                    ["2026-04-01", "123456", "expenditure", "other", "assignmentFunds", "UO19 1:1 ap.5", "'=SUMMA(A1)", "K 1"],
                    ["2026-04-02", "-5000", "expenditure", "other", "assignmentFunds", "", "Återbetalning; resa", "K 2"],
                ])

            let bad =
                header + "2026-13-01;12,5;spending;other;assignmentFunds;;x;K 3\r\n"
                + "2026-04-03;100;expenditure;other;assignmentFunds;;y;K 1\r\n"
            let errors = try await keeper.dryRunLedgerImport(input(bad)).errors.map { "\($0.field) \($0.code)" }
            #expect(errors == ["rows[2].date invalidDate", "rows[2].amount notOre", "rows[2].kind invalidValue"], "\(errors)")
            let conflict = try await keeper.dryRunLedgerImport(
                input(header + "2026-04-03;100;expenditure;other;assignmentFunds;;y;K 1\r\n"))
            #expect(conflict.errors.map { "\($0.field) \($0.code)" } == ["rows[2].voucherReference conflict"])
            let sieOptions = await problem {
                _ = try await keeper.ledgerImports.create(
                    LedgerImportInput(assignmentId: assignment.id, format: .csv, content: "eA==", fundingSource: .jtf))
            }
            #expect(sieOptions?.errors?.map(\.code) == ["notAllowed"])
            let reader = await problem {
                _ = try await SamordnaClient(baseURL: baseURL, token: env.tokens.otherEditor).ledgerImports.create(input(good))
            }
            #expect(reader?.status == 403)
        }
    }
}
