import ArgumentParser
import Foundation
import OpeningsKit

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with themes.",
        subcommands: [Export.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the built-in default theme into a folder, to start a custom theme from.",
            discussion: "The folder's name is the theme's name: `theme: <name>` in Content/site.yml uses it. See docs/themes.md."
        )

        @OptionGroup var siteOptions: SiteOptions

        @Argument(help: ArgumentHelp("The theme folder, relative to the site.", valueName: "dir"))
        var folder: String = "Themes/custom"

        @Flag(name: .long, help: "Write into a folder that is not empty (existing files are never overwritten).")
        var force = false

        func run() throws {
            let target = folder.hasPrefix("/") ? folder : SiteFiles.displayPath(folder, root: siteOptions.site)
            do {
                let written = try ThemeExport.write(to: target, force: force)
                for path in written { Output.line(target + "/" + path) }
                let name = URL(fileURLWithPath: target).lastPathComponent
                Output.error("exported the default theme to \(target): set `theme: \(name)` in Content/site.yml to use it")
            } catch let failure as OpeningsKit.Failure {
                Output.error("error: \(failure)")
                throw ExitCode(1)
            }
        }
    }
}
