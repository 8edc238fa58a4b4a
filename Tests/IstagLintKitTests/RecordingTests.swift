import IstagLintKit
import Testing

/// `ISTAGLINT_RECORD`: nothing, everything, or the files of the rules it names.
struct RecordingTests {
    @Test func theVariableNamesNothingEverythingOrRules() {
        #expect(Recording(nil) == .nothing)
        #expect(Recording("") == .nothing)
        #expect(Recording("0") == .nothing)
        #expect(Recording("1") == .everything)
        #expect(Recording("IST203") == .rules(["IST203"]))
        #expect(Recording("ist203,unpinned-image") == .rules(["IST203", "IST503"]))
        #expect(Recording("IST203, IST501") == .rules(["IST203", "IST501"]))
        #expect(Recording("IST0") == .rules(Set(RuleCatalog.all.map(\.description.code).filter { $0.hasPrefix("IST0") })))
        #expect(Recording("IST203,no-such-rule") == .unknownRule("no-such-rule"))
    }

    @Test func aFileIsRecordedWhenItBelongsToARuleNamed() {
        #expect(Recording.everything.records(codes: []))
        #expect(!Recording.nothing.records(codes: ["IST203"]))
        #expect(Recording.rules(["IST203"]).records(codes: ["IST101", "IST203"]))
        #expect(!Recording.rules(["IST203"]).records(codes: ["IST101"]))
        #expect(!Recording.rules(["IST203"]).records(codes: []))
        #expect(!Recording.unknownRule("x").records(codes: ["IST203"]))
        #expect(Recording.codes(shownIn: "a.yaml:3:5: error: bad [IST203]", nil, #"{"ruleId": "IST101"}"#) == ["IST101", "IST203"])
    }

    /// A misspelt rule in `ISTAGLINT_RECORD` would re-record nothing without a word.
    @Test func theVariableOfThisRunNamesKnownRules() {
        if case .unknownRule(let selector) = Recording.current {
            Issue.record(
                "ISTAGLINT_RECORD names \"\(selector)\", which is no rule: write 1, codes (IST203), names (unpinned-image) or families (IST2), comma-separated")
        }
    }
}
