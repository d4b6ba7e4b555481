/// `feed.xml`: an Atom feed (RFC 4287) of the open jobs, newest first. Entries carry a
/// summary and the link, not the whole posting: a feed of thousands of full postings
/// would be tens of megabytes that readers download on every poll.
enum AtomFeed {
    /// The listed jobs in feed order: newest first, then by id.
    static func order(_ jobs: [ResolvedJob], cards: [JobCard], listed: [Int]) -> [Int] {
        let posted = jobs.map(\.job.posted)
        return listed.sorted { a, b in
            posted[a] != posted[b] ? posted[a] > posted[b] : cards[a].id < cards[b].id
        }
    }

    /// When an entry changed: when its file was last committed (or was posted, outside
    /// git). Never the build date: an unchanged site gives an unchanged feed.
    static func updated(_ job: Job, site: ResolvedSite) -> String {
        site.lastCommit[job.file.relativePath].map(Timestamp.rfc3339) ?? job.posted.rfc3339
    }

    static func entry(_ resolved: ResolvedJob, card: JobCard, site: ResolvedSite, updated: String) -> String {
        let url = site.baseURL.absolute(SitePaths.job(resolved.job.slug))
        let summary = [card.department, card.locationsText, card.salaryText ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
        return """
          <entry>
            <title>\(Escaping.xml(card.title))</title>
            <id>\(Escaping.xml(url))</id>
            <link rel="alternate" type="text/html" href="\(Escaping.xml(url))"/>
            <published>\(resolved.job.posted.rfc3339)</published>
            <updated>\(updated)</updated>
            <category term="\(Escaping.xml(card.department))"/>
            <summary>\(Escaping.xml(summary))</summary>
          </entry>

        """
    }

    /// What a feed is about: the whole site (`feed.xml`) or one listing page
    /// (`departments/x/feed.xml`, with `feeds: listings`).
    struct Channel {
        var title: String
        /// The page the feed follows (its `<id>` and `alternate` link), a site path.
        var page: String
        /// The feed's own site path.
        var path: String

        static func site(_ site: ResolvedSite) -> Channel {
            Channel(title: site.config.title, page: SitePaths.index, path: SitePaths.feed)
        }

        static func listing(_ listing: Listing, site: ResolvedSite) -> Channel {
            Channel(title: "\(listing.title) — \(site.config.title)", page: listing.path, path: SitePaths.feed(ofListing: listing.path))
        }
    }

    /// Everything before the entries; `updated` is the newest entry's.
    static func head(_ site: ResolvedSite, channel: Channel, updated entries: [String]) -> String {
        let config = site.config
        let updated = entries.max() ?? site.buildDate.rfc3339
        let page = Escaping.xml(site.baseURL.absolute(channel.page))
        return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escaping.xml(config.language))">
          <title>\(Escaping.xml(channel.title))</title>
          <id>\(page)</id>
          <updated>\(updated)</updated>
          <link rel="self" type="application/atom+xml" href="\(Escaping.xml(site.baseURL.absolute(channel.path)))"/>
          <link rel="alternate" type="text/html" href="\(page)"/>
          <author><name>\(Escaping.xml(config.organization.name))</name></author>

        """
    }

    static let tail = "</feed>\n"

    /// The entries of the site's feed, made once and shared by every feed that shows them.
    struct Entries {
        /// Job indexes, newest first.
        var order: [Int]
        var updated: [String]
        var text: [String]
        /// Job index → position in `order`.
        var position: [Int: Int]

        init(order: [Int], updated: [String], text: [String]) {
            self.order = order
            self.updated = updated
            self.text = text
            position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        }

        /// The parts of `channel`'s feed showing `jobs` (each once; nil: all), in the
        /// site feed's order: joined, they are the feed.
        func parts(_ site: ResolvedSite, channel: Channel, jobs: [Int]?) -> [String] {
            guard let jobs else { return [AtomFeed.head(site, channel: channel, updated: updated)] + text + [AtomFeed.tail] }
            let positions = Set(jobs).compactMap { position[$0] }.sorted()
            return [AtomFeed.head(site, channel: channel, updated: positions.map { updated[$0] })] + positions.map { text[$0] } + [AtomFeed.tail]
        }
    }

    static func entries(_ site: ResolvedSite, cards: [JobCard], listed: [Int]) -> Entries {
        let order = order(site.jobs, cards: cards, listed: listed)
        let updatedTimes = order.map { updated(site.jobs[$0].job, site: site) }
        return Entries(order: order, updated: updatedTimes, text: Array(order.indices).parallelMap { position in
            entry(site.jobs[order[position]], card: cards[order[position]], site: site, updated: updatedTimes[position])
        })
    }
}
