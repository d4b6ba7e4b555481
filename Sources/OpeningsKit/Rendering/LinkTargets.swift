/// Every address a build writes, as a link names it, and the `id`s each page has:
/// what `LinkChecker` looks links up in. Made by `SitePaths.targets`.
struct LinkTargets: Sendable {
    struct Target: Sendable {
        /// The ids a `#fragment` may name; nil for a file that is not a page
        /// (a feed, an asset), whose fragments are not checked.
        var ids: AnchorIDs?
        /// A draft posting's page, which a build without `--drafts` does not write.
        var isDraft = false
    }

    /// By site path: a page as its folder (`jobs/x/`, `""` for the index), a file as itself.
    private(set) var targets: [String: Target] = [:]

    mutating func add(_ path: String, ids: AnchorIDs? = nil, isDraft: Bool = false) {
        targets[path] = Target(ids: ids, isDraft: isDraft)
    }

    /// Every target of `other`, under the folder `prefix` (`de/`).
    mutating func add(_ other: LinkTargets, under prefix: String) {
        for (path, target) in other.targets { targets[prefix + path] = target }
    }

    mutating func removeAll(where shouldRemove: (String) -> Bool) {
        for path in targets.keys where shouldRemove(path) { targets[path] = nil }
    }

    /// The target a site path (decoded, no leading slash) names, and its canonical
    /// path: `x/`, `x/index.html` and `x` are the same page.
    func lookup(_ path: String) -> (path: String, target: Target)? {
        if path.isEmpty || path.hasSuffix("/") { return targets[path].map { (path, $0) } }
        if path == "index.html" || path.hasSuffix("/index.html") {
            let folder = String(path.dropLast("index.html".count))
            if let target = targets[folder] { return (folder, target) }
        }
        if let target = targets[path] { return (path, target) }
        return targets[path + "/"].map { (path + "/", $0) }
    }

    var paths: Dictionary<String, Target>.Keys { targets.keys }
}
