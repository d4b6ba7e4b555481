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
        let cards = site.jobs.parallelMap { resolved in
            memos.value(.jobCard, for: resolved.job) { JobCard(resolved, site: site) }
        }
        let listed = site.jobs.indices.filter { site.jobs[$0].isListed }
        let pages = PageRenderer(content, siteContext: SiteContext.make(site, cards: cards, listed: listed), cards: cards, listed: listed)
        // A kept card or page counts only if the site context it saw is unchanged (a new
        // department or a changed count reaches every page's navigation).
        var hasher = ContentHasher()
        hasher.add(ContextDescription.of(pages.siteContext.value))
        let siteKey = hasher.hex
        let cardEntries = Array(site.jobs.indices).parallelMap { index in
            let job = site.jobs[index].job
            return memos.value(.card, for: job, extra: siteKey) {
                session.card(job.file.relativePath, context: pages.cardContext(cards[index]))
            }
        }
        let cardContexts = cardEntries.map(\.context)

        let html = content.jobs
        let boards = JobBoardFeeds(site.config.feeds)
        let boardEntries = boards.isOn ? Array(site.jobs.indices).parallelMap { index in
            memos.value(.jobBoards, for: site.jobs[index].job) { boards.entries(site.jobs[index], card: cards[index], html: html[index], site: site) }
        } : []
        let jobPages = Array(site.jobs.indices).parallelMap { index -> OutputFile in
            let resolved = site.jobs[index]
            let changed = Self.commit(of: resolved.job, in: site)
            // The other roles it offers are part of the page: kept while they and their cards are.
            // By the department alone: copying the card for it showed in every edit's profile.
            let others = pages.otherRoles(of: index, department: cards[index].departmentSlug)
            // A card's version is unique to it across the session (`CardEntry`), so the
            // versions alone name the other roles and their content: the key stays short
            // (made and compared for every posting on every edit).
            var key = siteKey
            key += "|"
            key += changed
            for other in others {
                key += ","
                key += String(cardEntries[other].version)
            }
            key += "|"
            key += alternates(site, SitePaths.job(resolved.job.slug))
            return memos.value(.page, for: resolved.job, extra: key) {
                // Kept compressed: a preview keeps every job page (most of the site's bytes) between builds.
                pages.jobPage(resolved, html: html[index], card: cards[index], cardContext: cardContexts[index],
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
                    return listing.isIndex ? page : page.deflated()
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
        let fragments = listed.map { index in
            memos.value(.json, for: site.jobs[index].job) { JobsJSON.entry(site.jobs[index], card: cards[index], site: site) }
        }
        return OutputFile(path: SitePaths.jobsJSON, contents: .parts(JobsJSON.parts(site, entries: fragments)))
    }

    /// The feeds and calendars, each entry and event kept per job (see `Subscriptions`).
    private func subscriptions(_ site: ResolvedSite, cards: [JobCard], listed: [Int], listings: [Listing],
                               memos: MemoTable) -> [OutputFile] {
        let order = AtomFeed.order(site.jobs, cards: cards, listed: listed)
        // An entry's time comes from its file's last commit (or its posting date, part of
        // the job): kept with the entry under the commit, one lookup per posting.
        let kept = order.map { index in
            let job = site.jobs[index].job
            return memos.value(.feed, for: job, extra: Self.commit(of: job, in: site)) {
                let updated = AtomFeed.updated(job, site: site)
                return (updated: updated, entry: AtomFeed.entry(site.jobs[index], card: cards[index], site: site, updated: updated))
            }
        }
        let updatedTimes = kept.map(\.updated), text = kept.map(\.entry)
        let entries = AtomFeed.Entries(order: order, updated: updatedTimes, text: text)
        var events: [Int: String] = [:]
        if site.config.feeds.calendar {
            for (index, updated) in zip(order, updatedTimes) {
                events[index] = memos.value(.calendarEvent, for: site.jobs[index].job, extra: updated) {
                    DeadlineCalendar.event(site.jobs[index], card: cards[index], site: site, updated: updated)
                }
            }
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
        let jobLines = listed.map { index in
            let job = site.jobs[index].job
            return memos.value(.sitemap, for: job, extra: Self.commit(of: job, in: site)) {
                Sitemap.line(site.jobs[index], site: site)
            }
        }
        let urls = Sitemap.lines(site, listingPaths: listingPaths, jobLines: jobLines)
        guard urls.count <= Sitemap.maximumURLs else { return Sitemap.files(urls, base: site.baseURL) }
        return [OutputFile(path: SitePaths.sitemap, contents: .parts(Sitemap.urlsetParts(urls)))]
    }
}
