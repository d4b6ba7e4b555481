import Foundation
import Mustache
import Testing
@testable import OpeningsKit

/// `CompiledLibrary` must write exactly what swift-mustache writes: for random templates
/// and contexts, for the default theme and for whole example sites.
@Suite struct TemplateEngineTests {
    /// Renders `main` with both renderers; nil from the compiled one means "use swift-mustache".
    static func renderBoth(_ templates: [String: String], main: String, context: [String: Any]) -> (reference: String?, compiled: String??) {
        TemplateEscaping.install()
        var reference = MustacheLibrary()
        for (name, text) in templates {
            guard let template = try? MustacheTemplate(string: TemplateEscaping.pragma + text) else { return (nil, nil) }
            reference.register(template, named: name)
        }
        let expected = reference.render(context, withTemplate: main)
        guard let compiled = CompiledLibrary(sources: templates) else { return (expected, .some(nil)) }
        guard case .object(let root)? = TemplateValue.object(context) else { return (expected, .some(nil)) }
        return (expected, .some(compiled.render(root, template: main)))
    }

    static var context: [String: Any] { [
        "title": "Engineer <Backend> & \"Ops\" 'x'",
        "empty": "",
        "yes": true,
        "no": false,
        "zero": 0,
        "two": 2,
        "ratio": 1.5,
        "list": [["name": "a", "n": 1], ["name": "b", "n": 2], ["name": "c", "n": 3]],
        "words": ["x", "y"],
        "none": [Any](),
        "object": ["name": "inner", "deep": ["name": "deeper"], "yes": false],
        "multi": "line one\nline two\n",
    ] }

    @Test func handWrittenCasesMatch() {
        let cases: [String] = [
            "{{title}} {{{title}}} {{&title}}",
            "{{#list}}{{name}}{{#first()}}!{{/first()}}{{index()}}{{^last()}},{{/last()}}{{/list}}",
            "{{#object}}{{name}} {{deep.name}} {{title}}{{/object}} {{object.deep.name}} {{.object.name}}",
            "{{^none}}none{{/none}}{{^list}}list{{/list}}{{#empty(none)}}E{{/empty(none)}}{{count(list)}}",
            "{{#first(list)}}{{name}}{{/first(list)}}{{#last(words)}}{{.}}{{/last(words)}}{{uppercased(title)}}",
            "{{plusone(two)}}{{#even(two)}}even{{/even(two)}}{{#equalzero(zero)}}z{{/equalzero(zero)}}{{ratio}}{{yes}}{{zero}}",
            "{{#yes}}\n  yes\n{{/yes}}\n  {{#no}}\nno\n  {{/no}}\n{{^no}}\n\tnot\n{{/no}}\n",
            "  {{! comment }}\nA\n {{#list}} \n- {{name}}\n {{/list}} \nB {{#yes}}C{{/yes}}\n",
            "{{#list}}\n  {{> item}}\n{{/list}}\n",
            "{{<layout}}\n  {{$body}}\n    Body {{title}}\n      more\n  {{/body}}\n{{/layout}}\n",
            "{{<layout}}{{$head}}H{{/head}}{{/layout}}",
            "x\r\n  {{#yes}}\r\ny\r\n  {{/yes}}\r\n{{multi}}",
            "{{%CONTENT_TYPE:TEXT}}{{title}}\n{{%CONTENT_TYPE:HTML}}{{title}}\n",
            "{{missing}}{{#missing}}x{{/missing}}{{^missing}}y{{/missing}}{{object.missing.name}}{{reversed(words)}}",
            "  {{> item}}\n\t{{> item}}",
            "{{#words}}{{#reversed(.)}}{{.}}{{/reversed(.)}}{{/words}}{{#reversed(list)}}{{name}}{{/reversed(list)}}",
            "trailing   ",
            "  ",
        ]
        let partials = ["item": "<li>{{name}}</li>\n<i>{{title}}</i>\n",
                        "layout": "<head>\n  {{$head}}default head{{/head}}\n</head>\n<body>\n  {{$body}}\n  default\n  {{/body}}\n</body>\n"]
        for text in cases {
            var templates = partials
            templates["main"] = text
            let (reference, compiled) = Self.renderBoth(templates, main: "main", context: Self.context)
            #expect(reference != nil, "swift-mustache takes \(text.debugDescription)")
            guard case .some(.some(let output)) = compiled else {
                // Only a list written as text may fall back.
                #expect(text.contains("reversed(words)"), "compiled \(text.debugDescription)")
                continue
            }
            #expect(output == reference, "\(text.debugDescription)")
        }
    }

