/// A job board's HTML description as Markdown. (Placeholder until the libxml2 version
/// lands: strips tags only.)
enum HTMLToMarkdown {
    static func convert(_ html: String) -> String {
        var out = "", inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return out
    }
}
