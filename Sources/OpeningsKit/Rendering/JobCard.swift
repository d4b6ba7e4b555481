/// The facts about a job that every listing shows, computed once per build.
///
/// A class: the preview hands each card out of its cache to several stages on every
/// edit, and copying a struct of twenty strings and lists retained each of them.
final class JobCard: Sendable {
    typealias Place = JobLocation.Place

    let title: String
    let url: String
    let id: String
    let department: String
    let departmentSlug: String
    let level: String?
    let locationsText: String
    let places: [Place]
    /// `places` without repeats, for grouping.
    let uniquePlaces: [Place]
    /// The countries one can take the job from (`RemoteFrom.values`).
    let remoteValues: [String]
    let workplace: Workplace
    let workplaceLabel: String
    let employmentType: EmploymentType
    let employmentTypeLabel: String
    let salaryText: String?
    let posted: CalendarDate
    let postedText: String
    let closes: CalendarDate?
    let closesText: String?
    let searchText: String

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
        let workplaceLabel = strings.text(source.workplace.wordKey)
        self.workplaceLabel = workplaceLabel
        employmentType = source.employmentType
        employmentTypeLabel = strings.text(source.employmentType.wordKey)
        salaryText = resolved.salary.map(strings.salary.format)
        posted = source.posted
        postedText = strings.date(source.posted)
        closes = source.closes
        closesText = source.closes.map(strings.date)
        let places = Self.places(of: source, names: site.placeNames)
        self.places = places
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
        searchText = ([source.title, source.department, text, source.level ?? ""] + source.tags).joined(separator: " ").lowercased()
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
        d.setText("level", level)
        d.setText("locationsText", locationsText)
        d.setText("remoteValues", remoteValues.joined(separator: " "))
        d.setText("salaryText", salaryText)
        if let closes {
            d["closesISO"] = .text(closes.description)
            if let closesText { d["closesText"] = .text(closesText) }
        }
        return d
    }
}
