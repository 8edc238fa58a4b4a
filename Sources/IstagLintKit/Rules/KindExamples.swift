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

extension KindExamples {
    /// The Image form of an ImageStreamTag example: its `image` as the root of an Image, nil
    /// when a finding is marked outside `image` or there is no `image`.
    static func image(from example: String) -> String? {
        guard let lines = section("image:", of: example) else { return nil }
        return (["apiVersion: image.openshift.io/v1", "kind: Image"] + lines.map { $0.isEmpty ? $0 : String($0.dropFirst(2)) })
            .joined(separator: "\n")
    }

    /// The ImageSignature form of an ImageStreamTag example whose image has one signature: the
    /// signature as the root, nil otherwise or when a finding is marked outside it.
    static func imageSignature(from example: String) -> String? {
        guard let image = section("image:", of: example) else { return nil }
        guard let start = image.firstIndex(of: "  signatures:"), image.index(after: start) < image.endIndex else { return nil }
        let item = image[(start + 1)...]
        guard let first = item.first, first.hasPrefix("  - ") else { return nil }
        var body = [String(first.dropFirst(4))]
        for line in item.dropFirst() {
            if line.hasPrefix("    ") {
                body.append(String(line.dropFirst(4)))
            } else if line.isEmpty {
                continue
            } else {
                return nil
            }
        }
        guard !image[..<start].contains(where: { $0.contains(RuleDescription.findingMarker) }) else { return nil }
        // A finding marked at the start of the item (a missing field) is at the root's kind.
        let marker = String(RuleDescription.findingMarker)
        let kind = body[0].hasPrefix(marker) ? marker + "kind: ImageSignature" : "kind: ImageSignature"
        if body[0].hasPrefix(marker) { body[0].removeFirst() }
        return (["apiVersion: image.openshift.io/v1", kind] + body).joined(separator: "\n")
    }

    /// The form of an ImageStreamTag example about its metadata as another kind (an Image, an
    /// ImageSignature): its `apiVersion` and `metadata` under that kind, nil when a finding is
    /// marked elsewhere.
    static func metadataOnly(from example: String, as kind: ObjectKind) -> String? {
        guard let metadata = section("metadata:", of: example), example.contains("\nkind: ImageStreamTag") else { return nil }
        return (["apiVersion: image.openshift.io/v1", "kind: \(kind.name)", "metadata:"] + metadata).joined(separator: "\n")
    }

    /// An exported ImageStream with one spec tag, "3.3" at generation 3, and its status tag
    /// whose newest event is at `eventGeneration` (which may carry a finding marker), followed
    /// by `conditions`: the lines of the status tag's `conditions`, without their indentation.
    /// The import-status rules show the ImageStream form of their examples with it.
    static func exportedStream(eventGeneration: String, conditions: [String] = []) -> String {
        let digest = "sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"
        let lines = [
            "apiVersion: image.openshift.io/v1", "kind: ImageStream", "metadata:", "  name: ruby", "  namespace: ci", "  resourceVersion: \"4711\"",
            "spec:", "  tags:", "  - name: \"3.3\"", "    generation: 3", "    from:", "      kind: DockerImage", "      name: quay.io/example/ruby:3.3",
            "status:", "  tags:", "  - tag: \"3.3\"", "    items:", "    - created: \"2026-01-05T10:00:00Z\"",
            "      dockerImageReference: quay.io/example/ruby@\(digest)", "      image: \(digest)", "      generation: \(eventGeneration)",
        ]
        return (lines + (conditions.isEmpty ? [] : ["    conditions:"] + conditions.map { "    " + $0 })).joined(separator: "\n")
    }

    /// The lines of one top-level section (`image:`) of an example, without its own line; nil
    /// when it is missing, or when a finding is marked in another section.
    private static func section(_ header: String, of example: String) -> [String]? {
        var lines: [String] = []
        var inSection = false
        var found = false
        for line in example.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first != " " {
                inSection = line == header
                found = found || inSection
                if !inSection && line.contains(RuleDescription.findingMarker) { return nil }
                continue
            }
            if inSection {
                lines.append(String(line))
            } else if line.contains(RuleDescription.findingMarker) {
                return nil
            }
        }
        return found ? lines : nil
    }
}

extension Array where Element == String {
    /// The examples, each followed by its ImageStream form where it has one
    /// (`KindExamples.imageStream(from:)`).
    func withImageStreamForms() -> [String] {
        flatMap { example in [example] + (KindExamples.imageStream(from: example).map { [$0] } ?? []) }
    }

    /// The examples and the Image form of each (`KindExamples.image(from:)`), or of the first
    /// `count` only: an embedded image may be a placeholder an Image cannot be.
    func withImageForms(upTo count: Int = .max) -> [String] {
        enumerated().flatMap { index, example in
            [example] + (index < count ? KindExamples.image(from: example).map { [$0] } ?? [] : [])
        }
    }

    /// The examples and the Image and ImageSignature forms of each.
    func withSignatureForms() -> [String] {
        flatMap { example in
            [example] + [KindExamples.image(from: example), KindExamples.imageSignature(from: example)].compactMap { $0 }
        }
    }

    /// The examples about metadata, each followed by its form as every other kind: an
    /// ImageStream, an Image, an ImageSignature.
    func withEveryKindForms() -> [String] {
        flatMap { example in
            [example]
                + [
                    KindExamples.imageStream(from: example), KindExamples.metadataOnly(from: example, as: .image),
                    KindExamples.metadataOnly(from: example, as: .imageSignature),
                ].compactMap { $0 }
        }
    }
}
