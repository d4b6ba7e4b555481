/// `sitemap.xml`: every page a search engine should index — listings, open jobs, free pages.
///
/// The protocol allows 50,000 URLs per file; a bigger site gets `sitemap-1.xml`,
/// `sitemap-2.xml`, … and `sitemap.xml` becomes the index of them, so robots.txt and
/// search consoles keep pointing at the same address.
enum Sitemap {
    static let maximumURLs = 50_000

    /// The sitemap files by output path, `sitemap.xml` first.
    static func make(_ content: RenderedContent, listed: [Int], listingPaths: [String], cache: BuildCache? = nil,
                     maximumURLs: Int = maximumURLs) -> [(path: String, text: String)] {
        let site = content.site
        func line(_ path: String, _ lastmod: CalendarDate?) -> String {
            var xml = "  <url><loc>\(Escaping.xml(site.baseURL.absolute(path)))</loc>"
            if let lastmod { xml += "<lastmod>\(lastmod)</lastmod>" }
            return xml + "</url>\n"
        }
        var urls = listingPaths.map { line($0, nil) }
        urls += listed.map { index in
            let job = content.jobs[index].resolved.job
            let lastmod = site.site.lastChanged(job.file) ?? job.posted
            return cache?.value(.sitemap, for: job, extra: lastmod.description) {
                line("jobs/\(job.slug)/", lastmod)
            } ?? line("jobs/\(job.slug)/", lastmod)
        }
        urls += site.site.pages.map { line("\($0.slug)/", site.site.lastChanged($0.file)) }
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        func urlset(_ lines: ArraySlice<String>) -> String {
            header + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + lines.joined() + "</urlset>\n"
        }
        guard urls.count > maximumURLs else {
            let parts = [header] + urls
            return [("sitemap.xml", cache?.document("sitemap.xml", parts: parts) { urlset(urls[...]) } ?? urlset(urls[...]))]
        }
        let parts = stride(from: 0, to: urls.count, by: maximumURLs).enumerated().map { number, start in
            ("sitemap-\(number + 1).xml", urlset(urls[start..<min(start + maximumURLs, urls.count)]))
        }
        let index = header + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + parts.map { "  <sitemap><loc>\(Escaping.xml(site.baseURL.absolute($0.0)))</loc></sitemap>\n" }.joined()
            + "</sitemapindex>\n"
        return [("sitemap.xml", index)] + parts
    }
}
