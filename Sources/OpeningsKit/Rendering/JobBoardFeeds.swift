/// The job-board feeds a site turned on in site.yml (`feeds: { indeed: true, linkedin:
/// true }`): `indeed.xml` (`IndeedFeed`) and `linkedin.xml` (`LinkedInFeed`). Off, they
/// cost nothing and nothing is written.
///
/// Their entries carry each posting's whole HTML, which the render stage holds only
/// while the posting's page is made: `SiteRenderer` calls `entries` there and `files`
/// once every page is done; `SessionRenderer` keeps each job's entries in its memo.
struct JobBoardFeeds: Sendable {
    /// One job's `<job>` elements for each feed that is on (none for an unlisted job), as
    /// pieces whose `<description>` is one string shared by both feeds and every place:
    /// the posting's HTML is held once, not once per feed and place.
    struct Entries: Sendable, Equatable {
        var indeed: [String] = []
        var linkedIn: [String] = []
        /// The number of `<job>` elements in each feed: one per place.
        var places = 0
    }

    let indeed: Bool
    let linkedIn: Bool

    init(_ feeds: SiteConfig.Feeds) {
        indeed = feeds.indeed
        linkedIn = feeds.linkedIn
    }

    var isOn: Bool { indeed || linkedIn }

    /// The paths the feeds that are on write, for `SitePaths.targets`.
    static func paths(_ feeds: SiteConfig.Feeds) -> [String] {
        (feeds.indeed ? [SitePaths.indeed] : []) + (feeds.linkedIn ? [SitePaths.linkedIn] : [])
    }

    /// The entries of one job, made from its rendered HTML: the feeds have exactly the
    /// jobs jobs.json has (the listed ones).
    func entries(_ resolved: ResolvedJob, card: JobCard, html: RenderedJob, site: ResolvedSite) -> Entries {
        guard isOn, resolved.isListed else { return Entries() }
        let description = FeedXML.element("description", html.descriptionHTML(site.strings))
        let places = FeedPlace.places(of: resolved.job)
        var entries = Entries(places: places.count)
        if indeed { entries.indeed = IndeedFeed.entries(resolved, card: card, description: description, places: places, site: site) }
        if linkedIn { entries.linkedIn = LinkedInFeed.entries(resolved, description: description, places: places, site: site) }
        return entries
    }

    /// The feed files, from every job's entries (aligned with `site.jobs`), in the order
    /// of `listed`, which is jobs.json's. `reuse` (a session's `SessionCache.document`)
    /// gives back the previous document when every part it is made from is unchanged.
    func files(_ site: ResolvedSite, listed: [Int], entries: [Entries],
               reuse: ((_ path: String, _ parts: [String], _ make: () -> String) -> String)? = nil) -> [OutputFile] {
        guard isOn else { return [] }
        let lastBuildDate = FeedXML.lastBuildDate(site, listed: listed)
        let count = listed.reduce(0) { $0 + entries[$1].places }
        // Everything a document reads besides its pieces.
        let head = [lastBuildDate, site.config.organization.name, site.config.organization.url ?? "", site.baseURL.absolute(""),
                    String(count)]
        func file(_ path: String, _ pieces: [[String]], _ make: () -> String) -> OutputFile {
            OutputFile(path: path, contents: .text(reuse?(path, head + pieces.flatMap { $0 }, make) ?? make()))
        }
        var files: [OutputFile] = []
        if indeed {
            let pieces = listed.map { entries[$0].indeed }
            files.append(file(SitePaths.indeed, pieces) { IndeedFeed.document(site, lastBuildDate: lastBuildDate, entries: pieces) })
        }
        if linkedIn {
            let pieces = listed.map { entries[$0].linkedIn }
            files.append(file(SitePaths.linkedIn, pieces) {
                LinkedInFeed.document(site, lastBuildDate: lastBuildDate, entries: pieces, count: count)
            })
        }
        return files
    }
}
