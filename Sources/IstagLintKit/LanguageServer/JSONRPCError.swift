/// A JSON-RPC error object, with the codes JSON-RPC 2.0 and LSP 3.17 define.
public struct JSONRPCError: Error, Sendable, Hashable, Codable {
    /// The error code.
    public var code: Int
    /// A sentence saying what went wrong.
    public var message: String

    /// An error with a code and a message.
    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    /// The message is not JSON, or its framing is broken.
    public static func parseError(_ message: String) -> JSONRPCError { JSONRPCError(code: -32700, message: message) }
    /// The JSON is not a JSON-RPC request or notification.
    public static func invalidRequest(_ message: String) -> JSONRPCError { JSONRPCError(code: -32600, message: message) }
    /// No such method.
    public static func methodNotFound(_ method: String) -> JSONRPCError {
        JSONRPCError(code: -32601, message: "method not found: \"\(method)\"")
    }
    /// The method's parameters are not what it takes.
    public static func invalidParams(_ message: String) -> JSONRPCError { JSONRPCError(code: -32602, message: message) }
    /// A request before `initialize`.
    public static let serverNotInitialized = JSONRPCError(code: -32002, message: "the server is not initialized: send initialize first")
    /// A request the client cancelled before it was answered.
    public static let requestCancelled = JSONRPCError(code: -32800, message: "the request was cancelled")
}
