import Mustache

/// The theme applied to one build: each method renders one kind of page from the
/// contexts. Made once per build, after the job cards (the site context counts them);
/// shared by reference with the threads rendering pages.
final class PageRenderer: Sendable {
    let site: ResolvedSite
    let strings: UIStrings
    let siteContext: TemplateContext
    /// `job.interview` of each process, by name (the resolver takes a job's process, or
    /// its translation, from the same table), made once: every job of a department shows
    /// the same one.
    let interviewContexts: [String: TemplateValue]
    /// The `job-interview` partial, rendered once per process.
    let interviewSections: [String: String]
    let library: WordedLibrary
    /// `site` and `t` as `CompiledLibrary` reads them, made once: every page has them.
    private let sharedValues: [String: TemplateValue]?
    /// Renders every page with swift-mustache alone (for the tests comparing the two renderers).
    @TaskLocal static var usesReferenceRenderer = false
    let config: SiteConfig
    /// Whether the theme has a `job-card` partial.
    private let rendersCards: Bool
    /// By department slug: its listed jobs, most recently posted first, for "Other open roles".
    let departmentJobs: [String: [Int]]
    /// How many other roles a job page shows.
    static let otherRoles = 3
    /// Notes every context a template is rendered with (only for `ContextSpecimen`).
    private let recorder: ContextRecorder?

    /// `departmentJobs`: what `Self.departmentJobs(cards:listed:)` gives, when the caller kept it.
    init(_ content: RenderedContent, siteContext: TemplateContext, cards: [JobCard], listed: [Int], recorder: ContextRecorder? = nil,
         departmentJobs: [String: [Int]]? = nil) {
        site = content.site
        strings = content.site.strings
        self.siteContext = siteContext
        self.recorder = recorder
        let interviewContexts = content.site.interviews.mapValues { process in
            TemplateValue.object(InterviewContext.make(process, bodyHTML: content.interviewHTML[process.name]))
        }
        self.interviewContexts = interviewContexts
        let library = WordedLibrary.library(content.site.theme, strings: content.site.strings)
        self.library = library
        let sharedValues: [String: TemplateValue]? = Self.usesReferenceRenderer || library.compiled == nil ? nil
            : TemplateValue.object(siteContext.value).flatMap { site in
                TemplateValue.object(content.site.strings.template.value).map { ["site": site, "t": $0] }
            }
        self.sharedValues = sharedValues
        interviewSections = InterviewContext.sections(content, contexts: interviewContexts) { context in
            Self.render(context, template: "job-interview", library: library, shared: sharedValues, siteContext: siteContext,
                        words: content.site.strings.template, recorder: recorder)
        }
        config = content.site.config
        rendersCards = content.site.theme.sources["job-card"] != nil
        self.departmentJobs = departmentJobs ?? Self.departmentJobs(cards: cards, listed: listed)
    }

    /// The listed jobs of each department, newest first; the same day in listing order,
    /// so pages do not depend on hashing. Made from the cards' departments and dates alone.
    static func departmentJobs(cards: [JobCard], listed: [Int]) -> [String: [Int]] {
        var byDepartment: [String: [Int]] = [:]
        for index in listed { byDepartment[cards[index].departmentSlug, default: []].append(index) }
        return byDepartment.mapValues { jobs in
            jobs.enumerated().sorted { a, b in
                let (x, y) = (cards[a.element].posted, cards[b.element].posted)
                return x != y ? x > y : a.offset < b.offset
            }.map(\.element)
        }
    }

    /// The jobs a job page offers as "Other open roles in <department>": the newest few of
    /// its department, itself left out.
    func otherRoles(of index: Int, department: String) -> [Int] {
        Array((departmentJobs[department] ?? []).lazy.filter { $0 != index }.prefix(Self.otherRoles))
    }

