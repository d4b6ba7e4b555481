import Foundation
import Mustache

/// A file of the output, by path relative to the output folder.
public struct OutputFile: Sendable {
    public var path: String
    public var contents: Contents

    public enum Contents: Sendable {
        case text(String)
        case bytes([UInt8])
        /// Copied from a theme file.
        case copy(String)
        /// Already written to the output by the renderer (see `SiteRenderer.render`'s `sink`).
        case written
    }
}

/// Stage 4b: the theme and the generated formats — every file of `Public/`.
public enum SiteRenderer {
    /// With a `sink`, job pages (most of the bytes) are handed to it as soon as each is
    /// rendered and come back as `.written`, so they need not all be held in memory.
    public static func render(_ content: RenderedContent, cache: BuildCache? = nil,
                              sink: (@Sendable (OutputFile) -> String?)? = nil) -> (files: [OutputFile], errors: [String]) {
        let site = content.site
        let config = site.site.config
        let library = site.site.theme.library
        let formatter = SalaryFormatter(language: config.language)
        let cards = content.jobs.parallelMap { job in
            cache?.value(.jobCard, for: job.resolved.job) {
                JobCard(job, site: site, formatter: formatter)
            } ?? JobCard(job, site: site, formatter: formatter)
        }
        let listed = content.jobs.indices.filter { content.jobs[$0].resolved.isListed }
        let siteContext = makeSiteContext(site, cards: cards, listed: listed)

        // Each card is rendered once and pasted into every listing that shows it: a
        // job appears on four or more listing pages, and Mustache is the costly part.
        let hasCardTemplate = library.getTemplate(named: "job-card") != nil
        // A cached card or page is reused only if the site context it saw is unchanged
        // (a new department or a changed count reaches every page's navigation).
        let siteKey: String
        if cache == nil { siteKey = "" } else {
            var hasher = ContentHasher()
            hasher.add(describe(siteContext.value))
            siteKey = hasher.hex
        }
        let cardEntries = cards.indices.map { $0 }.parallelMap { index -> CardEntry in
            func make() -> CardEntry {
                var card = cards[index].dictionary
                if hasCardTemplate {
                    var context = card
                    context["site"] = siteContext.value
                    card["cardHTML"] = library.render(context, withTemplate: "job-card") ?? ""
                }
                // An edit that leaves the card as it was (most edits are to the body)
                // keeps its version, so the listings showing it are reused.
                let path = content.jobs[index].resolved.job.file.relativePath
                if let previous: CardEntry = cache?.stored(.card, path), describe(previous.context.value) == describe(card) {
                    return previous
                }
                let entry = CardEntry(context: SharedContext(value: card), version: CardEntry.nextVersion())
                cache?.store(.card, path, entry)
                return entry
            }
            return cache?.value(.card, for: content.jobs[index].resolved.job, extra: siteKey, compute: make) ?? make()
        }
        let cardContexts = SharedCards(value: cardEntries.map(\.context.value))

        let interviewSections = Self.interviewSections(content, siteContext: siteContext)
        var files: [OutputFile] = []
        let jobPages = content.jobs.indices.map { $0 }.parallelMap { index -> (OutputFile, String?) in
            guard let sink else { return (page(index), nil) }
            let file = page(index)
            let error = sink(file)
            if cache == nil { content.jobs[index].releaseBodyHTML() }
            return (OutputFile(path: file.path, contents: .written), error)
        }
        @Sendable func page(_ index: Int) -> OutputFile {
            let file = content.jobs[index].resolved.job.file
            guard let cache else { return jobPage(index) }
            let changed = site.site.lastChanged(file).map(\.description) ?? "-"
            return cache.value(.page, for: content.jobs[index].resolved.job, extra: siteKey + "|" + changed) { jobPage(index) }
        }
        @Sendable func jobPage(_ index: Int) -> OutputFile {
            let context = jobContext(content.jobs[index], card: cardContexts.value[index], content: content, formatter: formatter,
                                     interviewSections: interviewSections)
            let page = pageContext(site, title: "\(cards[index].title) — \(config.title)", heading: cards[index].title,
                                   description: jobDescription(cards[index], organization: config.organization.name),
                                   path: "jobs/\(content.jobs[index].resolved.job.slug)/", kind: "isJob",
                                   noindex: !content.jobs[index].resolved.isListed, ogType: "article")
            let html = library.render(["site": siteContext.value, "page": page, "job": context], withTemplate: "job") ?? ""
            return OutputFile(path: "jobs/\(content.jobs[index].resolved.job.slug)/index.html", contents: .text(html))
        }
        files += jobPages.map(\.0)
        var errors = jobPages.compactMap(\.1)

        // Built once: listings share the cards and the filter lists.
        // Grouping depends on which cards are listed where; card versions say whether any
        // changed, and the positions keep the groups' job indexes valid.
        let groupingKey = cache == nil ? [] : listed.flatMap { [UInt64($0), cardEntries[$0].version] }
        let (filters, allListings) = cache?.reuse("listings", key: groupingKey) {
            (Filters(cards: cards, listed: listed, site: site), listings(site, cards: cards, listed: listed))
        } ?? (Filters(cards: cards, listed: listed, site: site), listings(site, cards: cards, listed: listed))
        let filtersKey = cache == nil ? "" : filters.key
        // jobs.json and the feeds read only cards and content: made beside the listing
        // pages, whose biggest (the index) would otherwise keep a core waiting.
        let listingPaths = allListings.map(\.path)
        let (listingPages, documents) = concurrently({
            allListings.parallelMap { listing -> (OutputFile, String?) in
                let file = listingPage(listing)
                guard let sink else { return (file, nil) }
                return (OutputFile(path: file.path, contents: .written), sink(file))
            }
        }, {
            [OutputFile(path: "jobs.json", contents: .text(JobsJSON.make(content, cards: cards, listed: listed, cache: cache))),
             OutputFile(path: "feed.xml", contents: .text(AtomFeed.make(content, cards: cards, listed: listed, cache: cache)))
            ] + Sitemap.make(content, listed: listed, listingPaths: listingPaths, cache: cache).map { OutputFile(path: $0.path, contents: .text($0.text)) }
        })
        files += listingPages.map(\.0)
        errors += listingPages.compactMap(\.1)
        @Sendable func listingPage(_ listing: Listing) -> OutputFile {
            let page = pageContext(site, title: listing.isIndex ? config.title : "\(listing.title) — \(config.title)",
                                   heading: listing.title, description: listing.description(config),
                                   path: listing.path, kind: listing.isIndex ? "isIndex" : "isListing", noindex: false, ogType: "website")
            let path = listing.path + "index.html"
            func render() -> OutputFile {
                let context = listing.context(cards: cards, cardDictionaries: cardContexts.value,
                                              filters: filters.marking(listing), base: site.baseURL)
                let html = library.render(["site": siteContext.value, "page": page, "listing": context],
                                          withTemplate: listing.isIndex ? "index" : "listing") ?? ""
                return OutputFile(path: path, contents: .text(html))
            }
            guard let cache else { return render() }
            // Unchanged when its cards, filters and page are: an edit to a posting's
            // body leaves every listing as it was.
            var hasher = ContentHasher()
            hasher.add(siteKey)
            hasher.add(filtersKey)
            hasher.add("\(listing.kind) \(listing.title) \(listing.value ?? "")")
            for index in listing.jobs {
                hasher.add(words: [cardEntries[index].version])
            }
            return cache.value(.listing, path, source: "", extra: hasher.hex, compute: render)
        }

        for (index, page) in site.site.pages.enumerated() {
            let body = content.pageHTML[index]
            var contentContext: [String: Any] = ["title": page.title, "slug": page.slug,
                                                 "url": site.baseURL.rooted("\(page.slug)/"), "bodyHTML": body]
            contentContext.setText("description", page.description)
            let context = pageContext(site, title: "\(page.title) — \(config.title)", heading: page.title,
                                      description: page.description ?? Escaping.plainText(fromHTML: body, limit: 155),
                                      path: "\(page.slug)/", kind: "isPage", noindex: false, ogType: "article")
            let html = library.render(["site": siteContext.value, "page": context, "content": contentContext], withTemplate: "page") ?? ""
            files.append(OutputFile(path: "\(page.slug)/index.html", contents: .text(html)))
        }

        let notFound = pageContext(site, title: "Page not found — \(config.title)", heading: "Page not found",
                                   description: "This page does not exist.", path: "404.html", kind: "is404", noindex: true, ogType: "website")
        files.append(OutputFile(path: "404.html",
                                contents: .text(library.render(["site": siteContext.value, "page": notFound], withTemplate: "404") ?? "")))

        files += documents
        files.append(OutputFile(path: "robots.txt", contents: .text(
            "User-agent: *\nAllow: /\n\nSitemap: \(site.baseURL.absolute("sitemap.xml"))\n")))
        for (path, source) in site.site.theme.assets.sorted(by: { $0.key < $1.key }) {
            switch source {
            case .file(let absolute): files.append(OutputFile(path: "assets/" + path, contents: .copy(absolute)))
            case .embedded(let bytes): files.append(OutputFile(path: "assets/" + path, contents: .bytes(bytes)))
            }
        }
        return (files, errors)
    }

