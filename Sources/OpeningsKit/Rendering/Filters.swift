/// The filter lists of the listing pages: the departments, workplaces, places and
/// remote-from countries of a page's own jobs, each with how many of them it has, so a
/// page's counts are those of what it lists.
///
/// The site's entries (label, value, page) are made once per build, with each listed
/// card's entries by number; a page then counts only its own jobs (`page(_:)`), so all
/// pages together cost one pass per job and page it is on. A page shows at most `limit`
/// of each list: those with the most of its jobs, and its own (a site with a place per
/// posting would otherwise put every place on the index).
struct Filters: Sendable {
    struct Entry: Sendable { var label: String; var value: String; var path: String }
    static let limit = 50

    /// The kinds of list, in the order of `lists`: the listing kind each narrows to, and
    /// its name in the template context (`listing.filters.<name>`).
    static let kinds: [(listing: String, name: String)] = [("department", "departments"), ("workplace", "workplaces"),
                                                           ("location", "locations"), ("remote-from", "remoteCountries")]

    /// One kind's entries in display order, and each card's entries by number: card
    /// `i`'s are `members[first[i]..<first[i + 1]]` (none for a card that is not listed).
    struct List: Sendable {
        var entries: [Entry] = []
        var position: [String: Int] = [:]
        var first: [Int32]
        var members: [Int32] = []

        func of(_ card: Int) -> ArraySlice<Int32> { members[Int(first[card])..<Int(first[card + 1])] }
    }

    /// A page's lists: per kind, its shown entries and their counts, in display order.
    struct Page: Sendable {
        var lists: [[(entry: Int, count: Int)]]
    }

    let lists: [List]
    let base: BaseURL

    /// `listed` in ascending order, as the renderers make it.
    init(cards: [JobCard], listed: [Int], site: ResolvedSite) {
        base = site.baseURL
        let strings = site.strings
        var builders = Array(repeating: Builder(cards: cards.count), count: Self.kinds.count)
        for index in listed {
            let card = cards[index]
            builders[0].add(index, [(card.departmentSlug, card.department)])
            builders[1].add(index, [(card.workplace.rawValue, strings.text(card.workplace.wordKey))])
            builders[2].add(index, card.uniquePlaces.map { ($0.slug, $0.label) })
            builders[3].add(index, card.remoteValues.map { ($0, RemoteFrom.countryName($0, names: site.placeNames)) })
        }
        let order = Dictionary(uniqueKeysWithValues: Workplace.allCases.enumerated().map { ($1.rawValue, $0) })
        lists = [
            // Departments as the listings group them (jobs arrive sorted by department).
            builders[0].list(by: { _, _ in false }, path: SitePaths.department),
            builders[1].list(by: { order[$0.value, default: 0] < order[$1.value, default: 0] },
                             path: { SitePaths.workplace(Workplace(rawValue: $0) ?? .onsite) }),
            builders[2].list(by: { ($0.label, $0.value) < ($1.label, $1.value) }, path: SitePaths.location),
            builders[3].list(by: { ($0.label, $0.value) < ($1.label, $1.value) }, path: SitePaths.remoteFrom),
        ]
    }

    /// The entries of `listing`'s jobs with their counts: at most `limit` per list, those
    /// with the most jobs and the page's own. Linear in the page's jobs.
    func page(_ listing: Listing) -> Page {
        Page(lists: zip(lists, Self.kinds).map { list, kind in
            let own = listing.kind == kind.listing ? listing.value.flatMap { list.position[$0] } : nil
            return Self.counted(list, jobs: listing.jobs, own: own)
        })
    }

