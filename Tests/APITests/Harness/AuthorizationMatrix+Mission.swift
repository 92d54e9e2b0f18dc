import Foundation
import GRDB
import SamordnaDomain

@testable import SamordnaAPI

/// The matrix rows of the mission's core. Source documents and recommendations are the coordinator's (admins);
/// the owning organisation leads the initiative, reports the measurement and the barrier; establishments, figures and
/// needs are shared records any editor keeps, admins delete.
extension AuthorizationMatrix {
    static let readers = "401 401 401 401 200 200 200 200"
    static let admins = "401 401 401 401 403 403 403"
    static let owners = "401 401 401 401 403"
    static let editors = "401 401 401 401 403"

    static let missionRows: [MatrixRow] =
        [
            MatrixRow("GET /v1/source-documents", readers) { _ in .get("/v1/source-documents") },
            MatrixRow("POST /v1/source-documents", "\(admins) 201") { f in .post("/v1/source-documents", f.sourceDocumentBody()) },
            MatrixRow("GET /v1/source-documents/{id}", readers) { f in .get("/v1/source-documents/\(try await f.sourceDocument())") },
            MatrixRow("PATCH /v1/source-documents/{id}", "\(admins) 200") { f in
                .patch("/v1/source-documents/\(try await f.sourceDocument())", #"{"caseNumber":"N2020/03132"}"#)
            },
            MatrixRow("DELETE /v1/source-documents/{id}", "\(admins) 204") { f in
                .delete("/v1/source-documents/\(try await f.sourceDocument())")
            },
            MatrixRow("GET /v1/recommendations", readers) { _ in .get("/v1/recommendations?answered=false") },
            MatrixRow("POST /v1/recommendations", "\(admins) 201") { f in .post("/v1/recommendations", try await f.recommendationBody()) },
            MatrixRow("GET /v1/recommendations/{id}", readers) { f in .get("/v1/recommendations/\(try await f.recommendation())") },
            MatrixRow("PATCH /v1/recommendations/{id}", "\(admins) 200") { f in
                .patch("/v1/recommendations/\(try await f.recommendation())", #"{"number":"4.2"}"#)
            },
            MatrixRow("DELETE /v1/recommendations/{id}", "\(admins) 204") { f in
                .delete("/v1/recommendations/\(try await f.recommendation())")
            },

            MatrixRow("GET /v1/initiatives", readers) { _ in .get("/v1/initiatives") },
            MatrixRow("POST /v1/initiatives", "\(owners) 201 403 201") { f in .post("/v1/initiatives", f.initiativeBody()) },
            MatrixRow("GET /v1/initiatives/{id}", readers) { f in .get("/v1/initiatives/\(try await f.initiative())") },
            MatrixRow("PATCH /v1/initiatives/{id}", "\(owners) 200 403 200") { f in
                .patch("/v1/initiatives/\(try await f.initiative())", #"{"status":"planned"}"#)
            },
            MatrixRow("DELETE /v1/initiatives/{id}", "\(owners) 204 403 204") { f in .delete("/v1/initiatives/\(try await f.initiative())")
            },
            MatrixRow("GET /v1/initiatives/{id}/progress", readers) { f in .get("/v1/initiatives/\(try await f.initiative())/progress") },
            MatrixRow("GET /v1/initiatives/{id}/related", readers) { f in .get("/v1/initiatives/\(try await f.initiative())/related") },
            MatrixRow("GET /v1/indicators", readers) { _ in .get("/v1/indicators") },
            MatrixRow("POST /v1/indicators", "\(owners) 201 403 201") { f in .post("/v1/indicators", try await f.indicatorBody()) },
            MatrixRow("GET /v1/indicators/{id}", readers) { f in .get("/v1/indicators/\(try await f.indicator())") },
            MatrixRow("PATCH /v1/indicators/{id}", "\(owners) 200 403 200") { f in
                .patch("/v1/indicators/\(try await f.indicator())", #"{"unit":"st"}"#)
            },
            MatrixRow("DELETE /v1/indicators/{id}", "\(owners) 204 403 204") { f in .delete("/v1/indicators/\(try await f.indicator())") },
            MatrixRow("GET /v1/indicator-measurements", readers) { _ in .get("/v1/indicator-measurements") },
            MatrixRow("POST /v1/indicator-measurements", "\(owners) 201 403 201") { f in
                .post("/v1/indicator-measurements", try await f.measurementBody())
            },
            MatrixRow("GET /v1/indicator-measurements/{id}", readers) { f in .get("/v1/indicator-measurements/\(try await f.measurement())")
            },
            MatrixRow("PATCH /v1/indicator-measurements/{id}", "\(owners) 200 403 200") { f in
                .patch("/v1/indicator-measurements/\(try await f.measurement())", #"{"value":12.5}"#)
            },
            MatrixRow("DELETE /v1/indicator-measurements/{id}", "\(owners) 204 403 204") { f in
                .delete("/v1/indicator-measurements/\(try await f.measurement())")
            },

            MatrixRow("GET /v1/establishments", readers) { _ in .get("/v1/establishments?county=25") },
            MatrixRow("POST /v1/establishments", "\(editors) 201 201 201") { f in
                .post("/v1/establishments", try await f.establishmentBody())
            },
            MatrixRow("GET /v1/establishments/{id}", readers) { f in .get("/v1/establishments/\(try await f.establishment())") },
            MatrixRow("PATCH /v1/establishments/{id}", "\(editors) 200 200 200") { f in
                .patch("/v1/establishments/\(try await f.establishment())", #"{"phase":"permitting"}"#)
            },
            MatrixRow("DELETE /v1/establishments/{id}", "\(admins) 204") { f in .delete("/v1/establishments/\(try await f.establishment())")
            },
            MatrixRow("GET /v1/establishments/pipeline", readers) { _ in .get("/v1/establishments/pipeline?county=25") },
            MatrixRow("GET /v1/establishments/map", readers) { _ in .get("/v1/establishments/map") },
            MatrixRow("GET /v1/establishment-figures", readers) { _ in .get("/v1/establishment-figures?current=true") },
            MatrixRow("POST /v1/establishment-figures", "\(editors) 201 201 201") { f in
                .post("/v1/establishment-figures", try await f.figureBody())
            },
            MatrixRow("GET /v1/establishment-figures/{id}", readers) { f in .get("/v1/establishment-figures/\(try await f.figure())") },
            MatrixRow("DELETE /v1/establishment-figures/{id}", "\(admins) 204") { f in
                .delete("/v1/establishment-figures/\(try await f.figure())")
            },
            MatrixRow("GET /v1/needs", readers) { _ in .get("/v1/needs?addressed=false") },
            MatrixRow("POST /v1/needs", "\(editors) 201 201 201") { f in .post("/v1/needs", try await f.needBody()) },
            MatrixRow("GET /v1/needs/{id}", readers) { f in .get("/v1/needs/\(try await f.need())") },
            MatrixRow("PATCH /v1/needs/{id}", "\(editors) 200 200 200") { f in
                .patch("/v1/needs/\(try await f.need())", #"{"status":"beingAddressed"}"#)
            },
            MatrixRow("DELETE /v1/needs/{id}", "\(admins) 204") { f in .delete("/v1/needs/\(try await f.need())") },
            MatrixRow("GET /v1/needs-gap", readers) { _ in .get("/v1/needs-gap?county=25") },
            MatrixRow("GET /v1/municipalities/{code}/overview", readers) { _ in .get("/v1/municipalities/2582/overview") },

            MatrixRow("GET /v1/barriers", readers) { _ in .get("/v1/barriers?acknowledgementOverdue=true") },
            MatrixRow("POST /v1/barriers", "\(owners) 201 403 201") { f in .post("/v1/barriers", f.barrierBody()) },
            MatrixRow("GET /v1/barriers/{id}", readers) { f in .get("/v1/barriers/\(try await f.barrier())") },
            MatrixRow("PATCH /v1/barriers/{id}", "\(owners) 200 403 200") { f in
                .patch("/v1/barriers/\(try await f.barrier())", #"{"description":"Tydligare beskrivning."}"#)
            },
            MatrixRow("DELETE /v1/barriers/{id}", "\(owners) 204 403 204") { f in .delete("/v1/barriers/\(try await f.barrier())") },

            // Finance: the owning organisation coordinates the assignment and keeps its books.
            MatrixRow("GET /v1/budgets", readers) { _ in .get("/v1/budgets?fiscalYear=2026") },
            MatrixRow("POST /v1/budgets", "\(owners) 201 403 201") { f in .post("/v1/budgets", try await f.budgetBody()) },
            MatrixRow("GET /v1/budgets/{id}", readers) { f in .get("/v1/budgets/\(try await f.budget())") },
            MatrixRow("PATCH /v1/budgets/{id}", "\(owners) 200 403 200") { f in
                .patch("/v1/budgets/\(try await f.budget())", #"{"amount":120000,"revisionReason":"Omfördelning"}"#)
            },
            MatrixRow("DELETE /v1/budgets/{id}", "\(owners) 204 403 204") { f in .delete("/v1/budgets/\(try await f.budget())") },
            MatrixRow("GET /v1/transactions", readers) { _ in .get("/v1/transactions?kind=expenditure") },
            MatrixRow("POST /v1/transactions", "\(owners) 201 403 201") { f in .post("/v1/transactions", try await f.transactionBody()) },
            MatrixRow("GET /v1/transactions/{id}", readers) { f in .get("/v1/transactions/\(try await f.transaction())") },
            MatrixRow("GET /v1/deadlines", readers) { _ in .get("/v1/deadlines") },
            MatrixRow("GET /v1/report-narratives", readers) { _ in .get("/v1/report-narratives") },
            MatrixRow("POST /v1/report-narratives", "\(owners) 201 403 201") { f in
                .post("/v1/report-narratives", try await f.narrativeBody())
            },
            MatrixRow("GET /v1/report-narratives/{id}", readers) { f in .get("/v1/report-narratives/\(try await f.narrative())") },
            MatrixRow("PATCH /v1/report-narratives/{id}", "\(owners) 200 403 200") { f in
                .patch("/v1/report-narratives/\(try await f.narrative())", #"{"textEn":"In the period, collaboration deepened."}"#)
            },
            MatrixRow("DELETE /v1/report-narratives/{id}", "\(owners) 204 403 204") { f in
                .delete("/v1/report-narratives/\(try await f.narrative())")
            },
            MatrixRow("GET /v1/assignments/{id}/traceability", readers) { f in
                .get("/v1/assignments/\(try await f.financeAssignment())/traceability")
            },
            MatrixRow("GET /v1/reports/progress", readers) { f in
                .get("/v1/reports/progress?assignmentId=\(try await f.financeAssignment())&from=2026-01-01&to=2026-06-30")
            },
            MatrixRow("GET /v1/reports/final", readers) { f in .get("/v1/reports/final?assignmentId=\(try await f.financeAssignment())") },
            MatrixRow("GET /v1/ledger-imports", readers) { _ in .get("/v1/ledger-imports") },
            MatrixRow("POST /v1/ledger-imports", "\(owners) 201 403 201", audits: ["ledgerImport created", "ledgerTransaction created"]) {
                f in
                .post("/v1/ledger-imports", try await f.ledgerImportBody())
            },
            MatrixRow("GET /v1/ledger-imports/{id}", readers) { f in .get("/v1/ledger-imports/\(try await f.ledgerImport())") },
            MatrixRow("POST /v1/ledger-imports/dry-run", "\(owners) 200 403 200") { f in
                .post("/v1/ledger-imports/dry-run", try await f.ledgerImportBody())
            },
            MatrixRow("GET /v1/ledger-imports/{id}/reconciliation", readers) { f in
                .get("/v1/ledger-imports/\(try await f.ledgerImport())/reconciliation")
            },
            MatrixRow("GET /v1/reports", readers) { _ in .get("/v1/reports?kind=final") },
            MatrixRow("POST /v1/reports", "\(owners) 201 403 201") { f in .post("/v1/reports", try await f.submissionBody()) },
            MatrixRow("GET /v1/reports/{id}", readers) { f in .get("/v1/reports/\(try await f.submission())") },
            MatrixRow("GET /v1/reports/{id}/files/{format}", readers) { f in .get("/v1/reports/\(try await f.submission())/files/html") },
            MatrixRow("GET /v1/reports/{id}/changes-since-submission", readers) { f in
                .get("/v1/reports/\(try await f.submission())/changes-since-submission")
            },
            MatrixRow("GET /v1/webhooks", readers) { _ in .get("/v1/webhooks") },
            MatrixRow("POST /v1/webhooks", "401 401 401 401 403 403 403 201", audits: ["webhookSubscription created"]) { f in
                .post("/v1/webhooks", f.webhookBody())
            },
            MatrixRow("GET /v1/webhooks/{id}", "401 401 401 401 200 200 404 200") { f in .get("/v1/webhooks/\(try await f.webhook())") },
            MatrixRow("PATCH /v1/webhooks/{id}", "401 401 401 401 403 403 404 200") { f in
                .patch("/v1/webhooks/\(try await f.webhook())", #"{"description":"Diariet"}"#)
            },
            MatrixRow("DELETE /v1/webhooks/{id}", "401 401 401 401 403 403 404 204") { f in .delete("/v1/webhooks/\(try await f.webhook())")
            },
            MatrixRow("GET /v1/webhooks/{id}/deliveries", "401 401 401 401 200 200 404 200") { f in
                .get("/v1/webhooks/\(try await f.webhook())/deliveries")
            },
            MatrixRow("POST /v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", "401 401 401 401 403 403 403 202") { f in
                let (subscription, delivery) = try await f.webhookDelivery()
                return .post("/v1/webhooks/\(subscription)/deliveries/\(delivery)/redeliver", "")
            },
            MatrixRow("GET /v1/search", readers) { _ in .get("/v1/search?q=norrbotten") },
            MatrixRow("GET /v1/changes", readers) { _ in .get("/v1/changes?limit=5") },
            MatrixRow("GET /v1/audit", "401 401 401 401 403 403 403 200") { _ in .get("/v1/audit?operation=created&limit=5") },
            MatrixRow("GET /v1/code-lists", readers) { _ in .get("/v1/code-lists") },
            MatrixRow("GET /v1/code-lists/{name}", readers) { _ in .get("/v1/code-lists/InitiativeStatus") },
            MatrixRow("GET /v1/assignments/{id}/financial-account", readers) { f in
                .get("/v1/assignments/\(try await f.financeAssignment())/financial-account")
            },
        ] + knowledgeRows + importRows

    /// Knowledge items are the author's (a published one is read by all); disseminations the organiser's.
    static let knowledgeRows: [MatrixRow] = [
        MatrixRow("GET /v1/knowledge-items", readers) { _ in .get("/v1/knowledge-items?transferable=true") },
        MatrixRow("POST /v1/knowledge-items", "\(owners) 201 403 201") { f in .post("/v1/knowledge-items", f.knowledgeItemBody()) },
        MatrixRow("GET /v1/knowledge-items/{id}", readers) { f in .get("/v1/knowledge-items/\(try await f.knowledgeItem())") },
        MatrixRow("PATCH /v1/knowledge-items/{id}", "\(owners) 200 403 200") { f in
            .patch("/v1/knowledge-items/\(try await f.knowledgeItem())", #"{"summary":"Skarpare sammanfattning."}"#)
        },
        MatrixRow("DELETE /v1/knowledge-items/{id}", "\(owners) 204 403 204") { f in
            .delete("/v1/knowledge-items/\(try await f.knowledgeItem())")
        },
        MatrixRow("GET /v1/knowledge-items/{id}/reach", readers) { f in .get("/v1/knowledge-items/\(try await f.knowledgeItem())/reach") },
        MatrixRow("GET /v1/knowledge-reach", readers) { _ in .get("/v1/knowledge-reach?format=csv") },
        MatrixRow("GET /v1/disseminations", readers) { _ in .get("/v1/disseminations?county=25") },
        MatrixRow("POST /v1/disseminations", "\(owners) 201 403 201") { f in .post("/v1/disseminations", try await f.disseminationBody()) },
        MatrixRow("GET /v1/disseminations/{id}", readers) { f in .get("/v1/disseminations/\(try await f.dissemination())") },
        MatrixRow("PATCH /v1/disseminations/{id}", "\(owners) 200 403 200") { f in
            .patch("/v1/disseminations/\(try await f.dissemination())", #"{"participants":12}"#)
        },
        MatrixRow("DELETE /v1/disseminations/{id}", "\(owners) 204 403 204") { f in
            .delete("/v1/disseminations/\(try await f.dissemination())")
        },
    ]

    /// Imports of one new record: allowed where creating that record is (a row others may not write is 403).
    static let importRows: [MatrixRow] = [
        MatrixRow("POST /v1/organisations/import", "\(admins) 200", audits: ["organisation created"]) { f in
            .post("/v1/organisations/import", "name;kind\r\n\(f.uniqueKey()) AB;company\r\n", contentType: "text/csv")
        },
        MatrixRow("POST /v1/contacts/import", "\(owners) 200 403 200", audits: ["contact created"]) { f in
            .post("/v1/contacts/import", "organisationId;name\r\n\(f.owner);Per Persson\r\n", contentType: "text/csv")
        },
        MatrixRow("POST /v1/initiatives/import", "\(owners) 200 403 200", audits: ["initiative created"]) { f in
            .post("/v1/initiatives/import", f.initiativeBody(), contentType: "application/jsonl")
        },
        MatrixRow("POST /v1/establishments/import", "\(editors) 200 200 200", audits: ["establishment created"]) { f in
            .post("/v1/establishments/import", try await f.establishmentBody(), contentType: "application/jsonl")
        },
        MatrixRow("POST /v1/knowledge-items/import", "\(owners) 200 403 200", audits: ["knowledgeItem created"]) { f in
            .post("/v1/knowledge-items/import", f.knowledgeItemBody(), contentType: "application/jsonl")
        },
    ]
}

extension MatrixFixture {
    func sourceDocumentBody() -> String {
        #"{"title":"Slutrapport","issuerId":"\#(env.id("regeringskansliet-kn"))","issuedOn":"2023-06-30"}"#
    }

    func sourceDocument() async throws -> String { try await create("/v1/source-documents", sourceDocumentBody()) }

    func recommendationBody() async throws -> String {
        #"{"sourceDocumentId":"\#(try await sourceDocument())","text":"Stärk kommunernas kapacitet."}"#
    }

    func recommendation() async throws -> String { try await create("/v1/recommendations", try await recommendationBody()) }

    func initiativeBody() -> String { #"{"title":"Matrisinsats","leadId":"\#(owner)","municipalityCodes":["2582"]}"# }

    func initiative() async throws -> String { try await create("/v1/initiatives", initiativeBody()) }

    func indicatorBody() async throws -> String {
        #"{"initiativeId":"\#(try await initiative())","name":"Bostäder","unit":"bostäder","direction":"higherIsBetter"}"#
    }

    func indicator() async throws -> String { try await create("/v1/indicators", try await indicatorBody()) }

    func measurementBody() async throws -> String {
        #"{"indicatorId":"\#(try await indicator())","value":10,"measuredOn":"2025-12-31","reportedById":"\#(owner)","source":"SCB"}"#
    }

    func measurement() async throws -> String { try await create("/v1/indicator-measurements", try await measurementBody()) }

    func establishmentBody() async throws -> String {
        let company = try await create("/v1/organisations", #"{"name":"Matrisbolaget \#(uniqueKey())","kind":"company"}"#)
        return
            #"{"name":"Matrisverket","companyId":"\#(company)","sites":[{"municipalityCode":"2582"}],"sector":"steel","kind":"new","phase":"planning"}"#
    }

    func establishment() async throws -> String { try await create("/v1/establishments", try await establishmentBody()) }

    func figureBody() async throws -> String {
        #"{"establishmentId":"\#(try await establishment())","metric":"directJobs","value":1500,"asOf":"2024-01-01","source":"Pressmeddelande"}"#
    }

    func figure() async throws -> String { try await create("/v1/establishment-figures", try await figureBody()) }

    func needBody() async throws -> String {
        #"{"establishmentId":"\#(try await establishment())","municipalityCode":"2582","category":"housing","description":"Bostäder"}"#
    }

    func need() async throws -> String { try await create("/v1/needs", try await needBody()) }

    func barrierBody() -> String {
        #"{"title":"Nätanslutning","description":"Väntar på kapacitet.","category":"gridConnection","reportedById":"\#(owner)"}"#
    }

    func barrier() async throws -> String { try await create("/v1/barriers", barrierBody()) }

    /// An assignment the owning organisation coordinates.
    func financeAssignment() async throws -> String {
        try await create(
            "/v1/assignments", #"{"title":"Matrisuppdrag","principalId":"\#(env.id("regeringskansliet-kn"))","coordinatorId":"\#(owner)"}"#)
    }

    func budgetBody() async throws -> String {
        #"{"assignmentId":"\#(try await financeAssignment())","fiscalYear":2026,"costCategory":"staff","fundingSource":"assignmentFunds","amount":100000}"#
    }

    func budget() async throws -> String { try await create("/v1/budgets", try await budgetBody()) }

    func transactionBody() async throws -> String {
        #"{"assignmentId":"\#(try await financeAssignment())","date":"2026-01-15","amount":12550,"kind":"expenditure","costCategory":"travel","fundingSource":"assignmentFunds","description":"Resa","voucherReference":"\#(uniqueKey())"}"#
    }

    func transaction() async throws -> String { try await create("/v1/transactions", try await transactionBody()) }

    func webhookBody() -> String {
        #"{"organisationId":"\#(owner)","url":"https://diarium.example.se/hook","eventTypes":["meeting"]}"#
    }

    func webhook() async throws -> String {
        let answer = try await client.send(.post, "/v1/webhooks", token: secret(for: .admin), json: webhookBody())
        return try answer.decoded(CreatedWebhookSubscription.self).subscription.idText
    }

    /// A subscription with one delivered change in its log (written as the delivery service would).
    func webhookDelivery() async throws -> (String, String) {
        let subscription = try await webhook()
        let delivery = "msg_" + UUID().uuidString.lowercased()
        try await env.services.database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO webhookDeliveries (id, subscriptionId, sequence, eventType, resourceId, operation, version, occurredAt,
                    status, attempts, nextAttemptAt, createdAt) VALUES (?, ?, 1, 'meeting', ?, 'created', 1, 0, 'delivered', 1, 0, 0)
                    """, arguments: [delivery, subscription, UUID().uuidString.lowercased()])
        }
        return (subscription, delivery)
    }

    func ledgerImportBody() async throws -> String {
        let csv =
            "date;amount;kind;costCategory;fundingSource;description;voucherReference\r\n2026-04-01;100;expenditure;other;assignmentFunds;Konsult;M \(UUID().uuidString.prefix(8))\r\n"
        return #"{"assignmentId":"\#(try await financeAssignment())","format":"csv","content":"\#(Data(csv.utf8).base64EncodedString())"}"#
    }

    func ledgerImport() async throws -> String { try await create("/v1/ledger-imports", try await ledgerImportBody()) }

    func submissionBody() async throws -> String {
        #"{"kind":"final","assignmentId":"\#(try await financeAssignment())","governmentCaseNumber":"KN2023/00603","submittedOn":"2026-11-01"}"#
    }

    func submission() async throws -> String { try await create("/v1/reports", try await submissionBody()) }

    func narrativeBody() async throws -> String {
        #"{"assignmentId":"\#(try await financeAssignment())","from":"2026-01-01","to":"2026-06-30","textSv":"Sammanfattning."}"#
    }

    func narrative() async throws -> String { try await create("/v1/report-narratives", try await narrativeBody()) }

    func knowledgeItemBody() -> String {
        #"{"title":"Matrislärdom","summary":"Kort.","body":"Text.","kind":"method","authorId":"\#(owner)","status":"published"}"#
    }

    func knowledgeItem() async throws -> String { try await create("/v1/knowledge-items", knowledgeItemBody()) }

    func disseminationBody() async throws -> String {
        #"{"knowledgeItemIds":["\#(try await knowledgeItem())"],"title":"Matrisseminarium","channel":"seminar","date":"2026-10-01","organiserId":"\#(owner)","counties":["25"]}"#
    }

    func dissemination() async throws -> String { try await create("/v1/disseminations", try await disseminationBody()) }
}
