import YAMLTree

/// IST215: a `from` of kind `ImageStreamTag` that names a tag of a stream the run defines
/// whole, and that the run does not define. Reported within a file when it is linted, and
/// across files when the run is over (`TagIndex`).
struct MissingSourceTagRule: Rule {
    static let description = RuleDescription(
        code: "IST215",
        name: "missing-source-tag",
        severity: .warning,
        summary:
            "A `from` of kind `ImageStreamTag` names a tag of an ImageStream the run defines, with its spec tags and no repository to import from, and no manifest of the run defines that tag.",
        rationale: """
            A tag that tracks another (`from.kind: ImageStreamTag`) takes that tag's image when it \
            has one. The server accepts a reference to a tag that does not exist \
            (`ValidateImageStreamTagReference` checks only the form of the name), and the tag \
            then stays empty: `oc describe` shows it unresolved, and a deployment that uses it \
            never starts. When the run holds the ImageStream itself, with its spec tags and \
            without a `spec.dockerImageRepository` (which imports any tag of the repository), the \
            tags it can have are known: those spec tags, and any ImageStreamTag of the run for \
            it. A tag outside them is most often misspelt, and the finding offers the nearest \
            one; it can also be one a build pushes (a BuildConfig's `output.to`), which istaglint \
            does not read: then disable the finding on that line.

            A stream is matched by namespace and name, as the duplicate-tag rule (IST212) matches \
            tags: an object without a namespace matches only objects without one in the same \
            folder, and a `from.namespace` names the stream's. The finding points at the stream \
            too (SARIF `relatedLocations`, the JSON report's `related`, the text report's \
            `see also`). A run that sees the reference and not the stream says nothing. A \
            reference and a stream in one file are compared when the file is linted, with that \
            file's tags only: a tag another file defines by an ImageStreamTag is not seen there, \
            and such a finding is disabled on its line like any other. A reference and a stream \
            in two files are compared when the run is over, with every tag of the run.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStream
            metadata:
              name: ruby
            spec:
              tags:
              - name: "3.3"
                from:
                  kind: DockerImage
                  name: quay.io/example/ruby:3.3
              - name: latest
                from:
                  kind: ImageStreamTag
                  name: ↓"3.4"
            ---
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby-app:stable
            tag:
              from:
                kind: ImageStreamTag
                name: ↓ruby:33
            """
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStream
            metadata:
              name: ruby
            spec:
              tags:
              - name: "3.3"
                from:
                  kind: DockerImage
                  name: quay.io/example/ruby:3.3
              - name: latest
                from:
                  kind: ImageStreamTag
                  name: "3.3"
            ---
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.4
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.4
            ---
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby-app:stable
            tag:
              from:
                kind: ImageStreamTag
                name: ruby:3.4
            ---
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: python-app:stable
            tag:
              from:
                kind: ImageStreamTag
                name: python:3.12
            """
        ])

    /// The findings for `sources` against the `streams` and tag `definitions` of the same
    /// files; `across` keeps only sources in another file than their stream (those in one file
    /// were reported when it was linted).
    func findings(for tags: FileTags, acrossFiles across: Bool) -> [(TagSource, Finding)] {
        guard !tags.sources.isEmpty, !tags.streams.isEmpty else { return [] }
        // Each lookup is a hash: a run may hold thousands of tags and references.
        var streams: [StreamKey: StreamDefinition] = [:]
        for stream in tags.streams where streams[stream.key] == nil { streams[stream.key] = stream }
        var known: [StreamKey: [String]] = [:]
        for definition in tags.definitions {
            let key = StreamKey(scope: definition.scope, isNamespace: definition.namespace != nil, stream: definition.stream)
            if streams[key] != nil { known[key, default: []].append(definition.tag) }
        }
        let defined = Set(tags.definitions.map(\.key))
        return tags.sources.compactMap { source in
            let key = StreamKey(scope: source.key.scope, isNamespace: source.key.isNamespace, stream: source.key.stream)
            guard !defined.contains(source.key), let stream = streams[key], !across || stream.file != source.file else { return nil }
            let quotedStream = ValueDescription.quote(stream.stream)
            let place = stream.file == source.file ? "line \(stream.range.start.line)" : "\(stream.file):\(stream.range.start.line)"
            var message =
                "\(source.path) \(ValueDescription.quote(source.name)) names the tag \(ValueDescription.quote(source.key.tag)) of the ImageStream \(quotedStream) (\(place)), which no manifest of the run defines: the tag stays empty unless a build or a push makes it"
            if let nearest = EditDistance.nearest(to: source.key.tag, in: known[key] ?? []) {
                message += "; did you mean \(ValueDescription.quote(nearest))"
            }
            let related = RelatedLocation(file: stream.file, range: stream.range, message: "the ImageStream \(quotedStream) is defined here")
            return (source, finding(FindingMessage(message), at: source.path, range: source.range).with(related: [related]))
        }
    }

    /// A stream: where it lives and its name.
    struct StreamKey: Hashable {
        var scope: String
        var isNamespace: Bool
        var stream: String
    }
}
