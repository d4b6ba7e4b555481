import Foundation
import Testing
@testable import OpeningsKit

/// `PlainYAMLReader` gives, for every text it accepts, the tree Yams gives: the same
/// scalars, styles, lines and columns. Held to it on the repository's own front matter
/// (the example sites, the fuzzing seeds taken from real postings) and on random texts
/// built from the pieces where the two could part (comments, quotes, colons, lists at a
/// key's indentation, accents before a value, odd indentation).
@Suite struct PlainYAMLReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func describe(_ node: YAMLNode?) -> String { node?.outline ?? "nil" }

    static let file = SourceFile(relativePath: "Content/jobs/a.md", displayPath: "Content/jobs/a.md", text: "")

    /// Whether the plain reader took `yaml`; records an issue if its tree is not Yams'.
    @discardableResult
    static func check(_ yaml: String, firstLine: Int = 2, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard let plain = PlainYAMLReader.read(yaml, firstLine: firstLine) else { return false }
        switch YAMLReader.parse(yaml, firstLine: firstLine, file: file, plainReader: false) {
        case .success(let yams):
            #expect(describe(plain) == describe(yams), "\(yaml.debugDescription)", sourceLocation: sourceLocation)
        case .failure(let diagnostic):
            Issue.record("Yams refused what the plain reader read: \(diagnostic.message) in \(yaml.debugDescription)", sourceLocation: sourceLocation)
        }
        return true
    }

    @Test func frontMatterOfTheRepositoryReadsAsYamsReadsIt() throws {
        let manager = FileManager.default
        var taken: [String: (Int, Int)] = [:]
        for folder in ["Content", "Examples", "Fuzz/Corpus/job", "Fuzz/Corpus/interview", "Fuzz/Corpus/site-config", "Fuzz/Corpus/bands"] {
            let base = Self.root.appendingPathComponent(folder).path
            guard let walker = manager.enumerator(atPath: base) else { continue }
            for case let path as String in walker {
                guard let data = manager.contents(atPath: base + "/" + path), let text = String(data: data, encoding: .utf8) else { continue }
                var yaml: String
                if path.hasSuffix(".yml") || folder.hasSuffix("site-config") || folder.hasSuffix("bands") {
                    yaml = text
                } else if path.hasSuffix(".md") || folder.hasPrefix("Fuzz"), case .success(let split) = FrontMatter.split(text) {
                    yaml = split.yaml
                } else {
                    continue
                }
                let read = Self.check(yaml) ? 1 : 0
                taken[folder, default: (0, 0)].0 += read
                taken[folder, default: (0, 0)].1 += 1
            }
        }
        // The site's own kind of front matter is nearly all in the subset (the fuzzing
        // seeds are mostly broken on purpose; they are here for the comparison).
        for folder in ["Content", "Examples"] {
            let (read, all) = taken[folder] ?? (0, 0)
            #expect(all > 20 && read * 10 >= all * 9, "\(folder): \(read) of \(all)")
        }
        #expect(taken.values.map(\.1).reduce(0, +) > 1_000)
    }

    @Test func chosenTextsReadAsYamsReadsThem() {
        let accepted = [
            "title: Engineer\nid: ENG-1\n",
            "title: Engineer # a comment\ntags: [a, b , \"c d\", 'e''f']\n",
            "locations:\n  - city: Denver\n    region: CO\n  - city: Austin\nposted: 2026-10-01",
            "benefits:\n- Equity\n- \"Dental\"\nnext: x",
            "a:\n  b:\n    c: d\n  e: f\n",
            "  indented: root\n  second: x\n",
            "items:\n  - name: x\n    list:\n    - a\n    - b\n  - name: y\n",
            "title: C# Developer\nnote: Dev#1 #comment\n",
            "title: 'single'\nother: \"\"\nempty: []\nspaced: [ ]\n",
            "# leading comment\n\ntitle: x\n   # indented comment\nid: y\n",
            "title: Ingeniería de datos\ncity: Zürich\n",
            "tags: [vertrieb, österreich, wien]\nbenefits:\n  - €1,500 budget\n  - ’quoted’\n",
            "assesses: [the team's way, x \"y\"]\n",
            "key: ~\nnull_key: null\nn: 120000\n",
            "a: [x,y]\n",
            "a: b:c\n",
            "list:\n  -   spaced item\n  - x\n",
            "salary: { band: design-l4-us }\nx: {}\n",
            "locations: [{ city: Denver, region: CO, country: US }, { city: Austin }]\n",
            "eng-l3-eu:    { min: 68000,  max: 84000,  currency: EUR, period: year, label: \"Engineering L3 (EU)\" } # c\n",
        ]
        for yaml in accepted { #expect(Self.check(yaml), "\(yaml.debugDescription) was declined") }
        let declined = [
            "", "# only a comment\n", "- a\n- b\n", "title: &a x\nother: *a\n", "title: !tag x\n", "text: |\n  block\n",
            "text: >\n  folded\n", "a: {b:c}\n", "title: Engineer\n  continued\n", "a: \"x\\ny\"\n", "a:\n", "a: 1\na: 2\n",
            "\"quoted key\": x\n", "a:\tb\n", "a: b: c\n", "title: \u{85}x\n", "a: [x,\n  y]\n", "a: \u{301}x\n",
            "a: [é, \u{301}b]\n", "---\na: b\n", "a: [x, ]\n", "a:\n-\n", "a:\n  - - x\n", "a: -5\n", "? a\n: b\n",
            "a: x\n b: y\n", "a: 'unclosed\n", "a: \"x\" y\n", "<<: x\n",
        ]
        for yaml in declined { #expect(PlainYAMLReader.read(yaml, firstLine: 1) == nil, "\(yaml.debugDescription) was read") }
    }

    @Test func randomTextsReadAsYamsReadsThem() {
        var random = SeededRandom(state: 41)
        let keys = ["title", "id", "a", "b_c", "x-y", "locations", "city", "tags", "1", "ü", "\"k\"", "- ", "? "]
        let values = ["Engineer", "Senior Engineer, Platform", "x # c", "x #c", "C#", "a: b", "a:b", "end:", "\"q\"", "'s''t'",
                      "\"a\\\"b\"", "[a, b]", "[]", "[ x ,y ]", "[a, 'b', \"c\"]", "[é]", "{a: b}", "Zürich", "é", "’s",
                      "~", "", "  ", "-", "- x", "&a x", "*a", "!t x", "|", ">", "%x", "@x", "`x`", "x\ty", "\u{A0}x", "x\u{301}",
                      "2026-10-01", "120,000", "-5", "\"unclosed", "x ]", "x, y", "0.5", "{a: b}", "{ a: [x, y] }", "{a: 1, a: 2}",
                      "[{a: b}, {c: d}]", "{ min: 1,  max: 2, label: \"L (x)\" }", "{a: }", "{a:b}", "[a, {b: é}]", "{é: x}", "x\u{301}y", "[é, x\u{301}, y]", "[it's, a\"b]", "🇩🇪 x", "[🇩🇪, 👍🏽, x]"]
        var taken = 0
        for _ in 0..<20_000 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...7, using: &random) {
                let indent = String(repeating: " ", count: [0, 0, 0, 1, 2, 2, 4, 4, 6].randomElement(using: &random)!)
                switch Int.random(in: 0..<10, using: &random) {
                case 0: lines.append(indent + "- " + values.randomElement(using: &random)!)
                case 1: lines.append(indent + "- " + keys.randomElement(using: &random)! + ": " + values.randomElement(using: &random)!)
                case 2: lines.append(indent + keys.randomElement(using: &random)! + ":")
                case 3: lines.append(Bool.random(using: &random) ? "" : indent + "# note")
                default: lines.append(indent + keys.randomElement(using: &random)! + ": " + values.randomElement(using: &random)!)
                }
            }
            if Self.check(lines.joined(separator: "\n") + (Bool.random(using: &random) ? "\n" : ""), firstLine: Int.random(in: 1...3, using: &random)) {
                taken += 1
            }
        }
        #expect(taken > 1_000, "\(taken) of 20,000 read")
    }
}
