import Foundation

/// Runs a program as a child process with `posix_spawn`, not Foundation's `Process` (whose `run` crashed in CI with a
/// bad memcpy while other threads of the test run were busy).
enum Command {
    /// Starts `path` with `arguments` (argv[0] first) and `environment`; stdout goes to `output` (or /dev/null),
    /// stderr to /dev/null. The strings are copied for the call and freed after it.
    static func spawn(_ path: String, _ arguments: [String], environment: [String], output: String = "/dev/null") throws -> pid_t {
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        return pid
    }

    /// Runs the program found on PATH to its end, or kills it after `timeout` seconds; returns its exit status and
    /// what it wrote to stdout.
    static func run(_ program: String, _ arguments: [String], timeout: Double = 120) throws -> (status: Int32, output: String) {
        guard let path = which(program) else { throw CommandError.notFound(program) }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("command-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let environment = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let pid = try spawn(path, [program] + arguments, environment: environment, output: output)
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited == -1 && errno != EINTR { throw POSIXError(.ECHILD) }
            if Date() > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw CommandError.timedOut(program, timeout)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        return ((status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f), text)
    }

    /// The program's path on PATH, if there is one.
    static func which(_ program: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Why a command could not be run to its end.
enum CommandError: Error, CustomStringConvertible {
    case notFound(String)
    case timedOut(String, Double)

    var description: String {
        switch self {
        case .notFound(let program): "\(program) is not installed; `make test` installs it (scripts/install-browser-deps.sh)."
        case .timedOut(let program, let seconds): "\(program) did not finish within \(seconds) s."
        }
    }
}
