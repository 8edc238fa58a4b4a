import YAMLTree

/// IST005: input beyond a safety limit, where istaglint stops reading.
struct InputLimitRule: ProblemRule {
    var problemKinds: Set<ParseProblem.Kind> { [.depthLimit, .aliasLimit, .sizeLimit] }

    static let description = RuleDescription(
        code: "IST005",
        name: "input-limit",
        severity: .error,
        summary: "The file goes beyond one of istaglint's safety limits, and reading stopped there.",
        rationale: """
            istaglint runs in pre-commit hooks over whatever a repository holds, so hostile or \
            generated input must never make it hang or crash. libyaml's scanner takes time \
            quadratic in the nesting depth of flow collections (100 000 nested `[` take minutes), \
            so istaglint stops reading a file at 1 000 levels of nesting and reports it here; the \
            documents before the one that went too deep are still linted. Real manifests nest about \
            ten levels deep.

            Two more limits work the same way: a file with more than 10 000 aliases (`*name`) stops \
            being read there (istaglint never expands aliases, but kubectl's decoder does, and \
            such a file is generated or hostile), and a file larger than 64 MiB is not parsed at \
            all. The finding names the limit and how to raise it (`--max-depth`, `--max-aliases`, \
            `--max-file-size`). It is an error because the rest of the file was not checked.

            A file is read to its end but reports at most 1 000 findings \
            (`--max-findings-per-file`); the rest are counted in one finding here, an error \
            whatever their severities, since they may hold errors that were not shown.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations: \(String(repeating: "[", count: 998))↓[]\(String(repeating: "]", count: 998))
            """
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
              annotations: {a: [[[[[[[[[[]]]]]]]]]]}
            """
        ])
}
