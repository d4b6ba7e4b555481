import Foundation

public enum EmploymentType: String, Sendable, CaseIterable {
    case fullTime = "full_time", partTime = "part_time", contract, temporary, intern

    /// schema.org / Google `employmentType`.
    var schemaValue: String {
        switch self {
        case .fullTime: return "FULL_TIME"
        case .partTime: return "PART_TIME"
        case .contract: return "CONTRACTOR"
        case .temporary: return "TEMPORARY"
        case .intern: return "INTERN"
        }
    }

    var label: String {
        switch self {
        case .fullTime: return "Full-time"
        case .partTime: return "Part-time"
        case .contract: return "Contract"
        case .temporary: return "Temporary"
        case .intern: return "Internship"
        }
    }
}

public enum Workplace: String, Sendable, CaseIterable {
    case onsite, hybrid, remote

    var label: String {
        switch self {
        case .onsite: return "On-site"
        case .hybrid: return "Hybrid"
        case .remote: return "Remote"
        }
    }
}

/// Where a job is based: a structured place, or free text from the seed template.
public struct JobLocation: Hashable, Sendable {
    public var city: String?
    /// ISO 3166-2 subdivision code without the country prefix (`CO`).
    public var region: String?
    /// ISO 3166-1 alpha-2 (`US`).
    public var country: String?
    /// Free text (`Hybrid or Remote`) when the posting gives no structure.
    public var text: String?
}

/// One `name: {target: …}` item of a seed-style `metrics` list.
public struct JobMetric: Hashable, Sendable {
    public var name: String
    public var target: String
}

/// A posting as written, after its front matter was checked field by field.
/// A posting as written. Copy-on-write: the stages pass jobs along by value, and a
/// site has tens of thousands, so a copy is one reference, not two dozen.
public struct Job: Sendable {
    final class Storage: @unchecked Sendable {
        /// What the build stages made of this job, while it stays unchanged.
        let memo = JobMemo()
        var file: SourceFile
        var slug: String
        var id: String
        var title: String
        var department: String
        var level: String?
        var employmentType: EmploymentType
        var workplace: Workplace
        var locations: [JobLocation]
        var remoteCountries: [String]
        var reportsTo: String?
        var posted: CalendarDate
        var closes: CalendarDate?
        var salary: SalarySpec?
        var benefits: [String]
        var interview: String?
        var applyURL: String?
        var draft: Bool
        var tags: [String]
        var responsibilities: [String]
        var requirements: [String]
        var metrics: [JobMetric]
        /// The body when it is not the tail of `file.text`. A parsed posting's body is,
        /// and is then read from there rather than held twice (half the memory of a big site).
        var separateBody: String?
        var bodyOffset = 0
        var bodyFirstLine: Int
        var keyLocations: [String: SourceLocation]

        var body: String {
            get { separateBody ?? String(Substring(file.text.utf8.dropFirst(bodyOffset))) }
            set {
                var text = file.text, tail = newValue
                let offset = text.withUTF8 { text in
                    tail.withUTF8 { tail -> Int? in
                        guard tail.count <= text.count else { return nil }
                        let offset = text.count - tail.count
                        return tail.isEmpty || memcmp(text.baseAddress! + offset, tail.baseAddress!, tail.count) == 0 ? offset : nil
                    }
                }
                if let offset {
                    separateBody = nil
                    bodyOffset = offset
                } else {
                    separateBody = newValue
                }
            }
        }

        init(file: SourceFile, slug: String, id: String, title: String, department: String, level: String?, employmentType: EmploymentType, workplace: Workplace, locations: [JobLocation], remoteCountries: [String], reportsTo: String?, posted: CalendarDate, closes: CalendarDate?, salary: SalarySpec?, benefits: [String], interview: String?, applyURL: String?, draft: Bool, tags: [String], responsibilities: [String], requirements: [String], metrics: [JobMetric], body: String, bodyFirstLine: Int, keyLocations: [String: SourceLocation]) {
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
            self.bodyFirstLine = bodyFirstLine
            self.keyLocations = keyLocations
            self.body = body
        }

        func copy() -> Storage {
            Storage(file: file, slug: slug, id: id, title: title, department: department, level: level, employmentType: employmentType, workplace: workplace, locations: locations, remoteCountries: remoteCountries, reportsTo: reportsTo, posted: posted, closes: closes, salary: salary, benefits: benefits, interview: interview, applyURL: applyURL, draft: draft, tags: tags, responsibilities: responsibilities, requirements: requirements, metrics: metrics, body: body, bodyFirstLine: bodyFirstLine, keyLocations: keyLocations)
        }
    }

