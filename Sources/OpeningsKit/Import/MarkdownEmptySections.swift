/// Headings left with nothing under them once an import took out what the old site put
/// there (`### Apply` above a removed `{{< apply-button >}}`): a page would show a
/// section title over nothing.
enum MarkdownEmptySections {
    /// The body without them, and their titles, for a note.
    static func remove(from markdown: String) -> (markdown: String, removed: [String]) {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var removed: [String] = []
        // Again until nothing changes: a section whose only subsection was empty is empty too.
        while true {
            let headings = self.headings(in: lines)
            var changed = false
            for (position, heading) in headings.enumerated().reversed() {
                let next = position + 1 < headings.count ? headings[position + 1] : nil
                if let next, next.level > heading.level { continue }
                let end = next?.index ?? lines.count
                guard lines[(heading.index + 1)..<end].allSatisfy({ $0.trimmingWhitespace().isEmpty }) else { continue }
                removed.insert(String(lines[heading.index].drop { $0 == "#" || $0 == " " }), at: 0)
                lines.removeSubrange(heading.index..<end)
                changed = true
                break
            }
            if !changed { break }
        }
        return (lines.joined(separator: "\n"), removed)
    }

    /// The ATX headings outside fenced code, with their line and level.
    static func headings(in lines: [String]) -> [(index: Int, level: Int)] {
        var result: [(index: Int, level: Int)] = []
        // CommonMark's fences, as the template-tag cleaning reads them: closed by a run as long, without an info string.
        var fence: (character: Character, count: Int)?
        for (index, line) in lines.enumerated() {
            let run = TemplateTags.fence(Substring(line))
            if let open = fence {
                if let run, run.character == open.character, run.count >= open.count, run.info.isEmpty { fence = nil }
                continue
            }
            if let run { fence = (run.character, run.count); continue }
            if let level = level(of: line) { result.append((index, level)) }
        }
        return result
    }

    /// The level of an ATX heading (`## Apply`), nil for any other line.
    static func level(of line: String) -> Int? {
        guard line.hasPrefix("#") else { return nil }
        let hashes = line.prefix { $0 == "#" }.count
        guard hashes <= 6 else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }
}
