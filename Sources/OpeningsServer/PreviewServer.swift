import Foundation
import Hummingbird
import Logging
import OpeningsKit
import ServiceLifecycle

/// `openings serve`: builds the site into a private folder with the live-reload
/// script added, serves that folder, and rebuilds when the content or theme changes.
///
/// The build output of `openings build` (Public/) is never touched, so the preview
/// script cannot end up on the live site.
public struct PreviewServer: Sendable {
    public struct Options: Sendable {
        public var siteFolder: String
        public var host: String
        public var port: Int
        public var includeDrafts: Bool
        public var buildDate: CalendarDate

        public init(siteFolder: String, host: String = "127.0.0.1", port: Int = 8000, includeDrafts: Bool = false,
                    buildDate: CalendarDate) {
            self.siteFolder = siteFolder
            self.host = host
            self.port = port
            self.includeDrafts = includeDrafts
            self.buildDate = buildDate
        }
    }

    public let options: Options
    /// Where the preview is built: a fresh folder in the system's temporary directory.
    public let outputFolder: String
    let live = LiveReload()
    let log: @Sendable (String) -> Void

    public init(options: Options, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.log = log
        outputFolder = FileManager.default.temporaryDirectory
            .appendingPathComponent("openings-preview-\(getpid())-\(UUID().uuidString.prefix(8))/site").path
    }

    var buildOptions: BuildOptions {
        var build = BuildOptions(siteFolder: options.siteFolder, outputFolder: outputFolder,
                                 includeDrafts: options.includeDrafts, baseURL: BaseURL("http://localhost/"),
                                 buildDate: options.buildDate)
        build.injectIntoHTML = ClientScript.tag
        build.gitDates = false
        return build
    }

    /// Builds once; prints one line; tells open tabs to reload or shows them the problems.
    @discardableResult
    func rebuild(reason: String) async -> Bool {
        let start = ContinuousClock.now
        let report = BuildPipeline.build(buildOptions)
        let seconds = Double((ContinuousClock.now - start).components.attoseconds) / 1e18
            + Double((ContinuousClock.now - start).components.seconds)
        if report.succeeded, let written = report.filesWritten {
            log(String(format: "%@: wrote %d files in %.0f ms", reason, written, seconds * 1000))
            await live.built()
            return true
        }
        var lines = report.diagnostics.filter { $0.severity == .error }.map(\.formatted)
        if let failure = report.failure { lines.append("error: \(failure)") }
        for line in lines { log(line) }
        log(String(format: "%@: build failed with %d error%@ in %.0f ms; still serving the last good site",
                   reason, lines.count, lines.count == 1 ? "" : "s", seconds * 1000))
        await live.failed(lines)
        return false
    }

    /// Folders whose changes trigger a rebuild: the content and every theme folder.
    var watchedFolders: [String] {
        ["Content", "Themes"].map { SiteFiles.displayPath($0, root: options.siteFolder) }
    }

    /// Requests and server start are not news to an author; errors are.
    var quietLogger: Logger {
        var logger = Logger(label: "openings.serve")
        logger.logLevel = .error
        return logger
    }

    /// The Hummingbird application, for `run()` and for tests.
    public func makeApplication(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async -> some ApplicationProtocol {
        await rebuild(reason: "initial build")
        let router = Router()
        router.middlewares.add(ErrorPageMiddleware(live: live, outputFolder: outputFolder))
        router.middlewares.add(CharsetMiddleware())
        router.middlewares.add(FileMiddleware(outputFolder, searchForIndexHtml: true, logger: quietLogger))
        router.get(RouterPath(stringLiteral: ClientScript.path)) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                     body: .init(byteBuffer: ByteBuffer(string: ClientScript.source)))
        }
        let live = self.live
        router.get(RouterPath(stringLiteral: ClientScript.eventsPath)) { _, _ in
            let events = await live.subscribe()
            return Response(status: .ok,
                            headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                            body: ResponseBody { writer in
                                // Without cancelOnGracefulShutdown an open tab keeps Ctrl-C waiting forever.
                                for await event in events.cancelOnGracefulShutdown() {
                                    try await writer.write(ByteBuffer(string: event))
                                }
                                try await writer.finish(nil)
                            })
        }
        let watcher = WatchService(server: self, watcher: SiteWatcher(folders: watchedFolders))
        return Application(
            router: router,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "openings"),
            services: [watcher],
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: quietLogger
        )
    }

    /// Serves until SIGINT or SIGTERM, then removes the preview folder.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        defer { try? FileManager.default.removeItem(atPath: (outputFolder as NSString).deletingLastPathComponent) }
        let app = await makeApplication(onRunning: onRunning)
        try await app.runService()
    }
}

/// Runs the watcher for as long as the server runs.
struct WatchService: Service {
    let server: PreviewServer
    let watcher: SiteWatcher

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await watcher.run { changed in
                let names = changed.map { path -> String in
                    let root = server.options.siteFolder
                    return path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
                }
                let reason = names.count == 1 ? "changed \(names[0])" : "changed \(names.count) files"
                await server.rebuild(reason: reason)
            }
        }
    }
}

/// Unknown paths get the theme's 404 page with status 404; before the first good
/// build, pages get a page listing the problems.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let live: LiveReload
    let outputFolder: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if await !live.hasSite, !request.uri.path.hasPrefix("/_openings/") {
            let problems = await live.problems ?? ""
            let html = """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Build failed</title></head>
                <body><main><h1>The site could not be built</h1><p>Fix the problems below; this page reloads by itself.</p>
                <pre>\(escape(problems))</pre></main>\(ClientScript.tag)</body></html>
                """
            return Response(status: .internalServerError, headers: [.contentType: "text/html; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: html)))
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let page = (try? Data(contentsOf: URL(fileURLWithPath: outputFolder + "/404.html"))) ?? Data("Not found".utf8)
            return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: page)))
        }
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// Text responses say their charset, so browsers never guess.
struct CharsetMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if let type = response.headers[.contentType], !type.contains("charset"),
           type.hasPrefix("text/") || type.hasSuffix("json") || type.hasSuffix("xml") || type.hasSuffix("javascript") {
            response.headers[.contentType] = type + "; charset=utf-8"
        }
        return response
    }
}
