import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Mustache
import Testing
@testable import OpeningsKit

/// `Escaping.html` against swift-mustache's own HTML escaping over generated strings,
/// the theme path end to end, and `Escaping.xml`.
///
/// Strings are compared as UTF-8 bytes: `String ==` compares canonical equivalents
/// as equal (`é` and `e` + U+0301), which would hide a changed byte.
@Suite struct EscapingTests {
    /// The same strings on every run and platform (`SeededRandom`).
    struct Generator {
        var random: SeededRandom
        init(state: UInt64) { random = SeededRandom(state: state) }
        mutating func next() -> UInt64 { random.next() }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

        static let ascii = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }
        static let specials = ["<", ">", "&", "\"", "'", "&amp;", "&#39;", "<script>", "\"'\"", "</"]
        static let multiByte = ["é", "ß", "中", "Ω", "ж", "ع", "ñ", "\u{A0}", "\u{2028}", "\u{FEFF}", "\u{FFFD}", "€", "₹",
                                "\u{10FFFF}", "\u{1D11E}", "e\u{301}", "\u{1100}\u{1161}"]
        static let emoji = ["😀", "👩‍💻", "🇳🇴", "👍🏽", "❤️", "🏳️‍🌈", "1️⃣", "\u{1F9D1}\u{200D}\u{1F91D}\u{200D}\u{1F9D1}"]
        static let combining = ["\u{301}", "\u{308}", "\u{338}", "\u{20DD}", "\u{200D}", "\u{FE0F}", "\u{1F3FD}", "\u{36F}"]
        static let controls = (0x00...0x1F).map { String(UnicodeScalar(UInt8($0))) }
            + ["\u{7F}", "\u{85}", "\u{9F}", "\r\n", "\u{FFFE}", "\u{FFFF}"]
        /// Characters that join the one after them into one grapheme cluster (Prepend).
        static let prepend = ["\u{600}", "\u{605}", "\u{110BD}"]

