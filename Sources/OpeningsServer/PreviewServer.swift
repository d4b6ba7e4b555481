import Foundation
import Hummingbird
import Logging
import OpeningsKit
import ServiceLifecycle

/// `openings serve`: builds the site in memory with the live-reload script added,
/// serves it, and rebuilds when the content or theme changes.
///
/// Nothing is written to disk: `Public/` (the output of `openings build`) is never
/// touched, so the preview script cannot end up on the live site, and a rebuild
/// swaps the whole in-memory site at once.
public struct PreviewServer: Sendable {
    public struct Options: Sendable {
        public var siteFolder: String
        public var host: String
        public var port: Int
        public var includeDrafts: Bool
        public var buildDate: CalendarDate
        /// Quiet time that ends an editor's burst of writes, with inotify (the poller,
        /// which only sees changes when it looks, uses `SiteWatcher.debounce`).
        public var debounce: Duration = .milliseconds(10)
        /// How long a connection may sit without a complete request before it is closed:
        /// long enough for a browser's kept-alive connections, short enough that idle or
        /// byte-a-second (slowloris) connections cannot pile up. An open live-reload stream
        /// is a response in progress, never idle.
        public var idleTimeout: Duration = .seconds(30)

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
    let live = LiveReload()
    let store = SnapshotStore()
    /// Whether the bound socket is loopback-only; until it is bound, assume so (the
    /// stricter `HostCheckMiddleware`).
    let loopback = LockedValue(true)
    let session: BuildSession
    let log: @Sendable (String) -> Void

    public init(options: Options, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.log = log
        var build = BuildOptions(siteFolder: options.siteFolder, includeDrafts: options.includeDrafts,
                                 baseURL: BaseURL("http://localhost/"), buildDate: options.buildDate)
        build.gitDates = false
        session = BuildSession(options: build)
    }

    /// Builds once (on a Dispatch thread: the build saturates the cores and must not
    /// hold Swift's cooperative threads); prints one line; tells open tabs to reload
    /// or shows them the problems.
    @discardableResult
    func rebuild(reason: String, changed: Set<String>? = nil) async -> Bool {
        let start = ContinuousClock.now
        let session = self.session
        let result = await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: session.build(changed: changed)) }
        }
        if let files = result.files {
            let (snapshot, changedFiles) = store.current.next(files, inject: ClientScript.tag)
            store.replace(with: snapshot)
            await live.built()
            // After the reload is sent, off the request threads: the build's garbage back to the system.
            DispatchQueue.global(qos: .utility).async { FreedMemory.release() }
            let elapsed = start.duration(to: .now)
            let pages = result.jobPagesRendered == 1 ? "1 job page" : "\(result.jobPagesRendered) job pages"
            log("\(reason): rendered \(pages), \(changedFiles) of \(files.count) files changed, in \(Self.milliseconds(elapsed)) ms")
            if ProcessInfo.processInfo.environment["OPENINGS_SERVE_TIMINGS"] != nil {
                log("  " + result.report.timings.map { "\($0.stage) \(Int($0.seconds * 1000)) ms" }.joined(separator: ", "))
            }
            return true
        }
        var problems = result.report.diagnostics.filter { $0.severity == .error }.map(LiveReload.Problem.init)
        if let failure = result.report.failure { problems.append(LiveReload.Problem(failure: failure)) }
        for problem in problems { log(problem.text) }
        let kept = store.current.isEmpty ? "nothing to serve yet" : "still serving the last good site"
        log("\(reason): build failed with \(problems.count) error\(problems.count == 1 ? "" : "s") in \(Self.milliseconds(start.duration(to: .now))) ms; \(kept)")
        await live.failed(problems)
        return false
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
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
        // Watching starts before the first build reads the site: a save made while it
        // runs, or just after its line is printed, is then a change like any other
        // (the kernel or the poller's first look keeps it until the service reads it).
        let watching = WatchService(server: self)
        await rebuild(reason: "initial build")
        let router = Router(context: PreviewRequestContext.self)
        router.middlewares.add(HostCheckMiddleware(loopback: loopback, configuredHost: options.host.lowercased()))
        router.middlewares.add(AllowedMethodsMiddleware())
        router.middlewares.add(ErrorPageMiddleware(live: live, store: store))
        router.middlewares.add(CharsetMiddleware())
        router.middlewares.add(FileMiddleware(fileProvider: MemoryFileProvider(store: store), searchForIndexHtml: true))
        let script = Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                              body: .init(byteBuffer: ByteBuffer(string: ClientScript.source)))
        router.get(RouterPath(stringLiteral: ClientScript.path)) { _, _ in script }
        router.head(RouterPath(stringLiteral: ClientScript.path)) { _, _ in script }
        let live = self.live
        router.get(RouterPath(stringLiteral: ClientScript.eventsPath)) { _, context in
            let (events, end) = await live.subscribe()
            // A closed tab ends its stream now, not when the next rebuild fails to write to it
            // (`ConnectionLifetimeHandler` closes the connection when the client stops sending).
            context.channel.closeFuture.whenComplete { _ in end() }
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
        let (loopback, log, host) = (self.loopback, self.log, options.host)
        return Application(
            router: router,
            server: PreviewHTTPChannel.builder(idleTimeout: options.idleTimeout),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "openings",
                                 backlog: Self.listenBacklog),
            services: [watching],
            onServerRunning: { channel in
                let local = ListenAddress.isLoopback(channel.localAddress)
                loopback.withLock { $0 = local }
                if !local { log(ListenAddress.exposedWarning(host: host)) }
                await onRunning(channel.localAddress?.port ?? 0)
            },
            logger: quietLogger
        )
    }

    /// The queue of connections the kernel has accepted and the server not yet taken.
    /// Hummingbird's default, 256, fills when a few hundred connections arrive at once
    /// (tabs, a load tester, a slowloris burst) faster than one busy core accepts them;
    /// Linux then drops the next SYN and the author's browser waits a whole second for
    /// its retry. The kernel caps the value at `net.core.somaxconn` (4096 by default).
    static let listenBacklog = 4096

    /// Serves until SIGINT or SIGTERM.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        FileLimit.raise()
        let app = await makeApplication(onRunning: onRunning)
        try await app.runService()
    }
}

