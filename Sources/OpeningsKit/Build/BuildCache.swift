import Foundation

/// What the per-job stages produced in the previous build of a long-running
/// session (`openings serve`), reused while a job's file and everything the site
/// shares stay the same.
///
/// Every entry is keyed by the job file's path and remembers the file's text it was
/// made from (plus anything else it read, such as the site context a page was
/// rendered with); a different text is a miss. When something shared changes —
/// site.yml, bands, interview processes, pages, the theme, the options — the whole
/// cache is dropped, so a stale result can never survive an edit it depends on.
public final class BuildCache: @unchecked Sendable {
    enum Table: Int, CaseIterable {
        case source, parsed, resolved, compliance, markdown, jobCard, card, page, json, feed
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
                for table in Table.allCases where table != .source && table != .parsed { tables[table.rawValue] = [:] }
                sharedKey = key
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
        lock.withLock {
            tables[table.rawValue][path] = Entry(source: source, extra: extra, value: value)
            misses[table.rawValue] += 1
        }
        return value
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
                tables[index] = tables[index].filter { paths.contains($0.key) }
            }
        }
    }

    /// How many entries of `table` were computed since `resetCounts()`.
    func computed(_ table: Table) -> Int { lock.withLock { misses[table.rawValue] } }
}
