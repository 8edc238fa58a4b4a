import Foundation
import Testing

/// Runs the built `istaglint` binary.
enum CLI {
    struct Outcome {
        var status: Int32
        var terminatedBySignal: Bool
        var stdout: String
        var stderr: String
        var seconds: Double
    }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary beside the test bundle, or in `.build/debug`.
    static let binary: URL? = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("istaglint")
        let candidates = [
            ProcessInfo.processInfo.environment["ISTAGLINT_BINARY"].map { URL(fileURLWithPath: $0) },
            beside,
            root.appendingPathComponent(".build/debug/istaglint"),
        ].compactMap { $0 }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs the binary (or `executable`) in `directory` (the checkout by default), feeding `input` to standard input.
    /// A run that takes longer than `timeout` is killed and recorded as an issue (a hang guard, not a benchmark).
    static func run(
        _ arguments: [String], input: Data? = nil, in directory: URL = root, environment: [String: String] = [:],
        timeout: Double = 30, executable: URL? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Outcome {
        let binary = try executable ?? #require(binary, "the istaglint binary was not built", sourceLocation: sourceLocation)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: outURL)
        let stderr = try FileHandle(forWritingTo: errURL)
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        let started = Date()
        _ = ignoreBrokenPipes
        try process.run()
        if let input {
            // istaglint may exit before it reads all of its input (a usage error, or no `-`):
            // the write then fails with EPIPE, which is not the test's business.
            try? stdin.fileHandleForWriting.write(contentsOf: input)
        }
        try? stdin.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("istaglint \(arguments) did not finish within \(timeout) s", sourceLocation: sourceLocation)
        }
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        let outData = try Data(contentsOf: outURL)
        let errData = try Data(contentsOf: errURL)
        return Outcome(
            status: process.terminationStatus,
            terminatedBySignal: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            seconds: Date().timeIntervalSince(started))
    }

    /// Writing to a pipe whose reader has exited raises SIGPIPE, which would kill the whole
    /// test process; ignored once, the write reports EPIPE instead.
    private static let ignoreBrokenPipes: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("istaglint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
