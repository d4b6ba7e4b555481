/// Stage 6: the theme and the generated formats — every file of `Public/` — for a
/// one-shot build. A session renders the same pieces, keeping them between builds
/// (`Session/SessionRenderer.swift`).
public enum SiteRenderer {
    /// Job pages (most of the bytes) go to `sink` as soon as each is rendered and come
    /// back as `.written`; each job's HTML is let go once its page is made, so the
    /// site never sits in memory whole. Without a sink, pages are returned as text.
    /// Returns the files and the sink's errors.
    public static func render(_ content: consuming RenderedContent,
                              sink: (@Sendable (OutputFile) -> String?)? = nil) -> (files: [OutputFile], errors: [String]) {
        render(consume content, sink: sink, recorder: nil)
    }

    /// The same, noting every template context in `recorder` (see `ContextSpecimen`).
    /// A multilingual site is rendered language by language, each under its folder.
    static func render(_ content: consuming RenderedContent, sink: (@Sendable (OutputFile) -> String?)?,
                       recorder: ContextRecorder?) -> (files: [OutputFile], errors: [String]) {
        guard content.site.config.isMultilingual, let parts = LanguageEditions.split(content) else {
            return renderPart(consume content, sink: sink, recorder: recorder)
        }
        _ = consume content
        var files: [OutputFile] = [], errors: [String] = []
        for part in parts {
            let prefix = part.site.edition?.language.prefix ?? ""
            var partSink: (@Sendable (OutputFile) -> String?)?
            if let sink { partSink = { file in sink(file.prefixed(prefix)) } }
            let rendered = renderPart(part, sink: partSink, recorder: recorder)
            files += rendered.files.map { $0.prefixed(prefix) }
            errors += rendered.errors
        }
        return (files, errors)
    }

    /// One site, or one language's part of a multilingual one, with paths from its root.
    private static func renderPart(_ content: consuming RenderedContent, sink: (@Sendable (OutputFile) -> String?)?,
                                   recorder: ContextRecorder?) -> (files: [OutputFile], errors: [String]) {
        let site = content.site
        let cards = site.jobs.parallelMap { JobCard($0, site: site) }
        let listed = site.jobs.indices.filter { site.jobs[$0].isListed }
        var html = content.jobs
        content.jobs = []
        let pages = PageRenderer(copy content, siteContext: SiteContext.make(site, cards: cards, listed: listed), cards: cards, listed: listed,
                                 recorder: recorder)
        let cardContexts = cards.parallelMap { pages.cardContext($0) }

        // The job-board feeds need each posting's HTML: their entries are made with its page.
        let boards = JobBoardFeeds(site.config.feeds)
        let jobPages = html.parallelDrainMap { index, html -> (OutputFile, String?, JobBoardFeeds.Entries) in
            let entries = boards.entries(site.jobs[index], card: cards[index], html: html, site: site)
            let others = pages.otherRoles(of: index, department: cards[index].departmentSlug).map { cardContexts[$0] }
            let file = pages.jobPage(site.jobs[index], html: html, card: cards[index], cardContext: cardContexts[index], others: others)
            // Kept in memory without a sink (tests, the theme check): as text, as every other page.
            guard let sink else { return (file.textual(), nil, entries) }
            return (OutputFile(path: file.path, contents: .written), sink(file), entries)
        }
        let listings = Listing.all(site, cards: cards, listed: listed)
        let filters = Filters(cards: cards, listed: listed, site: site)
        // The listing pages, then the per-job parts of jobs.json and the feeds, each
        // spread over every core in turn. (Made side by side before, each ran on one core:
        // a parallel map nested in another runs serially, and the documents' half left a
        // core idle at the end of every build.)
        let listingPages = listings.parallelMap { listing -> (OutputFile, String?) in
            let file = pages.listingPage(listing, cards: cards, cardContexts: cardContexts,
                                         filters: filters.context(filters.page(listing), for: listing))
            guard let sink else { return (file.textual(), nil) }
            return (OutputFile(path: file.path, contents: .written), sink(file))
        }
        let jobsJSONEntries = listed.parallelMap { JobsJSON.entryUTF8(site.jobs[$0], card: cards[$0], site: site) }
        let entries = AtomFeed.entries(site, cards: cards, listed: listed)
        // The documents, side by side, each written as soon as it is made, like the pages:
        // held until the end of the stage, they were the highest point of a build's memory.
        let makers: [@Sendable () -> [OutputFile]] = [
            { [OutputFile(path: SitePaths.jobsJSON, contents: .utf8(JobsJSON.documentUTF8(site, entries: jobsJSONEntries)))] },
            {
                Subscriptions.documents(site, listings: listings, entries: entries,
                                        events: Subscriptions.events(site, cards: cards, entries: entries))
                    .map { OutputFile(path: $0.path, contents: .parts($0.parts)) }
            },
            { Sitemap.make(site, listed: listed, listingPaths: listings.map(\.path)) },
            { boards.files(site, listed: listed, entries: jobPages.map(\.2)) },
        ]
        let documents = makers.parallelMap { make -> [(OutputFile, String?)] in
            make().map { file in
                // Kept in memory without a sink (tests, the theme check): one text, as every other file.
                guard let sink else { return (file.joined().textual(), nil) }
                return (OutputFile(path: file.path, contents: .written), sink(file))
            }
        }.flatMap { $0 }
        let files = jobPages.map(\.0) + listingPages.map(\.0) + pages.fixedFiles(pageHTML: content.pageHTML) + documents.map(\.0)
        return (files, jobPages.compactMap(\.1) + listingPages.compactMap(\.1) + documents.compactMap(\.1))
    }
}
