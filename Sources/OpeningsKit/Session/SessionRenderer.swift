/// Stage 6 for a session: the same pieces as `SiteRenderer`, each kept between
/// builds while what it was made from is unchanged, so an edit to one posting's body
/// renders that posting's page and nothing else.
struct SessionRenderer {
    let session: SessionCache
    /// The folder of the language being rendered (`de/`), which the kept pieces are filed under.
    var prefix = ""

    /// A multilingual site language by language, as `SiteRenderer` does.
    func render(_ content: RenderedContent) -> [OutputFile] {
        guard let parts = LanguageEditions.split(content) else { return renderPart(content) }
        return parts.flatMap { part in
            let prefix = part.site.edition?.language.prefix ?? ""
            return SessionRenderer(session: session, prefix: prefix).renderPart(part).map { $0.prefixed(prefix) }
        }
    }

    /// Where a page's other languages are, for the keys of kept pages ("" on a one-language site).
    private func alternates(_ site: ResolvedSite, _ path: @autoclosure () -> String) -> String {
        site.edition.map { $0.alternates.signature(of: path(), in: $0.number) } ?? ""
    }

    private func renderPart(_ content: RenderedContent) -> [OutputFile] {
        let site = content.site, session = self.session, memos = session.memoTable, prefix = self.prefix
        let columns = session.columns, generation = memos.generation
        let jobs = site.jobs.map(\.job)
        let cards = columns.values("cards" + prefix, generation: generation, jobs: jobs, parallel: true) { index in
            memos.value(.jobCard, for: jobs[index]) { JobCard(site.jobs[index], site: site) }
        }
        let listed = site.jobs.indices.filter { site.jobs[$0].isListed }
        // Sorted again only when a listed job's department or date changed, not on every edit.
        let departmentJobs = session.reuse("departments" + prefix, key: ListedOrderKey(listed, cards.map(\.posted), cards.map(\.departmentSlug))) {
            PageRenderer.departmentJobs(cards: cards, listed: listed)
        }
        let pages = PageRenderer(content, siteContext: SiteContext.make(site, cards: cards, listed: listed), cards: cards, listed: listed,
                                 departmentJobs: departmentJobs)
        // A kept card or page counts only if the site context it saw is unchanged (a new
        // department or a changed count reaches every page's navigation).
        var hasher = ContentHasher()
        hasher.add(ContextDescription.of(pages.siteContext.value))
        let siteKey = hasher.hex
        let cardEntries = columns.values("card entries" + prefix, generation: generation, shared: siteKey, jobs: jobs, parallel: true) { index in
            memos.value(.card, for: jobs[index], extra: siteKey) {
                session.card(jobs[index].file.relativePath, context: pages.cardContext(cards[index]))
            }
        }
        let cardContexts = cardEntries.map(\.context)

        let html = content.jobs
        let boards = JobBoardFeeds(site.config.feeds)
        let boardEntries = boards.isOn ? columns.values("board entries" + prefix, generation: generation, jobs: jobs, parallel: true) { index in
            memos.value(.jobBoards, for: jobs[index]) { boards.entries(site.jobs[index], card: cards[index], html: html[index], site: site) }
        } : []
        // What a page is made from besides its job and the site context (`siteKey`, the
        // same for every page): its file's last commit, the other roles it offers and its
        // other languages. A card's version is unique to it across the session
        // (`CardEntry`), so versions alone name the other roles and their content.
        // Made and compared for every posting on every edit, so kept to a few values.
        let pageKeys = Array(site.jobs.indices).parallelMap { index -> PageKey in
            let others = pages.otherRoles(of: index, department: cards[index].departmentSlug)
            return PageKey(commit: Self.commit(of: jobs[index], in: site), others: others.map { cardEntries[$0].version },
                           alternates: alternates(site, SitePaths.job(jobs[index].slug)))
        }
        let jobPages = columns.values("pages" + prefix, generation: generation, shared: siteKey, jobs: jobs, extras: pageKeys,
                                      parallel: true) { index in
            memos.value(.page, for: jobs[index], extra: siteKey + "|" + pageKeys[index].description) {
                // Kept compressed: a preview keeps every job page (most of the site's bytes) between builds.
                let others = pages.otherRoles(of: index, department: cards[index].departmentSlug)
                return pages.jobPage(site.jobs[index], html: html[index], card: cards[index], cardContext: cardContexts[index],
                                     others: others.map { cardContexts[$0] }).deflated()
            }
        }
        // Grouping depends on which cards are listed where: card versions say whether any
        // changed, and the positions keep the groups' job indexes valid.
        let groupingKey = listed.flatMap { [UInt64($0), cardEntries[$0].version] }
        let (filters, listings) = session.reuse("listings" + prefix, key: groupingKey) {
            (Filters(cards: cards, listed: listed, site: site), Listing.all(site, cards: cards, listed: listed))
        }
        let (listingPages, documents) = concurrently({
            listings.parallelMap { listing in
                // Unchanged when its cards, filter lists and page are: an edit to a
                // posting's body leaves every listing as it was. The lists count the
                // page's own jobs, so they are made for every page (linear in its jobs)
                // and their words are part of the key.
                let shown = filters.page(listing)
                var hasher = ContentHasher()
                hasher.add(siteKey)
                hasher.add(filters.key(shown))
                hasher.add("\(listing.kind) \(listing.title) \(listing.value ?? "")")
                hasher.add(alternates(site, listing.path))
                for index in listing.jobs { hasher.add(words: [cardEntries[index].version]) }
                return session.listingPage(prefix + SitePaths.file(ofPage: listing.path), key: hasher.hex) {
                    let page = pages.listingPage(listing, cards: cards, cardContexts: cardContexts,
                                                 filters: filters.context(shown, for: listing))
                    // Kept compressed like job pages, but for the home page, which a preview
                    // opens most and reloads after every edit.
                    return listing.isIndex ? page.textual() : page.deflated()
                }
            }
        }, {
            [jobsJSON(site, cards: cards, listed: listed, memos: memos)]
                + subscriptions(site, cards: cards, listed: listed, listings: listings, memos: memos)
                + sitemap(site, listed: listed, listingPaths: listings.map(\.path), memos: memos)
                + boards.files(site, listed: listed, entries: boardEntries) { session.document(prefix + $0, parts: $1, compute: $2) }
        })
        return jobPages + listingPages + pages.fixedFiles(pageHTML: content.pageHTML) + documents
    }

