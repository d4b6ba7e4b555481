extension Fuzz {
    /// What libcmark writes in safe mode, and nothing else: its tags with its attributes,
    /// raw HTML replaced by a comment, text with `<`, `>` and `"` escaped, and no link
    /// that could run script. A body can never put markup of its own on a page.
    public static func checkMarkdownHTML(_ html: String) {
        let tags: Set<String> = ["a", "blockquote", "br", "code", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "img",
                                 "li", "ol", "p", "pre", "strong", "ul"]
        let attributes: Set<String> = ["href", "title", "src", "alt", "start", "class", "id"]
        let omitted = Array("<!-- raw HTML omitted -->".utf8)
        let bytes = Array(html.utf8)
        var index = 0
        func at(_ offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
        func fail(_ why: String) -> Never {
            let start = max(0, index - 40)
            Fuzz.fail("markdown output: \(why) at byte \(index): …\(String(decoding: bytes[start..<min(bytes.count, index + 40)], as: UTF8.self))…")
        }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: ">"): fail("a raw `>` in text")
            case UInt8(ascii: "\""): fail("a raw `\"` in text")
            case UInt8(ascii: "<"):
                if bytes[index...].starts(with: omitted) { index += omitted.count; continue }
                index += 1
                if at(index) == UInt8(ascii: "/") { index += 1 }
                let nameStart = index
                while let c = at(index), (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) { index += 1 }
                let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
                guard tags.contains(name) else { fail("a tag `<\(name)` libcmark does not write") }
                while true {
                    guard let c = at(index) else { fail("an unclosed tag") }
                    if c == UInt8(ascii: ">") { index += 1; break }
                    if c == UInt8(ascii: " ") && at(index + 1) == UInt8(ascii: "/") && at(index + 2) == UInt8(ascii: ">") { index += 3; break }
                    guard c == UInt8(ascii: " ") else { fail("a stray character in a tag") }
                    index += 1
                    let attributeStart = index
                    while let c = at(index), (c >= 0x61 && c <= 0x7A) || c == UInt8(ascii: "-") { index += 1 }
                    let attribute = String(decoding: bytes[attributeStart..<index], as: UTF8.self)
                    guard attributes.contains(attribute) else { fail("an attribute `\(attribute)` on <\(name)>") }
                    guard at(index) == UInt8(ascii: "="), at(index + 1) == UInt8(ascii: "\"") else { fail("an unquoted attribute") }
                    index += 2
                    let valueStart = index
                    while let c = at(index), c != UInt8(ascii: "\"") {
                        if c == UInt8(ascii: "<") || c == UInt8(ascii: ">") { fail("a raw `\(Character(Unicode.Scalar(c)))` in an attribute") }
                        index += 1
                    }
                    guard at(index) != nil else { fail("an unterminated attribute") }
                    let value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    index += 1
                    if attribute == "href" || attribute == "src", isDangerousURL(value, image: attribute == "src") {
                        fail("a link that runs script: \(attribute)=\"\(value)\"")
                    }
                }
            default: index += 1
            }
        }
    }
}
