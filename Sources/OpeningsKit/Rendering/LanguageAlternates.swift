/// Where each page of a multilingual site is in the other languages: its `hreflang`
/// links and its language switcher. A job's page has the pages of the postings with
/// its `id` in the other languages (translations may have slugs of their own); any
/// other page has the pages at its path (the index, a department with postings in
/// both, a free page translated as `about.de.md`). Made from every language's paths
/// at once, so each pair of pages names the other: the links are reciprocal.
final class LanguageAlternates: Sendable {
    let languages: [SiteLanguage]
    /// Each language's address (the root, `…/de/`).
    let bases: [BaseURL]
    /// Each language's name in itself (`language_name` in the theme's table for it).
    let names: [String]
    /// Per language: a page's path → what it is (`job <id>`, or the path itself).
    private let keys: [[String: String]]
    /// What a page is → its path in each language that has it.
    private let paths: [String: [Int: String]]

    init(_ parts: [ResolvedSite]) {
        languages = parts.map { $0.edition?.language ?? SiteLanguage(tag: $0.config.language, prefix: "") }
        bases = parts.map(\.baseURL)
        names = zip(parts, parts.map(\.config.language)).map { part, tag in Self.name(of: tag, theme: part.theme) }
        var keys: [[String: String]] = []
        var paths: [String: [Int: String]] = [:]
        for (number, part) in parts.enumerated() {
            var own: [String: String] = [:]
            for path in Listing.all(part).map(\.path) { own[path] = path }
            for page in part.pages { own[SitePaths.page(page.slug)] = SitePaths.page(page.slug) }
            for resolved in part.jobs { own[SitePaths.job(resolved.job.slug)] = "job " + resolved.job.id }
            for (path, key) in own { paths[key, default: [:]][number] = path }
            keys.append(own)
        }
        self.keys = keys
        self.paths = paths
    }

    /// The name a language's readers know it by: the theme's `language_name` for it, else
    /// its English name, else its tag.
    static func name(of tag: String, theme: Theme) -> String {
        for candidate in UIStrings.candidates(tag) {
            if case .text(let name)? = theme.translations[candidate]?.entries["language_name"] { return name }
        }
        return ISOCodes.languages[SiteLanguage.primary(of: tag)].map { $0.split(separator: ";").first.map(String.init) ?? $0 } ?? tag
    }

    /// The page at `path` in each language that has it, by language number; none for a
    /// page that is no language's (404.html, shown for a missing page in any of them).
    func versions(of path: String, in number: Int) -> [Int: String] {
        keys[number][path].flatMap { paths[$0] } ?? [:]
    }

    /// What changes a page's links: the languages it is in, and where (for a session's keys).
    func signature(of path: String, in number: Int) -> String {
        versions(of: path, in: number).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }

    /// `page.alternates` (every language the page is in, itself too, when that is more
    /// than one), `page.xDefaultURL` (the main language's, for readers of any other) and
    /// `page.languages` (the switcher: every language, linking to the page in it or else
    /// to that language's front page), for the page at `path` in language `number`.
    func context(of path: String, in number: Int) -> [String: Any] {
        let versions = versions(of: path, in: number)
        var context: [String: Any] = [:]
        if versions.count > 1 {
            context["alternates"] = versions.sorted { $0.key < $1.key }.map { other, otherPath -> [String: Any] in
                ["hreflang": languages[other].tag, "url": bases[other].absolute(otherPath)]
            }
            if let main = versions[0] { context["xDefaultURL"] = bases[0].absolute(main) }
        }
        context["languages"] = languages.indices.map { other -> [String: Any] in
            var entry: [String: Any] = ["hreflang": languages[other].tag, "name": names[other],
                                        "url": bases[other].rooted(versions[other] ?? SitePaths.index)]
            if other == number, versions[other] != nil { entry["isCurrent"] = true }
            if versions[other] == nil { entry["isFrontPage"] = true }
            return entry
        }
        context["hasLanguages"] = true
        return context
    }
}