    private var storage: Storage

    var memo: JobMemo { storage.memo }

    public init(file: SourceFile,
                slug: String,
                id: String,
                title: String,
                department: String,
                level: String?,
                employmentType: EmploymentType,
                workplace: Workplace,
                locations: [JobLocation],
                remoteCountries: [String],
                reportsTo: String?,
                posted: CalendarDate,
                closes: CalendarDate?,
                salary: SalarySpec?,
                benefits: [String],
                interview: String?,
                applyURL: String?,
                draft: Bool,
                tags: [String],
                responsibilities: [String],
                requirements: [String],
                metrics: [JobMetric],
                body: String,
                bodyFirstLine: Int,
                keyLocations: [String: SourceLocation]) {
        storage = Storage(file: file, slug: slug, id: id, title: title, department: department, level: level, employmentType: employmentType, workplace: workplace, locations: locations, remoteCountries: remoteCountries, reportsTo: reportsTo, posted: posted, closes: closes, salary: salary, benefits: benefits, interview: interview, applyURL: applyURL, draft: draft, tags: tags, responsibilities: responsibilities, requirements: requirements, metrics: metrics, body: body, bodyFirstLine: bodyFirstLine, keyLocations: keyLocations)
    }

    /// Storage this value alone holds, for a mutation (Sendable: a shared one is never written).
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var file: SourceFile {
        get { storage.file }
        set {
            // The body stays what it was, wherever the new text ends.
            let body = storage.body
            let storage = unique()
            storage.file = newValue
            storage.body = body
        }
    }
    public var slug: String {
        get { storage.slug }
        set { unique().slug = newValue }
    }
    public var id: String {
        get { storage.id }
        set { unique().id = newValue }
    }
    public var title: String {
        get { storage.title }
        set { unique().title = newValue }
    }
    public var department: String {
        get { storage.department }
        set { unique().department = newValue }
    }
    public var level: String? {
        get { storage.level }
        set { unique().level = newValue }
    }
    public var employmentType: EmploymentType {
        get { storage.employmentType }
        set { unique().employmentType = newValue }
    }
    public var workplace: Workplace {
        get { storage.workplace }
        set { unique().workplace = newValue }
    }
    public var locations: [JobLocation] {
        get { storage.locations }
        set { unique().locations = newValue }
    }
    public var remoteCountries: [String] {
        get { storage.remoteCountries }
        set { unique().remoteCountries = newValue }
    }
    public var reportsTo: String? {
        get { storage.reportsTo }
        set { unique().reportsTo = newValue }
    }
    public var posted: CalendarDate {
        get { storage.posted }
        set { unique().posted = newValue }
    }
    public var closes: CalendarDate? {
        get { storage.closes }
        set { unique().closes = newValue }
    }
    public var salary: SalarySpec? {
        get { storage.salary }
        set { unique().salary = newValue }
    }
    public var benefits: [String] {
        get { storage.benefits }
        set { unique().benefits = newValue }
    }
    public var interview: String? {
        get { storage.interview }
        set { unique().interview = newValue }
    }
    public var applyURL: String? {
        get { storage.applyURL }
        set { unique().applyURL = newValue }
    }
    public var draft: Bool {
        get { storage.draft }
        set { unique().draft = newValue }
    }
    public var tags: [String] {
        get { storage.tags }
        set { unique().tags = newValue }
    }
    public var responsibilities: [String] {
        get { storage.responsibilities }
        set { unique().responsibilities = newValue }
    }
    public var requirements: [String] {
        get { storage.requirements }
        set { unique().requirements = newValue }
    }
    public var metrics: [JobMetric] {
        get { storage.metrics }
        set { unique().metrics = newValue }
    }
    public var body: String {
        get { storage.body }
        set { unique().body = newValue }
    }
    public var bodyFirstLine: Int {
        get { storage.bodyFirstLine }
        set { unique().bodyFirstLine = newValue }
    }
    public var keyLocations: [String: SourceLocation] {
        get { storage.keyLocations }
        set { unique().keyLocations = newValue }
    }

    /// Frees the file's text, in every copy of this job, once its last reader is done.
    /// Only for a build that keeps nothing (no `BuildCache`): after the Markdown stage
    /// nothing reads a posting's text, and holding every file's text to the end would
    /// add a third to the peak memory of a big site. Each job is released by the one
    /// thread that rendered it. `body` is empty afterwards.
    func releaseText() {
        storage.file.text = ""
        storage.separateBody = nil
        storage.bodyOffset = 0
    }

    func location(of key: String) -> SourceLocation {
        keyLocations[key] ?? file.location(line: 1, column: 1)
    }
}
