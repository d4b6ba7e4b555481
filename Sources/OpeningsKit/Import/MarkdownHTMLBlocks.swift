import CCmark

/// Raw HTML inside an imported Markdown body, turned into Markdown. Jekyll careers sites
/// put tables, alerts and sections in HTML, and Openings leaves raw HTML out of pages
/// (unless `unsafe_html` is on), so the text would silently go missing after an import.
/// Each HTML block that libcmark finds is replaced by what `HTMLToMarkdown` makes of it;
/// comments and empty wrappers (`<section>` … `</section>` around Markdown) disappear.
enum MarkdownHTMLBlocks {
    /// The body with its HTML blocks converted, and how many there were.
    static func convert(_ markdown: String) -> (markdown: String, converted: Int) {
        guard markdown.contains("<") else { return (markdown, 0) }
        var blocks: [(first: Int, last: Int, html: String)] = []
        let bytes = Array(markdown.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                guard let document = cmark_parse_document(chars, bytes.count, CMARK_OPT_SOURCEPOS) else { return }
                defer { cmark_node_free(document) }
                guard let iterator = cmark_iter_new(document) else { return }
                defer { cmark_iter_free(iterator) }
                while true {
                    let event = cmark_iter_next(iterator)
                    if event == CMARK_EVENT_DONE { break }
                    guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                          cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK,
                          // Inside a list or quote the lines carry markers; left for check to report.
                          cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT else { continue }
                    let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                    // libcmark gives a block closed on its first line (`<!-- … -->`) an end line
                    // before its start; a top-level block's literal is its lines as written.
                    var lineCount = literal.split(separator: "\n", omittingEmptySubsequences: false).count
                    if literal.hasSuffix("\n") { lineCount -= 1 }
                    let first = Int(cmark_node_get_start_line(node))
                    blocks.append((first, first + max(0, lineCount - 1), literal))
                }
            }
        }
        guard !blocks.isEmpty else { return (markdown, 0) }
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for block in blocks.reversed() where block.first >= 1 && block.last <= lines.count && block.first <= block.last {
            let converted = HTMLToMarkdown.convert(block.html)
            lines.replaceSubrange((block.first - 1)...(block.last - 1),
                                  with: converted.isEmpty ? [] : converted.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        // Blocks that vanished leave blank lines behind: at most one in a row, fenced
        // code left as it is.
        return (TemplateTags.collapsingBlankLines(lines.joined(separator: "\n")), blocks.count)
    }
}