    /// A path an author wrote for the site (`/assets/logo.svg`) under the site's base path.
    static func sitePath(_ path: String, base: BaseURL) -> String {
        base.path + (path.hasPrefix("/") ? String(path.dropFirst()) : path)
    }

    // MARK: - Contexts

    /// A stable text of a template context, to tell whether two contexts are the same.
    static func describe(_ value: Any) -> String {
        var text = ""
        func visit(_ value: Any) {
            switch value {
            case let dictionary as [String: Any]:
                text += "{"
                for key in dictionary.keys.sorted() { text += key + ":"; visit(dictionary[key]!); text += "," }
                text += "}"
            case let array as [Any]:
                text += "["
                for element in array { visit(element); text += "," }
                text += "]"
            case let string as String:
                // Length-prefixed, so no string can pass for structure.
                text += "\(string.utf8.count)\"" + string
            default:
                text += "\(value)"
            }
        }
        visit(value)
        return text
    }

    /// `[String: Any]` is not Sendable; the site context is built once and only read.
    struct SharedContext: @unchecked Sendable { let value: [String: Any] }
    struct SharedCards: @unchecked Sendable { let value: [[String: Any]] }

    /// A rendered card and a number that changes whenever it is rendered again, so a
    /// listing can tell its cards are unchanged without reading their HTML.
    struct CardEntry: Sendable {
        var context: SharedContext
        var version: UInt64
        private static let counter = LockedValue<UInt64>(0)
        static func nextVersion() -> UInt64 { counter.withLock { $0 += 1; return $0 } }
    }

