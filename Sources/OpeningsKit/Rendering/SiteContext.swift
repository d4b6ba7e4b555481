/// `site`: what every page shows (docs/themes.md, "site").
enum SiteContext {
    static func make(_ site: ResolvedSite, cards: [JobCard], listed: [Int]) -> TemplateContext {
        let config = site.config
        var organization: [String: Any] = ["name": config.organization.name]
        organization.setText("url", config.organization.url)
        if let logo = config.organization.logo {
            organization.setText("logoURL", URLPolicy.scheme(of: logo) != nil ? logo : site.rootURL.sitePath(logo))
        }
        // A language's own pages, and the main language's it has no translation of (`lang` says so).
        let borrowed = site.edition.map { edition in edition.mainPages.map { ($0, edition.root, Optional(edition.mainLanguage)) } } ?? []
        let nav: [[String: Any]] = (site.pages.map { ($0, site.baseURL, String?.none) } + borrowed)
            .sorted { ($0.0.navOrder ?? Int.max, $0.0.title) < ($1.0.navOrder ?? Int.max, $1.0.title) }
            .map { page, base, language in
                var entry: [String: Any] = ["title": page.title, "url": base.rooted(SitePaths.page(page.slug))]
                entry.setText("lang", language)
                return entry
            }
        var departments: [(String, String, Int)] = []
        for index in listed {
            if let last = departments.last, last.0 == cards[index].department { departments[departments.count - 1].2 += 1 }
            else { departments.append((cards[index].department, cards[index].departmentSlug, 1)) }
        }
        var context: [String: Any] = [
            "title": config.title, "language": config.language,
            "rootURL": site.baseURL.path, "assetsURL": site.rootURL.rooted(SitePaths.asset("")),
            "feedURL": site.baseURL.rooted(SitePaths.feed), "jobsJSONURL": site.baseURL.rooted(SitePaths.jobsJSON),
            "organization": organization, "nav": nav,
            "departments": departments.map { ["name": $0.0, "slug": $0.1, "url": site.baseURL.rooted(SitePaths.department($0.1)), "count": $0.2] },
            "openJobCount": listed.count,
            "buildDate": site.buildDate.description, "year": String(site.buildDate.year),
        ]
        context.setText("description", config.description)
        context.setText("ogLocale", ogLocale(config.language))
        if let image = socialImage(site) {
            context["socialImageURL"] = image.url
            context["twitterCard"] = image.large ? "summary_large_image" : "summary"
        } else {
            context["twitterCard"] = "summary"
        }
        if config.feeds.calendar { context["calendarURL"] = site.baseURL.rooted(SitePaths.calendar) }
        return TemplateContext(value: context)
    }

    /// Image types link previews show (Facebook, LinkedIn, X and Slack take no SVG).
    static let previewImageTypes = ["png", "jpg", "jpeg", "gif", "webp"]

    /// The image link previews show: the theme's `assets/social-image.*` (a wide picture
    /// made for previews), else the organization's logo when it is a picture they can show.
    static func socialImage(_ site: ResolvedSite) -> (url: String, large: Bool)? {
        for type in previewImageTypes where site.theme.assets["social-image." + type] != nil {
            return (site.rootURL.absolute(SitePaths.asset("social-image." + type)), true)
        }
        if let logo = site.config.organization.logo,
           let type = logo.split(separator: "?").first?.split(separator: ".").last?.lowercased(), previewImageTypes.contains(type) {
            return (JobPostingSchema.absolute(logo, site: site), false)
        }
        return nil
    }

    /// `og:locale` is written `de_DE`; a tag without a region says nothing more than `lang`.
    static func ogLocale(_ language: String) -> String? {
        let parts = language.split(separator: "-")
        guard parts.count >= 2, parts[0].count == 2 || parts[0].count == 3, parts.last!.count == 2 else { return nil }
        return parts[0].lowercased() + "_" + parts.last!.uppercased()
    }
}
