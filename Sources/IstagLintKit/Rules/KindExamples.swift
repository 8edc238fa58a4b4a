/// The ImageStream form of a rule example written for an ImageStreamTag: a rule over a tag
/// reference runs on both kinds, and its page and its tests show both, from one example.
enum KindExamples {
    /// The ImageStream that holds the same metadata and tag reference as an ImageStreamTag
    /// example: the stream named by the part of `metadata.name` before the colon, the tag (in
    /// `spec.tags`) by the part after it, the other metadata kept. Nil when the example has
    /// fields of an ImageStreamTag beside `tag` (such as `image`), a `tag` that is not a block
    /// mapping, or a finding marked on the name.
    static func imageStream(from example: String) -> String? {
        var output: [Substring] = []
        var section = ""
        var sawTag = false
        for line in example.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first != " ", first != "#" {
                section = String(line)
                switch line {
                case "apiVersion: image.openshift.io/v1", "metadata:": output.append(line)
                case "kind: ImageStreamTag": output.append("kind: ImageStream")
                case "tag:":
                    sawTag = true
                    output.append("spec:")
                    output.append("  tags:")
                default: return nil
                }
                continue
            }
            switch section {
            case "metadata:" where line.hasPrefix("  name: "):
                let name = line.dropFirst("  name: ".count)
                guard !name.contains(RuleDescription.findingMarker) else { return nil }
                guard let colon = name.firstIndex(of: ":") else {
                    output.append(line)
                    continue
                }
                output.append("  name: " + name[..<colon])
                output.append("#tag: " + name[name.index(after: colon)...])
            case "tag:":
                output.append(line.isEmpty ? line : "    " + line.dropFirst(2))
            default:
                output.append(line)
            }
        }
        let tagLine = output.firstIndex { $0.hasPrefix("#tag: ") }
        let tagName = tagLine.map { output.remove(at: $0).dropFirst("#tag: ".count) } ?? "latest"
        guard sawTag, let tags = output.firstIndex(of: "  tags:") else { return output.joined(separator: "\n") }
        // The tag's name opens its list item, before the reference's own fields.
        output.insert("  - name: \"\(tagName)\"", at: tags + 1)
        return output.joined(separator: "\n")
    }
}

extension Array where Element == String {
    /// The examples, each followed by its ImageStream form where it has one
    /// (`KindExamples.imageStream(from:)`).
    func withImageStreamForms() -> [String] {
        flatMap { example in [example] + (KindExamples.imageStream(from: example).map { [$0] } ?? []) }
    }
}
