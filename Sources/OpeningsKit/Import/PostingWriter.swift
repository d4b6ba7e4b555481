/// An `ImportedPosting` as the text of a job file: front matter in the order of
/// `JobDecoder.knownKeys` (the order `openings new job` writes), values quoted only where
/// YAML would read them otherwise, then a comment for the person finishing the import,
/// then the body.
public enum PostingWriter {
    public static func text(of posting: ImportedPosting, command: String) -> String {
        var lines = ["---"]
        func add(_ key: String, _ value: String?) {
            if let value { lines.append("\(key): \(scalar(value))") }
        }
        add("title", posting.title)
        add("id", posting.id)
        add("department", posting.department)
        add("level", posting.level)
        if let type = posting.employmentType { lines.append("employment_type: \(type.rawValue)") }
        if let workplace = posting.workplace { lines.append("workplace: \(workplace.rawValue)") }
        if !posting.locations.isEmpty {
            lines.append("locations:")
            for location in posting.locations {
                if let text = location.text {
                    lines.append("  - \(scalar(text))")
                    continue
                }
                let fields = [("city", location.city), ("region", location.region), ("country", location.country)]
                    .compactMap { key, value in value.map { "\(key): \(scalar($0))" } }
                for (index, field) in fields.enumerated() { lines.append((index == 0 ? "  - " : "    ") + field) }
            }
        }
        if !posting.remoteCountries.isEmpty { lines.append("remote_countries: [\(posting.remoteCountries.joined(separator: ", "))]") }
        if let posted = posting.posted { lines.append("posted: \(posted)") }
        if let closes = posting.closes { lines.append("closes: \(closes)") }
        if let salary = posting.salary {
            lines += ["salary:", "  min: \(SalaryRange.plain(salary.minimum))", "  max: \(SalaryRange.plain(salary.maximum))",
                      "  currency: \(salary.currency)", "  period: \(salary.period.rawValue)"]
        }
        add("apply_url", posting.applyURL)
        if posting.draft { lines.append("draft: true") }
        if !posting.tags.isEmpty { lines.append("tags: [\(posting.tags.map { flowScalar($0) }.joined(separator: ", "))]") }
        lines.append("---")

        var text = lines.joined(separator: "\n") + "\n"
        let comment = self.comment(for: posting, command: command)
        if !comment.isEmpty { text += comment + "\n" }
        let body = posting.body.trimmingWhitespace()
        if !body.isEmpty { text += (comment.isEmpty ? "" : "\n") + body + "\n" }
        return text
    }

    /// An HTML comment (left out of the page) listing what the import could not map and
    /// what it changed, for the person finishing it. Empty when there is nothing to say.
    static func comment(for posting: ImportedPosting, command: String) -> String {
        guard !posting.leftovers.isEmpty || !posting.notes.isEmpty else { return "" }
        var lines = ["<!--", "Imported by `\(command)` from \(posting.source).",
                     "Check these, move what matters into the posting, then delete this comment:"]
        for note in posting.notes { lines.append("- " + commentSafe(note)) }
        if !posting.leftovers.isEmpty {
            lines.append("- not mapped to an Openings field:")
            for leftover in posting.leftovers {
                let valueLines = leftover.value.split(separator: "\n", omittingEmptySubsequences: false).map { commentSafe(String($0)) }
                if valueLines.count == 1 {
                    lines.append("    \(commentSafe(leftover.key)): \(valueLines[0])")
                } else {
                    // Nothing is cut: this comment is the only place the value is kept.
                    lines.append("    \(commentSafe(leftover.key)):")
                    lines += valueLines.map { $0.isEmpty ? "" : "      " + $0 }
                }
            }
        }
        lines.append("-->")
        return lines.joined(separator: "\n")
    }

    /// Text inside the comment: one line, no `-->` to end it early, and no template tag
    /// that would survive into a page where `unsafe_html` keeps comments. Nothing is cut:
    /// what the comment lists is kept nowhere else.
    static func commentSafe(_ text: String) -> String {
        var result = text.replacingAll("\r\n", with: " ").replacingAll("\n", with: " ").replacingAll("\t", with: " ")
        // A comment is YAML too: characters YAML does not allow printed become U+FFFD.
        if result.unicodeScalars.contains(where: { !YAMLReader.isPrintable($0) }) {
            result = String(String.UnicodeScalarView(result.unicodeScalars.map { YAMLReader.isPrintable($0) ? $0 : "\u{FFFD}" }))
        }
        result = result.replacingAll("-->", with: "- ->").replacingAll("{{", with: "{ {").replacingAll("{%", with: "{ %")
            .replacingAll("%}", with: "% }").replacingAll("}}", with: "} }")
        return result
    }

    /// A YAML scalar that reads back as this exact text: plain when it is safe, otherwise
    /// double-quoted (`"4012345"`, `"Design: UX"`, `"yes"`).
    static func scalar(_ text: String) -> String {
        isPlainSafe(text, inFlow: false) ? text : JobScaffold.quoted(text)
    }

    /// The same inside `[…]`, where commas and brackets end the value.
    static func flowScalar(_ text: String) -> String {
        isPlainSafe(text, inFlow: true) ? text : JobScaffold.quoted(text)
    }

    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ""]

    static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.first, let last = text.last, !reserved.contains(text.lowercased()),
              first != " ", last != " ", last != ":" else { return false }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) || first.isNumber || first == "+" || first == "." { return false }
        if text.contains(": ") || text.contains(" #") { return false }
        if inFlow, text.contains(where: { ",[]{}".contains($0) }) { return false }
        return !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0xFEFF || (0x80...0x9F).contains($0.value) }
    }
}
