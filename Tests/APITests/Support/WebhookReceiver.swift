import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// A webhook receiver on 127.0.0.1, as a county board's would be: it keeps what it is sent and answers as told
/// (fail the first attempts, fail always, or hang).
actor WebhookReceiver {
    /// How the receiver answers.
    enum Mode: Sendable { case succeed, failFirst(Int), failAlways, hang }

    /// One request received.
    struct Received: Sendable {
        var headers: [String: String]
        var body: Data
        var answered: Int
    }

    private(set) var received: [Received] = []
    private var mode: Mode = .succeed
    private var failuresLeft = 0

    func set(_ mode: Mode) {
        self.mode = mode
        if case .failFirst(let count) = mode { failuresLeft = count }
    }

    /// The answer to one request, recorded.
    func answer(headers: [String: String], body: Data) async -> Int {
        var status = 204
        switch mode {
        case .succeed: break
        case .failFirst:
            if failuresLeft > 0 {
                failuresLeft -= 1
                status = 503
            }
        case .failAlways: status = 500
        case .hang: status = 0
        }
        received.append(Received(headers: headers, body: body, answered: status))
        return status
    }

    /// The deliveries answered with 2xx, in the order they came.
    var accepted: [Received] { received.filter { (200..<300).contains($0.answered) } }

    /// Runs the receiver while `body` runs, giving it the receiver's URL.
    func run<T: Sendable>(_ body: @Sendable (URL) async throws -> T) async throws -> T {
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            let headers = Dictionary(request.headers.map { ($0.name.rawName.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
            let status = await self.answer(headers: headers, body: Data(buffer: bytes))
            if status == 0 {
                try await Task.sleep(for: .seconds(30))
                return Response(status: .noContent)
            }
            return Response(status: .init(code: status))
        }
        let (ports, sink) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "receiver")
        logger.logLevel = .error
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                sink.yield(channel.localAddress?.port ?? 0)
                sink.finish()
            }, logger: logger)
        let group = ServiceGroup(configuration: .init(services: [app], logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            let port = await iterator.next() ?? 0
            defer { tasks.cancelAll() }
            do {
                let value = try await body(URL(string: "http://127.0.0.1:\(port)/hook")!)
                await group.triggerGracefulShutdown()
                return value
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
        }
    }
}
