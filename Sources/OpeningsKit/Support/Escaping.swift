import Foundation

/// The one escaper for text written into HTML and XML: templates (through
/// `TemplateEscaping`), the Atom feed and sitemap, and the preview server's own pages.
/// JSON escapes through `JSONValue`.
public enum Escaping {
    /// HTML text and attribute values: `<`, `>`, `&`, `"` and `'` become `&lt;`,
    /// `&gt;`, `&amp;`, `&quot;` and `&#39;`, as swift-mustache writes them. Unlike
    /// swift-mustache, which looks each whole character up in a table (a tenth of a
    /// build), this works on bytes, so a special character is escaped even when a
    /// combining mark follows it: `"` + U+0301 cannot end an attribute value.
    /// Tests/OpeningsKitTests/EscapingTests.swift compares the two.
    public static func html(_ text: String) -> String {
        escape(text, apostrophe: "&#39;", dropsInvalidXML: false)
    }

    /// XML text and attribute values. Characters XML 1.0 forbids are dropped, so a
    /// stray control character in a title cannot make the feed unreadable.
    public static func xml(_ text: String) -> String {
        escape(text, apostrophe: "&apos;", dropsInvalidXML: true)
    }

    private static func escape(_ text: String, apostrophe: StaticString, dropsInvalidXML: Bool) -> String {
        // Most values (URLs, names) need nothing; checking bytes is much cheaper than rebuilding.
        // 0xEF leads U+FFFE and U+FFFF, which XML forbids.
        var text = text
        let needsWork = text.withUTF8 { bytes in
            bytes.contains { byte in
                byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0x22 || byte == 0x27
                    || (dropsInvalidXML && (byte < 0x20 || byte == 0xEF))
            }
        }
        guard needsWork else { return text }
        return text.withUTF8 { bytes in
            var output = [UInt8]()
            output.reserveCapacity(bytes.count + 16)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case 0x3C: output += [0x26, 0x6C, 0x74, 0x3B] // &lt;
                case 0x3E: output += [0x26, 0x67, 0x74, 0x3B] // &gt;
                case 0x26: output += [0x26, 0x61, 0x6D, 0x70, 0x3B] // &amp;
                case 0x22: output += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B] // &quot;
                case 0x27: apostrophe.withUTF8Buffer { output += $0 }
                case 0x09, 0x0A, 0x0D: output.append(byte)
                case ..<0x20 where dropsInvalidXML: continue
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                case 0xEF where dropsInvalidXML && index + 1 < bytes.count && bytes[index] == 0xBF && bytes[index + 1] >= 0xBE:
                    index += 2
                default: output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
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
