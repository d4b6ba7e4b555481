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
        let strings = site.strings
        var departments: [Entry] = []
        var departmentIndex: [String: Int] = [:]
        var places: [String: (String, Int)] = [:]
        var workplaceCounts: [Workplace: Int] = [:]
        for index in listed {
            let card = cards[index]
            if let i = departmentIndex[card.departmentSlug] { departments[i].count += 1 } else {
                departmentIndex[card.departmentSlug] = departments.count
                departments.append(Entry(label: card.department, value: card.departmentSlug,
                                         path: SitePaths.department(card.departmentSlug), count: 1))
            }
            workplaceCounts[card.workplace, default: 0] += 1
            for place in card.uniquePlaces { places[place.slug, default: (place.label, 0)].1 += 1 }
        }
        self.departments = List(departments)
        workplaces = List(Workplace.allCases.compactMap { w in
            workplaceCounts[w].map { Entry(label: strings.text(w.wordKey), value: w.rawValue, path: SitePaths.workplace(w), count: $0) }
        })
        locations = List(places.sorted { ($0.value.0, $0.key) < ($1.value.0, $1.key) }
            .map { Entry(label: $0.value.0, value: $0.key, path: SitePaths.location($0.key), count: $0.value.1) })
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
