import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

@Suite("Webhooks: signed, in feed order, at least once, from the feed and never from the write")
struct WebhookTests {
    /// Waits until `condition` holds, up to `seconds`.
    static func eventually(_ seconds: Double = 10, _ condition: @Sendable () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int64(seconds * 1000))
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try await condition()
    }

    @Test("a receiver that fails its first attempts gets every event once, in order, each signature valid; writes stay fast while it hangs")
    func delivery() async throws {
        let env = try TestEnvironment()
        let receiver = WebhookReceiver()
        try await receiver.run { hook async throws in
            try await env.withLiveServer { baseURL async throws in
                let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
                let board = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
                await receiver.set(.failFirst(2))
                let created = try await admin.createWebhook(
                    WebhookSubscriptionInput(organisationId: board, url: hook.absoluteString, eventTypes: ["organisation", "forum"]))
                let secret = try #require(created.secret)
                let verifier = try WebhookVerifier(secret: secret)

                var expected: [String] = []
                let company = try await admin.organisations.create(OrganisationInput(name: "Krokbolaget AB", kind: .company))
                expected.append("organisation.created \(company.id)")
                _ = try await admin.organisations.update(company) { $0.name = "Krokbolaget i Luleå AB" }
                expected.append("organisation.updated \(company.id)")
                let forum = try await admin.forums.create(ForumInput(name: "Krokforum", kind: .regionalForum, convenorId: board))
                expected.append("forum.created \(forum.id)")
                _ = try await admin.assignments.page()  // a read: no event
                try await admin.organisations.delete(company.id)
                expected.append("organisation.deleted \(company.id)")

                let count = expected.count
                #expect(try await Self.eventually { await receiver.accepted.count >= count })
                let accepted = await receiver.accepted
                let events = try accepted.map { try JSONDecoder.samordna.decode(WebhookEvent.self, from: $0.body) }
                #expect(events.map { "\($0.type) \($0.data.id)" } == expected, "every event once, in feed order")
                for delivery in accepted { try verifier.verify(body: delivery.body, headers: delivery.headers) }
                let all = await receiver.received
                #expect(all.count == expected.count + 2 && all.prefix(2).allSatisfy { $0.answered == 503 })
                #expect(all[0].headers["webhook-id"] == all[2].headers["webhook-id"], "a retry keeps its webhook-id")
                var tampered = accepted[0].body
                tampered.append(0x20)
                #expect(throws: WebhookVerifier.Failure.badSignature) { try verifier.verify(body: tampered, headers: accepted[0].headers) }

                let log = try await admin.webhookDeliveries(created.subscription.id)
                #expect(log.items.count == 4 && log.items.allSatisfy { $0.status == .delivered })
                #expect(log.items.last?.attempts == 3 && log.items.last?.responseStatus == 204)

                // While the receiver hangs, writes are as quick as ever: deliveries never run inside a write.
                await receiver.set(.hang)
                var slowest: Duration = .zero
                for index in 0..<10 {
                    let started = ContinuousClock.now
                    _ = try await admin.organisations.create(OrganisationInput(name: "Medan \(index) AB", kind: .company))
                    slowest = max(slowest, ContinuousClock.now - started)
                }
                #expect(slowest < .seconds(2), "a write completes within 2 s while the receiver hangs: \(slowest)")

                // Redelivery puts a delivered event back in line.
                await receiver.set(.succeed)
                let first = try #require(log.items.last)
                let again = try await admin.redeliver(first.id, of: created.subscription.id)
                #expect(again.status == .pending)
                #expect(
                    try await Self.eventually {
                        await receiver.accepted.contains { $0.headers["webhook-id"] == first.id && $0 != accepted[0] }
                    })
            }
        }
    }

    @Test("targets into the agency's network are refused, and a receiver that keeps failing gets its subscription disabled")
    func safety() async throws {
        var configured = try TestEnvironment()
        configured.configuration.webhookBackoffScale = 0.0001
        let env = configured
        let receiver = WebhookReceiver()
        try await receiver.run { hook async throws in
            try await env.withLiveServer { baseURL async throws in
                let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
                let board = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
                for url in [
                    "http://10.0.0.1/hook", "https://169.254.169.254/latest", "https://192.168.1.5/", "ftp://example.se/",
                    "https://user:pw@example.se/",
                ] {
                    let refused = await problem {
                        _ = try await admin.createWebhook(WebhookSubscriptionInput(organisationId: board, url: url))
                    }
                    #expect(refused?.errors?.map(\.code) == ["unsafeURL"], "\(url)")
                }
                let editor = await problem {
                    _ = try await SamordnaClient(baseURL: baseURL, token: env.tokens.editor).createWebhook(
                        WebhookSubscriptionInput(organisationId: board, url: hook.absoluteString))
                }
                #expect(editor?.status == 403)

                await receiver.set(.failAlways)
                let created = try await admin.createWebhook(WebhookSubscriptionInput(organisationId: board, url: hook.absoluteString))
                _ = try await admin.organisations.create(OrganisationInput(name: "Felbolaget AB", kind: .company))
                #expect(try await Self.eventually(15) { try await admin.webhooks.get(created.subscription.id).active == false })
                let disabled = try await admin.webhooks.get(created.subscription.id)
                #expect(disabled.failureCount == WebhookSubscription.maximumFailures && disabled.disabledReason != nil)
                #expect(try await admin.webhookDeliveries(created.subscription.id).items.first?.status == .failed)
            }
        }
    }
}

