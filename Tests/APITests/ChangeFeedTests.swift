import Foundation
import SamordnaClient
import SamordnaDomain
import Testing

@testable import SamordnaAPI

/// A mirror built from the feed, as a county board's integration would keep one: type/id → the record's version.
actor FeedMirror {
    private(set) var records: [String: Int] = [:]
    private(set) var seen: [String] = []
    private(set) var cursor: String?

    func apply(_ change: ChangeEvent, present: Bool) {
        let key = "\(change.type)/\(change.id)"
        seen.append("\(key)@\(change.version)/\(change.operation.rawValue)")
        records[key] = present && change.operation != .deleted ? change.version : nil
        cursor = change.cursor
    }

    /// The ids the mirror holds of a type.
    func ids(of type: String) -> Set<String> {
        Set(records.keys.filter { $0.hasPrefix(type + "/") }.map { String($0.dropFirst(type.count + 1)) })
    }
}

@Suite("The change feed: gap-free, visibility as the lists, long polls, resumable across a crash")
struct ChangeFeedTests {
    /// Follows the feed with `client` into `mirror`, fetching each record the feed names (absent when 404).
    static func follow(_ client: SamordnaClient, into mirror: FeedMirror, untilCaughtUp: Bool, wait: Int = 1) async throws {
        for try await change in client.changes(after: await mirror.cursor, untilCaughtUp: untilCaughtUp, wait: wait, pageSize: 50) {
            let present = change.operation == .deleted ? false : try await change.path.asyncMap { try await client.record(at: $0) } != nil
            await mirror.apply(change, present: present)
        }
    }

    /// Every id a token can list of a collection.
    static func listed(_ client: SamordnaClient, _ path: String) async throws -> Set<String> {
        var ids: Set<String> = []
        let options = ListOptions(limit: 500)
        switch path {
        case "/v1/organisations": for try await record in client.organisations.all(options: options) { ids.insert(record.idText) }
        case "/v1/meetings": for try await record in client.meetings.all(options: options) { ids.insert(record.idText) }
        case "/v1/contacts": for try await record in client.contacts.all(options: options) { ids.insert(record.idText) }
        case "/v1/forums": for try await record in client.forums.all(options: options) { ids.insert(record.idText) }
        default: Issue.record("no list for \(path)")
        }
        return ids
    }

