import ArgumentParser
import Foundation
import Testing

@testable import istaglint

/// Both command-line parsers check the lint options with one `LintInvocation.validate()`: an
/// invalid value or combination gives the same message, word for word, whichever parser reads
/// it, and a value at the edge of what is allowed is linted by both.
struct ValidationParityTests {
    /// Invalid command lines, each in a spelling the fast path reads, and the message both
    /// parsers give (the README and users' scripts quote them).
    static let invalid: [(arguments: [String], message: String)] = [
        ([], "no paths given: name files or directories to lint, or - for standard input"),
        (["--quiet", "--"], "no paths given: name files or directories to lint, or - for standard input"),
        (["--max-depth", "0", "x.yaml"], "--max-depth must be at least 1"),
        (["--max-depth=-3", "x.yaml"], "--max-depth must be at least 1"),
        (["--jobs", "0", "x.yaml"], "--jobs must be at least 1"),
        (["-j", "0", "x.yaml"], "--jobs must be at least 1"),
        (["--jobs=-1", "x.yaml"], "--jobs must be at least 1"),
        (["--max-aliases=-1", "x.yaml"], "--max-aliases must be 0 or more"),
        (["--max-file-size=-1", "x.yaml"], "--max-file-size must be 0 or more"),
        (["--max-findings-per-file=-1", "x.yaml"], "--max-findings-per-file must be 0 or more"),
        (["--no-config", "--config", "a.yaml", "x.yaml"], "--config and --no-config contradict each other"),
        (["-c", "a.yaml", "--no-config", "x.yaml"], "--config and --no-config contradict each other"),
        // The first problem wins, in the same order for both.
        (["--jobs", "0", "--max-depth", "0", "x.yaml"], "--max-depth must be at least 1"),
        (["--no-config", "-c", "a.yaml", "--max-aliases=-1"], "no paths given: name files or directories to lint, or - for standard input"),
    ]

    /// Values at the edge of what `validate()` allows.
    static let allowed: [[String]] = [
        ["--max-depth", "1", "Fixtures/export.yaml"],
        ["--max-aliases", "0", "Fixtures/alias-bomb.yaml"],
        ["--max-file-size=0", "Fixtures/export.yaml"],
        ["--max-findings-per-file", "0", "--format", "json", "Fixtures/export.yaml"],
        ["-j", "1", "--no-config", "Fixtures/export.yaml"],
    ]

    @Test(arguments: invalid.indices)
    func anInvalidCommandLineGivesTheSameMessageThroughBothParsers(_ index: Int) throws {
        let (arguments, message) = Self.invalid[index]
        // The fast path reads these options but leaves a command line `validate()` refuses to
        // the argument parser, which prints the message with the usage.
        #expect(FastArguments.parse(arguments) == nil, "\(arguments)")
        let fast = try CLI.run(arguments)
        let parser = try CLI.run(arguments, environment: ["ISTAGLINT_ARGUMENT_PARSER_ONLY": "1"])
        #expect(fast.status == 2, "\(arguments)")
        #expect(fast.stderr.hasPrefix("Error: \(message)\n"), "\(arguments): \(fast.stderr)")
        #expect(fast.status == parser.status, "\(arguments)")
        #expect(fast.stdout == parser.stdout, "\(arguments)")
        #expect(fast.stderr == parser.stderr, "\(arguments)")
    }

    @Test(arguments: invalid.indices)
    func bothParsersRefuseWithTheSameCheck(_ index: Int) throws {
        let (arguments, message) = Self.invalid[index]
        let read = try #require(FastArguments.read(arguments), "the fast path reads \(arguments)")
        do {
            try read.validate()
            Issue.record("validate() accepts \(arguments)")
        } catch {
            #expect(error is ValidationError, "\(arguments)")
            #expect("\(error)" == message, "\(arguments)")
        }
        do {
            _ = try IstagLintCommand.parseAsRoot(arguments)
            Issue.record("the argument parser accepts \(arguments)")
        } catch {
            #expect(IstagLintCommand.message(for: error) == message, "\(arguments)")
        }
    }

    /// Every command line the fast path accepts, the argument parser reads to the same options.
    @Test(arguments: allowed + FastArgumentsTests.commandLines)
    func whatTheFastPathAcceptsTheArgumentParserReadsAlike(_ arguments: [String]) throws {
        guard let fast = FastArguments.parse(arguments) else { return }
        let command = try IstagLintCommand.parseAsRoot(arguments)
        let parsed = try #require(command as? LintCommand, "\(arguments)")
        #expect(String(reflecting: fast) == String(reflecting: parsed.invocation), "\(arguments)")
    }

    @Test(arguments: allowed)
    func aValueAtTheEdgeIsLintedByBoth(_ arguments: [String]) throws {
        #expect(FastArguments.parse(arguments) != nil, "\(arguments)")
        let fast = try CLI.run(arguments)
        let parser = try CLI.run(arguments, environment: ["ISTAGLINT_ARGUMENT_PARSER_ONLY": "1"])
        #expect(fast.status != 2, "\(arguments): \(fast.stderr)")
        #expect(fast.status == parser.status, "\(arguments)")
        #expect(fast.stdout == parser.stdout, "\(arguments)")
        #expect(fast.stderr == parser.stderr, "\(arguments)")
    }
}
