/// Where everything lands in the output. The renderer names its files and links with
/// these functions, and `targets(_:draftsPublished:)` lists every path a build of the
/// site writes from the same ones, for `LinkChecker`: the two cannot disagree.
///
/// Site paths have no leading slash; a page is its folder (`jobs/x/`, written to
/// `jobs/x/index.html`), the index is `""`.
enum SitePaths {
    static let index = ""
    static func job(_ slug: String) -> String { "jobs/\(slug)/" }
    static func department(_ slug: String) -> String { "departments/\(slug)/" }
    static func workplace(_ workplace: Workplace) -> String { "workplaces/\(workplace.rawValue)/" }
    static func location(_ slug: String) -> String { "locations/\(slug)/" }
    /// The remote jobs one can take from a country (`RemoteFrom.values`: `us`).
    static func remoteFrom(_ value: String) -> String { "remote-from/\(value)/" }
    /// A free page, `Content/pages/<slug>.md`.
    static func page(_ slug: String) -> String { "\(slug)/" }
    static func asset(_ path: String) -> String { "assets/" + path }
    /// The file of a page: `jobs/x/` → `jobs/x/index.html`.
    static func file(ofPage path: String) -> String { path + "index.html" }
    static let notFound = "404.html"
    static let robots = "robots.txt"
    static let jobsJSON = "jobs.json"
    static let feed = "feed.xml"
    /// `feeds: indeed`: Indeed's XML job feed.
    static let indeed = "indeed.xml"
    /// `feeds: linkedin`: LinkedIn's XML job feed.
    static let linkedIn = "linkedin.xml"
    /// `feeds: calendar`: the application deadlines of the whole site.
    static let calendar = "deadlines.ics"
    /// `feeds: listings`: the Atom feed beside a listing page (`departments/x/feed.xml`).
    static func feed(ofListing path: String) -> String { path + feed }
    /// `feeds: calendar`: a department's deadlines, beside its page.
    static func calendar(ofListing path: String) -> String { path + calendar }
    /// `indexnow_key`: the key file IndexNow fetches to confirm the site is ours.
    static func indexNowKey(_ key: String) -> String { key + ".txt" }
    /// The sitemap, or the index of its parts when there are too many URLs for one file.
    static let sitemap = "sitemap.xml"

    /// The templates whose HTML makes up each kind of page (see `PageRenderer`): the
    /// `id`s a `#fragment` may name are theirs.
    static let jobTemplates = ["job", "job-interview"]
    static let indexTemplates = ["index", "job-card"]
    static let listingTemplates = ["listing", "job-card"]
    static let pageTemplates = ["page"]
    static let notFoundTemplates = ["404"]

    /// Every path a build of `content` writes, with the ids of each page. With
    /// `draftsPublished` off, a draft's page is marked: a build without `--drafts` leaves it out.
    static func targets(_ content: RenderedContent, draftsPublished: Bool) -> LinkTargets {
        // A multilingual site: every language's paths under its folder, from its own part.
        if let parts = LanguageEditions.split(content) {
            var targets = LinkTargets()
            for part in parts {
                let prefix = part.site.edition?.language.prefix ?? ""
                targets.add(partTargets(part, draftsPublished: draftsPublished), under: prefix)
            }
            return targets
        }
        return partTargets(content, draftsPublished: draftsPublished)
    }

    /// The paths of one site, or of one language's part (without the root's own files).
    private static func partTargets(_ content: RenderedContent, draftsPublished: Bool) -> LinkTargets {
        let site = content.site, theme = site.theme
        var targets = LinkTargets()
        let jobIDs = theme.anchorIDs(of: jobTemplates)
        for (index, resolved) in site.jobs.enumerated() {
            var ids = jobIDs
            let own = content.jobs.indices.contains(index) ? content.jobs[index].links.ids : AnchorIDs()
            if !own.isEmpty { ids.formUnion(own) }
            if let name = resolved.interview?.name, let interview = content.interviewLinks[name], !interview.ids.isEmpty {
                ids.formUnion(interview.ids)
            }
            targets.add(job(resolved.job.slug), ids: ids, isDraft: resolved.job.draft && !draftsPublished)
        }
        let listings = Listing.all(site)
        let listingPaths = listings.map(\.path)
        let listingIDs = theme.anchorIDs(of: listingTemplates)
        for path in listingPaths {
            targets.add(path, ids: path == SitePaths.index ? theme.anchorIDs(of: indexTemplates) : listingIDs)
        }
        let pageIDs = theme.anchorIDs(of: pageTemplates)
        for (number, page) in site.pages.enumerated() {
            let own = content.pageLinks.indices.contains(number) ? content.pageLinks[number].ids : AnchorIDs()
            targets.add(self.page(page.slug), ids: own.isEmpty ? pageIDs : pageIDs.union(own))
        }
        targets.add(notFound, ids: theme.anchorIDs(of: notFoundTemplates))
        for file in [robots, jobsJSON, feed] { targets.add(file) }
        let feeds = site.config.feeds
        if let key = site.config.indexNowKey { targets.add(indexNowKey(key)) }
        if feeds.calendar { targets.add(calendar) }
        for listing in listings where !listing.isIndex {
            if feeds.listings { targets.add(feed(ofListing: listing.path)) }
            if feeds.calendar, listing.kind == "department" { targets.add(calendar(ofListing: listing.path)) }
        }
        for file in JobBoardFeeds.paths(site.config.feeds) { targets.add(file) }
        let listed = site.jobs.reduce(0) { $0 + ($1.isListed ? 1 : 0) }
        for file in Sitemap.paths(urlCount: Sitemap.urlCount(site, listingPaths: listingPaths, listed: listed)) {
            targets.add(file)
        }
        for path in theme.assets.keys { targets.add(asset(path)) }
        if site.edition.map({ !$0.language.isMain }) ?? false {
            targets.removeAll { LanguageEditions.isRootOnly($0, config: site.config) }
        }
        return targets
    }
}
