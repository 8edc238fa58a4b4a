/// What every incoming message is read as first: its `id` and `method`. A request has both, a
/// notification only a method, a response (to a request of the server's) only an id. The
/// parameters are decoded once the method says what they are (`JSONRPCParameters`).
struct JSONRPCEnvelope: Decodable {
    var jsonrpc: String?
    var id: RequestID?
    var method: String?
}
