import Foundation

/// The link check, a step between the Markdown stage and rendering that runs in
/// `check`, `build` and `serve` alike. Every link into the site that a Markdown body
/// holds (`InternalLink`, collected while the body was rendered, so nothing is parsed
/// again) is resolved against the address of the page it appears on, as a browser
/// would, and looked up among the paths the build writes (`SitePaths.targets`, made by
/// the functions the renderer names its files with); its `#fragment` among the ids that
/// page can have. One set lookup per link.
///
/// At most one finding per link, at the link:
/// - an error when it points into the site and misses (a page, a file, a draft's page
///   a build without `--drafts` leaves out, or an id), with the closest match if one is close;
/// - a note when it leads outside the site's base path (`../../../blog/` on a site at
///   `/careers/`): the page is not this build's, so it cannot be checked.
///
/// Bodies checked: jobs (on `jobs/<slug>/`), free pages (`<slug>/`), interview
/// processes (on the page of the first job that shows the process; unused ones appear
/// nowhere). Links in front matter lists and raw HTML are not.
struct LinkChecker: Sendable {
    let targets: LinkTargets
    /// `/` or `/careers/`.
    let basePath: String

    init(_ content: RenderedContent, draftsPublished: Bool) {
        self.init(targets: SitePaths.targets(content, draftsPublished: draftsPublished), basePath: content.site.baseURL.path)
    }

    init(targets: LinkTargets, basePath: String) {
        self.targets = targets
        self.basePath = basePath
    }

    /// Whether any body of `content` links into the site.
    static func hasLinks(_ content: RenderedContent) -> Bool {
        content.jobs.contains { !$0.links.links.isEmpty } || content.pageLinks.contains { !$0.links.isEmpty }
            || content.interviewLinks.values.contains { !$0.links.isEmpty }
    }

    /// Every body of `content`.
    func check(_ content: RenderedContent) -> [Diagnostic] {
        let site = content.site
        let withLinks = content.jobs.indices.filter { !content.jobs[$0].links.links.isEmpty }
        var diagnostics = withLinks.parallelMap { index in
            let job = site.jobs[index].job
            return check(content.jobs[index].links.links, on: site.jobs[index].prefix + SitePaths.job(job.slug), pageIsDraft: job.draft)
        }.flatMap { $0 }
        for (index, page) in site.pages.enumerated() where content.pageLinks.indices.contains(index) {
            // A page in another language is under its folder (`de/about/`).
            let prefix = site.config.siteLanguage(for: page.language)?.prefix ?? ""
            diagnostics += check(content.pageLinks[index].links, on: prefix + SitePaths.page(page.slug), pageIsDraft: false)
        }
        for (name, inventory) in content.interviewLinks.sorted(by: { $0.key < $1.key }) where !inventory.links.isEmpty {
            let showing = site.jobs.filter { $0.interview?.name == name }
            guard let first = showing.first(where: { !$0.job.draft }) ?? showing.first else { continue }
            diagnostics += check(inventory.links, on: first.prefix + SitePaths.job(first.job.slug), pageIsDraft: first.job.draft)
        }
        return diagnostics
    }

    /// `links` as they appear on the page at site path `page` (a folder: `jobs/x/`).
    func check(_ links: [InternalLink], on page: String, pageIsDraft: Bool) -> [Diagnostic] {
        links.compactMap { check($0, on: page, pageIsDraft: pageIsDraft) }
    }

    /// The one finding about `link`, if any. A link that passes costs a few string
    /// operations and one set lookup; messages are made only for findings.
    func check(_ link: InternalLink, on page: String, pageIsDraft: Bool) -> Diagnostic? {
        let reference = Reference(link.href)
        // Where the link leads, as an absolute path of the host.
        var absolute: String
        if reference.path.isEmpty {
            absolute = basePath + page
        } else if reference.path.hasPrefix("/") {
            absolute = reference.path
        } else {
            absolute = basePath + page + reference.path
        }
        if Self.hasDotSegment(absolute) { absolute = Self.removingDotSegments(absolute) }
        var what: String { link.isImage ? "image" : "link target" }
        guard let sitePath = self.sitePath(absolute) else {
            return Diagnostic(.note, at: link.location,
                              "\(what) `\(link.written)` resolves to `\(absolute)`, outside the site (`\(basePath)`), so it is not checked",
                              hint: "to link to a page outside the site, write its full address (https://…)")
        }
        let decoded = sitePath.utf8.contains(UInt8(ascii: "%")) ? sitePath.removingPercentEncoding ?? sitePath : sitePath
        guard let (found, target) = targets.lookup(decoded) else {
            let resolved = absolute != Reference(link.written).path ? " resolves to `\(absolute)`, which" : ""
            return Diagnostic(.error, at: link.location, "\(what) `\(link.written)`\(resolved) does not exist in the site",
                              hint: missingHint(decoded, link: link, page: page, fragment: reference.fragment))
        }
        if target.isDraft, !pageIsDraft {
            return Diagnostic(.error, at: link.location,
                              "\(what) `\(link.written)` is the page of a draft posting, which a build without --drafts leaves out",
                              hint: "link to it once it is published")
        }
        guard var fragment = reference.fragment, !fragment.isEmpty, let ids = target.ids else { return nil }
        if fragment.utf8.contains(UInt8(ascii: "%")) { fragment = fragment.removingPercentEncoding ?? fragment }
        guard !ids.contains(fragment), fragment.lowercased() != "top" else { return nil }
        let place = reference.path.isEmpty ? "this page" : "`\(basePath + found)`"
        let hint: String
        if let closest = Suggestion.closest(to: fragment, in: ids.sortedExact) {
            hint = "did you mean `\(link.written.prefix { $0 != "#" })#\(closest)`?"
        } else {
            let known = ids.sortedExact
            hint = "headings written in Markdown get no id; "
                + (known.isEmpty ? "this page has none"
                    : "ids this page can have: " + known.prefix(8).map { "`#\($0)`" }.joined(separator: ", ")
                        + (known.count > 8 ? ", …" : ""))
        }
        return Diagnostic(.error, at: link.location, "\(what) `\(link.written)`: \(place) has no element with id `\(fragment)`",
                          hint: hint)
    }

