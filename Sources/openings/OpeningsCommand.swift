import ArgumentParser
import Foundation
import OpeningsBuildInfo
import OpeningsKit

@main
struct OpeningsCommand {
    static func main() async {
        FreedMemory.returnPromptly()
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try Root.parseAsRoot(arguments)
            if let serve = command as? ServeCommand {
                try await serve.run()
            } else if let asynchronous = command as? AsyncRunnable {
                try await asynchronous.runAsync()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = Root.exitCode(for: error)
            // The contract reserves 1 for content errors; every usage problem is 2.
            if code == .success {
                Output.line(Root.fullMessage(for: error))
                Foundation.exit(0)
            }
            Output.error(Root.fullMessage(for: error))
            Foundation.exit(code == .failure || code == ExitCode(64) ? 2 : code.rawValue)
        }
    }
}

struct Root: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openings",
        abstract: "Build a careers site from job postings in Markdown.",
        discussion: """
            A site is a folder with Content/ (site.yml, bands.yml, jobs/, interview/, pages/), \
            optionally Themes/, and the build output in Public/. See README.md.
            """,
        version: "\(OpeningsVersion.number) (commit \(String(cString: openings_build_commit())), \(Allocator.name))",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, InitCommand.self, NewCommand.self, ImportCommand.self, NotifyCommand.self, ThemeCommand.self, ComplianceCommand.self]
    )
}

/// Options every command that reads a site shares.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site folder (holding Content/).", valueName: "dir"))
    var site: String = "."

    func buildDate() throws -> CalendarDate {
        guard let date = BuildOptions.buildDate() else {
            throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01")
        }
        return date
    }
}

/// A command whose work is asynchronous (fetching over the network): `main` awaits it.
protocol AsyncRunnable: Sendable {
    func runAsync() async throws
}

/// Every line the commands print goes through here: each line whole, in one write,
/// standard output flushed before anything goes to standard error (see `Console`).
enum Output {
    /// A line on standard output (a finding, a path written).
    static func line(_ text: String) { Console.output(text) }

    /// A line on standard error (a summary, progress, an error).
    static func error(_ text: String) { Console.error(text) }

    static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let notes = diagnostics.count - errors - warnings
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning"))" + (notes > 0 ? ", \(plural(notes, "note"))" : "")
    }
}
