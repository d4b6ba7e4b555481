/// The documents people subscribe to: the site's Atom feed, and with `feeds: listings`
/// one beside every department, workplace and location page, and with `feeds:
/// calendar` the deadline calendars of the site and of each department.
///
/// Each document is given as its parts (head, entries, tail) and joined by the caller:
/// a one-shot build joins them at once, a session keeps the last document and reuses it
/// while the parts are the same. Every entry is made once per job and shared by all the
/// documents that show the job.
struct Subscriptions {
    var path: String
    var parts: [String]

    /// `entries` covers every listed job; `events` holds a calendar event per listed
    /// job with a `closes` date (by job index).
    static func documents(_ site: ResolvedSite, listings: [Listing], entries: AtomFeed.Entries,
                          events: [Int: String]) -> [Subscriptions] {
        let feeds = site.config.feeds
        var documents = [Subscriptions(path: SitePaths.feed, parts: entries.parts(site, channel: .site(site), jobs: nil))]
        if feeds.listings {
            for listing in listings where !listing.isIndex {
                documents.append(Subscriptions(path: SitePaths.feed(ofListing: listing.path),
                                               parts: entries.parts(site, channel: .listing(listing, site: site), jobs: listing.jobs)))
            }
        }
        if feeds.calendar {
            let order = calendarOrder(site, events: events)
            documents.append(calendar(path: SitePaths.calendar, name: DeadlineCalendar.name(site), jobs: order, events: events))
            for listing in listings where listing.kind == "department" {
                let members = Set(listing.jobs)
                documents.append(calendar(path: SitePaths.calendar(ofListing: listing.path),
                                          name: DeadlineCalendar.name(site, department: listing.title),
                                          jobs: order.filter(members.contains), events: events))
            }
        }
        return documents
    }

    /// Each listed job's deadline event (with `feeds: calendar`), dated like its feed entry.
    static func events(_ site: ResolvedSite, cards: [JobCard], entries: AtomFeed.Entries) -> [Int: String] {
        guard site.config.feeds.calendar else { return [:] }
        let made = Array(entries.order.indices).parallelMap { position in
            DeadlineCalendar.event(site.jobs[entries.order[position]], card: cards[entries.order[position]], site: site,
                                   updated: entries.updated[position])
        }
        var events: [Int: String] = [:]
        for (position, event) in made.enumerated() { events[entries.order[position]] = event }
        return events
    }

    /// Jobs with an event, soonest deadline first, then by address: the same site
    /// always lists its events in the same order.
    private static func calendarOrder(_ site: ResolvedSite, events: [Int: String]) -> [Int] {
        events.keys.sorted { a, b in
            let (first, second) = (site.jobs[a].job, site.jobs[b].job)
            return first.closes != second.closes ? (first.closes ?? first.posted) < (second.closes ?? second.posted) : first.slug < second.slug
        }
    }

    private static func calendar(path: String, name: String, jobs: [Int], events: [Int: String]) -> Subscriptions {
        Subscriptions(path: path, parts: [DeadlineCalendar.head(name: name)] + jobs.compactMap { events[$0] } + [DeadlineCalendar.tail])
    }

    /// The listing pages' links to their documents, for the template context.
    static func links(_ listing: Listing, site: ResolvedSite) -> [String: String] {
        let feeds = site.config.feeds
        var links: [String: String] = [:]
        if listing.isIndex {
            links["feedURL"] = site.baseURL.rooted(SitePaths.feed)
            if feeds.calendar { links["calendarURL"] = site.baseURL.rooted(SitePaths.calendar) }
            return feeds.calendar || feeds.listings ? links : [:]
        }
        if feeds.listings { links["feedURL"] = site.baseURL.rooted(SitePaths.feed(ofListing: listing.path)) }
        if feeds.calendar, listing.kind == "department" {
            links["calendarURL"] = site.baseURL.rooted(SitePaths.calendar(ofListing: listing.path))
        }
        return links
    }
}
