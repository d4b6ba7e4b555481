import Foundation

/// The build as a list of named stages:
/// load → validate → resolve → comply → render Markdown → render theme → write.
///
/// Each stage takes values and gives values; findings are collected across all
/// stages that can run, and nothing is written unless there are no errors.
public enum BuildPipeline {
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        /// Files written to the output folder; nil when nothing was written.
        public var filesWritten: Int?
        /// Seconds per stage, in order, for `--verbose` and the benchmark.
        public var timings: [(stage: String, seconds: Double)]
        /// A failure that is not about the content (the output folder cannot be written).
        public var failure: String?
        /// The output already held this build (same inputs, files untouched), so nothing was done.
        public var upToDate = false

        public var succeeded: Bool { failure == nil && !diagnostics.hasErrors }
    }

    /// Validates without writing: every stage up to rendering Markdown. Drafts are
    /// checked too, so they are ready when published.
    public static func check(_ options: BuildOptions) -> Report {
        var options = options
        options.includeDrafts = true
        return run(options, write: false)
    }

    public static func build(_ options: BuildOptions) -> Report {
        run(options, write: true)
    }

    /// Every output file, in memory; the preview server serves and diffs these.
    /// With a `cache` (see `BuildSession`), only what changed since its last build is redone.
    public static func render(_ options: BuildOptions, cache: BuildCache? = nil,
                              changed: Set<String>? = nil) -> (files: [OutputFile]?, report: Report) {
        var files: [OutputFile]?
        let report = run(options, write: false, renderTheme: true, cache: cache, changed: changed) { files = $0 }
        return (report.succeeded ? files : nil, report)
    }

    private static func run(_ options: BuildOptions, write: Bool, renderTheme: Bool? = nil,
                            cache: BuildCache? = nil, changed: Set<String>? = nil,
                            deliver: (([OutputFile]) -> Void)? = nil) -> Report {
        var report = Report(diagnostics: [], filesWritten: nil, timings: [], failure: nil)
        func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let value = try body()
            report.timings.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            return value
        }
        defer { report.diagnostics = report.diagnostics.sortedForOutput() }
        let output = AtomicWriter(output: options.resolvedOutputFolder).output
        var fingerprint: String?
        if write, options.skipIfUnchanged {
            let (current, previous) = stage("fingerprint") {
                (BuildManifest.fingerprint(options), BuildManifest.read(outputFolder: output))
            }
            fingerprint = current
            if let previous, previous.fingerprint == current, stage("verify", { previous.isIntact(outputFolder: output) }) {
                report.diagnostics = previous.diagnostics
                report.filesWritten = 0
                report.upToDate = true
                return report
            }
        }

        if let cache {
            stage("shared") { cache.begin(sharedKey: BuildManifest.fingerprint(options, skippingJobs: true)) }
            cache.resetCounts()
        }
        let (loaded, loadDiagnostics) = stage("load") {
            SiteLoader.load(siteFolder: options.siteFolder, gitDates: options.gitDates, cache: cache, changed: changed)
        }
        report.diagnostics += loadDiagnostics
        guard let site = loaded else {
            if options.strict { report.diagnostics = report.diagnostics.strict() }
            return report
        }
        report.diagnostics += stage("validate") {
            // Cross-file rules read each job's id, slug and department (pages and interview
            // processes are shared inputs, covered by the cache's generation). A clean
            // result is reused while those are unchanged; findings are always made again,
            // since they point at lines an edit may have moved.
            guard let cache else { return SiteValidator.validate(site) }
            let key = site.jobs.map { [$0.file.relativePath, $0.id, $0.slug, $0.department] }
            let clean = cache.reuse("validate", key: key) { SiteValidator.validate(site) }.isEmpty
            return clean ? [] : SiteValidator.validate(site)
        }
        let (resolved, resolveDiagnostics) = stage("resolve") {
            SiteResolver.resolve(site, buildDate: options.buildDate, includeDrafts: options.includeDrafts,
                                 baseURL: options.baseURL, cache: cache)
        }
        report.diagnostics += resolveDiagnostics
        report.diagnostics += stage("comply") { ComplianceChecker.check(resolved, cache: cache) }
        let (content, markdownDiagnostics) = stage("markdown") {
            RenderedContent.render(resolved, cache: cache, releasingSources: write && cache == nil)
        }
        report.diagnostics += markdownDiagnostics
        if options.strict { report.diagnostics = report.diagnostics.strict() }
        guard !report.diagnostics.hasErrors, write || renderTheme == true else { return report }

        guard write else {
            deliver?(stage("theme") { SiteRenderer.render(content, cache: cache) }.files)
            return report
        }
        let writer = AtomicWriter(output: output)
        var staging: AtomicWriter.Staging?
        do {
            try writer.checkSafe(siteFolder: options.siteFolder)
            // A manifest left from an earlier build must not vouch for this one if the swap fails halfway.
            unlink(BuildManifest.path(outputFolder: output))
            let started = try writer.begin()
            staging = started
            // Job pages are written while the rest renders: the site never sits in memory whole.
            let rendered = stage("theme") {
                SiteRenderer.render(content, cache: cache) { file in
                    do { try started.write(file); return nil } catch { return "\(error)" }
                }
            }
            if let error = rendered.errors.first { throw AtomicWriter.Failure(description: error) }
            report.filesWritten = try stage("write") {
                try started.write(rendered.files)
                return try started.commit()
            }
            staging = nil
            if let fingerprint {
                try BuildManifest.record(fingerprint: fingerprint, paths: rendered.files.map(\.path),
                                         diagnostics: report.diagnostics.sortedForOutput(), outputFolder: output)
                    .write(outputFolder: output)
            }
        } catch {
            staging?.abort()
            report.failure = "\(error)"
        }
        return report
    }
}
