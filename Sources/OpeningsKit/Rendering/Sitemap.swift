/// `sitemap.xml`: every page a search engine should index — listings, open jobs, free pages.
enum Sitemap {
    static func make(_ content: RenderedContent, listed: [Int], listingPaths: [String]) -> String {
        let site = content.site
        var urls: [(String, CalendarDate?)] = listingPaths.map { ($0, nil) }
        urls += listed.map { index in
            let job = content.jobs[index].resolved.job
            return ("jobs/\(job.slug)/", site.site.lastChanged(job.file) ?? job.posted)
        }
        urls += site.site.pages.map { ("\($0.slug)/", site.site.lastChanged($0.file)) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, lastmod) in urls {
            xml += "  <url><loc>\(Escaping.xml(site.baseURL.absolute(path)))</loc>"
            if let lastmod { xml += "<lastmod>\(lastmod)</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }
}
