/// Resolves what people write to name rules: a code (`IST501`), a name (`insecure-import`), or a
/// family prefix (`IST5`, `IST50`), case-insensitively.
public enum RuleSelector {
    /// The codes a selector names, or nil when it names none, with a hint for the message.
    public static func codes(for selector: String, in rules: [RuleDescription] = RuleCatalog.all.map(\.description)) -> Result<[String], SelectorError> {
        let wanted = selector.trimmingASCIIWhitespace()
        let upper = wanted.uppercased()
        if let rule = rules.first(where: { $0.code == upper || $0.name == wanted.lowercased() }) { return .success([rule.code]) }
        if upper.hasPrefix("IST"), upper.count < 6, upper.dropFirst(3).allSatisfy(\.isNumber) {
            let matching = rules.filter { $0.code.hasPrefix(upper) }.map(\.code)
            if !matching.isEmpty { return .success(matching) }
        }
        let candidates = rules.flatMap { [$0.code, $0.name] }
        return .failure(SelectorError(selector: wanted, nearest: EditDistance.nearest(to: wanted, in: candidates)))
    }

    /// A selector that names no rule.
    public struct SelectorError: Error, Sendable, Hashable, CustomStringConvertible {
        /// What was written.
        public var selector: String
        /// The closest code or name, when one is close.
        public var nearest: String?

        public var description: String {
            var text = "unknown rule \(ValueDescription.quote(selector)): write a code (IST501), a name (insecure-import) or a family (IST5)"
            if let nearest { text += "; did you mean \(ValueDescription.quote(nearest))" }
            return text
        }
    }
}
