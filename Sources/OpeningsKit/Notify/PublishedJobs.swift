import Foundation

/// The job pages one deploy published, read from its `jobs.json` (docs/output.md):
/// each job's absolute URL and its entry. `openings notify` compares two of these to
/// tell search engines what changed, so the reading is strict about the one thing it
/// needs (every job has a `url`) and indifferent to the rest of the shape.
public struct PublishedJobs: Sendable, Equatable {
    /// Job URL → the job's entry, serialised with sorted keys: two entries are equal
    /// exactly when every field of the job is, whatever order the keys were written in.
    public var entries: [String: String]
    /// `site.url`, the address the site was built for (the `--base-url` of that build
    /// when one was given); nil when the document has none.
    public var siteURL: String?

    public init(entries: [String: String], siteURL: String? = nil) {
        self.entries = entries
        self.siteURL = siteURL
    }

    /// Reads a jobs.json. `source` names it in errors (a path, an address, `HEAD~1`).
    /// A job listed twice under one URL keeps its first entry: the URL is notified once.
    public init(json data: Data, source: String) throws {
        let document: Any
        do {
            document = try JSONSerialization.jsonObject(with: data)
        } catch {
            let start = String(decoding: data.prefix(40), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let looksLikeHTML = start.hasPrefix("<")
            throw Failure("\(source) is not JSON" + (looksLikeHTML ? " (it starts with `<`: a web page, not the site's jobs.json)"
                : "; give the jobs.json `openings build` writes"))
        }
        guard let object = document as? [String: Any], let jobs = object["jobs"] as? [Any] else {
            throw Failure("\(source) has no `jobs` list: it is not a jobs.json written by `openings build`")
        }
        var entries: [String: String] = [:]
        for (index, item) in jobs.enumerated() {
            guard let job = item as? [String: Any], let url = job["url"] as? String, !url.isEmpty else {
                throw Failure("\(source): job \(index + 1) of \(jobs.count) has no `url`; is the file complete?")
            }
            guard entries[url] == nil else { continue }
            let canonical = (try? JSONSerialization.data(withJSONObject: job, options: [.sortedKeys])) ?? Data()
            entries[url] = String(decoding: canonical, as: UTF8.self)
        }
        self.entries = entries
        siteURL = (object["site"] as? [String: Any])?["url"] as? String
    }

    /// These jobs and `other`'s (a multilingual site's other languages): a URL in both keeps the first.
    public func merging(_ other: PublishedJobs) -> PublishedJobs {
        PublishedJobs(entries: entries.merging(other.entries) { first, _ in first }, siteURL: siteURL)
    }

    /// The jobs.json at `path` (a folder is taken as an output folder holding one) and,
    /// beside it, each of `languageFolders`' (`de/jobs.json`) that exists: a deploy
    /// before a language was added has none.
    public init(contentsOf path: String, languageFolders: [String]) throws {
        var jobs = try PublishedJobs(contentsOf: path)
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        let folder = isFolder.boolValue ? (path.hasSuffix("/") ? path : path + "/")
            : (path.contains("/") ? String(path[...path.lastIndex(of: "/")!]) : "")
        for language in languageFolders where FileManager.default.fileExists(atPath: folder + language + "jobs.json") {
            jobs = jobs.merging(try PublishedJobs(contentsOf: folder + language + "jobs.json"))
        }
        self = jobs
    }

    /// Reads the jobs.json at `path`; a folder is taken as an output folder holding one.
    public init(contentsOf path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw Failure("\(path) does not exist")
        }
        let file = isFolder.boolValue ? (path.hasSuffix("/") ? path : path + "/") + "jobs.json" : path
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Failure(isFolder.boolValue ? "\(path) holds no jobs.json; give a build's output folder or its jobs.json"
                                              : "cannot read \(file)")
        }
        try self.init(json: data, source: file)
    }
}