    /// The site path of an absolute path of the host, or nil outside the base path.
    private func sitePath(_ absolute: String) -> String? {
        if absolute.hasPrefix(basePath) { return String(absolute.dropFirst(basePath.count)) }
        if absolute == basePath.dropLast() { return "" }
        return nil
    }

    /// Did you mean: the page a Markdown file becomes (`handbook.md` → the page
    /// `handbook/`), the same path from the site's root (`../team/` on a job page), or
    /// the closest path of the site; written the way the link was (relative, or from the root).
    private func missingHint(_ missing: String, link: InternalLink, page: String, fragment: String?) -> String? {
        var segments = missing.split(separator: "/", omittingEmptySubsequences: true)
        if let last = segments.last, last.lowercased().hasSuffix(".md") {
            let name = String(last.dropLast(3))
            for candidate in [SitePaths.page(name), SitePaths.job(name)] where targets.lookup(candidate) != nil {
                return "a Markdown file becomes a page: did you mean `\(written(candidate, like: link, from: page, fragment: fragment))`?"
            }
        }
        var found: String?
        let isFolder = missing.hasSuffix("/")
        while segments.count > 1, found == nil {
            segments.removeFirst()
            let tail = segments.joined(separator: "/") + (isFolder ? "/" : "")
            found = targets.lookup(tail)?.path
        }
        if found == nil {
            found = Suggestion.closest(to: missing, in: targets.paths) ?? (isFolder ? nil : Suggestion.closest(to: missing + "/", in: targets.paths))
        }
        if let found { return "did you mean `\(written(found, like: link, from: page, fragment: fragment))`?" }
        if !link.written.hasPrefix("/"), !link.written.contains("://") { return "a relative link starts from the page's own address, `\(basePath + page)`" }
        if basePath != "/", !link.written.hasPrefix(basePath) {
            return "a path from `/` is a path of this site, which lives under `\(basePath)`; for a page elsewhere, write its full address (https://…)"
        }
        return nil
    }

    /// `target` (a site path) as the author would write it in `link`'s place.
    private func written(_ target: String, like link: InternalLink, from page: String, fragment: String?) -> String {
        let suffix = fragment.map { "#" + $0 } ?? ""
        // An absolute link to the site itself: the same address with the right path.
        if let schemeEnd = link.written.range(of: "://"), link.href.hasPrefix("/") {
            let origin = link.written[..<schemeEnd.upperBound] + link.written[schemeEnd.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return origin + basePath + target + suffix
        }
        if link.written.hasPrefix("/") {
            return (basePath != "/" && link.written.hasPrefix(basePath) ? basePath : "/") + target + suffix
        }
        let from = page.split(separator: "/"), to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - (target.hasSuffix("/") ? 0 : 1), from[common] == to[common] { common += 1 }
        var relative = String(repeating: "../", count: from.count - common) + to.dropFirst(common).joined(separator: "/")
        if target.hasSuffix("/"), !to.dropFirst(common).isEmpty { relative += "/" }
        return (relative.isEmpty ? "./" : relative) + suffix
    }

    /// Whether `path` may hold a `.` or `..` segment (has `/.`): most paths have none.
    private static func hasDotSegment(_ path: String) -> Bool {
        var previous: UInt8 = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "."), previous == UInt8(ascii: "/") { return true }
            previous = byte
        }
        return false
    }

    /// RFC 3986, 5.2.4: `.` and `..` segments of an absolute path taken out (`..` stops at the root).
    static func removingDotSegments(_ path: String) -> String {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        let bytes = Array(path.utf8)
        // Always ends with `/` before a segment is added.
        var output: [UInt8] = [slash]
        output.reserveCapacity(bytes.count)
        var start = bytes.first == slash ? 1 : 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != slash { end += 1 }
            let length = end - start
            if length == 1, bytes[start] == dot {
                // `.`: nothing
            } else if length == 2, bytes[start] == dot, bytes[start + 1] == dot {
                if output.count > 1 {
                    output.removeLast()
                    while output.last != slash { output.removeLast() }
                }
            } else {
                output.append(contentsOf: bytes[start..<end])
                if end < bytes.count { output.append(slash) }
            }
            start = end + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// A link target split into path, query and fragment.
    struct Reference {
        var path: String
        var fragment: String?

        init(_ href: String) {
            let bytes = href.utf8
            var end = bytes.endIndex
            if let hash = bytes.firstIndex(of: UInt8(ascii: "#")) {
                fragment = String(href[bytes.index(after: hash)...])
                end = hash
            }
            if let question = bytes[..<end].firstIndex(of: UInt8(ascii: "?")) { end = question }
            path = end == bytes.endIndex ? href : String(href[..<end])
        }
    }
}
