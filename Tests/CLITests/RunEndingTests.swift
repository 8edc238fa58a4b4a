import Foundation
import Testing

/// A run ends the same way whatever the format, streamed or gathered: the same paths named as
/// unreadable, the same summary line beside a report written to a file, the same exit code;
/// and `--write-baseline` ends the same way too.
struct RunEndingTests {
    static let formats = ["text", "json", "sarif", "github", "gitlab", "junit"]

    /// Runs `arguments` once per format, each writing its report to a file of its own, and
    /// returns the exit codes and standard errors by format.
    private func everyFormat(_ arguments: [String]) throws -> [String: (status: Int32, stderr: String)] {
        let scratch = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var endings: [String: (status: Int32, stderr: String)] = [:]
        for format in Self.formats {
            let report = scratch.appendingPathComponent("report.\(format)").path
            let outcome = try CLI.run(["--format", format, "--output", report] + arguments)
            #expect(outcome.stdout == "", "\(format)")
            endings[format] = (outcome.status, outcome.stderr.replacingOccurrences(of: report, with: "REPORT"))
        }
        return endings
    }

    @Test func unreadablePathsTheSummaryAndTheExitCodeAreTheSameInEveryFormat() throws {
        let endings = try everyFormat(["Fixtures/broken-istag.yaml", "missing.yaml", "Fixtures/careful-list.yaml", "gone/"])
        for format in Self.formats {
            #expect(endings[format]?.status == 2, "\(format)")
            #expect(
                endings[format]?.stderr == """
                    2 files, 3 objects, 2 paths unreadable: 1 error, 0 warnings, 0 infos
                    istaglint: cannot read missing.yaml: no such file or directory
                    istaglint: cannot read gone: no such file or directory

                    """, "\(format)")
        }
    }

    @Test(arguments: [("error", Int32(1)), ("info", 1)])
    func findingsFailTheRunAtTheSameSeverityInEveryFormat(failOn: String, status: Int32) throws {
        let endings = try everyFormat(["--fail-on", failOn, "Fixtures/broken-istag.yaml"])
        for format in Self.formats {
            #expect(endings[format]?.status == status, "\(format)")
            #expect(endings[format]?.stderr == "1 file, 0 objects: 1 error, 0 warnings, 0 infos\n", "\(format)")
        }
        let clean = try everyFormat(["--quiet", "Fixtures/careful-pinned-digest.yaml"])
        for format in Self.formats {
            #expect(clean[format]?.status == 0, "\(format)")
            #expect(clean[format]?.stderr == "", "\(format)")
        }
    }

    @Test func aBaselineNotWrittenNamesTheUnreadablePathsFirstAsAReportDoes() throws {
        let arguments = ["Fixtures/broken-istag.yaml", "missing.yaml"]
        let baseline = try CLI.run(["--write-baseline", "/nonexistent/folder/baseline.json"] + arguments)
        #expect(baseline.status == 2)
        #expect(
            baseline.stderr == """
                istaglint: cannot read missing.yaml: no such file or directory
                istaglint: cannot write the baseline /nonexistent/folder/baseline.json: no such file or directory

                """)
        // A report that cannot be written once the run is over (a full disk).
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let report = try CLI.run(["--output", "/dev/full"] + arguments)
        #expect(report.status == 2)
        #expect(
            report.stderr == """
                istaglint: cannot read missing.yaml: no such file or directory
                istaglint: cannot write the report to /dev/full: no space left on device

                """)
    }
}
