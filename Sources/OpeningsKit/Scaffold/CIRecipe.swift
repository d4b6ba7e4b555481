/// A continuous-integration recipe `openings init --ci` adds to a new site: it
/// downloads the pinned Openings release, checks the postings and builds the site.
public enum CIRecipe: String, CaseIterable, Sendable {
    case github, gitlab, netlify

    /// Where the recipe lives in the site.
    public var path: String {
        switch self {
        case .github: return ".github/workflows/careers.yml"
        case .gitlab: return ".gitlab-ci.yml"
        case .netlify: return "netlify.toml"
        }
    }
}
