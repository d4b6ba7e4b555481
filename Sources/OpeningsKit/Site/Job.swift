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
public struct Job: Sendable {
    public var file: SourceFile
    public var slug: String
    public var id: String
    public var title: String
    public var department: String
    public var level: String?
    public var employmentType: EmploymentType
    public var workplace: Workplace
    public var locations: [JobLocation]
    public var remoteCountries: [String]
    public var reportsTo: String?
    public var posted: CalendarDate
    public var closes: CalendarDate?
    public var salary: SalarySpec?
    public var benefits: [String]
    /// Name of a file in `Content/interview/`, when the job names one.
    public var interview: String?
    public var applyURL: String?
    public var draft: Bool
    public var tags: [String]
    public var responsibilities: [String]
    public var requirements: [String]
    public var metrics: [JobMetric]
    public var body: String
    public var bodyFirstLine: Int
    /// Where each top-level key was written, for findings that need other files to decide.
    public var keyLocations: [String: SourceLocation]

    func location(of key: String) -> SourceLocation {
        keyLocations[key] ?? file.location(line: 1, column: 1)
    }
}
