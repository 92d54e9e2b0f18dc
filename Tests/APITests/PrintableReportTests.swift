import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

/// The printable final report as a person gets it: Debian's chromium, headless, prints the HTML page to PDF (A4);
/// poppler reads the PDF back. `make test` installs both (scripts/install-browser-deps.sh); `make report-screenshot`
/// keeps the first page as `docs/final-report-first-page.png`.
@Suite("The printable report, printed by a real browser")
struct PrintableReportTests {
    @Test("chromium prints the final report to a tagged A4 PDF whose pages are numbered and whose text carries the account's totals")
    func printed() async throws {
        let env = try TestEnvironment()
        let html = try await env.withLiveServer { baseURL async throws -> String in
            let fixture = try await FinalReportFixture.build(env, baseURL)
            return try await SamordnaClient(baseURL: baseURL, token: env.tokens.reader)
                .finalReportText(fixture.assignment.id, format: .html, unit: .kr)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("printed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("slutredovisning.html")
        let pdf = folder.appendingPathComponent("slutredovisning.pdf")
        try Data(html.utf8).write(to: page)

        let printed = try Command.run(
            "chromium",
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--no-pdf-header-footer",
                "--print-to-pdf=\(pdf.path)", page.absoluteString,
            ], timeout: 120)
        #expect(printed.status == 0)
        let info = try Command.run("pdfinfo", [pdf.path])
        let pages = try #require(Self.field("Pages", in: info.output).flatMap { Int($0) })
        #expect((3...12).contains(pages), "the report fills a few A4 pages, not one and not dozens: \(pages)")
        #expect(Self.field("Page size", in: info.output)?.hasSuffix("(A4)") == true, "A4: \(info.output)")
        #expect(Self.field("Tagged", in: info.output) == "yes", "the PDF is tagged for assistive technology")

        let text = try Command.run("pdftotext", ["-layout", pdf.path, "-"]).output.replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(text.hasPrefix("Slutredovisning: Samordning av"))
        #expect(text.contains("3 050 000,00") && text.contains("368 457,28") && text.contains("2 681 542,72"))
        #expect(text.contains("Sida 1 av \(pages)") && text.contains("Sida \(pages) av \(pages)"), "every page is numbered of the total")

        // The first page as a person sees it, for the docs (kept only when asked: `make report-screenshot`).
        if let keep = ProcessInfo.processInfo.environment["SAMORDNA_REPORT_PDF"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: pdf, to: URL(fileURLWithPath: keep))
        }
        if let target = ProcessInfo.processInfo.environment["SAMORDNA_REPORT_SCREENSHOT"] {
            let stem = folder.appendingPathComponent("first").path
            #expect(try Command.run("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf.path, stem]).status == 0)
            let png = URL(fileURLWithPath: stem + ".png")
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(at: png, to: URL(fileURLWithPath: target))
        }
    }

    /// A `Name: value` line of pdfinfo's output.
    static func field(_ name: String, in output: String) -> String? {
        output.split(separator: "\n").first { $0.hasPrefix(name + ":") }.map {
            $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
        }
    }
}