    private func jobsJSON(_ site: ResolvedSite, cards: [JobCard], listed: [Int], memos: MemoTable) -> OutputFile {
        let fragments = session.columns.values("jobs.json" + prefix, generation: memos.generation, jobs: listed.map { site.jobs[$0].job }) {
            let index = listed[$0]
            return memos.value(.json, for: site.jobs[index].job) { JobsJSON.entry(site.jobs[index], card: cards[index], site: site) }
        }
        return OutputFile(path: SitePaths.jobsJSON, contents: .parts(JobsJSON.parts(site, entries: fragments)))
    }

    /// The feeds and calendars, each entry and event kept per job (see `Subscriptions`).
    private func subscriptions(_ site: ResolvedSite, cards: [JobCard], listed: [Int], listings: [Listing],
                               memos: MemoTable) -> [OutputFile] {
        // Newest first, by the jobs' dates and cards' ids: sorted again only when one of those changed.
        let orderKey = ListedOrderKey(listed, site.jobs.map(\.job.posted), cards.map(\.id))
        let order = session.reuse("feed order" + prefix, key: orderKey) { AtomFeed.order(site.jobs, cards: cards, listed: listed) }
        // An entry's time comes from its file's last commit (or its posting date, part of
        // the job): kept with the entry under the commit.
        let orderJobs = order.map { site.jobs[$0].job }
        let kept = session.columns.values("feed" + prefix, generation: memos.generation, jobs: orderJobs,
                                          extras: orderJobs.map { Self.commit(of: $0, in: site) }) { position in
            let index = order[position], job = orderJobs[position]
            return memos.value(.feed, for: job, extra: Self.commit(of: job, in: site)) {
                let updated = AtomFeed.updated(job, site: site)
                return FeedEntry(updated: updated, entry: AtomFeed.entry(site.jobs[index], card: cards[index], site: site, updated: updated))
            }
        }
        let updatedTimes = kept.map(\.updated), text = kept.map(\.entry)
        let entries = AtomFeed.Entries(order: order, updated: updatedTimes, text: text)
        var events: [Int: String] = [:]
        if site.config.feeds.calendar {
            let made = session.columns.values("calendar" + prefix, generation: memos.generation, jobs: orderJobs, extras: updatedTimes) { position in
                let index = order[position], updated = updatedTimes[position]
                return memos.value(.calendarEvent, for: orderJobs[position], extra: updated) {
                    DeadlineCalendar.event(site.jobs[index], card: cards[index], site: site, updated: updated)
                }
            }
            for (index, event) in zip(order, made) { events[index] = event }
        }
        return Subscriptions.documents(site, listings: listings, entries: entries, events: events).map { document in
            OutputFile(path: document.path, contents: .parts(document.parts))
        }
    }

    /// The time of `job`'s file's last commit as a key ("-" outside git): what its
    /// page's, feed entry's and sitemap line's dates are made from, with the job's own
    /// posting date. Cheaper to compare than the dates themselves are to make.
    private static func commit(of job: Job, in site: ResolvedSite) -> String {
        site.lastCommit[job.file.relativePath].map { String($0) } ?? "-"
    }

    private func sitemap(_ site: ResolvedSite, listed: [Int], listingPaths: [String], memos: MemoTable) -> [OutputFile] {
        let listedJobs = listed.map { site.jobs[$0].job }
        let jobLines = session.columns.values("sitemap" + prefix, generation: memos.generation, jobs: listedJobs,
                                              extras: listedJobs.map { Self.commit(of: $0, in: site) }) { position in
            memos.value(.sitemap, for: listedJobs[position], extra: Self.commit(of: listedJobs[position], in: site)) {
                Sitemap.line(site.jobs[listed[position]], site: site)
            }
        }
        let urls = Sitemap.lines(site, listingPaths: listingPaths, jobLines: jobLines)
        guard urls.count <= Sitemap.maximumURLs else { return Sitemap.files(urls, base: site.baseURL) }
        return [OutputFile(path: SitePaths.sitemap, contents: .parts(Sitemap.urlsetParts(urls)))]
    }
}

/// A feed entry kept per job, with the time it shows.
private struct FeedEntry: Sendable {
    var updated: String
    var entry: String
}

/// What an order of the listed jobs is made from: which are listed, and each one's
/// date and name. Compared whole on every edit, which costs less than sorting again;
/// the strings of unchanged jobs are the same objects, so they compare at once.
private struct ListedOrderKey: Equatable {
    var listed: [Int]
    var posted: [CalendarDate]
    var names: [String]

    init(_ listed: [Int], _ posted: [CalendarDate], _ names: [String]) {
        self.listed = listed
        self.posted = listed.map { posted[$0] }
        self.names = listed.map { names[$0] }
    }
}

/// What a job page is made from besides its job and what every page shares.
private struct PageKey: Equatable, Sendable, CustomStringConvertible {
    var commit: String
    var others: [UInt64]
    var alternates: String

    var description: String { commit + "|" + others.map(String.init).joined(separator: ",") + "|" + alternates }
}
