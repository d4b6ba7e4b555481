import Foundation

/// What a long-running session (`openings serve`) keeps between builds, and how it
/// tells what changed.
///
/// - A parsed job is kept by path with the text it was parsed from: an unchanged file
///   gives back the very same `Job`, and a file the watcher did not report is not even read.
/// - Everything made from a job afterwards (resolved, checked, Markdown, card, page,
///   JSON and feed entries) sits in that job's `JobMemo`.
/// - When something shared changes (site.yml, bands, interview processes, pages, the
///   theme, the options) the generation moves on, and every result made under an
///   older one is stale, so none can survive an edit it depends on.
///
/// The stages know nothing of this: `BuildPipeline` and `SessionRenderer` call the
/// stages' per-job functions through the build's `MemoTable`.
final class SessionCache: @unchecked Sendable { // every mutable field is under `lock`
    /// The per-job steps whose results are kept.
    enum Step: Int, CaseIterable {
        case resolve, comply, markdown, jobCard, card, page, json, feed, calendarEvent, sitemap, jobBoards
    }

    private struct Parsed {
        var text: String
        var job: Job?
        var diagnostics: [Diagnostic]
        let memo = JobMemo()
    }

    private let lock = NSLock()
    /// Last build's per-job results by position, for steps every edit runs over every posting.
    let columns = KeptColumns()
    private var parsed: [String: Parsed] = [:]
    private var sharedKey: String?
    /// Bumped whenever the shared inputs change.
    private var generation = 0
    /// The memo of each job of the current build, made by `load`.
    private var memos: [ObjectIdentifier: JobMemo] = [:]
    /// The job files of the last build, to skip walking `Content/jobs/` when a
    /// watcher says only existing postings changed.
    private var jobListing: (paths: [String], set: Set<String>, diagnostics: [Diagnostic])?
    private var documents: [String: (parts: [String], document: String)] = [:]
    private var reused: [String: (key: Any, generation: Int, value: Any)] = [:]
    private var listingPages: [String: (key: String, file: OutputFile)] = [:]
    private var cards: [String: CardEntry] = [:]
    /// The last load's result and where each path's went, for edits to patch in place.
    private var lastLoad: LastLoad?
    private var parsedCount = 0
    /// Job files parsed again by the last build (the rest were reused).
    var jobsParsed: Int { lock.withLock { parsedCount } }
    private let pagesRendered = LockedValue(0)
    var jobPagesRendered: Int { pagesRendered.withLock { $0 } }

    /// Starts a build: drops every derived result when the shared inputs changed.
    /// Parsed files survive, since parsing reads nothing shared.
    func begin(sharedKey key: String) {
        lock.withLock {
            parsedCount = 0
            pagesRendered.withLock { $0 = 0 }
            if key != sharedKey {
                sharedKey = key
                generation += 1
                documents = [:]
                listingPages = [:]
                cards = [:]
            }
        }
    }

    // MARK: - Loading

    /// Loads the site, reading and parsing only job files that changed. `changed`:
    /// site-relative paths a watcher reported; nil when unknown (read every file).
    func load(_ loader: SiteLoader, changed: Set<String>?) -> (site: Site?, diagnostics: [Diagnostic]) {
        var listed = false
        let result = loader.load(listJobs: {
            if let changed, let known = jobListing(unless: changed, isFile: loader.isFile) { return known }
            let listing = loader.listJobs()
            lock.withLock { jobListing = (listing.paths, Set(listing.paths), listing.diagnostics) }
            listed = true
            return listing
        }, loadJobs: { paths in
            if let changed, let patched = patchedLoad(paths, changed: changed, loader: loader) { return patched }
            let results = paths.parallelMap { path in parse(path, loader: loader, changed: changed) }
            let loaded = LoadedJobs(results)
            var slots: [Int] = []
            slots.reserveCapacity(results.count)
            var next = 0
            for result in results {
                slots.append(result.0 == nil ? -1 : next)
                if result.0 != nil { next += 1 }
            }
            lock.withLock {
                // A file that could not be read is not kept in `parsed`, so a full load reads it again.
                let unread = paths.contains { parsed[$0] == nil }
                lastLoad = LastLoad(paths: paths, loaded: loaded, slots: slots, perPath: results.map(\.1), hasUnread: unread)
            }
            return loaded
        })
        lock.withLock {
            // Memory follows the site: files that are gone are forgotten.
            if listed, let keep = jobListing?.set, parsed.keys.contains(where: { !keep.contains($0) }) {
                parsed = parsed.filter { keep.contains($0.key) }
                cards = cards.filter { keep.contains($0.key) }
                // `parse` keeps `memos` in step with `parsed` file by file; here files went at once.
                var memos: [ObjectIdentifier: JobMemo] = [:]
                memos.reserveCapacity(parsed.count)
                for entry in parsed.values { if let job = entry.job { memos[ObjectIdentifier(job)] = entry.memo } }
                self.memos = memos
            }
        }
        return result
    }

    private struct LastLoad {
        var paths: [String]
        var loaded: LoadedJobs
        /// Per path, the index of its job in `loaded.jobs`, or -1 when it gave none.
        var slots: [Int]
        var perPath: [[Diagnostic]]
        /// Some file could not be read (a pipe, a read error): the next build reads it
        /// again, as a full load does, whatever the watcher reported.
        var hasUnread: Bool
    }

