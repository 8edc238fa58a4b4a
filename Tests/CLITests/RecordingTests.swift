import Testing

/// `ISTAGLINT_RECORD`: nothing, everything, or the goldens of the rules it names.
struct RecordingTests {
    static let rules = [(code: "IST203", name: "from-name"), (code: "IST204", name: "docker-image-reference"), (code: "IST503", name: "unpinned-image")]

    @Test func theVariableNamesNothingEverythingOrRules() {
        #expect(Recording(nil, rules: Self.rules) == .nothing)
        #expect(Recording("0", rules: Self.rules) == .nothing)
        #expect(Recording("1", rules: Self.rules) == .everything)
        #expect(Recording("ist203, unpinned-image", rules: Self.rules) == .rules(["IST203", "IST503"]))
        #expect(Recording("IST2", rules: Self.rules) == .rules(["IST203", "IST204"]))
        #expect(Recording("IST20", rules: Self.rules) == .rules(["IST203", "IST204"]))
        #expect(Recording("IST203,IST999", rules: Self.rules) == .unknownRule("IST999"))
        #expect(Recording("IST", rules: Self.rules) == .unknownRule("IST"))
    }

    @Test func aGoldenIsRecordedWhenItShowsAFindingOfARuleNamed() {
        let recording = Recording.rules(["IST203"])
        #expect(recording.records(golden: "x.yaml:1:1: error: m [IST203]\n", actual: ""))
        #expect(recording.records(golden: nil, actual: "x.yaml:1:1: error: m [IST203]\n"))
        #expect(!recording.records(golden: "x.yaml:1:1: error: m [IST101]\n", actual: "x.yaml:1:1: error: m [IST101]\n"))
        #expect(Recording.everything.records(golden: "", actual: ""))
    }

    @Test func theRulePagesGiveEveryCodeAndName() {
        let titles = Recording.pageTitles()
        #expect(titles.count >= 60)
        #expect(titles.contains { $0.code == "IST503" && $0.name == "unpinned-image" })
    }

    /// A misspelt rule in `ISTAGLINT_RECORD` would re-record nothing without a word.
    @Test func theVariableOfThisRunNamesKnownRules() {
        if case .unknownRule(let selector) = Recording.current {
            Issue.record(
                "ISTAGLINT_RECORD names \"\(selector)\", which is no rule: write 1, codes (IST203), names (unpinned-image) or families (IST2), comma-separated")
        }
    }
}
