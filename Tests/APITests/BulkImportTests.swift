import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A CSV file edited the way a person edits it in a spreadsheet: cells read as they are, some changed, rows added,
/// and the file written back with `;`, quotes where needed and CRLF.
struct Sheet {
    var header: [String]
    var rows: [[String]]

    init(_ csv: String) {
        let table = DelimitedText.rows(String(csv.drop { $0 == "\u{FEFF}" }), separator: ";").filter { $0 != [""] }
        header = table[0]
        rows = Array(table.dropFirst())
    }

    func column(_ name: String) -> Int { header.firstIndex(of: name)! }

    /// The row whose `column` holds `value`.
    func index(where name: String, is value: String) -> Int? { rows.firstIndex { $0[column(name)] == value } }

    subscript(row: Int, name: String) -> String {
        get { rows[row][column(name)] }
        set { rows[row][column(name)] = newValue }
    }

    /// A new row with the given cells, the others empty.
    mutating func append(_ cells: [String: String]) {
        rows.append(header.map { cells[$0] ?? "" })
    }

    var text: String {
        let quote = { (cell: String) in
            cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }
        return "\u{FEFF}" + ([header] + rows).map { $0.map(quote).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }
}

@Suite("Bulk import: what the list exports, the import accepts; every row checked, all or none")
struct BulkImportTests {
    /// Exports, imports unchanged (nothing moves), edits like a spreadsheet, imports again; returns the result.
    static func roundTrip<R: RegistryRecord>(
        _ collection: RecordCollection<R>, _ filter: R.Filter? = nil, edit: (inout Sheet) throws -> Void
    ) async throws -> ImportResult {
        let exported = try await collection.csv(filter, options: ListOptions(limit: 200))
        let same = try await collection.importCSV(exported)
        #expect(
            same.created == 0 && same.updated == 0 && same.unchanged == Sheet(exported).rows.count,
            "\(R.self): unchanged \(same.rows.filter { $0.operation != .unchanged }) \(exported)")
        var sheet = Sheet(exported)
        try edit(&sheet)
        return try await collection.importCSV(sheet.text)
    }

    @Test("export → edit in a spreadsheet → import round-trips organisations, contacts, initiatives, establishments and knowledge items")
    func roundTrips() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let regionId = try #require(Organisation.ID(env.id("region-vasterbotten")))
            let luleå = MunicipalityCode(rawValue: "2580")!

            // Organisations: a name with a formula's first character, `;` and quotes survives the round trip.
            let company = try await admin.organisations.create(
                OrganisationInput(name: "=Vätgas; \"Norr\" AB", shortName: "-Norr", kind: .company, website: "https://vatgas.se"))
            let organisations = try await Self.roundTrip(admin.organisations, OrganisationFilter(kinds: [.company])) { sheet in
                let row = try #require(sheet.index(where: "id", is: company.idText))
                #expect(sheet[row, "name"] == "'=Vätgas; \"Norr\" AB" && sheet[row, "shortName"] == "'-Norr", "guarded against formulas")
                sheet[row, "website"] = "https://vatgas.example.se"
                sheet.append(["name": "Nya Batteri AB", "kind": "company", "organisationNumber": ""])
            }
            #expect(organisations.updated == 1 && organisations.created == 1)
            let updatedCompany = try await admin.organisations.get(company.id)
            #expect(updatedCompany.name == "=Vätgas; \"Norr\" AB" && updatedCompany.shortName == "-Norr")
            #expect(updatedCompany.website == "https://vatgas.example.se" && updatedCompany.version == 2)
            let history = try await admin.organisations.history(company.id)
            #expect(history.entries.map(\.operation) == [.created, .updated], "an imported change is in the audit trail")

            // Contacts (personal data): the board's editor updates a phone and adds a person.
            let person = try await board.contacts.create(
                ContactInput(organisationId: boardId, name: "Åsa Öberg", email: "asa@lansstyrelsen.se"))
            let contacts = try await Self.roundTrip(board.contacts) { sheet in
                let row = try #require(sheet.index(where: "id", is: person.idText))
                sheet[row, "phone"] = "+46 10 225 50 00"
                sheet.append(["organisationId": boardId.description, "name": "Erik Ärlig", "role": "Handläggare"])
            }
            #expect(contacts.updated == 1 && contacts.created == 1)
            #expect(try await board.contacts.get(person.id).phone == "+46 10 225 50 00")

            // Initiatives: lists and participants survive.
            let initiative = try await board.initiatives.create(
                InitiativeInput(
                    title: "Kompetenslyft", leadId: boardId, participants: [.init(organisationId: regionId, role: .coLead)],
                    status: .ongoing,
                    counties: [CountyCode(rawValue: "25")!], municipalityCodes: [luleå]))
            let initiatives = try await Self.roundTrip(board.initiatives) { sheet in
                let row = try #require(sheet.index(where: "id", is: initiative.idText))
                #expect(sheet[row, "participants"] == "\(regionId):coLead")
                sheet[row, "title"] = "Kompetenslyft Norrbotten"
            }
            #expect(initiatives.updated == 1)
            let renamed = try await board.initiatives.get(initiative.id)
            #expect(renamed.title == "Kompetenslyft Norrbotten" && renamed.participants == initiative.participants)
            #expect(renamed.municipalityCodes == [luleå] && renamed.counties == initiative.counties)