    /// Every page and partial the build renders goes through here, so the theme check
    /// (`ContextSpecimen`) learns the names from the very contexts templates get.
    /// `context` is all but `site` and `t`, which every template gets.
    private func render(_ context: [String: Any], template: String) -> String {
        Self.render(context, template: template, library: library, shared: sharedValues, siteContext: siteContext,
                    words: strings.template, recorder: recorder)
    }

    /// A page: its UTF-8 from `CompiledLibrary`, written as it is (see
    /// `CompiledLibrary.renderUTF8`), or its text from swift-mustache.
    private func page(_ context: [String: Any], template: String) -> OutputFile.Contents {
        Self.render(context, template: template, library: library, shared: sharedValues, siteContext: siteContext,
                    words: strings.template, recorder: recorder, capacity: Self.pageCapacity)
    }

    /// What a page's buffer starts with: most pages are longer, and a buffer that grows
    /// from nothing is copied a dozen times on the way.
    private static let pageCapacity = 16 * 1024

    private static func render(_ context: [String: Any], template: String, library: WordedLibrary, shared: [String: TemplateValue]?,
                               siteContext: TemplateContext, words: TemplateContext, recorder: ContextRecorder?) -> String {
        render(context, template: template, library: library, shared: shared, siteContext: siteContext, words: words,
               recorder: recorder, capacity: 0).text ?? ""
    }

    /// With `CompiledLibrary` where the theme and the context allow, else with swift-mustache:
    /// the same bytes either way (see `CompiledTemplate`). `.utf8` or `.text`.
    private static func render(_ context: [String: Any], template: String, library: WordedLibrary, shared: [String: TemplateValue]?,
                               siteContext: TemplateContext, words: TemplateContext, recorder: ContextRecorder?,
                               capacity: Int) -> OutputFile.Contents {
        // What swift-mustache and the theme check read: plain values only.
        var whole: [String: Any] {
            var whole = TemplateValue.plain(context)
            whole["site"] = siteContext.value
            whole["t"] = words.value
            return whole
        }
        recorder?.record(whole, template: template)
        if let compiled = library.compiled, var root = shared {
            var convertible = true
            // `site` and `t` are the shared ones, as for swift-mustache below.
            for (key, value) in context where key != "site" && key != "t" {
                guard let converted = TemplateValue(value) else { convertible = false; break }
                root[key] = converted
            }
            if convertible, let html = compiled.renderUTF8(root, template: template, capacity: capacity) { return .utf8(html) }
        }
        return .text(library.reference.render(whole, withTemplate: template) ?? "")
    }

    /// A card as listings see it (docs/themes.md, "job card"), with the theme's
    /// `job-card` partial rendered into `cardHTML`: each card is rendered once and pasted
    /// into every listing that shows it, since a job appears on four or more listing
    /// pages and Mustache is the costly part.
    func cardContext(_ card: JobCard) -> TemplateValue {
        var context = card.templateObject
        if rendersCards {
            context["cardHTML"] = .text(render(context.mapValues { $0 as Any }, template: "job-card"))
        }
        return .object(context)
    }

    /// `cardContext` is the job's card (`cardContext(_:)`), `others` the cards of the
    /// other roles it offers.
    func jobPage(_ resolved: ResolvedJob, html: RenderedJob, card: JobCard, cardContext: TemplateValue,
                 others: [TemplateValue] = []) -> OutputFile {
        var job = JobContext.make(resolved, html: html, site: site, salaryText: card.salaryText,
                                  interviewContexts: interviewContexts, interviewSections: interviewSections)
        if !others.isEmpty {
            job["otherRoles"] = .list(others)
            job["otherRolesHeading"] = .text(strings.text("other_roles_in", ["department": card.department]))
        }
        // The card's facts and the rest of the posting, in one object; the posting's
        // fields win. Merged into the job's own table, which has room (the card's is shared).
        if case .object(let card) = cardContext { job.merge(card) { own, _ in own } }
        let whole = TemplateValue.object(job)
        let slug = resolved.job.slug
        let page = PageContext.make(site, title: "\(card.title) — \(config.title)", heading: card.title,
                                    description: JobContext.description(card, organization: config.organization.name, strings: strings),
                                    path: SitePaths.job(slug), kind: "isJob", noindex: !resolved.isListed, ogType: "article")
        return OutputFile(path: SitePaths.file(ofPage: SitePaths.job(slug)), contents: self.page(["page": page, "job": whole], template: "job"))
    }

