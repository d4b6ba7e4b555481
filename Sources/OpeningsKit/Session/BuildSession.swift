/// A site kept in memory between builds, for `openings serve`: each build reuses
/// what the previous one made for every job whose file did not change, so an edit
/// to one posting re-renders that posting and the pages that list it.
///
/// One build at a time: the preview server runs them in order.
public final class BuildSession: Sendable {
    public let options: BuildOptions
    let cache = SessionCache()

    public struct Result: Sendable {
        /// Every output file; nil when the build failed.
        public var files: [OutputFile]?
        public var report: BuildReport
        /// Job files parsed again, and job pages rendered again (the rest were reused).
        public var jobsParsed: Int
        public var jobPagesRendered: Int
    }

    public init(options: BuildOptions) {
        self.options = options
    }

    /// `changed`: site-relative paths a file watcher reported; nil when unknown
    /// (the first build, or a watcher that lost events), which reads every file.
    public func build(changed: Set<String>? = nil) -> Result {
        let (files, report) = BuildPipeline.render(options, session: cache, changed: changed)
        return Result(files: files, report: report, jobsParsed: cache.jobsParsed, jobPagesRendered: cache.jobPagesRendered)
    }
}
