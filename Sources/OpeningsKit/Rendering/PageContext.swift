/// `page`: what a page says about itself (docs/themes.md, "page").
enum PageContext {
    /// Made as a `TemplateValue`: every page has one, and a `[String: Any]` is cast value
    /// by value when the page is rendered.
    static func make(_ site: ResolvedSite, title: String, heading: String, description: String, path: String,
                     kind: String, noindex: Bool, ogType: String) -> TemplateValue {
        var page: [String: TemplateValue] = ["title": .text(title), "heading": .text(heading), "description": .text(description),
                                             "canonicalURL": .text(site.baseURL.absolute(path == "index.html" ? "" : path)),
                                             "ogType": .text(ogType), kind: .bool(true)]
        if noindex { page["robots"] = .text("noindex") }
        // A multilingual site: this page in the other languages (`LanguageAlternates`),
        // texts, flags and lists of them, which always convert.
        if let edition = site.edition, case .object(let alternates)? = TemplateValue.object(edition.alternates.context(of: path, in: edition.number)) {
            page.merge(alternates) { $1 }
        }
        return .object(page)
    }
}
