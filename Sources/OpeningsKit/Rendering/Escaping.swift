import Foundation

/// Escaping for the text formats the build writes by hand (Atom, sitemap).
/// Templates escape through Mustache; JSON through `JSONValue`.
enum Escaping {
    /// XML text and attribute values. Characters XML 1.0 forbids are dropped, so a
    /// stray control character in a title cannot make the feed unreadable.
    static func xml(_ text: String) -> String {
        // Most values (URLs, names) need nothing; checking bytes is much cheaper than rebuilding.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) {
            return text
        }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0xFFFE...0xFFFF).contains(v) { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Plain text of rendered HTML, for summaries and meta descriptions.
    static func plainText(fromHTML html: String, limit: Int) -> String {
        var output = ""
        var inTag = false
        var lastWasSpace = true
        for character in html {
            if character == "<" { inTag = true; continue }
            if character == ">" { inTag = false; if !lastWasSpace { output.append(" "); lastWasSpace = true }; continue }
            if inTag { continue }
            if character.isWhitespace {
                if !lastWasSpace { output.append(" "); lastWasSpace = true }
            } else {
                output.append(character)
                lastWasSpace = false
            }
            if output.count > limit + 200 { break }
        }
        let decoded = output
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
            .trimmingCharacters(in: .whitespaces)
        guard decoded.count > limit else { return decoded }
        let cut = decoded.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}
