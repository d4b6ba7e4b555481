/// `Content/site.yml`.
public struct SiteConfig: Sendable {
    public enum PayTransparency: String, Sendable, CaseIterable { case off, jurisdiction, always }

    public struct Organization: Sendable {
        public var name: String
        public var url: String?
        public var logo: String?
        /// `linkedin_company_id`: the number of the organization's LinkedIn page, for
        /// the LinkedIn feed's `<companyId>`.
        public var linkedInCompanyID: String? = nil
    }

    /// `feeds:`, the opt-in documents for aggregators and subscribers (docs/output.md).
    public struct Feeds: Sendable, Equatable {
        /// `indeed.xml`, Indeed's XML job feed.
        public var indeed = false
        /// `linkedin.xml`, LinkedIn's XML job feed.
        public var linkedIn = false
        /// An Atom feed beside every department, workplace and location page.
        public var listings = false
        /// `deadlines.ics` (and one per department): application closing dates.
        public var calendar = false
        public init() {}
    }

    public var title: String
    public var description: String?
    public var baseURL: BaseURL
    public var language: String
    /// `language:` first, then each of `languages:`: every language postings are
    /// published in, each with its own pages, listings, feed and sitemap. Kept as the
    /// site's list when a language's pages are rendered with that `language`.
    public var languages: [SiteLanguage] {
        get { declaredLanguages.isEmpty ? [SiteLanguage(tag: language, prefix: "")] : declaredLanguages }
        set { declaredLanguages = newValue }
    }
    var declaredLanguages: [SiteLanguage] = []
    public var theme: String
    public var organization: Organization
    public var applyURL: String?
    public var payTransparency: PayTransparency
    public var interviewRequired: Bool
    /// Raw HTML and any link scheme in Markdown pass through only when a site opts in.
    public var unsafeHTML: Bool
    public var employees: Int?
    /// Law code → whether it applies regardless of its date and headcount threshold.
    public var payTransparencyOverrides: [String: Bool]
    public var languageRules: LanguageRuleSettings
    /// `departments:` — when given, the only department names postings may use, so a
    /// misspelt one is an error instead of a new department page.
    public var departments: [String]? = nil
    public var feeds = Feeds()
    /// `indexnow_key`: written to `<key>.txt` at the site's root, where IndexNow looks
    /// for it; `openings notify` sends with it.
    public var indexNowKey: String? = nil
    /// `apply_source`: the parameters added to every outbound apply link.
    public var applySource: ApplySource? = nil
    public var file: SourceFile
    public var keyLocations: [String: SourceLocation]
}

/// The site's absolute address, split so pages can link by path and feeds by full URL.
public struct BaseURL: Sendable, Hashable {
    /// `https://careers.example`
    public var origin: String
    /// Always begins and ends with `/`: `/` or `/careers/`.
    public var path: String

    public init?(_ text: String) {
        guard let schemeEnd = text.range(of: "://") else { return nil }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = text[schemeEnd.upperBound...]
        let hostEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let host = rest[..<hostEnd]
        guard !host.isEmpty, host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-.:[]".contains($0)) }),
              rest[hostEnd...].allSatisfy({ $0 != "?" && $0 != "#" && $0 != " " && $0 != "\"" && $0 != "<" && $0 != ">" })
        else { return nil }
        origin = "\(scheme)://\(host.lowercased())"
        var path = String(rest[hostEnd...])
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        self.path = path
    }

    /// The host, with its port if the address has one: `careers.example`.
    public var host: String { origin.range(of: "://").map { String(origin[$0.upperBound...]) } ?? origin }

    /// Absolute URL of a site path given without a leading slash (`jobs/x/`).
    public func absolute(_ relative: String) -> String { origin + path + relative }
    /// Root-relative URL of a site path given without a leading slash.
    public func rooted(_ relative: String) -> String { path + relative }
}

extension BaseURL {
    /// A path an author wrote for the site (`/assets/logo.svg`) under the site's base path.
    func sitePath(_ path: String) -> String {
        self.path + (path.hasPrefix("/") ? String(path.dropFirst()) : path)
    }
}
extension SiteConfig: KeyedDocument {}
