/// `feed.xml`: an Atom feed (RFC 4287) of the open jobs, newest first. Entries carry a
/// summary and the link, not the whole posting: a feed of thousands of full postings
/// would be tens of megabytes that readers download on every poll.
enum AtomFeed {
    static func make(_ content: RenderedContent, cards: [JobCard], listed: [Int], cache: BuildCache? = nil) -> String {
        let site = content.site, config = site.site.config
        let posted = content.jobs.map(\.resolved.job.posted)
        let entries = listed.sorted { a, b in
            posted[a] != posted[b] ? posted[a] > posted[b] : cards[a].id < cards[b].id
        }
        // Each entry changed when its file was last committed (or was posted, outside git);
        // the feed when its newest entry did. Never the build date: an unchanged site
        // gives an unchanged feed.
        func entryUpdated(_ index: Int) -> String {
            let job = content.jobs[index].resolved.job
            guard let cache else { return updated(job) }
            let commit = site.site.lastCommit[job.file.relativePath].map(String.init) ?? "-"
            return cache.value(.feedUpdated, for: job, extra: commit) { updated(job) }
        }
        func updated(_ job: Job) -> String {
            site.site.lastCommit[job.file.relativePath].map(Timestamp.rfc3339) ?? job.posted.rfc3339
        }
        func entry(_ index: Int, updated: String) -> String {
            let job = content.jobs[index], card = cards[index]
            let url = site.baseURL.absolute("jobs/\(job.resolved.job.slug)/")
            let summary = [card.department, card.locationsText, card.salaryText ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
            return """
              <entry>
                <title>\(Escaping.xml(card.title))</title>
                <id>\(Escaping.xml(url))</id>
                <link rel="alternate" type="text/html" href="\(Escaping.xml(url))"/>
                <published>\(job.resolved.job.posted.rfc3339)</published>
                <updated>\(updated)</updated>
                <category term="\(Escaping.xml(card.department))"/>
                <summary>\(Escaping.xml(summary))</summary>
              </entry>

            """
        }
        let updatedTimes = entries.map(entryUpdated)
        let updated = updatedTimes.max() ?? site.buildDate.rfc3339
        let head = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escaping.xml(config.language))">
          <title>\(Escaping.xml(config.title))</title>
          <id>\(Escaping.xml(site.baseURL.absolute("")))</id>
          <updated>\(updated)</updated>
          <link rel="self" type="application/atom+xml" href="\(Escaping.xml(site.baseURL.absolute("feed.xml")))"/>
          <link rel="alternate" type="text/html" href="\(Escaping.xml(site.baseURL.absolute("")))"/>
          <author><name>\(Escaping.xml(config.organization.name))</name></author>

        """
        let parts = [head] + zip(entries, updatedTimes).map { index, updated in
            return cache?.value(.feed, for: content.jobs[index].resolved.job, extra: updated) { entry(index, updated: updated) }
                ?? entry(index, updated: updated)
        }
        func document() -> String { parts.joined() + "</feed>\n" }
        return cache?.document("feed.xml", parts: parts, compute: document) ?? document()
    }
}
