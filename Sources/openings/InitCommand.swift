import ArgumentParser
import Foundation
import OpeningsKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a starter site: settings, a salary band, an interview process, a posting and a benefits page.",
        discussion: "The site builds and checks clean at once with the built-in default theme."
    )

    @Argument(help: ArgumentHelp("The folder to create the site in.", valueName: "dir"))
    var folder: String

    @Flag(name: .long, help: "Write into a folder that is not empty (existing files are never overwritten).")
    var force = false

    @Option(name: .long, help: ArgumentHelp(
        "Add the CI recipe that checks postings and publishes the site: github (Pages), gitlab (Pages) or netlify.",
        valueName: "service"))
    var ci: CIRecipe?

    func run() throws {
        do {
            let written = try StarterSite.write(to: folder, force: force, ci: ci)
            for path in written { Output.line(SiteFiles.displayPath(path, root: folder)) }
            Output.error("created a site in \(folder): run `openings build --site \(folder)`")
        } catch let failure as OpeningsKit.Failure {
            Output.error("error: \(failure)")
            throw ExitCode(1)
        }
    }
}

extension CIRecipe: ExpressibleByArgument {}
