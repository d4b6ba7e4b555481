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
                The id follows the department's existing prefix (ENG-0007 after ENG-0006); a new \
                department's prefix is the first three letters of a one-word name (Engineering → ENG) \
                or the initials of a longer one (People Operations → PO, R&D → RD). The date is today \
                (or SOURCE_DATE_EPOCH), and the department's default interview process is filled in. \
                A department the site does not use yet is refused when it looks like a misspelling of \
                one it does (Enginering beside Engineering) or is missing from site.yml's \
                `departments:` list; --new-department says it is meant. Never overwrites a file.
                """
        )

        @Argument(help: "The job title.")
        var title: String

        @Option(name: .long, help: "The department, as other postings spell it.")
        var department: String

        @Flag(name: .customLong("new-department"),
              help: "The department is new to the site: write the posting even if the name is close to an existing department's or missing from site.yml's departments: list.")
        var newDepartment = false

        @OptionGroup var siteOptions: SiteOptions

        func run() throws {
            do {
                let (path, note) = try JobScaffold.newJob(title: title, department: department, newDepartment: newDepartment,
                                                          siteFolder: siteOptions.site, date: try siteOptions.buildDate())
                Output.line(SiteFiles.displayPath(path, root: siteOptions.site))
                if let note { Output.error("note: \(note)") }
            } catch let failure as OpeningsKit.Failure {
                Output.error("error: \(failure)")
                throw ExitCode(1)
            }
        }
    }

    struct NewInterview: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "interview",
            abstract: "Write a new How We Interview process and print its path.",
            discussion: """
                `departments:` lists the --department options; without them, the process's own name \
                when the site has a department of that name that no process lists yet, else nothing \
                (with an example in a comment). A department may be listed by one process only.
                """
        )

        @Argument(help: "The process name, e.g. Engineering.")
        var name: String

        @Option(name: .customLong("department"), help: ArgumentHelp(
            "A department that uses this process by default (repeat for several).", valueName: "department"))
        var departments: [String] = []

        @Flag(name: .customLong("new-department"),
              help: "A --department is new to the site: list it even if the name is close to an existing department's.")
        var newDepartment = false

        @OptionGroup var siteOptions: SiteOptions

        func run() throws {
            do {
                let path = try JobScaffold.newInterview(name: name, departments: departments, newDepartment: newDepartment,
                                                        siteFolder: siteOptions.site)
                Output.line(SiteFiles.displayPath(path, root: siteOptions.site))
            } catch let failure as OpeningsKit.Failure {
                Output.error("error: \(failure)")
                throw ExitCode(1)
            }
        }
    }
}
