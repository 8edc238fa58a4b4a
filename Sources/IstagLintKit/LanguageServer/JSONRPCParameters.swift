/// The `params` of a message, decoded as the type its method takes.
struct JSONRPCParameters<Value: Decodable>: Decodable {
    var params: Value
}