            // Establishments: sites with their names and coordinates survive as JSON in one cell.
            let works = try await board.establishments.create(
                EstablishmentInput(
                    name: "Vätgasverket", companyId: company.id,
                    sites: [
                        SiteInput(municipalityCode: luleå, name: "Hertsön", location: .wgs84(GeoPoint(latitude: 65.58, longitude: 22.2)))
                    ],
                    sector: .hydrogen, kind: .new, phase: .planning))
            let establishments = try await Self.roundTrip(board.establishments) { sheet in
                let row = try #require(sheet.index(where: "id", is: works.idText))
                sheet[row, "description"] = "Elektrolysör, 500 MW"
            }
            #expect(establishments.updated == 1)
            let described = try await board.establishments.get(works.id)
            #expect(described.sites == works.sites && described.description == "Elektrolysör, 500 MW")

            // Knowledge items: a body over several lines with a formula's first character, URLs with commas.
            let item = try await board.knowledgeItems.create(
                KnowledgeItemInput(
                    title: "Elnät tidigt", summary: "Sammanfattning", body: "=SUMMA(A1)\n\nAndra stycket; med \"citat\".", kind: .method,
                    sectors: [.steel], urls: ["https://ei.se/a,b", "https://www.svk.se"], authorId: boardId))
            let items = try await Self.roundTrip(board.knowledgeItems) { sheet in
                let row = try #require(sheet.index(where: "id", is: item.idText))
                #expect(sheet[row, "urls"] == "https://ei.se/a,b https://www.svk.se")
                sheet[row, "status"] = "published"
                sheet.append([
                    "title": "Ny lärdom", "summary": "Kort", "kind": "caseStudy", "authorId": boardId.description,
                    "sectors": "mining,steel",
                ])
            }
            #expect(items.updated == 1 && items.created == 1)
            let published = try await board.knowledgeItems.get(item.id)
            #expect(published.status == .published && published.body == item.body && published.urls == item.urls)
            let addedId = try #require(items.rows.last?.id)
            let added = try await board.knowledgeItems.get(try #require(KnowledgeItem.ID(addedId)))
            #expect(added.sectors == [.mining, .steel] && added.status == .draft)
        }
    }

    @Test("every writable field of an importable resource is a column the import reads, so that export = import")
    func everyFieldImports() {
        func check<T: ResourceTable>(_ table: T.Type, except: Set<String> = []) {
            let read = Set(ImportRoutes<T>.parsers.keys)
            let missing = Set(T.Resource.Input.fieldNames).subtracting(read).subtracting(except)
            #expect(missing.isEmpty, "\(T.resourceType): \(missing.sorted())")
            #expect(read.isSubset(of: Set(T.csvHeader)), "\(T.resourceType)")
        }
        check(OrganisationTable.self)
        check(ContactTable.self)
        // The at-risk flag is the server's, reviewed through PATCH; an import leaves it as it is.
        check(InitiativeTable.self, except: ["atRisk"])
        check(EstablishmentTable.self)
        check(KnowledgeItemTable.self)
    }

    @Test("every row's problem is reported at once, and nothing is kept; a dry run keeps nothing either")
    func allOrNone() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let before = try await admin.organisations.page(options: ListOptions(limit: 200)).items.count
            let exported = try await admin.organisations.csv(OrganisationFilter(kinds: [.region]))
            var sheet = Sheet(exported)
            sheet[0, "name"] = "Region Norrbotten (ny)"
            sheet[1, "version"] = "99"
            sheet.append(["name": "Bra Bolag AB", "kind": "company"])
            sheet.append(["name": "Fel Bolag AB", "kind": "bogus"])
            sheet.append(["kind": "company", "website": "ftp://x"])
            let refused = await problem { _ = try await admin.organisations.importCSV(sheet.text) }
            #expect(refused?.status == 422)
            let issues = Dictionary((refused?.errors ?? []).map { ($0.field, $0.code) }, uniquingKeysWith: { a, _ in a })
            #expect(issues["rows[3].version"] == "versionMismatch")
            #expect(issues["rows[5].kind"] == "invalidValue")
            #expect(issues["rows[6].name"] == "required")
            #expect(issues.keys.allSatisfy { !$0.hasPrefix("rows[2]") && !$0.hasPrefix("rows[4]") }, "good rows are not named")
            #expect(try await admin.organisations.page(options: ListOptions(limit: 200)).items.count == before, "none kept")
            #expect(try await admin.organisations.get(key: "region-norrbotten").name == "Region Norrbotten")

            sheet.rows.removeLast(2)
            sheet[1, "version"] = Sheet(exported)[1, "version"]
            let dry = try await admin.organisations.importCSV(sheet.text, dryRun: true)
            #expect(dry.dryRun && dry.created == 1 && dry.updated == 1 && dry.unchanged == 1)
            #expect(try await admin.organisations.page(options: ListOptions(limit: 200)).items.count == before, "a dry run keeps nothing")
            let done = try await admin.organisations.importCSV(sheet.text)
            #expect(!done.dryRun && done.created == 1 && done.updated == 1)
            #expect(try await admin.organisations.get(key: "region-norrbotten").name == "Region Norrbotten (ny)")

            let unknown = await problem { _ = try await admin.organisations.importCSV("name;colour\r\nX;blå\r\n") }
            #expect(unknown?.errors?.map(\.field) == ["rows[1][2]"] && unknown?.errors?.map(\.code) == ["unknownColumn"])
            let reader = SamordnaClient(baseURL: baseURL, token: env.tokens.reader)
            #expect(await problem { _ = try await reader.organisations.importCSV(exported) }?.status == 403)
        }
    }

    @Test("JSON Lines create and update; a line that is not an object is named; the import's own body limit applies")
    func jsonLinesAndLimit() async throws {
        var env = try TestEnvironment()
        env.configuration.maxImportBytes = 4096
        try await env.withLiveServer { [env] baseURL async throws in
            let board = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let boardId = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let existing = try await board.initiatives.create(InitiativeInput(title: "Bostäder", leadId: boardId))
            let result = try await board.initiatives.importJSONLines([
                ["title": .string("Elnät"), "leadId": .string(boardId.description), "counties": .array([.string("25")])],
                ["id": .string(existing.idText), "version": .integer(1), "title": .string("Bostäder i Boden")],
            ])
            #expect(result.rows.map(\.operation) == [.created, .updated] && result.rows.map(\.row) == [1, 2])
            #expect(try await board.initiatives.get(existing.id).title == "Bostäder i Boden")
            let once: [[String: JSONValue]] = [["title": .string("Vägar"), "leadId": .string(boardId.description)]]
            let first = try await board.initiatives.importJSONLines(once, idempotencyKey: "import-vagar-1")
            let replay = try await board.initiatives.importJSONLines(once, idempotencyKey: "import-vagar-1")
            #expect(replay == first, "a retry with the same key gets the first answer")
            #expect(try await board.initiatives.page(options: ListOptions(query: "Vägar")).items.count == 1, "and creates nothing more")
            let reused = await problem {
                _ = try await board.initiatives.importJSONLines(
                    [["title": .string("Broar"), "leadId": .string(boardId.description)]], idempotencyKey: "import-vagar-1")
            }
            #expect(reused?.errors?.map(\.code) == ["keyReused"])
            let stale = await problem {
                _ = try await board.initiatives.importJSONLines([
                    ["id": .string(existing.idText), "version": .integer(1), "title": .string("x")]
                ])
            }
            #expect(stale?.errors?.map(\.field) == ["lines[1].version"])

            var request = URLRequest(url: baseURL.appendingPathComponent("/v1/initiatives/import"))
            request.httpMethod = "POST"
            request.setValue("Bearer \(env.tokens.editor)", forHTTPHeaderField: "Authorization")
            request.setValue("application/jsonl", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data("{\"title\": \"A\", \"leadId\": \"\(boardId)\"}\n[1]\n".utf8)
            let (body, _) = try await URLSession.shared.data(for: request)
            let problem = try SamordnaJSON.decoder().decode(ProblemDetails.self, from: body)
            #expect(problem.errors?.map(\.field) == ["lines[2]"] && problem.errors?.map(\.code) == ["malformedJson"])

            request.httpBody = Data(repeating: UInt8(ascii: "a"), count: 5000)
            let (_, tooLarge) = try await URLSession.shared.data(for: request)
            #expect((tooLarge as? HTTPURLResponse)?.statusCode == 413)
            request.setValue("text/plain", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data("x".utf8)
            let (_, wrongType) = try await URLSession.shared.data(for: request)
            #expect((wrongType as? HTTPURLResponse)?.statusCode == 415)
        }
    }

    @Test("the formula guard reads back what it wrote, for any text")
    func formulaGuard() {
        let samples = ["=1+1", "-5", "-5,5", "+46 70", "@sum", "'=x", "''-y", "'", "vanlig", "'s-Hertogenbosch", "\t=x", ""]
        for sample in samples {
            #expect(CSVFormulaGuard.unguarded(CSVFormulaGuard.guarded(sample)) == sample, "\(sample)")
        }
        #expect(CSVFormulaGuard.guarded("-5") == "-5" && CSVFormulaGuard.guarded("=1+1") == "'=1+1")
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("'=+-@\t\rab1,;\"")
        for _ in 0..<2000 {
            let text = String((0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(CSVFormulaGuard.unguarded(CSVFormulaGuard.guarded(text)) == text, "\(text.debugDescription)")
        }
    }
}
