/// `page`: what a page says about itself (docs/themes.md, "page").
enum PageContext {
    static func make(_ site: ResolvedSite, title: String, heading: String, description: String, path: String,
                     kind: String, noindex: Bool, ogType: String) -> [String: Any] {
        var page: [String: Any] = ["title": title, "heading": heading, "description": description,
                                   "canonicalURL": site.baseURL.absolute(path == "index.html" ? "" : path),
                                   "ogType": ogType, kind: true]
        if noindex { page["robots"] = "noindex" }
        // A multilingual site: this page in the other languages (`LanguageAlternates`).
        if let edition = site.edition {
            page.merge(edition.alternates.context(of: path, in: edition.number)) { $1 }
        }
        return page
    }
}
