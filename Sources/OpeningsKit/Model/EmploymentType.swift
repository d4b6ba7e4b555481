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

    /// Its words in the theme's translation tables.
    var wordKey: String { self == .intern ? "internship" : rawValue }
}
