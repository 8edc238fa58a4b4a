import YAMLTree

/// IST212: one tag defined twice, by ImageStreamTags and ImageStream spec tags, in one file or
/// across the files of a run. The engine runs it: within a file when the file is linted, across
/// files when the run is over (`TagIndex`).
struct DuplicateTagRule: Rule {
    static let description = RuleDescription(
        code: "IST212",
        name: "duplicate-tag",
        severity: .warning,
        summary:
            "Two objects define the same tag of a stream in one namespace (an ImageStreamTag and an ImageStream spec tag, two ImageStreamTags, or two ImageStreams), in one file or across the files of a run.",
        rationale: """
            A tag has one definition in a cluster: the spec tag of its image stream, which an \
            ImageStreamTag `<stream>:<tag>` writes too. When two manifests define it, applying \
            both depends on their order: creating the ImageStreamTag of a spec tag the stream \
            already has is refused (openshift-apiserver `imagestreamtag/rest.go` `Create`: \
            `imagestreamtag.image.openshift.io "ruby:latest" already exists`), and otherwise, \
            the spec tags being a map keyed by name \
            (`Convert_v1_TagReferenceArray_to_api_TagReferenceMap`), the one applied last \
            replaces the other without a word, so the image a tag tracks depends on which file \
            `oc apply` or Argo CD reached last.

            istaglint compares every linted object of a run: the definitions in one file are \
            reported when the file is linted, those in different files when the run is over, \
            each finding pointing at the other definitions (SARIF `relatedLocations`, the JSON \
            report's `related`, the text report's "see also" lines). Two tags are the same when \
            stream, tag and namespace match. An object without a namespace is created in the \
            namespace it is applied to, which a kustomize overlay or an Argo CD application \
            sets per folder, so it matches only another without one in the same folder. A \
            kustomize patch defines nothing of its own, so the rule says nothing about one, \
            and neither does an object with an error, which the server refuses anyway. A \
            run that sees only one of the files says nothing. Two spec tags of one name in one \
            ImageStream are the spec-tag-name rule's (IST211).
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStream
            metadata:
              name: ruby
            spec:
              tags:
              - name: ↓latest
                from:
                  kind: DockerImage
                  name: quay.io/example/ruby:3.3
            ---
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ↓ruby:latest
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.4
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
            ---
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:latest
            tag:
              from:
                kind: ImageStreamTag
                name: ruby:3.3
            ---
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:latest
              namespace: staging
            tag:
              from:
                kind: ImageStreamTag
                name: ruby:3.3
            """
        ])

    /// The findings for definitions of one tag: one at each definition, pointing at the others
    /// of other objects; `across` keeps only the pairs in different files (those in one file
    /// were reported when it was linted).
    func findings(for definitions: [TagDefinition], acrossFiles across: Bool) -> [(TagDefinition, Finding)] {
        // A list of aliases can define one tag thousands of times: the others are counted, and
        // only the first few are named, so that the work and the report stay linear.
        var perObject: [ObjectPlace: Int] = [:]
        var perFile: [String: Int] = [:]
        for definition in definitions {
            perObject[ObjectPlace(file: definition.file, object: definition.object), default: 0] += 1
            perFile[definition.file, default: 0] += 1
        }
        return definitions.compactMap { definition in
            guard definition.severity != nil else { return nil }
            func isOther(_ other: TagDefinition) -> Bool {
                let sameObject = other.file == definition.file && other.object == definition.object
                return !sameObject && (!across || other.file != definition.file)
            }
            let otherCount =
                across
                ? definitions.count - perFile[definition.file, default: 0]
                : definitions.count - perObject[ObjectPlace(file: definition.file, object: definition.object), default: 0]
            guard otherCount > 0 else { return nil }
            var named: [TagDefinition] = []
            for other in definitions where isOther(other) {
                named.append(other)
                if named.count == Self.namedOthers { break }
            }
            let related = named.map { RelatedLocation(file: $0.file, range: $0.range, message: "\($0.description) is defined here") }
            let first = named[0]
            let place = first.file == definition.file ? "line \(first.range.start.line)" : "\(first.file):\(first.range.start.line)"
            let more = otherCount > 1 ? " and \(otherCount - 1) more" : ""
            let message =
                "the tag \(ValueDescription.quote(definition.stream + ":" + definition.tag)) is also defined by \(first.description) at \(place)\(more): applied together, the later one is refused (AlreadyExists) or silently replaces the other; define each tag in one place"
            return (definition, finding(FindingMessage(message), at: definition.path, range: definition.range).with(related: related))
        }
    }

    /// How many of the other definitions a finding names as related locations.
    static let namedOthers = 10

    /// One object of one file.
    private struct ObjectPlace: Hashable {
        var file: String
        var object: Int
    }

    /// Groups definitions by the tag they define, in first-seen order.
    static func grouped(_ definitions: [TagDefinition]) -> [[TagDefinition]] {
        guard definitions.count > 1 else { return [] }
        // Most definitions are of one tag each: remember the first of each key, and group only
        // the keys met again.
        var first: [TagDefinition.Key: Int] = [:]
        var repeated: [Int: [TagDefinition]] = [:]
        for (index, definition) in definitions.enumerated() {
            let key = definition.key
            if let earlier = first[key] {
                repeated[earlier, default: [definitions[earlier]]].append(definition)
            } else {
                first[key] = index
            }
        }
        return repeated.keys.sorted().compactMap { repeated[$0] }
    }
}
