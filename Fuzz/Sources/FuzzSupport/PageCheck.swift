import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

extension Fuzz {
    /// Marks around every fuzzed value put into front matter or settings (Private Use
    /// characters no input keeps: `stripMarks` removes them first). Between the two, a
    /// page may hold only the value's escaped text: a raw `<`, `>` or `"` there means a
    /// value reached the page unescaped.
    public static let valueStart: Unicode.Scalar = "\u{E000}"
    public static let valueEnd: Unicode.Scalar = "\u{E001}"

    public static func stripMarks(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != valueStart && $0 != valueEnd }))
    }

    public static func marked(_ value: String) -> String {
        "\(valueStart)\(stripMarks(value))\(valueEnd)"
    }

    /// A page of the built site: values escaped, the theme's own scripts only, JSON-LD
    /// that parses and cannot end its script early, no link that runs script.
    public static func checkPage(_ html: String, path: String) {
        // Inside JSON-LD a value is a JSON string, where `\"` is its escaped quote; only
        // `<` and `>` could end the script there.
        let scalars = html.unicodeScalars
        let scriptOpen = Array(#"<script type="application/ld+json">"#.unicodeScalars)
        let scriptClose = Array("</script>".unicodeScalars)
        var inScript = false
        var valueOpened: String.UnicodeScalarView.Index?
        for index in scalars.indices {
            let scalar = scalars[index]
            if scalar == "<" && !inScript && scalars[index...].starts(with: scriptOpen) { inScript = true }
            if scalar == "<" && inScript && scalars[index...].starts(with: scriptClose) { inScript = false }
            if scalar == valueStart { valueOpened = index } else if scalar == valueEnd { valueOpened = nil }
            else if let opened = valueOpened, scalar == "<" || scalar == ">" || (scalar == "\"" && !inScript) {
                let shown = String(scalars[opened..<(scalars.index(index, offsetBy: 40, limitedBy: scalars.endIndex) ?? scalars.endIndex)])
                fail("\(path): a value reached the page with a raw `\(scalar)`:\n\(shown.debugDescription)")
            }
        }
        var rest = Substring(html)
        while let script = rest.range(of: "<script", options: .caseInsensitive) {
            rest = rest[script.upperBound...]
            if rest.hasPrefix(" src=\"") { continue }
            guard rest.hasPrefix(" type=\"application/ld+json\">") else {
                fail("\(path): a script the theme does not write: <script\(rest.prefix(60))")
            }
            rest = rest.dropFirst(" type=\"application/ld+json\">".count)
            guard let end = rest.range(of: "</script>") else { fail("\(path): JSON-LD without its </script>") }
            let json = rest[..<end.lowerBound]
            check(json.range(of: "<!--") == nil && json.range(of: "<script", options: .caseInsensitive) == nil,
                  "\(path): JSON-LD holds markup a browser reads: \(json.prefix(200))")
            check((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "\(path): JSON-LD does not parse:\n\(json)")
            rest = rest[end.upperBound...]
        }
        for attribute in ["href", "src"] {
            var rest = Substring(html)
            while let found = rest.range(of: " \(attribute)=\"") {
                rest = rest[found.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { fail("\(path): an unterminated \(attribute)") }
                let value = String(rest[..<end])
                check(!isDangerousURL(value, image: attribute == "src"), "\(path): a link that runs script: \(attribute)=\"\(value)\"")
            }
        }
    }

    /// jobs.json parses; every feed and the sitemap are well-formed XML.
    public static func checkData(_ text: String, path: String) {
        if path.hasSuffix(".json") {
            check((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(path) does not parse as JSON")
        } else if path.hasSuffix(".xml") {
            let parser = XMLParser(data: Data(text.utf8))
            check(parser.parse(), "\(path) is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")\n\(text.prefix(2000))")
        }
    }

}
