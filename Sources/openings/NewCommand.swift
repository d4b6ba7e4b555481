import ArgumentParser
import Foundation
import OpeningsKit

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Scaffold a job posting or an interview process.",
        subcommands: [NewJob.self, NewInterview.self]
    )

    struct NewJob: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "job",
            abstract: "Write a new posting as a draft and print its path.",
            discussion: """
                The id follows the department's existing prefix (ENG-0007 after ENG-0006), the date \
                is today (or SOURCE_DATE_EPOCH), and the department's default interview process is \
                filled in. Never overwrites a file.
                """
        )

        @Argument(help: "The job title.")
        var title: String

        @Option(name: .long, help: "The department, as other postings spell it.")
        var department: String

        @OptionGroup var siteOptions: SiteOptions

        func run() throws {
            do {
                let path = try JobScaffold.newJob(title: title, department: department, siteFolder: siteOptions.site,
                                                  date: try siteOptions.buildDate())
                Output.line(SiteFiles.displayPath(path, root: siteOptions.site))
            } catch let failure as OpeningsKit.Failure {
                Output.error("error: \(failure)")
                throw ExitCode(1)
            }
        }
    }

    struct NewInterview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "interview",
            abstract: "Write a new How We Interview process and print its path."
        )

        @Argument(help: "The process name, e.g. Engineering.")
        var name: String

        @OptionGroup var siteOptions: SiteOptions

        func run() throws {
            do {
                Output.line(SiteFiles.displayPath(try JobScaffold.newInterview(name: name, siteFolder: siteOptions.site),
                                            root: siteOptions.site))
            } catch let failure as OpeningsKit.Failure {
                Output.error("error: \(failure)")
                throw ExitCode(1)
            }
        }
    }
}