        mutating func string() -> String {
            let pools = [Self.ascii, Self.specials, Self.multiByte, Self.emoji, Self.combining, Self.controls, Self.prepend]
            let weights = [30, 20, 15, 10, 10, 10, 5]
            var result = ""
            for _ in 0..<below(25) {
                var roll = below(weights.reduce(0, +))
                var pool = 0
                while roll >= weights[pool] { roll -= weights[pool]; pool += 1 }
                result += pick(pools[pool])
            }
            return result
        }
    }

    static let seed: UInt64 = 0x0BE1_1CE5_2026_1128
    static let count = 4000

    static func strings() -> [String] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in generator.string() } + [
            "", "plain", "Tom & Jerry's <b>\"café\"</b> — 5 > 3", "&&&&", "<<>>", "\"\"''", "\0<\0",
        ]
    }

    static let specialScalars: Set<Unicode.Scalar> = ["<", ">", "&", "\"", "'"]

    /// swift-mustache escapes `Character`s (grapheme clusters) looked up in a table, so
    /// a special character that shares its cluster with another scalar (`"` + U+0301,
    /// U+0600 + `<`) is not found and is written raw. `Escaping.html` works on bytes
    /// and escapes it.
    static func hasSpecialInsideCluster(_ text: String) -> Bool {
        text.contains { $0.unicodeScalars.count > 1 && $0.unicodeScalars.contains(where: specialScalars.contains) }
    }

    /// What escaping by Unicode scalar gives: the model for `Escaping.html`.
    static func scalarEscaped(_ text: String, apostrophe: String = "&#39;") -> [UInt8] {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&": output += "&amp;"
            case "\"": output += "&quot;"
            case "'": output += apostrophe
            default: output.unicodeScalars.append(scalar)
            }
        }
        return Array(output.utf8)
    }

    static func show(_ text: String) -> String {
        text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? String($0) : "\\u{\(String($0.value, radix: 16))}" }
            .joined()
    }

    static let knownDifference: Comment = """
        swift-mustache's HTML escaping looks each Character (grapheme cluster) up in a table, so `<>&"'` \
        followed by a combining mark, ZWJ or variation selector, or preceded by a Prepend character, is \
        written raw (in an attribute, `"` + U+0301 ends the value); Escaping.html escapes every one
        """

    /// The strings on which `ours` and `theirs` give different bytes.
    static func differences(_ strings: [String], ours: (String) -> String, theirs: (String) -> String) -> [String] {
        strings.filter { Array(ours($0).utf8) != Array(theirs($0).utf8) }
    }

    static func summary(_ differing: [String], of total: Int) -> Comment {
        "\(differing.count) of \(total) strings differ, e.g. \(differing.prefix(3).map(show))"
    }

    @Test func htmlMatchesSwiftMustacheOnGeneratedStrings() throws {
        let mustache = try MustacheTemplate(string: "{{value}}")
        let strings = Self.strings()
        for text in strings {
            #expect(Array(Escaping.html(text).utf8) == Self.scalarEscaped(text), "\(Self.show(text))")
        }
        let differing = Self.differences(strings, ours: Escaping.html, theirs: { mustache.render(["value": $0]) })
        let clustered = strings.filter(Self.hasSpecialInsideCluster)
        // The same bytes for every string without a special character inside a grapheme cluster…
        #expect(differing.filter { !Self.hasSpecialInsideCluster($0) } == [], "\(differing.map(Self.show))")
        // …and different bytes for every string with one (see `knownDifference`).
        #expect(differing.count == clustered.count)
        // The generator reaches both kinds of string.
        #expect(clustered.count > 50 && clustered.count < Self.count / 2, "\(clustered.count)")
    }

    @Test func specialCharacterSharingAGraphemeCluster() throws {
        let mustache = try MustacheTemplate(string: #"<a title="{{value}}">"#)
        let cases: [(String, String)] = [
            ("x\"\u{301} onmouseover=alert(1)", "x&quot;\u{301} onmouseover=alert(1)"),
            ("<\u{338}", "&lt;\u{338}"),
            ("'\u{200D}", "&#39;\u{200D}"),
            ("&\u{FE0F}", "&amp;\u{FE0F}"),
            ("\u{600}<b>", "\u{600}&lt;b&gt;"),
        ]
        for (text, escaped) in cases {
            #expect(Array(Escaping.html(text).utf8) == Array(escaped.utf8), "\(Self.show(text))")
            let theirs = mustache.render(["value": text])
            // Why themes do not use swift-mustache's escaping (see `knownDifference`); if
            // swift-mustache escapes these some day, the two can be the same again.
            let escapedToo = Array(theirs.utf8) == Array(#"<a title="\#(escaped)">"#.utf8)
            #expect(!escapedToo, "swift-mustache now escapes \(Self.show(text)): \(Self.knownDifference)")
        }
    }

    /// Templates as themes compile them (our content type selected by the pragma)
    /// render the same bytes as plain swift-mustache.
    @Test func themeTemplatesRenderLikePlainSwiftMustache() throws {
        TemplateEscaping.install()
        let templates = [
            ("{{value}}", true),
            (#"<a href="/x?q={{value}}" title="{{value}}">{{value}}</a>"#, true),
            ("{{#items}}<li>{{.}}</li>{{/items}}{{^items}}none{{/items}}", true),
            ("{{{value}}}|{{&value}}", false),
            ("{{#page}}<h1>{{title}}</h1>{{/page}}", true),
            ("line one\n{{value}}\n  {{#items}}\n  - {{.}}\n  {{/items}}\n", true),
        ]
        let strings = Self.strings().enumerated().filter { $0.offset % 4 == 0 }.map(\.element)
        func context(_ text: String) -> [String: Any] {
            ["value": text, "items": [text, "b&b", text], "page": ["title": text]]
        }
        for (source, escapes) in templates {
            let plain = try MustacheTemplate(string: source)
            let themed = try MustacheTemplate(string: TemplateEscaping.pragma + source)
            let differing = Self.differences(strings, ours: { themed.render(context($0)) }, theirs: { plain.render(context($0)) })
            #expect(differing.filter { !Self.hasSpecialInsideCluster($0) } == [], "\(source): \(differing.map(Self.show))")
            if escapes {
                // Differences only where swift-mustache leaves a special character raw.
                #expect(differing.allSatisfy(Self.hasSpecialInsideCluster), "\(source): \(Self.summary(differing, of: strings.count))")
            } else {
                #expect(differing.isEmpty, "\(source): nothing is escaped")
            }
        }
        // The pragma's line adds nothing to the output.
        #expect(try MustacheTemplate(string: TemplateEscaping.pragma + "{{value}}").render(["value": "a<b"]) == "a&lt;b")
    }

    /// The built-in theme is compiled with our escaper: an input on which the two
    /// escapers differ shows which one ran.
    @Test func defaultThemeEscapesThroughEscapingHTML() throws {
        let theme = try InMemorySite.defaultTheme()
        let title = "Q\"\u{301}<\u{338}"
        let html = try #require(theme.library.render(["page": ["title": title, "heading": title], "site": [:] as [String: Any],
                                                      "content": ["title": title, "bodyHTML": ""]], withTemplate: "page"))
        #expect(html.utf8.contains(Array("Q&quot;\u{301}&lt;\u{338}".utf8)))
        #expect(!html.utf8.contains(Array("Q\"\u{301}".utf8)))
    }

    @Test func xmlDropsForbiddenCharactersAndKeepsWhitespace() {
        func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
        let controls = (0x00...0x1F).filter { ![0x09, 0x0A, 0x0D].contains($0) }.map { String(UnicodeScalar(UInt8($0))) }
        #expect(bytes(Escaping.xml("a" + controls.joined(separator: "b"))) == bytes("a" + String(repeating: "b", count: controls.count - 1)))
        #expect(bytes(Escaping.xml("tab\there\nline\rcr\r\n")) == bytes("tab\there\nline\rcr\r\n"))
        #expect(bytes(Escaping.xml("\u{FFFE}x\u{FFFF}y\u{FFFF}")) == bytes("xy"))
        #expect(bytes(Escaping.xml("\u{FFFF}")) == [])
        // Neighbours of U+FFFE/U+FFFF (EF BF BD, EF BE BF, EF BB BF) and other allowed characters stay.
        let allowed = "\u{FFFD}\u{FFBF}\u{FEFF}\u{EFFF}\u{7F}\u{85}\u{10FFFF}é😀"
        #expect(bytes(Escaping.xml(allowed)) == bytes(allowed))
        #expect(Escaping.xml(#"<a href="x">Tom & Jerry's</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;")
        #expect(Escaping.html("'") == "&#39;")
        // HTML keeps what XML drops.
        #expect(bytes(Escaping.html("\u{0}\u{1}\u{FFFF}")) == bytes("\u{0}\u{1}\u{FFFF}"))
    }

    /// XML 1.0 `Char`: what may appear in a document at all.
    static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    @Test func xmlOnGeneratedStrings() {
        for text in Self.strings() {
            let escaped = Escaping.xml(text)
            let kept = String(String.UnicodeScalarView(text.unicodeScalars.filter(Self.isXMLChar)))
            #expect(Array(escaped.utf8) == Self.scalarEscaped(kept, apostrophe: "&apos;"), "\(Self.show(text))")
        }
    }

    #if canImport(FoundationXML) || canImport(Darwin)
    final class TextCollector: NSObject, XMLParserDelegate {
        var text = ""
        var attribute: String?
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) { attribute = attributes["a"] }
    }

    @Test func xmlOutputParses() {
        for (index, text) in Self.strings().enumerated() where index % 8 == 0 {
            let escaped = Escaping.xml(text)
            let parser = XMLParser(data: Data(#"<r a="\#(escaped)">\#(escaped)</r>"#.utf8))
            let collector = TextCollector()
            parser.delegate = collector
            #expect(parser.parse(), "\(Self.show(text)): \(String(describing: parser.parserError))")
            // Parsers turn CR LF and CR into LF in text.
            var kept = String.UnicodeScalarView()
            var previousWasCR = false
            for scalar in text.unicodeScalars where Self.isXMLChar(scalar) {
                defer { previousWasCR = scalar == "\r" }
                if scalar == "\n", previousWasCR { continue }
                kept.append(scalar == "\r" ? "\n" : scalar)
            }
            #expect(Array(collector.text.utf8) == Array(String(kept).utf8), "\(Self.show(text))")
            #expect(collector.attribute != nil)
        }
    }
    #endif
}