    /// `filters`: the page's filter lists (`Filters.context`).
    func listingPage(_ listing: Listing, cards: [JobCard], cardContexts: [TemplateValue], filters: [String: Any]) -> OutputFile {
        let page = PageContext.make(site, title: listing.isIndex ? config.title : "\(listing.title) — \(config.title)",
                                    heading: listing.title, description: listing.description(config, strings: strings),
                                    path: listing.path, kind: listing.isIndex ? "isIndex" : "isListing", noindex: false,
                                    ogType: "website")
        var context = listing.context(cards: cards, cardContexts: cardContexts, filters: filters,
                                      base: site.baseURL, strings: strings)
        let subscriptions = Subscriptions.links(listing, site: site)
        if !subscriptions.isEmpty {
            context.merge(subscriptions) { $1 }
            context["hasSubscriptions"] = true
        }
        return OutputFile(path: SitePaths.file(ofPage: listing.path),
                          contents: self.page(["page": page, "listing": context], template: listing.isIndex ? "index" : "listing"))
    }

    /// The files that do not depend on the jobs: free pages, 404.html, robots.txt and
    /// the theme's assets (only the last three, and the IndexNow key, at the root of
    /// a multilingual site: see `LanguageEditions`).
    func fixedFiles(pageHTML: [String]) -> [OutputFile] {
        var files: [OutputFile] = []
        for (index, page) in site.pages.enumerated() {
            let body = pageHTML[index]
            var content: [String: Any] = ["title": page.title, "slug": page.slug,
                                          "url": site.baseURL.rooted(SitePaths.page(page.slug)), "bodyHTML": body]
            content.setText("description", page.description)
            let context = PageContext.make(site, title: "\(page.title) — \(config.title)", heading: page.title,
                                           description: page.description ?? Escaping.plainText(fromHTML: body, limit: 155),
                                           path: SitePaths.page(page.slug), kind: "isPage", noindex: false, ogType: "article")
            let html = render(["page": context, "content": content], template: "page")
            files.append(OutputFile(path: SitePaths.file(ofPage: SitePaths.page(page.slug)), contents: .text(html)))
        }
        guard site.edition?.language.isMain ?? true else { return files }
        let notFound = PageContext.make(site, title: "\(strings.text("page_not_found")) — \(config.title)",
                                        heading: strings.text("page_not_found"),
                                        description: strings.text("page_not_found_description"), path: SitePaths.notFound, kind: "is404",
                                        noindex: true, ogType: "website")
        files.append(OutputFile(path: SitePaths.notFound,
                                contents: .text(render(["page": notFound],
                                                       template: "404"))))
        if let key = config.indexNowKey {
            // IndexNow fetches it to confirm that who submits URLs controls the site.
            files.append(OutputFile(path: SitePaths.indexNowKey(key), contents: .text(key)))
        }
        // Every language's sitemap, the root's first.
        let sitemaps = (site.edition?.alternates.bases ?? [site.baseURL]).map { "Sitemap: \($0.absolute(SitePaths.sitemap))\n" }
        files.append(OutputFile(path: SitePaths.robots, contents: .text("User-agent: *\nAllow: /\n\n" + sitemaps.joined())))
        for (path, source) in site.theme.assets.sorted(by: { $0.key < $1.key }) {
            switch source {
            case .file(let absolute): files.append(OutputFile(path: SitePaths.asset(path), contents: .copy(absolute)))
            case .embedded(let bytes): files.append(OutputFile(path: SitePaths.asset(path), contents: .bytes(bytes)))
            }
        }
        return files
    }
}
