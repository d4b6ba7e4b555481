import Foundation

/// What the stages produced in the previous build of a long-running session
/// (`openings serve`), reused while the inputs they read stay the same.
///
/// A parsed job is kept by path with the text it was parsed from. Everything made
/// from a job afterwards is kept on the `Job` itself (`JobMemo`), so an unchanged file,
/// which parses to the very same `Job`, brings its results back. When something shared
/// changes — site.yml, bands, interview processes, pages, the theme, the options — the
/// generation number moves on and every such result is stale, so none can survive an
/// edit it depends on.
public final class BuildCache: @unchecked Sendable {
    enum Table: Int, CaseIterable {
        case parsed, resolved, compliance, markdown, jobCard, card, page, json, feed, feedUpdated, sitemap
        /// Listing pages, by output path.
        case listing

        var isPerJob: Bool { self != .listing }
    }

    private struct Entry {
        var source: String
        var extra: String
        var value: Any
    }

    private let lock = NSLock()
    private var sharedKey: String?
    private var tables = Array(repeating: [String: Entry](), count: Table.allCases.count)
    private var misses = Array(repeating: 0, count: Table.allCases.count)

    /// The job files of the last build, to skip walking `Content/jobs/` when a
    /// watcher says only existing postings changed.
    private var jobListing: (paths: [String], set: Set<String>, diagnostics: [Diagnostic])?

    public init() {}

    func setJobListing(_ paths: [String], diagnostics: [Diagnostic]) {
        lock.withLock { jobListing = (paths, Set(paths), diagnostics) }
    }

    /// The last listing, if `changed` (site-relative) cannot have altered it: every
    /// changed path under `Content/jobs/` is a posting it already lists, still a file,
    /// or an editor's temporary file that still exists.
    func jobListing(unless changed: Set<String>, isFile: (String) -> Bool) -> (paths: [String], diagnostics: [Diagnostic])? {
        guard let listing = lock.withLock({ jobListing }) else { return nil }
        for path in changed where path.hasPrefix("Content/jobs/") {
            let name = path.split(separator: "/").last ?? ""
            if name.hasPrefix(".") { continue }
            guard isFile(path) else { return nil }
            if path.hasSuffix(".md"), !listing.set.contains(path) { return nil }
        }
        return (listing.paths, listing.diagnostics)
    }

    /// Starts a build: drops the derived entries when the shared inputs changed, and
    /// resets the counters. Parsed files survive, since parsing reads nothing shared.
    func begin(sharedKey key: String) {
        lock.withLock {
            if key != sharedKey {
                for table in Table.allCases where table != .parsed { tables[table.rawValue] = [:] }
                sharedKey = key
                generation += 1
            }
        }
    }

    func resetCounts() {
        lock.withLock { misses = Array(repeating: 0, count: Table.allCases.count) }
    }

    /// The cached value for `path` when it was made from the same `source` and
    /// `extra`; otherwise computes it (outside the lock, so stages stay parallel) and keeps it.
    func value<T>(_ table: Table, _ path: String, source: String, extra: String = "", compute: () -> T) -> T {
        let cached: Entry? = lock.withLock { tables[table.rawValue][path] }
        if let cached, cached.source == source, cached.extra == extra, let value = cached.value as? T { return value }
        let value = compute()
        let replaced: Entry? = lock.withLock {
            misses[table.rawValue] += 1
            return tables[table.rawValue].updateValue(Entry(source: source, extra: extra, value: value), forKey: path)
        }
        if let replaced { Self.release(replaced) }
        return value
    }

    /// A parsed job keeps its results, which refer back to it; clearing them when the
    /// job is replaced or removed lets it be freed.
    private static func release(_ entry: Entry) {
        (entry.value as? (Job?, [Diagnostic]))?.0?.memo.clear()
    }

    private var documents: [String: (parts: [String], document: String)] = [:]

    /// A document made by joining `parts` (entries the cache returned, mostly the same
    /// string objects as last time): the previous document when every part is equal,
    /// which is cheap to tell, since equal strings from the cache share their storage.
    func document(_ name: String, parts: [String], compute: () -> String) -> String {
        if let previous = lock.withLock({ documents[name] }), previous.parts == parts { return previous.document }
        let document = compute()
        lock.withLock { documents[name] = (parts, document) }
        return document
    }

    private var reused: [String: (key: Any, generation: Int, value: Any)] = [:]

    /// A whole-site result (validation findings, listing groups) that depends only on
    /// `key` and the shared inputs: the previous one when both are unchanged. Keys are
    /// arrays of strings and numbers the cache handed out, so comparing them is cheap.
    func reuse<Key: Equatable, T>(_ name: String, key: Key, compute: () -> T) -> T {
        let generation = self.generation
        if let previous = lock.withLock({ reused[name] }), previous.generation == generation,
           let previousKey = previous.key as? Key, previousKey == key, let value = previous.value as? T {
            return value
        }
        let value = compute()
        lock.withLock { reused[name] = (key, generation, value) }
        return value
    }

    /// Bumped whenever the shared inputs change: results kept on a job (`JobMemo`)
    /// from an older generation are stale. Written only between builds.
    private(set) var generation = 0

    /// The result of `table` for `job`, kept on the job itself: an unchanged file
    /// parses to the very same `Job`, so its results come back without hashing a path
    /// or taking a shared lock, which matters when a rebuild touches 10,000 of them.
    func value<T>(_ table: Table, for job: Job, extra: String = "", compute: () -> T) -> T {
        let generation = self.generation
        if let hit: T = job.memo.get(table.rawValue, generation: generation, extra: extra) { return hit }
        let value = compute()
        job.memo.set(table.rawValue, generation: generation, extra: extra, value: value)
        lock.withLock { misses[table.rawValue] += 1 }
        return value
    }

    /// Keeps `value` for `path` without a source (for looking back at the previous build).
    func store<T>(_ table: Table, _ path: String, _ value: T) {
        lock.withLock { tables[table.rawValue][path] = Entry(source: "", extra: "", value: value) }
    }

    /// A value stored without a source check, for files the caller knows are unchanged.
    func stored<T>(_ table: Table, _ path: String) -> T? {
        lock.withLock { tables[table.rawValue][path]?.value as? T }
    }

    /// Drops entries for files that no longer exist, so memory follows the site.
    func keep(paths: Set<String>) {
        lock.withLock {
            for table in Table.allCases where table.isPerJob {
                let index = table.rawValue
                guard tables[index].keys.contains(where: { !paths.contains($0) }) else { continue }
                for (path, entry) in tables[index] where !paths.contains(path) { Self.release(entry) }
                tables[index] = tables[index].filter { paths.contains($0.key) }
            }
        }
    }

    /// How many entries of `table` were computed since `resetCounts()`.
    func computed(_ table: Table) -> Int { lock.withLock { misses[table.rawValue] } }
}

/// Results of the build stages for one parsed job (see `BuildCache.value(_:for:)`).
final class JobMemo: @unchecked Sendable {
    private struct Entry {
        var generation: Int
        var extra: String
        var value: Any
    }

    private let lock = NSLock()
    private var entries: [Entry?] = Array(repeating: nil, count: BuildCache.Table.allCases.count)

    func get<T>(_ slot: Int, generation: Int, extra: String) -> T? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[slot], entry.generation == generation, entry.extra == extra else { return nil }
        return entry.value as? T
    }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        entries = Array(repeating: nil, count: entries.count)
    }

    func set(_ slot: Int, generation: Int, extra: String, value: Any) {
        lock.lock()
        defer { lock.unlock() }
        entries[slot] = Entry(generation: generation, extra: extra, value: value)
    }
}
