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
