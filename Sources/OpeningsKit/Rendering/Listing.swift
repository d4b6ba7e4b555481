/// A listing page: the index, or the open jobs of one department, workplace, place or
/// country they can be done from (`RemoteFrom`).
struct Listing: Sendable {
    var kind: String
    var title: String
    var path: String
    var jobs: [Int]
    var value: String?
    var isIndex: Bool { kind == "all" }

    /// `listing.isDepartment` & co. in the template context: a page narrowed by one kind
    /// of filter offers the way back to all positions in that kind's list.
    static let kindFlags = ["department": "isDepartment", "workplace": "isWorkplace", "location": "isLocation",
                            "remote-from": "isRemoteFrom"]

    func description(_ config: SiteConfig, strings: UIStrings) -> String {
        isIndex ? (config.description ?? strings.text("index_description", ["organization": config.organization.name]))
            : strings.text("listing_description", ["title": title, "organization": config.organization.name])
    }

    func context(cards: [JobCard], cardContexts: [TemplateValue], filters: [String: Any], base: BaseURL,
                 strings: UIStrings) -> [String: Any] {
        // Jobs arrive sorted by department, so each group is one run of the list.
        var groups: [TemplateValue] = []
        var run: [TemplateValue] = []
        var runHTML = ""
        func close(_ card: JobCard) {
            groups.append(.object(["name": .text(card.department), "slug": .text(card.departmentSlug), "count": .int(run.count),
                                   "url": .text(base.rooted(SitePaths.department(card.departmentSlug))), "jobs": .list(run),
                                   "cardsHTML": .text(runHTML)]))
            run = []
            runHTML = ""
        }
        for (position, index) in jobs.enumerated() {
            run.append(cardContexts[index])
            // Joined here rather than looped over in the template: a Mustache loop
            // over thousands of cards costs more than the rest of the page.
            if case .text(let html)? = cardContexts[index].child("cardHTML") {
                if !runHTML.isEmpty { runHTML += "\n" }
                runHTML += html.utf8.last == 10 ? html[..<html.index(before: html.endIndex)] : html[...]
            }
            if position == jobs.count - 1 || cards[jobs[position + 1]].department != cards[index].department { close(cards[index]) }
        }
        var context: [String: Any] = ["kind": kind, "title": title, "count": jobs.count,
                                      "countText": strings.count("open_position_count", jobs.count),
                                      "groups": TemplateValue.list(groups), "filters": filters]
        if jobs.isEmpty { context["isEmpty"] = true }
        if let flag = Self.kindFlags[kind] { context[flag] = true }
        return context
    }
}

extension Listing {
    /// The index, then a page per department, workplace, place and remote-from country
    /// with open jobs.
    static func all(_ site: ResolvedSite, cards: [JobCard], listed: [Int]) -> [Listing] {
        grouped(listed, department: { (cards[$0].departmentSlug, cards[$0].department) }, workplace: { cards[$0].workplace },
                places: { cards[$0].uniquePlaces }, remote: { cards[$0].remoteValues }, strings: site.strings, names: site.placeNames)
    }

    /// The listing pages `all` makes, from the resolved jobs alone (what a card says of
    /// them, without making the cards): for `SitePaths.targets`.
    static func all(_ site: ResolvedSite) -> [Listing] {
        let jobs = site.jobs
        return grouped(jobs.indices.filter { jobs[$0].isListed }, department: { (jobs[$0].departmentSlug, jobs[$0].job.department) },
                       workplace: { jobs[$0].job.workplace }, places: { JobCard.places(of: jobs[$0].job, names: site.placeNames) },
                       remote: { RemoteFrom.values(jobs[$0].job) }, strings: site.strings, names: site.placeNames)
    }

    private static func grouped(_ listed: [Int], department: (Int) -> (slug: String, name: String), workplace: (Int) -> Workplace,
                                places placesOf: (Int) -> [JobCard.Place], remote: (Int) -> [String],
                                strings: UIStrings, names: PlaceNames) -> [Listing] {
        var result = [Listing(kind: "all", title: strings.text("open_positions"), path: SitePaths.index, jobs: listed, value: nil)]
        var departments: [String: (String, [Int])] = [:]
        var workplaces: [Workplace: [Int]] = [:]
        var places: [String: (String, [Int])] = [:]
        var countries: [String: [Int]] = [:]
        for index in listed {
            let (slug, name) = department(index)
            departments[slug, default: (name, [])].1.append(index)
            workplaces[workplace(index), default: []].append(index)
            for place in placesOf(index) { places[place.slug, default: (place.label, [])].1.append(index) }
            for country in remote(index) { countries[country, default: []].append(index) }
        }
        for (slug, entry) in departments.sorted(by: { $0.key < $1.key }) {
            result.append(Listing(kind: "department", title: entry.0, path: SitePaths.department(slug), jobs: entry.1, value: slug))
        }
        for workplace in Workplace.allCases { if let jobs = workplaces[workplace] {
            result.append(Listing(kind: "workplace", title: strings.text(workplace.rawValue + "_positions"), path: SitePaths.workplace(workplace),
                                  jobs: jobs, value: workplace.rawValue))
        } }
        for (slug, entry) in places.sorted(by: { $0.key < $1.key }) {
            result.append(Listing(kind: "location", title: strings.text("positions_in", ["place": entry.0]), path: SitePaths.location(slug),
                                  jobs: entry.1, value: slug))
        }
        for (country, jobs) in countries.sorted(by: { $0.key < $1.key }) {
            result.append(Listing(kind: "remote-from",
                                  title: strings.text("remote_from_positions", ["place": RemoteFrom.countryName(country, names: names)]),
                                  path: SitePaths.remoteFrom(country), jobs: jobs, value: country))
        }
        return result
    }
}
