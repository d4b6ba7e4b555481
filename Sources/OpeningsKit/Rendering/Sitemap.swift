/// `sitemap.xml`: every page a search engine should index — listings, open jobs, free pages.
///
/// The protocol allows 50,000 URLs per file; a bigger site gets `sitemap-1.xml`,
/// `sitemap-2.xml`, … and `sitemap.xml` becomes the index of them, so robots.txt and
/// search consoles keep pointing at the same address.
enum Sitemap {
    static let maximumURLs = 50_000
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"

    static func line(_ path: String, _ lastmod: CalendarDate?, base: BaseURL) -> String {
        var xml = "  <url><loc>\(Escaping.xml(base.absolute(path)))</loc>"
        if let lastmod { xml += "<lastmod>\(lastmod)</lastmod>" }
        return xml + "</url>\n"
    }

    /// A job's line: last changed in git, or posted.
    static func line(_ resolved: ResolvedJob, site: ResolvedSite) -> String {
        let job = resolved.job
        return line(SitePaths.job(job.slug), site.lastChanged(job.file) ?? job.posted, base: site.baseURL)
    }

    /// Every line: listings, then jobs (`jobLines`), then free pages.
    static func lines(_ site: ResolvedSite, listingPaths: [String], jobLines: [String]) -> [String] {
        listingPaths.map { line($0, nil, base: site.baseURL) } + jobLines
            + site.pages.map { line(SitePaths.page($0.slug), site.lastChanged($0.file), base: site.baseURL) }
    }

    /// How many lines `lines` gives.
    static func urlCount(_ site: ResolvedSite, listingPaths: [String], listed: Int) -> Int {
        listingPaths.count + listed + site.pages.count
    }

    /// The sitemap files for `urlCount` URLs, `sitemap.xml` first.
    static func paths(urlCount: Int, maximumURLs: Int = maximumURLs) -> [String] {
        guard urlCount > maximumURLs else { return [SitePaths.sitemap] }
        return [SitePaths.sitemap] + stride(from: 0, to: urlCount, by: maximumURLs).enumerated().map { number, _ in "sitemap-\(number + 1).xml" }
    }

    static func urlset(_ lines: ArraySlice<String>) -> String {
        urlsetParts(lines).joined()
    }

    /// The same as pieces, each line one (see `OutputFile.Contents.parts`).
    static func urlsetParts(_ lines: some Collection<String>) -> [String] {
        [header + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"] + lines + ["</urlset>\n"]
    }

    /// The sitemap files by output path, `sitemap.xml` first.
    static func files(_ urls: [String], base: BaseURL, maximumURLs: Int = maximumURLs) -> [OutputFile] {
        let paths = self.paths(urlCount: urls.count, maximumURLs: maximumURLs)
        guard urls.count > maximumURLs else { return [OutputFile(path: paths[0], contents: .text(urlset(urls[...])))] }
        let parts = zip(paths.dropFirst(), stride(from: 0, to: urls.count, by: maximumURLs)).map { path, start in
            OutputFile(path: path, contents: .text(urlset(urls[start..<min(start + maximumURLs, urls.count)])))
        }
        let index = header + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
            + parts.map { "  <sitemap><loc>\(Escaping.xml(base.absolute($0.path)))</loc></sitemap>\n" }.joined()
            + "</sitemapindex>\n"
        return [OutputFile(path: paths[0], contents: .text(index))] + parts
    }

    /// The sitemap of `site` whose listing pages are at `listingPaths`.
    static func make(_ site: ResolvedSite, listed: [Int], listingPaths: [String], maximumURLs: Int = maximumURLs) -> [OutputFile] {
        files(lines(site, listingPaths: listingPaths, jobLines: listed.map { line(site.jobs[$0], site: site) }),
              base: site.baseURL, maximumURLs: maximumURLs)
    }
}
