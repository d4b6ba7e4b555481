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

    /// Everything before the entries; `updated` is the newest entry's.
    static func head(_ site: ResolvedSite, updated entries: [String]) -> String {
        let config = site.config
        let updated = entries.max() ?? site.buildDate.rfc3339
        return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escaping.xml(config.language))">
          <title>\(Escaping.xml(config.title))</title>
          <id>\(Escaping.xml(site.baseURL.absolute("")))</id>
          <updated>\(updated)</updated>
          <link rel="self" type="application/atom+xml" href="\(Escaping.xml(site.baseURL.absolute(SitePaths.feed)))"/>
          <link rel="alternate" type="text/html" href="\(Escaping.xml(site.baseURL.absolute("")))"/>
          <author><name>\(Escaping.xml(config.organization.name))</name></author>

        """
    }

    static let tail = "</feed>\n"

    /// The whole feed of the listed jobs.
    static func make(_ site: ResolvedSite, cards: [JobCard], listed: [Int]) -> String {
        let entries = order(site.jobs, cards: cards, listed: listed)
        let updatedTimes = entries.map { updated(site.jobs[$0].job, site: site) }
        return head(site, updated: updatedTimes)
            + zip(entries, updatedTimes).map { entry(site.jobs[$0], card: cards[$0], site: site, updated: $1) }.joined()
            + tail
    }
}
