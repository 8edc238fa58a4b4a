/// A message the server starts: a notification (no id) or a request to the client.
struct JSONRPCOutgoing<Parameters: Encodable>: Encodable {
    var id: RequestID?
    var method: String
    var params: Parameters

    enum CodingKeys: String, CodingKey { case jsonrpc, id, method, params }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(method, forKey: .method)
        try container.encode(params, forKey: .params)
    }
}