    static func makeSiteContext(_ site: ResolvedSite, cards: [JobCard], listed: [Int]) -> SharedContext {
        let config = site.site.config
        var organization: [String: Any] = ["name": config.organization.name]
        organization.setText("url", config.organization.url)
        if let logo = config.organization.logo {
            organization.setText("logoURL", URLPolicy.scheme(of: logo) != nil ? logo : sitePath(logo, base: site.baseURL))
        }
        let nav: [[String: Any]] = site.site.pages
            .sorted { ($0.navOrder ?? Int.max, $0.title) < ($1.navOrder ?? Int.max, $1.title) }
            .map { ["title": $0.title, "url": site.baseURL.rooted("\($0.slug)/")] }
        var departments: [(String, String, Int)] = []
        for index in listed {
            if let last = departments.last, last.0 == cards[index].department { departments[departments.count - 1].2 += 1 }
            else { departments.append((cards[index].department, cards[index].departmentSlug, 1)) }
        }
        var context: [String: Any] = [
            "title": config.title, "language": config.language,
            "rootURL": site.baseURL.path, "assetsURL": site.baseURL.rooted("assets/"),
            "feedURL": site.baseURL.rooted("feed.xml"), "jobsJSONURL": site.baseURL.rooted("jobs.json"),
            "organization": organization, "nav": nav,
            "departments": departments.map { ["name": $0.0, "slug": $0.1, "url": site.baseURL.rooted("departments/\($0.1)/"), "count": $0.2] },
            "openJobCount": listed.count,
            "buildDate": site.buildDate.description, "year": String(site.buildDate.year),
        ]
        context.setText("description", config.description)
        return SharedContext(value: context)
    }

    static func pageContext(_ site: ResolvedSite, title: String, heading: String, description: String, path: String,
                            kind: String, noindex: Bool, ogType: String) -> [String: Any] {
        var page: [String: Any] = ["title": title, "heading": heading, "description": description,
                                   "canonicalURL": site.baseURL.absolute(path == "index.html" ? "" : path),
                                   "ogType": ogType, kind: true]
        if noindex { page["robots"] = "noindex" }
        return page
    }

