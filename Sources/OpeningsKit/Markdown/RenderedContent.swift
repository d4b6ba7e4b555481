/// The Markdown of one job, rendered.
public struct RenderedJob: Sendable {
    public var bodyHTML: String
    public var responsibilitiesHTML: [String]
    public var requirementsHTML: [String]
    /// The body's links into the site, for `LinkChecker`.
    public var links = LinkInventory()

    /// The posting's full text as HTML, for JSON-LD and job-board feeds: sections from
    /// front matter first, as on the page, headed in the page's language.
    func descriptionHTML(_ strings: UIStrings) -> String {
        var html = ""
        if !responsibilitiesHTML.isEmpty {
            html += "<h2>\(Escaping.html(strings.text("responsibilities")))</h2>\n<ul>\n"
                + responsibilitiesHTML.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
        }
        if !requirementsHTML.isEmpty {
            html += "<h2>\(Escaping.html(strings.text("requirements")))</h2>\n<ul>\n"
                + requirementsHTML.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
        }
        return html + bodyHTML
    }
}

/// What the Markdown stage gives the renderer: the resolved site and every body as HTML.
public struct RenderedContent: Sendable {
    public var site: ResolvedSite
    /// Aligned with `site.jobs`.
    public var jobs: [RenderedJob]
    /// Interview process name → rendered body.
    public var interviewHTML: [String: String]
    /// Aligned with `site.pages`.
    public var pageHTML: [String]
    /// Interview process name → its body's links into the site.
    public var interviewLinks: [String: LinkInventory] = [:]
    /// Aligned with `site.pages`.
    public var pageLinks: [LinkInventory] = []
}
