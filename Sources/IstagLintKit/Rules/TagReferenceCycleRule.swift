import YAMLTree

/// IST213: spec tags of one ImageStream that track each other in a cycle.
struct TagReferenceCycleRule: ObjectRule {
    static let kinds: [ObjectKind] = [.imageStream]

    static let description = RuleDescription(
        code: "IST213",
        name: "tag-reference-cycle",
        severity: .warning,
        summary: "Spec tags of an ImageStream that track each other (`from.kind: ImageStreamTag`) round a cycle, so none of them ever resolves to an image.",
        rationale: """
            A spec tag whose `from` is an `ImageStreamTag` of the same stream (`<tag>` or \
            `<stream>:<tag>`) tracks that tag. The server accepts any such chain, but resolving a \
            tag follows it (library-go `pkg/image/imageutil` `FollowTagReference`), and a chain that comes \
            back to a tag it has passed fails there with `reference tag is circular`: none of the \
            tags in the cycle ever points at an image, so nothing that pulls them runs. A tag that \
            names itself is the self-reference rule's (IST511).

            The chain is followed as the server follows it: the last spec tag of a name wins, and a \
            `from` with another stream or namespace ends it. Each tag in the cycle gets a finding \
            at its `from.name`, naming the whole cycle.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStream
            metadata:
              name: ruby
            spec:
              tags:
              - name: latest
                from:
                  kind: ImageStreamTag
                  name: ↓stable
              - name: stable
                from:
                  kind: ImageStreamTag
                  name: ↓ruby:latest
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
              - name: latest
                from:
                  kind: ImageStreamTag
                  name: stable
              - name: stable
                from:
                  kind: DockerImage
                  name: quay.io/example/ruby:3.3
            """
        ])

    func check(_ object: LintObject) -> [Finding] {
        guard case .value(let stream, _) = object.name else { return [] }
        let namespace: String? = if case .value(let namespace, _) = object.namespace { namespace } else { nil }
        // Each tag's target in the same stream: the last spec tag of a name wins, as the
        // server's conversion keeps it.
        var targets: [String: (target: String, reference: TagReference)] = [:]
        var order: [String] = []
        for reference in object.tagReferences {
            guard case .value(let name, _) = reference.view.string("name") else { continue }
            if targets[name] == nil { order.append(name) }
            targets[name] = nil
            guard case .value("ImageStreamTag", _) = reference.fromKind, case .value(let source, _) = reference.fromName else { continue }
            if case .value(let fromNamespace, _) = reference.view.string("from", "namespace"), fromNamespace != namespace { continue }
            let parts = source.split(separator: ":", omittingEmptySubsequences: false)
            switch parts.count {
            case 1: targets[name] = (source, reference)
            case 2 where parts[0] == stream: targets[name] = (String(parts[1]), reference)
            default: continue
            }
        }
        var findings: [Finding] = []
        var reported: Set<String> = []
        for start in order where !reported.contains(start) {
            var path = [start]
            var current = start
            while let next = targets[current]?.target, next != current {
                if let loop = path.firstIndex(of: next) {
                    let cycle = Array(path[loop...])
                    let spelled = (cycle + [next]).map(ValueDescription.quote).joined(separator: " → ")
                    for tag in cycle where reported.insert(tag).inserted {
                        guard let reference = targets[tag]?.reference, case .value(let source, let range) = reference.fromName else { continue }
                        let fieldPath = reference.view.path("from", "name")
                        findings.append(
                            finding(
                                "\(fieldPath) \(ValueDescription.quote(source)) is part of a cycle of spec tags (\(spelled)): none of them ever resolves to an image (resolving fails with \"reference tag is circular\")",
                                at: fieldPath, range: range))
                    }
                    break
                }
                path.append(next)
                current = next
            }
        }
        return findings.sorted { $0.range.start.offset < $1.range.start.offset }
    }
}
