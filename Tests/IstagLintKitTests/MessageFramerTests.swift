import IstagLintKit
import Testing

struct MessageFramerTests {
    func framed(_ body: String) -> [UInt8] { MessageFramer.frame(Array(body.utf8)) }

    @Test func aMessageSplitAcrossReadsComesOutWhole() {
        var framer = MessageFramer()
        let bytes = framed("{\"a\":\"é\"}") + framed("{}")
        for byte in bytes.prefix(10) { framer.append([byte]) }
        #expect(framer.next() == nil)
        framer.append(bytes.dropFirst(10))
        #expect(framer.next() == .message(Array("{\"a\":\"é\"}".utf8)))
        #expect(framer.next() == .message(Array("{}".utf8)))
        #expect(framer.next() == nil)
    }

    @Test func headerNamesAreCaseInsensitiveAndOtherHeadersAreAllowed() {
        var framer = MessageFramer()
        framer.append(Array("content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}".utf8))
        #expect(framer.next() == .message(Array("{}".utf8)))
    }

    @Test func aHeaderWithoutALengthIsSkippedAndTheNextMessageIsRead() {
        var framer = MessageFramer()
        framer.append(Array("Content-Type: x\r\n\r\n".utf8) + framed("{}"))
        guard case .malformed(let reason) = framer.next() else {
            Issue.record("expected a malformed frame")
            return
        }
        #expect(reason.contains("Content-Length"))
        #expect(framer.next() == .message(Array("{}".utf8)))
    }

    @Test func aLengthThatIsNotANumberIsMalformed() {
        var framer = MessageFramer()
        framer.append(Array("Content-Length: -3\r\n\r\n".utf8) + framed("[]"))
        #expect(framer.next().map { if case .malformed = $0 { true } else { false } } == true)
        #expect(framer.next() == .message(Array("[]".utf8)))
    }

    @Test func aHeaderThatNeverEndsIsDroppedInsteadOfGrowingForever() {
        var framer = MessageFramer()
        framer.append([UInt8](repeating: UInt8(ascii: "x"), count: MessageFramer.maxHeaderSize + 1))
        #expect(framer.next().map { if case .malformed = $0 { true } else { false } } == true)
        framer.append(framed("{}"))
        #expect(framer.next() == .message(Array("{}".utf8)))
    }
}
