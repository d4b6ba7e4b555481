import ArgumentParser
import Foundation
import OpeningsKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validate the site and write it to the output folder.",
        discussion: """
            Writes into a temporary folder beside the output and swaps it in only when \
            every file is written: on any error nothing changes. One build at a time \
            writes an output: a second one waits for the first. Exit status: 0 built, \
            1 content errors or the output cannot be written (nothing changed), 2 usage.
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <site>/Public).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Also publish jobs marked `draft: true`.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Use this absolute URL instead of site.yml's base_url.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Print how long each stage took.")
    var verbose = false

    @Flag(name: .long, help: "Build even when the output folder already holds a build of the same inputs.")
    var force = false

    func run() throws {
        var base: BaseURL?
        if let baseURL {
            guard let parsed = BaseURL(baseURL) else { throw ValidationError("--base-url must be an absolute http(s) URL, e.g. https://careers.example.com/") }
            base = parsed
        }
        var options = BuildOptions(siteFolder: siteOptions.site, outputFolder: output, includeDrafts: drafts,
                                   baseURL: base, buildDate: try siteOptions.buildDate(), strict: strict)
        options.skipIfUnchanged = !force
        let start = Date()
        let report = BuildPipeline.build(options, waiting: { Output.error($0) })
        for diagnostic in report.diagnostics { Output.error(diagnostic.formatted) }
        for note in report.notes { Output.error("note: \(note)") }
        if verbose {
            for (stage, seconds) in report.timings { Output.error(String(format: "  %-9@ %8.3f s", stage, seconds)) }
        }
        if let failure = report.failure {
            // Every failure comes before the swap (see AtomicWriter): the output is as it was.
            Output.error("error: \(failure)")
            Output.error("build failed; \(options.resolvedOutputFolder) was not changed")
            throw ExitCode(1)
        }
        guard report.succeeded, let written = report.filesWritten else {
            Output.error("build failed: \(Output.summary(report.diagnostics)); \(options.resolvedOutputFolder) was not changed")
            throw ExitCode(1)
        }
        if report.upToDate {
            Output.error(String(format: "%@ is up to date: nothing changed since the last build (%.2f s, %@)",
                                options.resolvedOutputFolder, Date().timeIntervalSince(start), Output.summary(report.diagnostics)))
            return
        }
        Output.error(String(format: "built %d files into %@ in %.2f s (%@)", written, options.resolvedOutputFolder,
                            Date().timeIntervalSince(start), Output.summary(report.diagnostics)))
    }
}
