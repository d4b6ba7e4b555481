import Foundation

/// A posting as written, after its front matter was checked field by field.
///
/// Immutable and shared by reference: the stages pass tens of thousands of jobs
/// along, so a copy is one pointer. Every field is a `let`; a changed file parses
/// to a new `Job`.
public final class Job: Sendable, KeyedDocument {
    public let file: SourceFile
    public let slug: String
    public let id: String
    public let title: String
    public let department: String
    public let level: String?
    public let employmentType: EmploymentType
    public let workplace: Workplace
    public let locations: [JobLocation]
    public let remoteCountries: [String]
    public let reportsTo: String?
    public let posted: CalendarDate
    public let closes: CalendarDate?
    public let salary: SalarySpec?
    public let benefits: [String]
    public let interview: String?
    public let applyURL: String?
    public let draft: Bool
    public let tags: [String]
    public let responsibilities: [String]
    public let requirements: [String]
    public let metrics: [JobMetric]
    /// `ai_screening:`: whether artificial intelligence screens, assesses or selects
    /// applicants; nil when the posting does not say.
    public let aiScreening: Bool?
    /// `vacancy:`: whether the posting is for an existing vacancy; nil when it does not say.
    public let vacancy: Vacancy?
    /// The Markdown after the front matter. A slice of `file.text` when it is the
    /// file's tail, as it is for every parsed posting, so the text is held once.
    public let body: Substring
    public let bodyFirstLine: Int
    public let keyLocations: [String: SourceLocation]
    /// Fields whose value had an error, already reported (a misspelt `salray:` counts as
    /// `salary`): rules that depend on them stay quiet instead of repeating the cause.
    /// Also a `location:` whose warning already says what a later rule would (a workplace
    /// phrase that leaves the job with nothing saying where it is).
    public let keysWithErrors: Set<String>
    /// The language it is written in, as its file says (`x.de.md` or `language:`); nil
    /// for the site's main language. `SiteConfig.siteLanguage(for:)` finds the site's.
    public let language: String?
    /// `locations` as listings group them (slug and label), made once: every build asks
    /// for them several times per job (cards, listing pages, the link check's paths).
    public let places: [JobLocation.Place]

    public init(file: SourceFile, slug: String, id: String, title: String, department: String, level: String?,
                employmentType: EmploymentType, workplace: Workplace, locations: [JobLocation], remoteCountries: [String],
                reportsTo: String?, posted: CalendarDate, closes: CalendarDate?, salary: SalarySpec?, benefits: [String],
                interview: String?, applyURL: String?, draft: Bool, tags: [String], responsibilities: [String],
                requirements: [String], metrics: [JobMetric], aiScreening: Bool?, vacancy: Vacancy?,
                body: String, bodyFirstLine: Int,
                keyLocations: [String: SourceLocation], keysWithErrors: Set<String> = [],
                places: [JobLocation.Place]? = nil, language: String? = nil) {
        self.file = file
        self.slug = slug
        self.id = id
        self.title = title
        self.department = department
        self.level = level
        self.employmentType = employmentType
        self.workplace = workplace
        self.locations = locations
        self.remoteCountries = remoteCountries
        self.reportsTo = reportsTo
        self.posted = posted
        self.closes = closes
        self.salary = salary
        self.benefits = benefits
        self.interview = interview
        self.applyURL = applyURL
        self.draft = draft
        self.tags = tags
        self.responsibilities = responsibilities
        self.requirements = requirements
        self.metrics = metrics
        self.aiScreening = aiScreening
        self.vacancy = vacancy
        self.body = Self.tail(of: file.text, equalTo: body) ?? Substring(body)
        self.bodyFirstLine = bodyFirstLine
        self.keyLocations = keyLocations
        self.keysWithErrors = keysWithErrors
        self.places = places ?? locations.map(\.place)
        self.language = language
    }

    /// This job without its source text: what the pages need once the Markdown is
    /// rendered. A one-shot build hands these on so each file's text is freed as soon
    /// as its body is rendered (a third of the peak memory of a big site).
    public func withoutSource() -> Job {
        Job(file: SourceFile(relativePath: file.relativePath, displayPath: file.displayPath, text: ""), slug: slug, id: id,
            title: title, department: department, level: level, employmentType: employmentType, workplace: workplace,
            locations: locations, remoteCountries: remoteCountries, reportsTo: reportsTo, posted: posted, closes: closes,
            salary: salary, benefits: benefits, interview: interview, applyURL: applyURL, draft: draft, tags: tags,
            responsibilities: responsibilities, requirements: requirements, metrics: metrics, aiScreening: aiScreening,
            vacancy: vacancy, body: "",
            bodyFirstLine: bodyFirstLine, keyLocations: keyLocations, keysWithErrors: keysWithErrors, places: places,
            language: language)
    }

    /// `body` as a slice of `text` when it is the text's tail (compared byte for byte).
    private static func tail(of text: String, equalTo body: String) -> Substring? {
        var text = text, body = body
        let offset = text.withUTF8 { text in
            body.withUTF8 { tail -> Int? in
                guard tail.count <= text.count else { return nil }
                let offset = text.count - tail.count
                return tail.isEmpty || memcmp(text.baseAddress! + offset, tail.baseAddress!, tail.count) == 0 ? offset : nil
            }
        }
        guard let offset else { return nil }
        return Substring(text.utf8.dropFirst(offset))
    }
}

extension Job {
    /// Whether a search engine can place the job: an address with a country, or
    /// remote with the countries a hire may live in (Google's JobPosting rules).
    public var hasSearchableLocation: Bool {
        let addresses = locations.contains(where: \.isAddress)
        if workplace == .remote || (!addresses && workplace == .hybrid) { return !remoteCountries.isEmpty }
        return addresses
    }
}