/// Runs the watcher for as long as the server runs: inotify where the kernel has
/// it (Linux), else a poller (macOS, or Linux out of inotify watches). Either one only
/// reports raw changes; one `Debouncer` turns them into a rebuild per burst.
struct WatchService: Service {
    let server: PreviewServer
    let events: AsyncStream<Debouncer.Event>
    let quiet: Duration

    /// Starts watching now; `run()` reads what was seen since.
    init(server: PreviewServer) {
        self.server = server
        (events, quiet) = Self.watch(server)
    }

    func run() async throws {
        let root = server.options.siteFolder
        @Sendable func handle(_ changed: Set<String>?) async {
            let relative = changed.map { paths in
                Set(paths.map { $0.hasPrefix(root + "/") ? String($0.dropFirst(root.count + 1)) : $0 })
            }
            let names = relative.map { $0.sorted() } ?? []
            let reason = relative == nil ? "changes" : names.count == 1 ? names[0] : "\(names.count) files"
            await server.rebuild(reason: reason, changed: relative)
        }
        let (events, quiet) = (self.events, self.quiet)
        await cancelWhenGracefulShutdown {
            await Debouncer(quiet: quiet).run(events, onBatch: handle)
        }
    }

    /// The raw changes under the watched folders, and the quiet time that ends a burst of them.
    private static func watch(_ server: PreviewServer) -> (AsyncStream<Debouncer.Event>, quiet: Duration) {
        let folders = server.watchedFolders
        #if os(Linux)
        if let watcher = InotifyWatcher(folders: folders, site: (server.options.siteFolder, ["Content", "Themes"])) {
            return (watcher.changes(), server.options.debounce)
        }
        #endif
        let poller = SiteWatcher(folders: folders)
        return (poller.changes(), poller.debounce)
    }
}

/// Unknown paths get the theme's 404 page with status 404; before the first good
/// build, every page is the list of problems (`ProblemsPage`).
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let live: LiveReload
    let store: SnapshotStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if await !live.hasSite, !request.uri.path.hasPrefix("/_openings/") {
            let html = ProblemsPage.html(await live.problems)
            return Response(status: .internalServerError,
                            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(string: html)))
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let page = store.current.file("404.html")?.bytes ?? ByteBuffer(string: "Not found")
            return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                            body: .init(byteBuffer: page))
        }
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