    static func jobDescription(_ card: JobCard, organization: String) -> String {
        var parts = ["\(card.title) at \(organization)", card.department]
        if !card.locationsText.isEmpty { parts.append(card.locationsText) }
        if let salary = card.salaryText { parts.append(salary) }
        return parts.joined(separator: " · ")
    }

    static func interviewContext(_ process: InterviewProcess, content: RenderedContent) -> [String: Any] {
        var interview: [String: Any] = ["title": process.title, "name": process.name]
        interview["stages"] = process.stages.enumerated().map { index, stage -> [String: Any] in
            var s: [String: Any] = ["number": index + 1, "name": stage.name]
            s.setText("duration", stage.duration)
            s.setText("format", stage.format)
            if !stage.assesses.isEmpty { s["assesses"] = stage.assesses; s["assessesText"] = stage.assesses.joined(separator: ", ") }
            return s
        }
        if let html = content.interviewHTML[process.name], !html.isEmpty { interview["bodyHTML"] = html }
        return interview
    }

    /// The theme's `job-interview` partial rendered once per process, by process name:
    /// every job of a department shares it, so pages paste it instead of rendering it again.
    static func interviewSections(_ content: RenderedContent, siteContext: SharedContext) -> [String: String] {
        let library = content.site.site.theme.library
        guard library.getTemplate(named: "job-interview") != nil else { return [:] }
        var sections: [String: String] = [:]
        for (name, process) in content.site.site.interviews {
            let context: [String: Any] = ["site": siteContext.value,
                                          "job": ["interview": interviewContext(process, content: content), "hasInterview": true]]
            sections[name] = library.render(context, withTemplate: "job-interview") ?? ""
        }
        return sections
    }

    static func jobContext(_ job: RenderedJob, card: [String: Any], content: RenderedContent, formatter: SalaryFormatter,
                           interviewSections: [String: String]) -> [String: Any] {
        let site = content.site
        let resolved = job.resolved, source = resolved.job
        var d = card
        d["slug"] = source.slug
        d["canonicalURL"] = site.baseURL.absolute("jobs/\(source.slug)/")
        d["employmentType"] = source.employmentType.rawValue
        d.setText("reportsTo", source.reportsTo)
        d["departmentURL"] = site.baseURL.rooted("departments/\(resolved.departmentSlug)/")
        d["locations"] = source.locations.map { location -> [String: Any] in
            var l: [String: Any] = ["text": JobCard.place(location).label]
            l.setText("city", location.city)
            l.setText("region", location.region)
            l.setText("country", location.country)
            l.setText("countryName", location.country.flatMap { ISOCodes.countries[$0] })
            return l
        }
        let remote = source.remoteCountries.map { ISOCodes.countries[$0] ?? $0 }
        if !remote.isEmpty {
            d["remoteCountriesText"] = remote.joined(separator: ", ")
            d["hasRemoteCountries"] = true
        }
        if resolved.isClosed { d["isClosed"] = true }
        if resolved.isListed { d["isListed"] = true }
        if source.draft { d["isDraft"] = true }
        if let salary = resolved.salary {
            var s: [String: Any] = ["text": formatter.format(salary), "min": SalaryFormatter.plain(salary.minimum),
                                    "max": SalaryFormatter.plain(salary.maximum), "currency": salary.currency,
                                    "periodLabel": formatter.periodLabel(salary.period)]
            if let label = salary.label, !label.isEmpty { s["label"] = label; s["hasLabel"] = true }
            d["salary"] = s
        }
        if !source.benefits.isEmpty { d["benefits"] = source.benefits; d["hasBenefits"] = true }
        if !job.responsibilitiesHTML.isEmpty {
            d["responsibilities"] = job.responsibilitiesHTML.map { ["html": $0] }
            d["hasResponsibilities"] = true
        }
        if !job.requirementsHTML.isEmpty {
            d["requirements"] = job.requirementsHTML.map { ["html": $0] }
            d["hasRequirements"] = true
        }
        if !source.metrics.isEmpty {
            d["metrics"] = source.metrics.map { ["name": humanize($0.name), "target": $0.target] }
            d["hasMetrics"] = true
        }
        d["bodyHTML"] = job.bodyHTML
        if let updated = site.site.lastChanged(source.file) {
            d["updatedISO"] = updated.description
            d["updatedText"] = DateText.long(updated)
        }
        if let process = resolved.interview {
            d["interview"] = interviewContext(process, content: content)
            d["hasInterview"] = true
            if let html = interviewSections[process.name] { d["interviewSectionHTML"] = html }
        }
        if !resolved.isClosed { d.setText("applyURL", resolved.applyURL) }
        if !source.tags.isEmpty { d["tags"] = source.tags }
        if resolved.isListed {
            let description = descriptionHTML(job)
            d["jsonLD"] = JobPostingSchema.make(job, descriptionHTML: description, site: site).serialized()
        }
        return d
    }