    /// Templates drawn from Mustache's pieces, with the whitespace around tags that decides
    /// which lines are standalone, rendered both ways.
    @Test func randomTemplatesMatch() {
        var random = SeededRandom(state: 20)
        var compared = 0, invalid = 0, fellBack = 0
        for _ in 0..<3000 {
            var templates: [String: String] = [:]
            templates["main"] = Self.randomTemplate(&random, depth: 0, partials: ["p1", "layout"])
            templates["p1"] = Self.randomTemplate(&random, depth: 1, partials: [])
            templates["layout"] = Self.randomTemplate(&random, depth: 1, partials: [], blocks: true)
            let (reference, compiled) = Self.renderBoth(templates, main: "main", context: Self.context)
            guard let reference else { invalid += 1; continue }
            guard case .some(.some(let output)) = compiled else { fellBack += 1; continue }
            compared += 1
            if output != reference {
                Issue.record("templates \(templates.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.debugDescription)" }.joined(separator: "; "))\nswift-mustache: \(reference.debugDescription)\ncompiled:       \(output.debugDescription)")
                return
            }
        }
        // Most random templates are valid and take no fallback; the comparison must not be vacuous.
        #expect(compared > 2000, "\(invalid) invalid, \(fellBack) fell back")
    }

    static func randomTemplate(_ random: inout SeededRandom, depth: Int, partials: [String], blocks: Bool = false) -> String {
        // Sections take any name; variables only those that are text (a list written as text falls back).
        let names = ["title", "empty", "yes", "no", "zero", "two", "list", "words", "none", "object", "object.name",
                     "object.deep", ".", "name", "missing", "multi", "first(list)", "empty(none)", "count(words)", "first()", "last()"]
        let texts = ["title", "empty", "yes", "zero", "two", "object.name", "object.deep.name", ".", "name", "missing",
                     "multi", "ratio", "count(words)", "index()", "plusone(n)", "uppercased(name)", "first(words)"]
        let plain = ["a", " ", "  ", "\t", "\n", "\r\n", "x y", "{ ", "}", "<p>", "\n\n"]
        var result = ""
        var open: [String] = []
        for _ in 0..<Int.random(in: 2...14, using: &random) {
            let lineStart = Bool.random(using: &random) ? "\n" + String(repeating: " ", count: Int.random(in: 0...3, using: &random)) : ""
            let lineEnd = Bool.random(using: &random) ? String(repeating: " ", count: Int.random(in: 0...2, using: &random)) + "\n" : ""
            switch Int.random(in: 0..<12, using: &random) {
            case 0, 1: result += plain.randomElement(using: &random)!
            case 2: result += lineStart + "{{\(texts.randomElement(using: &random)!)}}" + lineEnd
            case 3: result += "{{{\(texts.randomElement(using: &random)!)}}}"
            case 4 where open.count < 3:
                let name = names.randomElement(using: &random)!
                result += lineStart + "{{\(Bool.random(using: &random) ? "#" : "^")\(name)}}" + lineEnd
                open.append(name)
            case 5 where !open.isEmpty:
                result += lineStart + "{{/\(open.removeLast())}}" + lineEnd
            case 6: result += lineStart + "{{! note }}" + lineEnd
            case 7 where !partials.isEmpty && depth == 0:
                if Bool.random(using: &random) {
                    result += lineStart + "{{>p1}}" + lineEnd
                } else if open.isEmpty {
                    let block = "b\(Int.random(in: 1...2, using: &random))"
                    let body = randomTemplate(&random, depth: depth + 1, partials: [])
                    result += lineStart + "{{<layout}}" + lineEnd + lineStart + "{{$\(block)}}" + lineEnd
                        + body + lineStart + "{{/\(block)}}" + lineEnd + "{{/layout}}" + lineEnd
                }
            case 8 where blocks:
                let body = randomTemplate(&random, depth: depth + 1, partials: [])
                let name = "b\(Int.random(in: 1...2, using: &random))"
                result += lineStart + "{{$\(name)}}" + lineEnd + body + lineStart + "{{/\(name)}}" + lineEnd
            case 9: result += lineStart + "{{&\(texts.randomElement(using: &random)!)}}" + lineEnd
            case 10: result += "\n" + String(repeating: "\t", count: Int.random(in: 0...2, using: &random))
            default: result += lineStart + "x" + lineEnd
            }
        }
        while let name = open.popLast() { result += Bool.random(using: &random) ? "\n{{/\(name)}}\n" : "{{/\(name)}}" }
        return result
    }

    @Test func defaultThemeCompilesInEveryLanguage() throws {
        let theme = try InMemorySite.defaultTheme()
        for language in ["en", "de", "fr"] {
            let strings = UIStrings(theme: theme, language: language, fallback: "en")
            #expect(WordedLibrary.library(theme, strings: strings).compiled != nil, "\(language)")
        }
    }

    /// Whole example sites, every page: built with the compiled renderer and with
    /// swift-mustache alone, the output folders are the same bytes.
    @Test(arguments: [".", "Examples/de", "Examples/multilingual"])
    func exampleSitesAreTheSameWithBothRenderers(site: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(site).standardizedFileURL.path
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("openings-engines-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        func build(_ output: String) -> BuildPipeline.Report {
            BuildPipeline.build(BuildOptions(siteFolder: root, outputFolder: scratch + "/" + output, buildDate: TestSite.buildDate))
        }
        let compiled = build("compiled")
        let reference = PageRenderer.$usesReferenceRenderer.withValue(true) { build("reference") }
        #expect(compiled.diagnostics.filter { $0.severity == .error }.isEmpty)
        let compiledFiles = try RenderingTests.tree(scratch + "/compiled")
        let referenceFiles = try RenderingTests.tree(scratch + "/reference")
        #expect(compiledFiles.count > 20)
        #expect(compiledFiles.keys.sorted() == referenceFiles.keys.sorted())
        for (path, bytes) in compiledFiles where referenceFiles[path] != bytes {
            Issue.record("\(site): \(path) differs between the renderers")
        }
        #expect(reference.diagnostics.count == compiled.diagnostics.count)
    }
}
