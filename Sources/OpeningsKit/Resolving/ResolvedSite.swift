import Foundation

/// The site as the later stages see it: the shared inputs, the jobs that get a page
/// with their references followed, the build date and the address the site is built for.
///
/// Immutable and shared by reference: every per-job function of the later stages
/// reads it, thousands of times per build.
public final class ResolvedSite: Sendable {
    public let config: SiteConfig
    public let interviews: [String: InterviewProcess]
    public let pages: [Page]
    public let theme: Theme
    /// Last commit time of each file, by site-relative path; empty outside git.
    public let lastCommit: [String: Int64]
    /// Jobs that get a page: drafts only when asked for. Sorted by department, then title.
    public let jobs: [ResolvedJob]
    public let buildDate: CalendarDate
    public let baseURL: BaseURL
    /// The words its pages show (the theme's `i18n/` tables for the site's language).
    public let strings: UIStrings
    /// Places and countries in the site's language (`config.language`), made once per
    /// build for every card and page.
    public let placeNames: PlaceNames
    /// Set when this is one language's part of a multilingual site (`LanguageEditions`):
    /// which language, where the site's root is, and where each page is in the others.
    let edition: LanguageEdition?

    /// The site's root: the theme's assets and the paths authors write in site.yml are
    /// there whatever the page's language.
    var rootURL: BaseURL { edition?.root ?? baseURL }

    public convenience init(config: SiteConfig, interviews: [String: InterviewProcess], pages: [Page], theme: Theme,
                            lastCommit: [String: Int64], jobs: [ResolvedJob], buildDate: CalendarDate, baseURL: BaseURL) {
        self.init(config: config, interviews: interviews, pages: pages, theme: theme, lastCommit: lastCommit, jobs: jobs,
                  buildDate: buildDate, baseURL: baseURL,
                  strings: UIStrings(theme: theme, language: config.language, fallback: config.language),
                  placeNames: PlaceNames(language: config.language), edition: nil)
    }

    private init(config: SiteConfig, interviews: [String: InterviewProcess], pages: [Page], theme: Theme,
                 lastCommit: [String: Int64], jobs: [ResolvedJob], buildDate: CalendarDate, baseURL: BaseURL,
                 strings: UIStrings, placeNames: PlaceNames, edition: LanguageEdition?) {
        self.config = config
        self.interviews = interviews
        self.pages = pages
        self.theme = theme
        self.lastCommit = lastCommit
        self.jobs = jobs
        self.buildDate = buildDate
        self.baseURL = baseURL
        self.strings = strings
        self.placeNames = placeNames
        self.edition = edition
    }

    /// The same site with other jobs (its words and place names kept, not made again).
    func with(jobs: [ResolvedJob]) -> ResolvedSite {
        ResolvedSite(config: config, interviews: interviews, pages: pages, theme: theme, lastCommit: lastCommit, jobs: jobs,
                     buildDate: buildDate, baseURL: baseURL, strings: strings, placeNames: placeNames, edition: edition)
    }

    /// One language's part of this (multilingual) site: its jobs and pages, its words and
    /// place names, its address under the language's folder. `edition` nil makes the
    /// part without knowing the others yet; `words` passes on ones already made.
    func part(_ language: SiteLanguage, jobs: [ResolvedJob], pages: [Page], edition: LanguageEdition?,
              words: (UIStrings, PlaceNames)? = nil) -> ResolvedSite {
        var config = self.config
        config.language = language.tag
        if let title = language.title { config.title = title }
        if let description = language.description { config.description = description }
        var base = baseURL
        base.path += language.prefix
        let words = words ?? (UIStrings(theme: theme, language: language.tag, fallback: self.config.language),
                              PlaceNames(language: language.tag))
        return ResolvedSite(config: config, interviews: interviews, pages: pages, theme: theme, lastCommit: lastCommit, jobs: jobs,
                            buildDate: buildDate, baseURL: base, strings: words.0, placeNames: words.1, edition: edition)
    }

    /// The day a file last changed in git, if it is committed.
    func lastChanged(_ file: SourceFile) -> CalendarDate? {
        lastCommit[file.relativePath].map { CalendarDate(utc: Date(timeIntervalSince1970: TimeInterval($0))) }
    }
}