    /// The posting's full text as HTML, for JSON-LD and the feed: sections from
    /// front matter first, as on the page.
    static func descriptionHTML(_ job: RenderedJob) -> String {
        var html = ""
        if !job.responsibilitiesHTML.isEmpty {
            html += "<h2>Responsibilities</h2>\n<ul>\n" + job.responsibilitiesHTML.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
        }
        if !job.requirementsHTML.isEmpty {
            html += "<h2>Requirements</h2>\n<ul>\n" + job.requirementsHTML.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
        }
        return html + job.bodyHTML
    }

    /// `time_to_fill` → `Time to fill`.
    static func humanize(_ key: String) -> String {
        let words = key.replacingAll("_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    // MARK: - Listings

    struct Listing: Sendable {
        var kind: String
        var title: String
        var path: String
        var jobs: [Int]
        var value: String?
        var isIndex: Bool { kind == "all" }

        func description(_ config: SiteConfig) -> String {
            isIndex ? (config.description ?? "Open positions at \(config.organization.name).")
                : "\(title): open positions at \(config.organization.name)."
        }

        func context(cards: [JobCard], cardDictionaries: [[String: Any]], filters: [String: Any], base: BaseURL) -> [String: Any] {
            // Jobs arrive sorted by department, so each group is one run of the list.
            var groups: [[String: Any]] = []
            var run: [[String: Any]] = []
            var runHTML = ""
            func close(_ card: JobCard) {
                groups.append(["name": card.department, "slug": card.departmentSlug, "count": run.count,
                               "url": base.rooted("departments/\(card.departmentSlug)/"), "jobs": run,
                               "cardsHTML": runHTML])
                run = []
                runHTML = ""
            }
            for (position, index) in jobs.enumerated() {
                run.append(cardDictionaries[index])
                // Joined here rather than looped over in the template: a Mustache loop
                // over thousands of cards costs more than the rest of the page.
                if let html = cardDictionaries[index]["cardHTML"] as? String {
                    if !runHTML.isEmpty { runHTML += "\n" }
                    runHTML += html.utf8.last == 10 ? html[..<html.index(before: html.endIndex)] : html[...]
                }
                if position == jobs.count - 1 || cards[jobs[position + 1]].department != cards[index].department { close(cards[index]) }
            }
            var context: [String: Any] = ["kind": kind, "title": title, "count": jobs.count,
                                          "countText": jobs.count == 1 ? "1 open position" : "\(jobs.count) open positions",
                                          "groups": groups, "filters": filters]
            if jobs.isEmpty { context["isEmpty"] = true }
            return context
        }
    }

    static func listings(_ site: ResolvedSite, cards: [JobCard], listed: [Int]) -> [Listing] {
        var result = [Listing(kind: "all", title: "Open positions", path: "", jobs: listed, value: nil)]
        var departments: [String: (String, [Int])] = [:]
        var workplaces: [Workplace: [Int]] = [:]
        var places: [String: (String, [Int])] = [:]
        for index in listed {
            let card = cards[index]
            departments[card.departmentSlug, default: (card.department, [])].1.append(index)
            workplaces[card.workplace, default: []].append(index)
            for place in card.uniquePlaces { places[place.slug, default: (place.label, [])].1.append(index) }
        }
        for (slug, entry) in departments.sorted(by: { $0.key < $1.key }) {
            result.append(Listing(kind: "department", title: entry.0, path: "departments/\(slug)/", jobs: entry.1, value: slug))
        }
        for workplace in Workplace.allCases { if let jobs = workplaces[workplace] {
            result.append(Listing(kind: "workplace", title: "\(workplace.label) positions", path: "workplaces/\(workplace.rawValue)/",
                                  jobs: jobs, value: workplace.rawValue))
        } }
        for (slug, entry) in places.sorted(by: { $0.key < $1.key }) {
            result.append(Listing(kind: "location", title: "Positions in \(entry.0)", path: "locations/\(slug)/", jobs: entry.1, value: slug))
        }
        return result
    }

    /// The filter lists of the listing pages, computed once per build: the site's
    /// departments, workplaces and places with open jobs. Every listing page carries
    /// them, so a page shows at most `limit` of each (the ones with the most jobs, and
    /// its own): a site with 10,000 places would otherwise write 10,000 location pages
    /// of 10,000 options each.
    struct Filters: Sendable {
        struct Entry: Sendable { var label: String; var value: String; var path: String; var count: Int }
        static let limit = 50

        /// Entries in display order, which of them every page shows, and where each value sits.
        struct List: Sendable {
            var entries: [Entry]
            var shown: [Int]
            var position: [String: Int]

            init(_ entries: [Entry]) {
                self.entries = entries
                position = Dictionary(entries.enumerated().map { ($1.value, $0) }, uniquingKeysWith: { first, _ in first })
                if entries.count <= Filters.limit {
                    shown = Array(entries.indices)
                } else {
                    let ranked = entries.indices.sorted { (-entries[$0].count, entries[$0].label) < (-entries[$1].count, entries[$1].label) }
                    shown = ranked.prefix(Filters.limit).sorted()
                }
            }
        }

        var departments = List([])
        var workplaces = List([])
        var locations = List([])
        let base: BaseURL

        init(cards: [JobCard], listed: [Int], site: ResolvedSite) {
            base = site.baseURL
            var departments: [Entry] = []
            var departmentIndex: [String: Int] = [:]
            var places: [String: (String, Int)] = [:]
            var workplaceCounts: [Workplace: Int] = [:]
            for index in listed {
                let card = cards[index]
                if let i = departmentIndex[card.departmentSlug] { departments[i].count += 1 } else {
                    departmentIndex[card.departmentSlug] = departments.count
                    departments.append(Entry(label: card.department, value: card.departmentSlug,
                                             path: "departments/\(card.departmentSlug)/", count: 1))
                }
                workplaceCounts[card.workplace, default: 0] += 1
                for place in card.uniquePlaces { places[place.slug, default: (place.label, 0)].1 += 1 }
            }
            self.departments = List(departments)
            workplaces = List(Workplace.allCases.compactMap { w in
                workplaceCounts[w].map { Entry(label: w.label, value: w.rawValue, path: "workplaces/\(w.rawValue)/", count: $0) }
            })
            locations = List(places.sorted { ($0.value.0, $0.key) < ($1.value.0, $1.key) }
                .map { Entry(label: $0.value.0, value: $0.key, path: "locations/\($0.key)/", count: $0.value.1) })
        }

        /// Everything in the lists, to tell whether a listing page can be reused.
        var key: String {
            [departments, workplaces, locations].map { $0.entries.map { "\($0.label)\u{1}\($0.value)\u{1}\($0.count)" }.joined(separator: "\u{2}") }
                .joined(separator: "\u{3}")
        }

        /// The lists as the template sees them, with the listing's own entry marked current.
        func marking(_ current: Listing) -> [String: Any] {
            func list(_ list: List, _ kind: String) -> [[String: Any]] {
                var shown = list.shown
                if current.kind == kind, let value = current.value, let own = list.position[value],
                   shown.count < list.entries.count, !shown.contains(own) {
                    shown.insert(own, at: shown.firstIndex { $0 > own } ?? shown.count)
                }
                return shown.map { index in
                    let e = list.entries[index]
                    var d: [String: Any] = ["label": e.label, "value": e.value, "url": base.rooted(e.path), "count": e.count]
                    if current.kind == kind, current.value == e.value { d["isCurrent"] = true }
                    return d
                }
            }
            return ["departments": list(departments, "department"), "workplaces": list(workplaces, "workplace"),
                    "locations": list(locations, "location")]
        }
    }
}

extension Dictionary where Key == String, Value == Any {
    /// Sets `key` only to text with something in it. Optional text is absent rather than
    /// empty, so a theme tests it with a plain section: swift-mustache renders a section
    /// for any string, even an empty one.
    mutating func setText(_ key: String, _ value: String?) {
        if let value, !value.isEmpty { self[key] = value }
    }
}
