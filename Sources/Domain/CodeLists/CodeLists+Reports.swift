/// The code lists of the reports: which report, its formats, languages and units.
extension CodeLists {
    static let reports: [CodeList] = [
        CodeList("AuditOperation", AuditEntry.Operation.self) {
            switch $0 {
            case .created: ("Skapad", "Created")
            case .updated: ("Ändrad", "Updated")
            case .deleted: ("Borttagen", "Deleted")
            }
        },
        CodeList("WebhookDeliveryStatus", WebhookDelivery.Status.self) {
            switch $0 {
            case .pending: ("Väntar", "Pending")
            case .delivered: ("Levererad", "Delivered")
            case .failed: ("Misslyckad", "Failed")
            }
        },
        CodeList("LedgerImportFormat", LedgerImport.Format.self) {
            switch $0 {
            case .sie4: ("SIE 4 (verifikationer)", "SIE 4 (vouchers)")
            case .csv: ("Huvudbokens CSV", "The ledger's CSV")
            }
        },
        CodeList("ReportKind", ReportSubmission.Kind.self) {
            switch $0 {
            case .progress: ("Lägesrapport", "Progress report")
            case .final: ("Slutredovisning", "Final report")
            }
        },
        CodeList("ReportFormat", ReportFormat.self) {
            switch $0 {
            case .json: ("JSON", "JSON")
            case .markdown: ("Markdown", "Markdown")
            case .html: ("Utskrivbar sida (HTML)", "Printable page (HTML)")
            case .csv: ("Kalkylblad (CSV)", "Spreadsheet (CSV)")
            }
        },
        CodeList("ReportLanguage", CodeList.Language.self) {
            switch $0 {
            case .sv: ("Svenska", "Swedish")
            case .en: ("Engelska", "English")
            }
        },
        CodeList("AmountUnit", AmountUnit.self) {
            switch $0 {
            case .kr: ("Kronor", "SEK")
            case .tkr: ("Tusental kronor", "SEK thousand")
            case .mnkr: ("Miljoner kronor", "SEK million")
            }
        },
    ]
}
