import Foundation
import IstagLintKit
import Testing

/// The server's behaviour beyond the recorded sessions: debouncing, the order of lifecycle
/// messages, and its reading loop.
struct LanguageServerTests {
    static let uri = "file:///istaglint-lsp-test/a.yaml"

    func send(_ harness: ServerHarness, _ message: [String: Any]) throws {
        var message = message
        message["jsonrpc"] = "2.0"
        harness.server.handle(Array(try JSONSerialization.data(withJSONObject: message)))
    }

    func initialize(_ harness: ServerHarness) throws {
        try send(harness, ["id": 1, "method": "initialize", "params": ["rootUri": "file:///istaglint-lsp-test", "capabilities": [:] as [String: Any]]])
        try send(harness, ["method": "initialized", "params": [:] as [String: Any]])
        _ = harness.messages(count: 1)
    }

    func published(_ messages: [Any]) -> [(version: Int?, codes: [String])] {
        messages.compactMap { message in
            guard let message = message as? [String: Any], message["method"] as? String == "textDocument/publishDiagnostics",
                let params = message["params"] as? [String: Any]
            else { return nil }
            let codes = (params["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            return (params["version"] as? Int, codes)
        }
    }

    @Test func aBurstOfChangesIsLintedOnceAtItsLatestVersion() throws {
        var settings = ServerHarness.settings
        settings.debounceMilliseconds = 300
        let harness = ServerHarness(settings: settings)
        try initialize(harness)
        try send(
            harness,
            [
                "method": "textDocument/didOpen",
                "params": ["textDocument": ["uri": Self.uri, "languageId": "yaml", "version": 1, "text": "kind: ImageStreamTag\n"]],
            ])
        for version in 2...6 {
            let text = "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: a:\(version)\ntag:\n  from:\n    kind: dockerimage\n"
            try send(
                harness,
                ["method": "textDocument/didChange", "params": ["textDocument": ["uri": Self.uri, "version": version], "contentChanges": [["text": text]]]])
        }
        let messages = harness.messages(count: 2, timeout: 3)
        let publications = published(messages)
        // The open's lint is stale by the time its delay is over, and so are the first changes':
        // one publication, of version 6.
        #expect(publications.count == 1)
        #expect(publications.first?.version == 6)
        #expect(publications.first?.codes.contains("IST202") == true)
    }

    @Test func requestsBeforeInitializeAreRefusedAndNotificationsDropped() throws {
        let harness = ServerHarness()
        try send(harness, ["id": 7, "method": "textDocument/hover", "params": [:] as [String: Any]])
        try send(harness, ["method": "textDocument/didOpen", "params": ["textDocument": ["uri": Self.uri, "version": 1, "text": "a: b"]]])
        let messages = harness.messages(count: 1)
        #expect(messages.count == 1)
        let error = (messages.first as? [String: Any])?["error"] as? [String: Any]
        #expect(error?["code"] as? Int == -32002)
    }

    @Test func exitWithoutShutdownEndsWithOne() throws {
        let harness = ServerHarness()
        try initialize(harness)
        try send(harness, ["method": "exit"])
        let messages = harness.messages(count: 1)
        #expect((messages.last as? [String: Any])?["exit"] as? Int == 1)
    }

    @Test func theReadingLoopAnswersBrokenFramesAndEndsWhenItsInputCloses() throws {
        let harness = ServerHarness()
        var pipe: [Int32] = [0, 0]
        #expect(Foundation.pipe(&pipe) == 0)
        let body = Array(#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#.utf8)
        let input = Array("Content-Type: text/plain\r\n\r\n".utf8) + MessageFramer.frame(body)
        #expect(input.withUnsafeBytes { Foundation.write(pipe[1], $0.baseAddress, $0.count) } == input.count)
        close(pipe[1])
        let code = harness.server.run(reading: pipe[0])
        close(pipe[0])
        let messages = harness.messages(count: 2)
        let codes = messages.compactMap { (($0 as? [String: Any])?["error"] as? [String: Any])?["code"] as? Int }
        // The first frame has no Content-Length: a parse error; the shutdown before initialize is refused.
        #expect(codes == [-32700, -32002])
        #expect(code == 1)
    }
}
