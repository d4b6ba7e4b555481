/// `sitemap.xml`: every page a search engine should index — listings, open jobs, free pages.
enum Sitemap {
    static func make(_ content: RenderedContent, listed: [Int], listingPaths: [String], cache: BuildCache? = nil) -> String {
        let site = content.site
        func line(_ path: String, _ lastmod: CalendarDate?) -> String {
            var xml = "  <url><loc>\(Escaping.xml(site.baseURL.absolute(path)))</loc>"
            if let lastmod { xml += "<lastmod>\(lastmod)</lastmod>" }
            return xml + "</url>\n"
        }
        var parts = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"]
        parts += listingPaths.map { line($0, nil) }
        parts += listed.map { index in
            let job = content.jobs[index].resolved.job
            let lastmod = site.site.lastChanged(job.file) ?? job.posted
            return cache?.value(.sitemap, for: job, extra: lastmod.description) {
                line("jobs/\(job.slug)/", lastmod)
            } ?? line("jobs/\(job.slug)/", lastmod)
        }
        parts += site.site.pages.map { line("\($0.slug)/", site.site.lastChanged($0.file)) }
        func document() -> String { parts.joined() + "</urlset>\n" }
        return cache?.document("sitemap.xml", parts: parts, compute: document) ?? document()
    }
}
