/// What a deploy changed among the job pages: the URLs added, changed and removed
/// between two `PublishedJobs`, each URL once, sorted by URL.
public struct JobChanges: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case added, changed, removed
    }

    public struct Change: Sendable, Equatable {
        public var url: String
        public var kind: Kind
        public init(url: String, kind: Kind) {
            self.url = url
            self.kind = kind
        }
    }

    /// Every changed URL, sorted by URL.
    public var all: [Change]

    public init(from previous: PublishedJobs, to current: PublishedJobs) {
        var all: [Change] = []
        for (url, entry) in current.entries {
            if let before = previous.entries[url] {
                // Any field the page shows (title, pay, places, closing date, the
                // interview process) changes the page, so search engines should fetch it again.
                if before != entry { all.append(Change(url: url, kind: .changed)) }
            } else {
                all.append(Change(url: url, kind: .added))
            }
        }
        // A job that closed, was made a draft or was deleted is no longer in jobs.json,
        // and its page is gone from the next deploy.
        for url in previous.entries.keys where current.entries[url] == nil {
            all.append(Change(url: url, kind: .removed))
        }
        self.all = all.sorted { $0.url < $1.url }
    }

    public var isEmpty: Bool { all.isEmpty }

    public func count(_ kind: Kind) -> Int { all.count { $0.kind == kind } }

    /// The changes in the order a limited budget should spend on them: removals first
    /// (a closed job still shown in search is what job-posting guidelines warn about),
    /// then new jobs, then changed ones; by URL within each.
    public var byPriority: [Change] {
        let rank: [Kind: Int] = [.removed: 0, .added: 1, .changed: 2]
        return all.enumerated().sorted { a, b in
            rank[a.element.kind]! != rank[b.element.kind]! ? rank[a.element.kind]! < rank[b.element.kind]! : a.offset < b.offset
        }.map(\.element)
    }
}