    /// Last load with the changed postings parsed again and put in their places, when
    /// the same files are listed, few changed, each still gives a job or still gives
    /// none, and every file could be read last time; nil otherwise. Touches only what changed: a pass over every posting (a
    /// dictionary look-up and reference counts per job) was a fifth of an edit at 50,000.
    private func patchedLoad(_ paths: [String], changed: Set<String>, loader: SiteLoader) -> LoadedJobs? {
        guard changed.count <= 64 else { return nil }
        // Taken out while patched, so its arrays are changed in place, not copied.
        guard var last = lock.withLock({ () -> LastLoad? in defer { lastLoad = nil }; return lastLoad }), !last.hasUnread,
              last.paths == paths else { return nil }
        var diagnosticsMoved = false
        for path in changed {
            guard let index = paths.firstIndex(of: path) else { continue }
            let (job, diagnostics) = parse(path, loader: loader, changed: changed)
            if lock.withLock({ parsed[path] == nil }) { last.hasUnread = true }
            let slot = last.slots[index]
            guard (job == nil) == (slot < 0) else { return nil }
            if let job { last.loaded.jobs[slot] = job }
            if !diagnostics.isEmpty || !last.perPath[index].isEmpty {
                diagnosticsMoved = true
                last.perPath[index] = diagnostics
            }
        }
        if diagnosticsMoved { last.loaded.diagnostics = last.perPath.flatMap { $0 } }
        let loaded = last.loaded
        lock.withLock { lastLoad = last }
        return loaded
    }

    /// The last listing, if `changed` cannot have altered it: every changed path under
    /// `Content/jobs/` is a posting it already lists, still a file, or an editor's
    /// temporary file.
    private func jobListing(unless changed: Set<String>, isFile: (String) -> Bool) -> (paths: [String], diagnostics: [Diagnostic])? {
        guard let listing = lock.withLock({ jobListing }) else { return nil }
        for path in changed where path.hasPrefix("Content/jobs/") {
            let name = path.split(separator: "/").last ?? ""
            if name.hasPrefix(".") { continue }
            guard isFile(path) else { return nil }
            if path.hasSuffix(".md"), !listing.set.contains(path) { return nil }
        }
        return (listing.paths, listing.diagnostics)
    }

    private func parse(_ path: String, loader: SiteLoader, changed: Set<String>?) -> (Job?, [Diagnostic]) {
        let previous = lock.withLock { parsed[path] }
        // A file the watcher did not report is as it was: its parse result stands.
        if let previous, let changed, !changed.contains(path) { return (previous.job, previous.diagnostics) }
        let file: SourceFile
        switch loader.files.read(path) {
        case .failure(let diagnostic):
            lock.withLock {
                if let job = parsed.removeValue(forKey: path)?.job { memos[ObjectIdentifier(job)] = nil }
            }
            return (nil, [diagnostic])
        case .success(let read): file = read
        }
        if let previous, previous.text == file.text { return (previous.job, previous.diagnostics) }
        let (job, diagnostics) = SiteLoader.parseJob(file)
        lock.withLock {
            if let old = parsed[path]?.job { memos[ObjectIdentifier(old)] = nil }
            let entry = Parsed(text: file.text, job: job, diagnostics: diagnostics)
            parsed[path] = entry
            if let job { memos[ObjectIdentifier(job)] = entry.memo }
            parsedCount += 1
        }
        return (job, diagnostics)
    }

    // MARK: - Per-job results

    /// The memo of every job of the current build (see `MemoTable`). Valid after `load`.
    var memoTable: MemoTable { lock.withLock { MemoTable(generation: generation, memos: memos, pagesRendered: pagesRendered) } }

    // MARK: - Whole-site results

    /// A whole-site result (validation, listing groups) that depends only on `key`
    /// and the shared inputs: the previous one when both are unchanged. Keys are
    /// arrays of strings and numbers the session handed out, so comparing them is cheap.
    func reuse<Key: Equatable, T>(_ name: String, key: Key, compute: () -> T) -> T {
        let (generation, previous) = lock.withLock { (self.generation, reused[name]) }
        if let previous, previous.generation == generation,
           let previousKey = previous.key as? Key, previousKey == key, let value = previous.value as? T {
            return value
        }
        let value = compute()
        lock.withLock { reused[name] = (key, generation, value) }
        return value
    }

    /// A document made by joining `parts` (entries the session returned, mostly the
    /// same string objects as last time): the previous document, the same string
    /// object, when every part is equal, which is cheap to tell.
    func document(_ name: String, parts: [String], compute: () -> String) -> String {
        if let previous = lock.withLock({ documents[name] }), previous.parts == parts { return previous.document }
        let document = compute().compacted()
        lock.withLock { documents[name] = (parts, document) }
        return document
    }

    /// A listing page made under the same `key` (its cards, filters and page), or rendered now.
    func listingPage(_ path: String, key: String, render: () -> OutputFile) -> OutputFile {
        if let previous = lock.withLock({ listingPages[path] }), previous.key == key { return previous.file }
        let file = render().compacted()
        lock.withLock { listingPages[path] = (key, file) }
        return file
    }

    /// The card kept for `path` when its context is unchanged (most edits are to the
    /// body), so it keeps its version and the listings showing it are reused.
    func card(_ path: String, context: TemplateValue) -> CardEntry {
        if let previous = lock.withLock({ cards[path] }), previous.context == context {
            return previous
        }
        let entry = CardEntry(context: context, version: CardEntry.nextVersion())
        lock.withLock { cards[path] = entry }
        return entry
    }
}

/// A rendered card and a number that changes whenever it is rendered differently, so
/// a listing can tell its cards are unchanged without reading their HTML.
struct CardEntry: Sendable {
    var context: TemplateValue
    var version: UInt64
    private static let counter = LockedValue<UInt64>(0)
    static func nextVersion() -> UInt64 { counter.withLock { $0 += 1; return $0 } }
}
