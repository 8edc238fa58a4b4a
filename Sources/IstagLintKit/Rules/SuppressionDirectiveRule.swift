/// IST007: an inline suppression that names no rule or suppresses nothing.
///
/// The engine applies suppressions after every other rule and reports this one itself.
struct SuppressionDirectiveRule: Rule {
    static let description = RuleDescription(
        code: "IST007",
        name: "suppression-directive",
        severity: .warning,
        summary: "A `# istaglint:` comment that istaglint cannot read, names an unknown rule, or suppresses nothing.",
        rationale: """
            Findings can be silenced in the file, with a reason after `--`:

            - `# istaglint: disable-next-line IST501 -- registry has no TLS yet` on the line before;
            - `# istaglint: disable-line unpinned-image` at the end of the line;
            - `# istaglint: disable-file IST3` anywhere in the file.

            Rules are named by code, name or family (`IST3`); a directive without one silences \
            every rule. A directive that names an unknown rule, has an action istaglint does not \
            know, or silences nothing (the finding was fixed, or never was) is reported here, so \
            that stale suppressions do not pile up and hide the next real finding. \
            `--no-inline-suppressions` ignores every directive, for CI that forbids them.
            """,
        triggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                # istaglint: disable-next-line ↓IST999
                name: quay.io/example/ruby:3.3
              importPolicy:
                insecure: false # istaglint: disable-line ↓insecure-import
            """,
            """
            ↓# istaglint: disable-everything
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            """,
        ],
        nonTriggeringExamples: [
            """
            apiVersion: image.openshift.io/v1
            kind: ImageStreamTag
            metadata:
              name: ruby:3.3
            tag:
              from:
                kind: DockerImage
                name: quay.io/example/ruby:3.3
              importPolicy:
                # istaglint: disable-next-line IST501 -- the mirror has no TLS yet
                insecure: true
            """
        ])
}
