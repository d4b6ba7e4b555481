import ArgumentParser
import Foundation
import OpeningsKit
import OpeningsServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build, serve, rebuild on every change and reload the browser.",
        discussion: """
            Builds into a private temporary folder (never Public/) with a live-reload script, \
            serves it on loopback, watches Content/ and Themes/, and rebuilds after each save. \
            Broken content shows every problem in the browser, over the last good site, which \
            stays available; before any build has succeeded, every page lists the problems and \
            turns into the site once they are fixed. Ctrl-C stops it.
            """
    )

    @OptionGroup var siteOptions: SiteOptions

    @Option(name: .long, help: "Address to listen on (default: loopback only).")
    var host = "127.0.0.1"

    @Option(name: .long, help: "Port; 0 picks a free one.")
    var port = 8000

    @Flag(name: .long, help: "Also show jobs marked `draft: true`.")
    var drafts = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        var options = PreviewServer.Options(siteFolder: siteOptions.site, host: host, port: port, includeDrafts: drafts,
                                            buildDate: try siteOptions.buildDate())
        // Not an option: only the tests need an idle timeout of a second or two.
        if let text = ProcessInfo.processInfo.environment["OPENINGS_SERVE_IDLE_TIMEOUT"], let seconds = Double(text), seconds > 0 {
            options.idleTimeout = .milliseconds(Int(seconds * 1000))
        }
        let server = PreviewServer(options: options, log: { Output.error($0) })
        let host = self.host
        try await server.run { port in
            let shown = host.contains(":") ? "[\(host)]" : host
            Output.line("serving http://\(shown):\(port)/ (Ctrl-C to stop)")
        }
    }
}
