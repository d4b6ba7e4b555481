public enum Workplace: String, Sendable, CaseIterable {
    case onsite, hybrid, remote

    /// Its words in the theme's translation tables.
    var wordKey: String { rawValue }

    /// English, for machine-read formats (LinkedIn's feed).
    var label: String {
        switch self {
        case .onsite: return "On-site"
        case .hybrid: return "Hybrid"
        case .remote: return "Remote"
        }
    }
}
