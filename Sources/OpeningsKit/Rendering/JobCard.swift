/// The facts about a job that every listing shows, computed once per build.
struct JobCard: Sendable {
    typealias Place = JobLocation.Place

    var title: String
    var url: String
    var id: String
    var department: String
    var departmentSlug: String
    var level: String?
    var locationsText: String
    var places: [Place]
    /// `places` without repeats, for grouping.
    var uniquePlaces: [Place]
    /// The countries one can take the job from (`RemoteFrom.values`).
    var remoteValues: [String]
    var workplace: Workplace
    var workplaceLabel: String
    var employmentType: EmploymentType
    var employmentTypeLabel: String
    var salaryText: String?
    var posted: CalendarDate
    var postedText: String
    var closes: CalendarDate?
    var closesText: String?
    var searchText: String

    init(_ resolved: ResolvedJob, site: ResolvedSite) {
        let strings = site.strings
        let source = resolved.job
        title = source.title
        url = site.baseURL.rooted(SitePaths.job(source.slug))
        id = source.id
        department = source.department
        departmentSlug = resolved.departmentSlug
        level = source.level
        workplace = source.workplace
        workplaceLabel = strings.text(source.workplace.wordKey)
        employmentType = source.employmentType
        employmentTypeLabel = strings.text(source.employmentType.wordKey)
        salaryText = resolved.salary.map(strings.salary.format)
        posted = source.posted
        postedText = strings.date(source.posted)
        closes = source.closes
        closesText = source.closes.map(strings.date)
        places = Self.places(of: source, names: site.placeNames)
        var seen: Set<Place> = []
        uniquePlaces = places.filter { seen.insert($0).inserted }
        remoteValues = RemoteFrom.values(source)
        var text = places.map(\.label).joined(separator: "; ")
        if source.workplace == .remote {
            let countries = source.remoteCountries.map(site.placeNames.country)
            let remote = countries.isEmpty ? workplaceLabel : strings.text("remote_in", ["countries": countries.joined(separator: ", ")])
            text = text.isEmpty ? remote : "\(text); \(remote)"
        }
        locationsText = text
        searchText = ([title, department, text, level ?? ""] + source.tags).joined(separator: " ").lowercased()
    }

    /// A job's places as its card shows them: each slug as `Job.places` has it (URLs do
    /// not change with the language), each label in the site's language.
    static func places(of job: Job, names: PlaceNames) -> [Place] {
        zip(job.locations, job.places).map { Place(slug: $1.slug, label: names.label($0)) }
    }

    /// The card as templates read it (docs/themes.md, "job card"). Made as template
    /// values at once: a card is shown on a job page, in its department's other roles
    /// and on four or more listings, and is converted for none of them.
    var templateObject: [String: TemplateValue] {
        var d: [String: TemplateValue] = [
            "title": .text(title), "url": .text(url), "id": .text(id), "department": .text(department),
            "departmentSlug": .text(departmentSlug), "workplace": .text(workplace.rawValue), "workplaceLabel": .text(workplaceLabel),
            "employmentTypeLabel": .text(employmentTypeLabel),
            "postedISO": .text(posted.description), "postedText": .text(postedText),
            "locationValues": .text(places.map(\.slug).joined(separator: " ")), "searchText": .text(searchText),
        ]
        func setText(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { d[key] = .text(value) }
        }
        setText("level", level)
        setText("locationsText", locationsText)
        setText("remoteValues", remoteValues.joined(separator: " "))
        setText("salaryText", salaryText)
        if let closes {
            d["closesISO"] = .text(closes.description)
            if let closesText { d["closesText"] = .text(closesText) }
        }
        return d
    }
}
