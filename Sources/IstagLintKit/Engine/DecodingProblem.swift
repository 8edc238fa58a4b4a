#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A JSON decoding failure as one plain sentence for a person: where in the document and what
/// is wrong (`findings[2] has no "fingerprint"`), not Swift's description of the error.
public struct DecodingProblem: Error, CustomStringConvertible, Sendable {
    /// The sentence, lowercase, without a trailing period.
    public let description: String

    /// The sentence for an error a `JSONDecoder` threw; other errors keep their own description.
    public init(_ error: any Error) {
        guard let error = error as? DecodingError else {
            description = String(describing: error)
            return
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            description = "it is not valid JSON"
        case .dataCorrupted(let context):
            description = "\(DecodingProblem.place(context.codingPath)) holds a value that cannot be read"
        case .keyNotFound(let key, let context):
            let owner = context.codingPath.isEmpty ? "the document" : DecodingProblem.place(context.codingPath)
            description = "\(owner) has no \"\(key.stringValue)\""
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            description = "\(DecodingProblem.place(context.codingPath)) must be \(DecodingProblem.noun(for: type))"
        @unknown default:
            description = String(describing: error)
        }
    }

    /// A coding path as a field path: `findings[2].fingerprint`.
    static func place(_ path: [any CodingKey]) -> String {
        guard !path.isEmpty else { return "the document" }
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    /// What a value of a Swift type is called in JSON.
    static func noun(for type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }
}
