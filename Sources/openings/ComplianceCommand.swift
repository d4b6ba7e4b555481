import ArgumentParser
import Foundation
import OpeningsKit

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

/// `--as-of`, shared by `check` and `compliance`.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "Read the pay-transparency laws as of this day instead of the build date, e.g. to see what changes next quarter.",
        valueName: "YYYY-MM-DD"))
    var asOf: CalendarDate?
}

struct ComplianceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compliance",
        abstract: "Report which pay-transparency laws apply to each posting, for HR or counsel.",
        discussion: "The laws are the table in Data/pay-transparency.yml, listed in docs/compliance.md. Not legal advice.",
        subcommands: [Report.self, Laws.self]
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, json, csv
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Per posting: the laws that bind it and why, what each requires, pass or fail, with citations.",
            discussion: """
                Totals per jurisdiction come first, then the laws that are enacted or pending for these \
                postings' places, then each posting (drafts and closed postings included, marked). \
                Findings are the same as `openings check`'s. Exit status 0 when the report is written, \
                1 when the site cannot be read.
                """
        )

        @OptionGroup var siteOptions: SiteOptions
        @OptionGroup var asOf: AsOfOption

        @Option(name: .long, help: "Output format: md (Markdown), json or csv.")
        var format: Format = .md

        func run() throws {
            var options = BuildOptions(siteFolder: siteOptions.site, buildDate: try siteOptions.buildDate())
            options.complianceDate = asOf.asOf
            let (report, diagnostics) = CompliancePipeline.report(options)
            guard let report else {
                for diagnostic in diagnostics where diagnostic.severity == .error { Output.error(diagnostic.formatted) }
                Output.error("no report: the site could not be read")
                throw ExitCode(1)
            }
            let text: String
            switch format {
            case .md: text = report.markdown()
            case .json: text = report.json()
            case .csv: text = report.csv()
            }
            Output.line(text)
            let counts = [ComplianceReport.Outcome.fail, .review, .pass].map { outcome in
                "\(report.postings.filter { $0.outcome == outcome }.count) \(outcome.rawValue)"
            }
            let unread = report.leftOut.isEmpty ? "" : "; \(report.leftOut.count) not read (errors: run openings check)"
            Output.error("\(report.postings.count) posting\(report.postings.count == 1 ? "" : "s") as of \(report.asOf): \(counts.joined(separator: ", "))\(unread)")
        }
    }

    struct Laws: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "laws",
            abstract: "List the pay-transparency laws Openings knows: status, dates, who each binds, what a posting must show, sources."
        )

        @OptionGroup var asOf: AsOfOption

        @Option(name: .long, help: "Output format: md (Markdown), json or csv.")
        var format: Format = .md

        func run() throws {
            let laws = JurisdictionTable.builtIn
            switch format {
            case .md: Output.line(JurisdictionTable.markdown(laws, asOf: asOf.asOf))
            case .json: Output.line(JurisdictionTable.json(laws, asOf: asOf.asOf))
            case .csv: Output.line(JurisdictionTable.csv(laws, asOf: asOf.asOf))
            }
        }
    }
}
