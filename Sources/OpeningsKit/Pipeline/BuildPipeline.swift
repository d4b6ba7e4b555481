import Foundation

/// The build as a list of named stages:
/// load → validate → resolve → comply → markdown → render → write.
///
/// Each stage takes values and gives values plus findings; findings are collected
/// across every stage that can run, and nothing is written unless there are no
/// errors. How per-job work is done — from scratch, or kept between builds by a
/// session — is the `BuildMode`; the stages themselves know nothing of it.
public enum BuildPipeline {
    public typealias Report = BuildReport

    /// Validates without writing: every stage up to Markdown, and the links. Drafts are
    /// checked too, so they are ready when published; links to them count as broken
    /// unless they come from drafts, as in a build without `--drafts`.
    public static func check(_ options: BuildOptions) -> Report {
        var options = options
        let draftsPublished = options.includeDrafts
        options.includeDrafts = true
        var report = Report()
        _ = content(options, mode: .oneShot, releasingSources: false, draftsPublished: draftsPublished, report: &report)
        return report.sorted()
    }

    /// Builds into the output folder, replacing it at once. Skipped when the folder
    /// already holds a build of the same inputs (see `BuildManifest`), unless
    /// `skipIfUnchanged` is off (`--force`); either way a successful build records itself.
    /// One build at a time writes an output (see `OutputLock`): when another holds it,
    /// `waiting` gets a line to show, and this build writes once the other is done.
    public static func build(_ options: BuildOptions, waiting: (String) -> Void = { _ in }) -> Report {
        var report = Report()
        let output = AtomicWriter(output: options.resolvedOutputFolder).output
        let fingerprint = report.time("fingerprint") { BuildManifest.fingerprint(options) }
        // No output folder, nothing to keep: the record is not even read (a big site's takes a while).
        if options.skipIfUnchanged, FileStatus(output, followingLinks: true)?.kind == .directory,
           let previous = BuildManifest.read(siteFolder: options.siteFolder, outputFolder: output, fingerprint: fingerprint),
           previous.fingerprint == fingerprint, report.time("verify", { previous.isIntact() }) {
            report.diagnostics = previous.diagnostics
            report.filesWritten = 0
            report.upToDate = true
            return report.sorted()
        }
        guard let content = content(options, mode: .oneShot, releasingSources: true, draftsPublished: options.includeDrafts,
                                    report: &report) else { return report.sorted() }
        // `consume`: the build gives up the content here, so each job's HTML is freed once its page is written.
        write(consume content, options: options, output: output, fingerprint: fingerprint, waiting: waiting, report: &report)
        return report.sorted()
    }

    /// jobs.json as a build of `options` would write it, made in memory and nothing
    /// written: stages 1–5 and the link check as `build` runs them (a site with errors
    /// gives nil and its findings), then the one document of stage 6, made from the
    /// same per-job entries and listed jobs as `SiteRenderer`'s. For `openings notify`,
    /// which compares the jobs of two builds: on a site in several languages, every
    /// language's jobs (each `jobs.json` of the build, `de/jobs.json` too) are in the one
    /// document, each entry with its own page's URL.
    public static func jobsJSON(_ options: BuildOptions) -> (text: String?, report: Report) {
        var report = Report()
        guard let whole = content(options, mode: .oneShot, releasingSources: true, draftsPublished: options.includeDrafts,
                                  report: &report) else { return (nil, report.sorted()) }
        let sites = LanguageEditions.split(whole)?.map(\.site) ?? [whole.site]
        let text = report.time("jobs.json") {
            let entries = sites.flatMap { site in
                site.jobs.filter(\.isListed).map { JobsJSON.entryUTF8($0, card: JobCard($0, site: site), site: site) }
            }
            return String(decoding: JobsJSON.documentUTF8(sites[0], entries: entries), as: UTF8.self)
        }
        return (text, report.sorted())
    }

    /// Every output file, in memory, for a session (see `BuildSession`): only what
    /// changed since its last build is made again.
    static func render(_ options: BuildOptions, session: SessionCache, changed: Set<String>?) -> (files: [OutputFile]?, report: Report) {
        var report = Report()
        report.time("shared") { session.begin(sharedKey: BuildManifest.fingerprint(options, skippingJobs: true)) }
        guard let content = content(options, mode: .session(session, changed: changed), releasingSources: false,
                                    draftsPublished: options.includeDrafts, report: &report) else {
            return (nil, report.sorted())
        }
        let files = report.time("theme") { SessionRenderer(session: session).render(content) }
        return (files, report.sorted())
    }

