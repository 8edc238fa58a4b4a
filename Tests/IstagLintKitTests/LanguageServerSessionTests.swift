import Foundation
import IstagLintKit
import Synchronization
import Testing

/// Replays the recorded language server sessions in `Fixtures/lsp/`: each step sends what the
/// client sent and expects what the server sent back, message for message (in any order within
/// a step, since lints and requests run on their own threads). `ISTAGLINT_RECORD=1` re-records
/// the server's side.
struct LanguageServerSessionTests {
    static let folder = Repository.root.appendingPathComponent("Fixtures/lsp")

    static var sessions: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test(arguments: sessions)
    func replay(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let data = try Data(contentsOf: url)
        var steps = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let recording = Recording.current == .everything
        let harness = ServerHarness()
        for index in steps.indices {
            let step = steps[index]
            if let raw = step["clientRaw"] as? String {
                harness.server.handle(Array(raw.utf8))
            } else {
                let client = try #require(step["client"])
                harness.server.handle(Array(try JSONSerialization.data(withJSONObject: client)))
            }
            let expected = (step["server"] as? [Any]) ?? []
            let received = recording ? harness.quietMessages() : harness.messages(count: expected.count)
            if recording {
                steps[index]["server"] = received
                continue
            }
            let note = step["note"] as? String ?? "step \(index)"
            #expect(
                received.map(ServerHarness.canonical).sorted() == expected.map(ServerHarness.canonical).sorted(),
                "\(name), \(note): the server's messages differ from the recording")
        }
        if recording {
            let output = try JSONSerialization.data(withJSONObject: steps, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            try (String(decoding: output, as: UTF8.self) + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }
}

/// A server in this process with no debounce, whose messages are collected as JSON values; its
/// `exit` shows as a message `{"exit": CODE}`.
final class ServerHarness: Sendable {
    /// The bodies sent, shared with the server's output.
    private final class Inbox: Sendable {
        let bodies = Mutex<[Data]>([])
    }

    private let inbox = Inbox()
    let server: LanguageServer

    init(settings: LanguageServer.Settings = ServerHarness.settings) {
        let inbox = inbox
        server = LanguageServer(
            settings: settings,
            output: { body in inbox.bodies.withLock { $0.append(Data(body)) } },
            terminate: { code in inbox.bodies.withLock { $0.append(Data("{\"exit\": \(code)}".utf8)) } })
    }

    static var settings: LanguageServer.Settings {
        var settings = LanguageServer.Settings(workingDirectory: "/istaglint-lsp-session")
        settings.debounceMilliseconds = 0
        return settings
    }

    /// Waits for `count` messages (10 s at most), then a little longer for any extra one, and
    /// takes them all.
    func messages(count: Int, timeout: Double = 10) -> [Any] {
        let deadline = Date().addingTimeInterval(timeout)
        while inbox.bodies.withLock({ $0.count }) < count && Date() < deadline { usleep(2_000) }
        usleep(60_000)
        return take()
    }

    /// Waits until no message has come for half a second, and takes them all.
    func quietMessages() -> [Any] {
        var seen = -1
        while true {
            usleep(500_000)
            let now = inbox.bodies.withLock { $0.count }
            if now == seen { break }
            seen = now
        }
        return take()
    }

    private func take() -> [Any] {
        let bodies = inbox.bodies.withLock { bodies in
            defer { bodies = [] }
            return bodies
        }
        return bodies.map { (try? JSONSerialization.jsonObject(with: $0)) ?? ["unreadable": String(decoding: $0, as: UTF8.self)] }
    }

    /// A JSON value as text with sorted keys, for comparing.
    static func canonical(_ value: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }
}