    private static func counted(_ list: List, jobs: [Int], own: Int?) -> [(entry: Int, count: Int)] {
        var found: [(entry: Int, count: Int)] = []
        if list.entries.count <= max(64, jobs.count * 2) {
            // Few entries for the page's size (departments, workplaces; most pages'
            // places): count in an array and read it in order.
            var counts = [Int](repeating: 0, count: list.entries.count)
            // Through the buffers: a slice per job touched the members' reference count,
            // and the index page counts every listed job on every edit.
            list.first.withUnsafeBufferPointer { first in
                list.members.withUnsafeBufferPointer { members in
                    for job in jobs {
                        for at in Int(first[job])..<Int(first[job + 1]) { counts[Int(members[at])] += 1 }
                    }
                }
            }
            for (entry, count) in counts.enumerated() where count > 0 { found.append((entry, count)) }
        } else {
            var counts: [Int32: Int] = [:]
            for job in jobs { for member in list.of(job) { counts[member, default: 0] += 1 } }
            found = counts.map { (Int($0.key), $0.value) }.sorted { $0.entry < $1.entry }
        }
        guard found.count > limit else { return found }
        let ranked = found.sorted {
            ($0.count != $1.count) ? $0.count > $1.count
                : (list.entries[$0.entry].label, $0.entry) < (list.entries[$1.entry].label, $1.entry)
        }
        var kept = Array(ranked.prefix(limit))
        if let own, !kept.contains(where: { $0.entry == own }), let mine = found.first(where: { $0.entry == own }) {
            kept.append(mine)
        }
        return kept.sorted { $0.entry < $1.entry }
    }

    /// What a page's lists show, to tell whether a listing page can be reused.
    func key(_ page: Page) -> String {
        zip(lists, page.lists).map { list, shown in
            shown.map { "\(list.entries[$0.entry].label)\u{1}\(list.entries[$0.entry].value)\u{1}\($0.count)" }
                .joined(separator: "\u{2}")
        }.joined(separator: "\u{3}")
    }

    /// The lists as the template sees them (`listing.filters`), with the listing's own
    /// entry marked current. Each entry links to its listing page; on a department page
    /// to that department's section of it (`#group-<slug>`), which lists exactly the
    /// positions counted.
    func context(_ page: Page, for listing: Listing) -> [String: Any] {
        var context: [String: Any] = [:]
        for ((list, shown), kind) in zip(zip(lists, page.lists), Self.kinds) {
            let isOwnKind = listing.kind == kind.listing
            let section = listing.kind == "department" && !isOwnKind ? listing.value.map { "#group-" + $0 } ?? "" : ""
            context[kind.name] = shown.map { entry, count -> [String: Any] in
                let e = list.entries[entry]
                var d: [String: Any] = ["label": e.label, "value": e.value, "url": base.rooted(e.path) + section, "count": count]
                if isOwnKind, listing.value == e.value { d["isCurrent"] = true }
                return d
            }
        }
        return context
    }

    /// Gathers one kind's entries in the order jobs first name them.
    private struct Builder {
        var values: [(value: String, label: String)] = []
        var number: [String: Int32] = [:]
        var first: [Int32]
        var members: [Int32] = []
        var next = 0

        init(cards: Int) { first = Array(repeating: 0, count: cards + 1) }

        mutating func add(_ card: Int, _ entries: [(value: String, label: String)]) {
            precondition(card >= next, "listed jobs in ascending order")
            while next <= card { first[next] = Int32(members.count); next += 1 }
            for (value, label) in entries {
                let id: Int32
                if let known = number[value] { id = known } else {
                    id = Int32(values.count)
                    number[value] = id
                    values.append((value, label))
                }
                members.append(id)
            }
        }

        /// The entries sorted by `before` (stable: first named first), the members renumbered.
        func list(by before: ((value: String, label: String), (value: String, label: String)) -> Bool,
                  path: (String) -> String) -> List {
            var first = first
            for card in next..<first.count { first[card] = Int32(members.count) }
            let order = values.indices.sorted { before(values[$0], values[$1]) || (!before(values[$1], values[$0]) && $0 < $1) }
            var renumbered = [Int32](repeating: 0, count: values.count)
            for (position, old) in order.enumerated() { renumbered[old] = Int32(position) }
            var list = List(first: first)
            list.entries = order.map { Entry(label: values[$0].label, value: values[$0].value, path: path(values[$0].value)) }
            list.position = Dictionary(uniqueKeysWithValues: list.entries.enumerated().map { ($1.value, $0) })
            list.members = members.map { renumbered[Int($0)] }
            return list
        }
    }
}
