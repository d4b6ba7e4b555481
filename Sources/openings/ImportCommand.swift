import ArgumentParser
import Foundation
import OpeningsKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring postings from another generator or a hosted job board.",
        discussion: """
            Writes one posting per source posting under Content/jobs/ (in the department's folder \
            when the site has one) and prints a line per source: where it was written, or why it \
            was skipped or left out. What has no Openings field is listed in a comment at the top of \
            the body, for a person to move or delete. Never replaces a file without --force. Exit \
            status: 0 when every posting was written (files that are not postings are left out), 1 \
            when a posting was skipped, 2 when the source or the site could not be read. Then run \
            `openings check`: it says what each posting still needs. See docs/import.md.
            """,
        subcommands: [Jekyll.self, Hugo.self, Greenhouse.self, Lever.self, Ashby.self]
    )

    struct Options: ParsableArguments {
        @OptionGroup var siteOptions: SiteOptions

        @Flag(name: .long, help: "Replace files that exist, and write postings whose slug another posting has.")
        var force = false

        /// The site to write into, checked before any source is read or fetched.
        func destination() throws -> ImportDestination {
            try ImportCommand.unreadable { try ImportDestination(siteFolder: siteOptions.site, force: force) }
        }
    }

    /// A site or source that cannot be read is one error and exit status 2.
    static func unreadable<T>(_ work: () async throws -> T) async throws -> T {
        do {
            return try await work()
        } catch let failure as OpeningsKit.Failure {
            Output.error("error: \(failure)")
            throw ExitCode(2)
        }
    }

    static func unreadable<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let failure as OpeningsKit.Failure {
            Output.error("error: \(failure)")
            throw ExitCode(2)
        }
    }

    /// Writes what an importer read and prints the outcome: one line per source on
    /// standard output, the summary on standard error.
    static func write(_ postings: [ImportedPosting], skipped: [ImportReport.Line], command: String,
                      into destination: inout ImportDestination, options: Options) throws {
        let report = destination.write(postings, command: command)
        // A folder's files in the order of their paths (the skipped ones among them); a
        // board's jobs in the order the board gives them.
        let lines = skipped.isEmpty ? report.lines : (report.lines + skipped).sorted { $0.source < $1.source }
        for line in lines { Output.line(line.formatted) }
        let all = ImportReport(lines: lines)
        let site = options.siteOptions.site == "." ? "" : " --site \(options.siteOptions.site)"
        let leftOut = all.leftOut > 0 ? ", \(all.leftOut) left out (not postings)" : ""
        Output.error("\(all.written) written, \(all.skipped) skipped\(leftOut)" + (all.written > 0 ? "; next: openings check\(site)" : ""))
        if all.skipped > 0 { throw ExitCode(1) }
    }

    /// DIR and the options of `import jekyll` and `import hugo`.
    struct StaticSiteArguments: ParsableArguments {
        @Argument(help: ArgumentHelp("The folder holding the posting files (`_jobs`, `_posts`, `content/careers`) or the whole site.",
                                     valueName: "dir"))
        var folder: String

        @Option(name: .customLong("department-from"),
                help: ArgumentHelp("Where a posting's department comes from: its front matter (key) or the folder it is in (folder).",
                                   valueName: "key|folder"))
        var departmentFrom: StaticSiteImporter.DepartmentSource = .key

        @OptionGroup var options: Options

        func run(_ generator: StaticSiteImporter.Generator) throws {
            var destination = try options.destination()
            let read = try ImportCommand.unreadable {
                try StaticSiteImporter.read(folder: folder, generator: generator, departmentFrom: departmentFrom)
            }
            try ImportCommand.write(read.postings, skipped: read.skipped, command: "openings import \(generator.rawValue)",
                                     into: &destination, options: options)
        }
    }

    static let staticSiteDiscussion = """
        Front matter keys real careers sites use are mapped (docs/import.md has the table); \
        Liquid and Hugo template tags are removed from bodies, with a note of each in the comment.
        """

    struct Jekyll: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import a Jekyll site's posting files.", discussion: staticSiteDiscussion)
        @OptionGroup var arguments: StaticSiteArguments
        func run() throws { try arguments.run(.jekyll) }
    }

    struct Hugo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import a Hugo site's posting files (YAML, TOML or JSON front matter).",
                                                        discussion: staticSiteDiscussion)
        @OptionGroup var arguments: StaticSiteArguments
        func run() throws { try arguments.run(.hugo) }
    }

    /// SOURCE and the options of `import greenhouse`, `lever` and `ashby`.
    struct JobBoardArguments: ParsableArguments {
        @Argument(help: ArgumentHelp("A saved response of the vendor's public job-board API, or its https:// address (the board's own page address works too).",
                                     valueName: "source"))
        var source: String

        @OptionGroup var options: Options

        func run(_ vendor: JobBoardImporter.Vendor) async throws {
            var destination = try options.destination()
            let postings = try await ImportCommand.unreadable {
                let address = SourceFetcher.isAddress(source) ? JobBoardURL.api(for: source, vendor: vendor) : nil
                let data: Data
                if let address {
                    data = try await SourceFetcher.fetch(address)
                } else if let contents = FileManager.default.contents(atPath: source) {
                    data = contents
                } else {
                    throw OpeningsKit.Failure("cannot read \(source); give a saved API response or its https:// address")
                }
                return try JobBoardImporter.read(data, vendor: vendor, source: address ?? source)
            }
            try ImportCommand.write(postings, skipped: [], command: "openings import \(vendor.rawValue)",
                                     into: &destination, options: options)
        }
    }

    /// `import greenhouse`, `lever`, `ashby`: the same command for each vendor.
    protocol JobBoardCommand: ParsableCommand, AsyncRunnable {
        static var vendor: JobBoardImporter.Vendor { get }
        var arguments: JobBoardArguments { get }
    }

    static func configuration(of vendor: JobBoardImporter.Vendor, name: String) -> CommandConfiguration {
        CommandConfiguration(abstract: "Import \(name) job board.",
                             discussion: "SOURCE: a saved \(JobBoardURL.api(board: "BOARD", vendor: vendor)), or that address.")
    }

    struct Greenhouse: JobBoardCommand {
        static let vendor = JobBoardImporter.Vendor.greenhouse
        static let configuration = ImportCommand.configuration(of: vendor, name: "a Greenhouse")
        @OptionGroup var arguments: JobBoardArguments
    }

    struct Lever: JobBoardCommand {
        static let vendor = JobBoardImporter.Vendor.lever
        static let configuration = ImportCommand.configuration(of: vendor, name: "a Lever")
        @OptionGroup var arguments: JobBoardArguments
    }

    struct Ashby: JobBoardCommand {
        static let vendor = JobBoardImporter.Vendor.ashby
        static let configuration = ImportCommand.configuration(of: vendor, name: "an Ashby")
        @OptionGroup var arguments: JobBoardArguments
    }
}

extension ImportCommand.JobBoardCommand {
    func runAsync() async throws { try await arguments.run(Self.vendor) }
}

extension StaticSiteImporter.DepartmentSource: ExpressibleByArgument {}
