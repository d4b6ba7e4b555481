import ArgumentParser
import Foundation
import OpeningsKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the site and print every finding with file:line:column.",
        discussion: """
            Writes nothing. Exit status: 0 when there are no errors (warnings allowed), \
            1 when there are errors, 2 for usage errors. `--format json` and `--format github` \
            print only their format on standard output.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github
    }

    @OptionGroup var siteOptions: SiteOptions

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .long, help: "Output format: text, json or github (workflow annotations).")
    var format: Format = .text

    @OptionGroup var asOf: AsOfOption

    @Option(name: .customLong("changed-since"), help: ArgumentHelp(
        "Report only findings in files changed since this git revision (and errors they cause elsewhere).",
        valueName: "ref"))
    var changedSince: String?

    func run() throws {
        var changed: Set<String>?
        if let changedSince {
            do {
                let files = try GitHistory.changedFiles(since: changedSince, siteFolder: siteOptions.site)
                changed = Set(files.map { SiteFiles.displayPath($0, root: siteOptions.site) })
            } catch {
                throw ValidationError("\(error)")
            }
        }
        var options = BuildOptions(siteFolder: siteOptions.site, buildDate: try siteOptions.buildDate(), strict: strict)
        options.complianceDate = asOf.asOf
        var report = BuildPipeline.check(options)
        if let changed { report.diagnostics = report.diagnostics.touching(changed) }
        switch format {
        case .text:
            for diagnostic in report.diagnostics { Output.line(diagnostic.formatted) }
            Output.error(report.diagnostics.isEmpty ? "no problems found" : Output.summary(report.diagnostics))
        case .json:
            Output.line(DiagnosticReport.json(report.diagnostics)) // one line break at its end
        case .github:
            for diagnostic in report.diagnostics { Output.line(DiagnosticReport.githubAnnotation(diagnostic)) }
        }
        if report.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
