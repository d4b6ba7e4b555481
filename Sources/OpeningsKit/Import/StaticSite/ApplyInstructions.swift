/// What a posting's `apply_url`, `application link` or `how_to_apply` holds: an
/// address, a `mailto:`, a list of lines or Markdown with a link in it. The first
/// http(s) or mailto link is the apply link (a bare e-mail address when there is no
/// link); every line that is more than that link is kept for the body, under
/// "How to apply", so no instruction is lost.
struct ApplyInstructions: Equatable, Sendable {
    var url: String?
    /// The lines other than the bare apply link, in order.
    var lines: [String]

    init(_ value: ForeignFrontMatter.Value) {
        lines = []
        switch value {
        case .empty: break
        case .text(let text): lines = [text]
        case .list(let items): lines = items.map { $0.text ?? $0.flowText }
        case .table: lines = [value.flowText]
        }
        lines = lines.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        url = lines.lazy.compactMap(Self.firstLink).first ?? lines.lazy.compactMap(Self.firstEmailAddress).first.map { "mailto:" + $0 }
        if let url {
            lines.removeAll { $0 == url || "mailto:" + $0 == url || $0 == "<\(url)>" }
        }
    }

    /// Lines as Markdown: one paragraph, or a list when there are several.
    static func markdown(_ lines: [String]) -> String? {
        guard !lines.isEmpty else { return nil }
        if lines.count == 1 { return lines[0] }
        return lines.map { "- " + $0.replacingAll("\n", with: "\n  ") }.joined(separator: "\n")
    }

    /// The first `https://`, `http://` or `mailto:` address in `text` that Openings
    /// accepts, without the punctuation after it.
    static func firstLink(in text: String) -> String? {
        let lowered = text.lowercased()
        var searchFrom = lowered.startIndex
        while searchFrom < lowered.endIndex {
            let starts = ["https://", "http://", "mailto:"].compactMap { lowered.range(of: $0, range: searchFrom..<lowered.endIndex)?.lowerBound }
            guard let start = starts.min() else { return nil }
            let end = text[start...].firstIndex { $0.isWhitespace || "<>()[]\"'`".contains($0) } ?? text.endIndex
            var candidate = String(text[start..<end])
            while let last = candidate.last, ".,;:!?*_".contains(last) { candidate.removeLast() }
            if URLPolicy.problem(with: candidate) == nil { return candidate }
            searchFrom = end > start ? end : text.index(after: start)
        }
        return nil
    }

    /// The first `name@example.org` in `text`.
    static func firstEmailAddress(in text: String) -> String? {
        for word in text.split(whereSeparator: { $0.isWhitespace || "<>()[],;:\"'`".contains($0) }) {
            var candidate = String(word)
            while let last = candidate.last, ".!?*_".contains(last) { candidate.removeLast() }
            let parts = candidate.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
                  candidate.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else { continue }
            if URLPolicy.problem(with: "mailto:" + candidate) == nil { return candidate }
        }
        return nil
    }
}