extension WebhookTests {
    @Test("deliveries survive a SIGKILL: what was pending is delivered after the restart, in order, each under one webhook-id")
    func restart() async throws {
        let receiver = WebhookReceiver()
        try await receiver.run { hook async throws in
            let flags = ["--allow-loopback-webhooks", "--webhook-backoff-scale", "0.01"]
            let first = try ServerProcess(flags)
            let url = { (server: ServerProcess) in URL(string: "http://127.0.0.1:\(server.port)")! }
            var admin = SamordnaClient(baseURL: url(first), token: ServerProcess.adminToken)
            let board = try #require(try await admin.organisations.get(key: "lansstyrelsen-norrbotten").id)
            await receiver.set(.failAlways)
            let created = try await admin.createWebhook(
                WebhookSubscriptionInput(organisationId: board, url: hook.absoluteString, eventTypes: ["organisation"]))
            var names: [String] = []
            for index in 0..<3 {
                names.append(
                    try await admin.organisations.create(OrganisationInput(name: "Omstart \(index) AB", kind: .company)).id.description)
            }
            #expect(try await Self.eventually { await receiver.received.count >= 1 })
            first.killHard()
            await receiver.set(.succeed)
            let second = try ServerProcess(flags, folder: first.folder)
            defer { second.stop() }
            admin = SamordnaClient(baseURL: url(second), token: ServerProcess.adminToken)
            // At least once: a request in flight when the server died may reach the receiver and still be sent again,
            // with the same webhook-id, which is how a receiver recognises it.
            let distinct = { @Sendable () async throws -> [String] in
                var seen: Set<String> = []
                return try await receiver.accepted.filter { seen.insert($0.headers["webhook-id"] ?? "").inserted }
                    .map { try JSONDecoder.samordna.decode(WebhookEvent.self, from: $0.body).data.id }
            }
            let count = names.count
            #expect(try await Self.eventually(20) { try await distinct().count >= count })
            #expect(try await distinct() == names, "every pending event, in order, after the restart")
            #expect(try await admin.webhookDeliveries(created.subscription.id).items.allSatisfy { $0.status == .delivered })
        }
    }
}

extension WebhookReceiver.Received: Equatable {
    static func == (a: Self, b: Self) -> Bool { a.body == b.body && a.headers == b.headers && a.answered == b.answered }
}

extension JSONDecoder {
    /// The decoder for Samordna's JSON (RFC 3339 times).
    static var samordna: JSONDecoder { SamordnaJSON.decoder() }
}