    /// Stages 1–5 and the link check. Nil when there are errors, or when `check` needs no more.
    /// `draftsPublished`: the build writes drafts' pages (`--drafts`), so links to them work.
    private static func content(_ options: BuildOptions, mode: BuildMode, releasingSources: Bool, draftsPublished: Bool,
                                report: inout Report) -> RenderedContent? {
        ReferenceTables.prepareInBackground()
        let loader = SiteLoader(siteFolder: options.siteFolder, gitDates: options.gitDates)
        let (loaded, loadDiagnostics) = report.time("load") {
            switch mode {
            case .oneShot: return loader.load()
            case .session(let session, let changed): return session.load(loader, changed: changed)
            }
        }
        report.diagnostics += loadDiagnostics
        guard let site = loaded else {
            if options.strict { report.diagnostics = report.diagnostics.strict() }
            return nil
        }
        _ = consume loaded
        // Names in the theme's templates that no page has: once per theme, not per page.
        report.diagnostics += report.time("templates") {
            ThemeCheck.findings(site.theme) + TranslationCheck.findings(theme: site.theme, config: site.config, languages: site.config.languages.map(\.tag))
        }
        report.diagnostics += report.time("validate") {
            guard case .session(let session, _) = mode else { return SiteValidator.validate(site) }
            // Cross-file rules read each job's id, slug and department (pages and interview
            // processes are shared inputs, covered by the session's generation). A clean
            // result is reused while those are unchanged; findings are always made again,
            // since they point at lines an edit may have moved.
            let key = JobsKey(jobs: site.jobs, fields: [\.file.relativePath, \.id, \.slug, \.department])
            var fresh: [Diagnostic]?
            let clean = session.reuse("validate", key: key) {
                fresh = SiteValidator.validate(site)
                return fresh!.isEmpty
            }
            return clean ? [] : fresh ?? SiteValidator.validate(site)
        }
        let resolver = SiteResolver(site, buildDate: options.buildDate, includeDrafts: options.includeDrafts)
        let (resolved, resolveDiagnostics) = report.time("resolve") {
            let results = mode.each(.resolve, site.jobs, job: { $0 }, resolver.resolve)
            guard case .session(let session, _) = mode else { return resolver.assemble(site, results: results, baseURL: options.baseURL) }
            // The jobs' order is sorted again only when a job's department, title or slug changed.
            return resolver.assemble(site, results: results, baseURL: options.baseURL) { jobs, sort in
                session.reuse("resolved order", key: JobsKey(jobs: jobs, fields: [\.department, \.title, \.slug]), compute: sort)
            }
        }
        _ = consume site
        report.diagnostics += resolveDiagnostics
        let checker = ComplianceChecker(config: resolved.config, asOf: options.lawsDate)
        report.diagnostics += report.time("comply") {
            ComplianceChecker.fold(mode.each(.comply, resolved.jobs, job: \.job, checker.check).flatMap { $0 }, site: resolved)
        }
        let start = Report.now()
        let (content, markdownDiagnostics): (RenderedContent, [Diagnostic])
        if releasingSources {
            // Each posting's text is freed once its body is rendered: this was its last reference.
            (content, markdownDiagnostics) = MarkdownStage.renderReleasingSources(consume resolved)
        } else {
            let stage = MarkdownStage(resolved)
            (content, markdownDiagnostics) = stage.assemble(mode.each(.markdown, resolved.jobs, job: \.job) { stage.render($0.job) })
        }
        report.record("markdown", since: start)
        report.diagnostics += markdownDiagnostics
        // Every link into the site against the paths the render stage will write. Per
        // build, not per job: a job's links can break when another job goes away.
        report.diagnostics += report.time("links") {
            // The paths are listed only when some body links into the site: most postings
            // do not, and listing 10,000 postings' pages costs a preview rebuild 40 ms.
            LinkChecker.hasLinks(content) ? LinkChecker(content, draftsPublished: draftsPublished).check(content) : []
        }
        // `--strict`: warnings stop the build too.
        if options.strict { report.diagnostics = report.diagnostics.strict() }
        return report.diagnostics.hasErrors ? nil : content
    }

    /// Stages 6 and 7: renders into a staging folder beside the output, job pages
    /// written as they render, then swaps it in. All of it, up to the build record,
    /// under the output's lock: a record written after another build's swap would
    /// vouch for that build's files.
    private static func write(_ content: consuming RenderedContent, options: BuildOptions, output: String, fingerprint: String,
                              waiting: (String) -> Void, report: inout Report) {
        let writer = AtomicWriter(output: output)
        var staging: AtomicWriter.Staging?
        var content = Optional(content)
        do {
            try writer.locked(shownAs: options.resolvedOutputFolder, waiting: waiting) { locked in
                try writer.checkSafe(siteFolder: options.siteFolder)
                // A manifest left from an earlier build must not vouch for this one if the swap fails halfway.
                unlink(BuildManifest.path(siteFolder: options.siteFolder, outputFolder: output))
                let started = try writer.begin(locked: locked)
                staging = started
                let start = Report.now()
                // Each job's HTML is freed once its page is written: this was its last reference.
                let rendered = SiteRenderer.render(content.take()!) { file in
                    do { try started.write(file); return nil } catch { return "\(error)" }
                }
                report.record("theme", since: start)
                if let error = rendered.errors.first { throw Failure(error) }
                report.filesWritten = try report.time("write") {
                    try started.write(rendered.files)
                    return try started.commit()
                }
                staging = nil
                report.notes += started.notes
                // The site is built; the record only makes the next identical build a no-op.
                // A site folder the builder may not write (a read-only checkout) must not fail it.
                do {
                    try BuildManifest.record(fingerprint: fingerprint, paths: rendered.files.map(\.path),
                                             diagnostics: report.diagnostics.sortedForOutput(), outputFolder: output)
                        .write(siteFolder: options.siteFolder)
                } catch {
                    report.notes.append("\(error), so the next build cannot tell it has nothing to do")
                }
            }
        } catch {
            staging?.abort()
            report.notes += staging?.notes ?? []
            report.failure = "\(error)"
        }
    }
}

extension BuildReport {
    /// The findings in the order people read them: by file, line and column, errors
    /// first. Every entry point returns its report this way, so `check`, a full build
    /// and a no-op build print the same lines in the same order.
    func sorted() -> BuildReport {
        var sorted = self
        sorted.diagnostics = diagnostics.sortedForOutput()
        return sorted
    }
}
