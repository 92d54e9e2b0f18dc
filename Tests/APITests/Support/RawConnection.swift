import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A plain TCP connection to 127.0.0.1 for tests that must behave as a slow or hostile client would, below any HTTP
/// library: half-sent heads, silent sockets, bodies that never come.
final class RawConnection {
    let descriptor: Int32

    /// Connects to `port` on 127.0.0.1; throws when the connection is refused.
    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(descriptor)
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit { close(descriptor) }

    /// Sends text without waiting for an answer.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// What the server sent within `timeout` seconds (until it closed, the time ran out, or with `headOnly` a whole
    /// response head arrived), as text.
    func receive(timeout: Double, headOnly: Bool = false) -> String {
        var received: [UInt8] = []
        let end = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65536)
        while Date() < end {
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
            if headOnly, String(decoding: received, as: UTF8.self).contains("\r\n\r\n") { break }
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Whether the server has closed the connection (end of stream or reset), without waiting.
    var isClosedByServer: Bool {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 0) > 0 else { return false }
        var byte: UInt8 = 0
        let count = recv(descriptor, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        if count > 0 {
            // Unread answer bytes: drain them and look again.
            var sink = [UInt8](repeating: 0, count: 65536)
            _ = recv(descriptor, &sink, sink.count, Int32(MSG_DONTWAIT))
            return isClosedByServer
        }
        return count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
    }

    /// A free TCP port on 127.0.0.1.
    static func freePort() -> Int {
        let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(probe) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(probe, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(probe, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// The `samordna` binary of this build, run as a separate process on a fresh database, as an operator runs it.
/// Started with `Command.spawn` (`posix_spawn`).
final class ServerProcess {
    let port = RawConnection.freePort()
    let folder: URL
    static let adminToken = "server-process-admin-token-0123456789abcdef0123"
    /// The server's process id.
    private(set) var processIdentifier: pid_t = 0
    private var exited = false

    /// Starts the server with extra flags and waits until `/health/live` answers; on the database in `folder` when
    /// given (a restart after `killHard()`), else on a fresh one.
    init(_ arguments: [String], folder: URL? = nil) throws {
        self.folder = folder ?? FileManager.default.temporaryDirectory.appendingPathComponent("samordna-server-\(UUID().uuidString)")
        let root = TestEnvironment.projectRoot
        try FileManager.default.createDirectory(at: self.folder, withIntermediateDirectories: true)
        let executable = root.appendingPathComponent(".build/debug/samordna").path
        let argv =
            [
                executable, "serve", "--port", String(port), "--database", self.folder.appendingPathComponent("db.sqlite").path, "--seeds",
                root.appendingPathComponent("seeds").path, "--openapi", root.appendingPathComponent("openapi.yaml").path, "--log-level",
                "error",
            ] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["SAMORDNA_BOOTSTRAP_ADMIN_TOKEN"] = Self.adminToken
        // The server's output (its access log among it) goes to /dev/null, not to the test runner's pipes.
        processIdentifier = try Command.spawn(executable, argv, environment: environment.map { "\($0.key)=\($0.value)" })
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if health().hasPrefix("HTTP/1.1 200") { return }
            Thread.sleep(forTimeInterval: 0.1)
        }
        stop()
        throw POSIXError(.ETIMEDOUT)
    }

    /// One `GET /health/live` on a new connection: the status line and the rest, or "" when nothing came.
    func health(timeout: Double = 2) -> String {
        guard let connection = try? RawConnection(port: port) else { return "" }
        connection.send("GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        return connection.receive(timeout: timeout)
    }

    /// The server's resident memory in kilobytes, from `/proc`.
    var residentKilobytes: Int {
        let status = (try? String(contentsOfFile: "/proc/\(processIdentifier)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    /// Kills the server with SIGKILL, as a power cut would, and keeps its folder (its database) for a restart.
    func killHard() {
        guard processIdentifier > 0 && !exited else { return }
        kill(processIdentifier, SIGKILL)
        var status: Int32 = 0
        while waitpid(processIdentifier, &status, 0) == -1 && errno == EINTR {}
        exited = true
    }

    /// Stops the server (SIGTERM, as an operator does) and waits for it, then removes its folder.
    func stop() {
        if processIdentifier > 0 && !exited {
            kill(processIdentifier, SIGTERM)
            var status: Int32 = 0
            while waitpid(processIdentifier, &status, 0) == -1 && errno == EINTR {}
            exited = true
        }
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { stop() }
}