    @Test("replaying the feed from the start rebuilds exactly what each caller lists, while 8 writers create, change and delete")
    func replay() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let board = try #require(Organisation.ID(env.id("lansstyrelsen-norrbotten")))
            let region = try #require(Organisation.ID(env.id("region-vasterbotten")))
            let editor = SamordnaClient(baseURL: baseURL, token: env.tokens.editor)
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            let outsider = SamordnaClient(baseURL: baseURL, token: env.tokens.otherEditor)
            let live = FeedMirror()
            // One follower runs alongside the writers, long-polling; it stops when told.
            let follower = Task { try await Self.follow(outsider, into: live, untilCaughtUp: false) }

            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        for step in 0..<6 {
                            let company = try await admin.organisations.create(
                                OrganisationInput(name: "Bolag \(writer)-\(step)", kind: .company))
                            let meeting = try await editor.meetings.create(
                                MeetingInput(
                                    title: "Möte \(writer)-\(step)", date: CalendarDate("2026-05-0\(1 + step % 9)")!, format: .workshop,
                                    organiserId: board, participants: [.init(organisationId: board)],
                                    confidential: step % 3 == 0, confidentialityReason: step % 3 == 0 ? "OSL 19 kap. 1 §" : nil))
                            let contact = try await editor.contacts.create(
                                ContactInput(organisationId: board, name: "Person \(writer)-\(step)"))
                            switch step % 4 {
                            case 0: try await admin.organisations.delete(company.id)
                            case 1:
                                _ = try await editor.meetings.update(meeting) {
                                    $0.confidential = true; $0.confidentialityReason = "OSL"
                                }
                            case 2: try await editor.contacts.delete(contact.id)
                            default: _ = try await admin.organisations.update(company) { $0.name = "Bolag \(writer)-\(step) AB" }
                            }
                        }
                    }
                }
                try await group.waitForAll()
            }
            _ = try await outsider.forums.create(ForumInput(name: "Sista forumet", kind: .regionalForum, convenorId: region))

            // A fresh replay from the start, for each kind of caller, equals what that caller lists.
            for (name, client) in [("outsider", outsider), ("editor", editor), ("admin", admin)] {
                let mirror = FeedMirror()
                try await Self.follow(client, into: mirror, untilCaughtUp: true)
                for (type, path) in [("organisation", "/v1/organisations"), ("meeting", "/v1/meetings"), ("contact", "/v1/contacts")] {
                    let listed = try await Self.listed(client, path)
                    #expect(await mirror.ids(of: type) == listed, "\(name): \(type)")
                }
                let seen = await mirror.seen
                #expect(Set(seen).count == seen.count, "\(name): no change seen twice")
            }
            // The follower that ran alongside the writers ends where a replay does.
            try await Task.sleep(for: .milliseconds(1500))
            follower.cancel()
            _ = try? await follower.value
            try await Self.follow(outsider, into: live, untilCaughtUp: true)
            for (type, path) in [
                ("organisation", "/v1/organisations"), ("meeting", "/v1/meetings"), ("contact", "/v1/contacts"), ("forum", "/v1/forums"),
            ] {
                #expect(await live.ids(of: type) == (try await Self.listed(outsider, path)), "live follower: \(type)")
            }
            #expect(await live.ids(of: "contact").isEmpty, "another organisation's contacts never show")
        }
    }

    @Test("a caught-up long poll answers at the commit of a change, and holds as long as asked when nothing comes")
    func longPoll() async throws {
        let env = try TestEnvironment()
        try await env.withLiveServer { baseURL async throws in
            let reader = SamordnaClient(baseURL: baseURL, token: env.tokens.reader)
            let admin = SamordnaClient(baseURL: baseURL, token: env.tokens.admin)
            var cursor: String?
            repeat {
                let page = try await reader.changePage(after: cursor, limit: 500)
                cursor = page.nextCursor
                if page.caughtUp { break }
            } while true
            let started = ContinuousClock.now
            let quiet = try await reader.changePage(after: cursor, wait: 1)
            #expect(quiet.items.isEmpty && quiet.caughtUp && ContinuousClock.now - started >= .milliseconds(900))
            let from = cursor
            let waiting = Task { try await reader.changePage(after: from, wait: 20) }
            try await Task.sleep(for: .milliseconds(300))
            let written = ContinuousClock.now
            let company = try await admin.organisations.create(OrganisationInput(name: "Väntebolaget AB", kind: .company))
            let page = try await waiting.value
            #expect(page.items.map(\.id) == [company.id.description])
            #expect(ContinuousClock.now - written < .seconds(3), "the long poll answers at the commit, not at its 20 s timeout")
        }
    }

    @Test("after a SIGKILL and a restart, a consumer resuming from its last cursor misses nothing and sees nothing twice")
    func crashResume() async throws {
        let first = try ServerProcess([])
        let token = ServerProcess.adminToken
        let url = { (server: ServerProcess) in URL(string: "http://127.0.0.1:\(server.port)")! }
        var admin = SamordnaClient(baseURL: url(first), token: token)
        var acknowledged: [String] = []
        for index in 0..<20 {
            acknowledged.append(
                try await admin.organisations.create(OrganisationInput(name: "Före \(index) AB", kind: .company)).id.description)
        }
        let mirror = FeedMirror()
        var consumed = 0
        for try await change in admin.changes(untilCaughtUp: true, pageSize: 7) {
            await mirror.apply(change, present: true)
            consumed += 1
            if change.type == "organisation" && change.id == acknowledged[9] { break }
        }
        // Writes go on; the server dies mid-stream without a chance to flush anything.
        let writer = Task { [admin] in
            var done: [String] = []
            for index in 0..<200 {
                guard let created = try? await admin.organisations.create(OrganisationInput(name: "Under \(index) AB", kind: .company))
                else { break }
                done.append(created.id.description)
            }
            return done
        }
        try await Task.sleep(for: .milliseconds(250))
        first.killHard()
        acknowledged += await writer.value
        let second = try ServerProcess([], folder: first.folder)
        defer { second.stop() }
        admin = SamordnaClient(baseURL: url(second), token: token)
        acknowledged.append(try await admin.organisations.create(OrganisationInput(name: "Efter AB", kind: .company)).id.description)

        for try await change in admin.changes(after: await mirror.cursor, untilCaughtUp: true, pageSize: 7) {
            await mirror.apply(change, present: true)
        }
        let seen = await mirror.seen
        #expect(Set(seen).count == seen.count, "nothing seen twice")
        let organisations = await mirror.ids(of: "organisation")
        #expect(Set(acknowledged).isSubset(of: organisations), "every acknowledged write is in the feed")
        #expect(organisations == (try await Self.listed(admin, "/v1/organisations")))
    }
}

extension Optional {
    /// The wrapped value transformed by an async function.
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
