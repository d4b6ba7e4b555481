import Foundation
import CCmark

/// CommonMark to HTML through libcmark, with the site's safety setting.
///
/// Parsing keeps source positions so links can be checked and reported at their
/// line; rendering drops them so no `data-sourcepos` reaches the page.
public struct MarkdownRenderer: Sendable {
    public var allowUnsafeHTML: Bool
    /// The site's base path (`/careers/`): links written as `/benefits/` are moved under
    /// it, so a site served from a sub-path keeps working links.
    public var basePath: String

    public init(allowUnsafeHTML: Bool, basePath: String = "/") {
        self.allowUnsafeHTML = allowUnsafeHTML
        self.basePath = basePath
    }

    private var renderOptions: Int32 {
        CMARK_OPT_SMART | (allowUnsafeHTML ? CMARK_OPT_UNSAFE : 0)
    }

    /// Renders a body. `firstLine` is the file line where `markdown` starts, so findings
    /// point into the file on disk.
    /// - Parameter headingOffset: added to every heading level (capped at 6), for Markdown
    ///   that sits under a heading of the page, like an interview process's text.
    public func render(_ markdown: Substring, file: SourceFile, firstLine: Int, headingOffset: Int32 = 0,
                       diagnostics: inout [Diagnostic]) -> String {
        var ignored = LinkInventory()
        return render(markdown, file: file, firstLine: firstLine, headingOffset: headingOffset, diagnostics: &diagnostics,
                      links: &ignored)
    }

    /// Renders a body and collects its links into the site (and its raw HTML's ids) for
    /// `LinkChecker`, from the same walk over the parsed document that checks them.
    public func render(_ markdown: Substring, file: SourceFile, firstLine: Int, headingOffset: Int32 = 0,
                       diagnostics: inout [Diagnostic], links: inout LinkInventory) -> String {
        var text = markdown
        return text.withUTF8 { buffer -> String in
            guard let document = buffer.withMemoryRebound(to: CChar.self, { chars in
                cmark_parse_document(chars.baseAddress, chars.count, CMARK_OPT_SOURCEPOS | renderOptions)
            }) else { return "" }
            defer { cmark_node_free(document) }
            inspect(document, source: buffer, file: file, firstLine: firstLine, headingOffset: headingOffset,
                    diagnostics: &diagnostics, links: &links)
            guard let html = cmark_render_html(document, renderOptions) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    /// Where a link written as `url` points on the page: a site path (`/benefits/`) moves
    /// under the base path unless it is already there (`/careers/benefits/`, `/careers`).
    func href(_ url: String) -> String {
        guard basePath != "/", url.hasPrefix("/"), !url.hasPrefix("//"), !url.hasPrefix(basePath) else { return url }
        let bare = basePath.dropLast()
        if url == bare || url.hasPrefix(bare + "?") || url.hasPrefix(bare + "#") { return url }
        return basePath + url.dropFirst()
    }

    /// Renders one line of inline Markdown (a list item from front matter) without the
    /// surrounding paragraph.
    public func renderInline(_ markdown: String) -> String {
        if basePath != "/", markdown.contains("](/") {
            var ignored: [Diagnostic] = []
            let file = SourceFile(relativePath: "", displayPath: "", text: markdown)
            return Self.unwrapParagraph(render(markdown[...], file: file, firstLine: 1, diagnostics: &ignored))
        }
        var text = markdown
        let html: String = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                guard let output = cmark_markdown_to_html(chars.baseAddress, chars.count, renderOptions) else { return "" }
                defer { free(output) }
                return String(cString: output)
            }
        }
        return Self.unwrapParagraph(html)
    }

    static func unwrapParagraph(_ html: String) -> String {
        var trimmed = Substring(html)
        while trimmed.last == "\n" { trimmed.removeLast() }
        if trimmed.hasPrefix("<p>"), trimmed.hasSuffix("</p>"), !trimmed.dropFirst(3).contains("<p>") {
            trimmed = trimmed.dropFirst(3).dropLast(4)
        }
        return String(trimmed)
    }

    private func inspect(_ document: OpaquePointer, source: UnsafeBufferPointer<UInt8>, file: SourceFile,
                         firstLine: Int, headingOffset: Int32, diagnostics: inout [Diagnostic], links: inout LinkInventory) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var lineStarts: [Int]?
        func location(_ node: OpaquePointer) -> SourceLocation {
            let line = Int(cmark_node_get_start_line(node))
            let byteColumn = Int(cmark_node_get_start_column(node))
            if lineStarts == nil {
                // Once per body, and only for one with a finding or a link into the site.
                var starts = [0]
                if let base = source.baseAddress {
                    var offset = 0
                    while offset < source.count, let newline = memchr(base + offset, 10, source.count - offset) {
                        offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                        starts.append(offset)
                    }
                }
                lineStarts = starts
            }
            var column = byteColumn
            if let starts = lineStarts, line >= 1, line <= starts.count {
                let start = starts[line - 1]
                let end = min(source.count, start + max(0, byteColumn - 1))
                column = String(decoding: UnsafeBufferPointer(rebasing: source[start..<end]), as: UTF8.self).count + 1
            }
            return file.location(line: line + firstLine - 1, column: column)
        }
        var warnedAboutHTML = false
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING where headingOffset != 0:
                cmark_node_set_heading_level(node, min(6, cmark_node_get_heading_level(node) + headingOffset))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if let problem = URLPolicy.problem(with: url, relativeAllowed: true) {
                    diagnostics.append(Diagnostic(.error, at: location(node), "link target \(problem)",
                                                  hint: "link to an https://, http:// or mailto: address, or a path in the site"))
                } else if InternalLink.isInternal(url) {
                    let href = self.href(url)
                    if href != url { cmark_node_set_url(node, href) }
                    links.links.append(InternalLink(written: url, href: href, isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                                                    location: location(node)))
                }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if allowUnsafeHTML {
                    // Kept on the page: its ids are link targets too.
                    if let literal = cmark_node_get_literal(node) {
                        links.ids.formUnion(AnchorIDs.scan(String(cString: literal), template: false))
                    }
                } else if !warnedAboutHTML {
                    let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    if !literal.hasPrefix("<!--") {
                        warnedAboutHTML = true
                        diagnostics.append(Diagnostic(.warning, at: location(node), "raw HTML is left out of the page",
                                                      hint: "write it in Markdown, or set `markdown: { unsafe_html: true }` in site.yml if you trust every author"))
                    }
                }
            default: break
            }
        }
    }
}
