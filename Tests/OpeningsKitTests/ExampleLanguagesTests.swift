import Foundation
@testable import OpeningsKit
import Testing

/// The German and French example sites (Examples/de, Examples/fr) built whole: no
/// page shows a word of the theme's English table that the site's own table says
/// differently. The English words are read from the table itself, so a word added to
/// the theme later is searched for too.
@Suite struct ExampleLanguagesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The English words of the built-in table: each text and plural form cut at its
    /// `{placeholders}`, each piece with its key; plus the pay periods `SalaryFormatter` writes.
    static func englishWords(besides other: TranslationTable) -> [(words: String, key: String)] {
        guard let english = DefaultTheme.builtInWords.first(where: { $0.language == "en" }) else { return [] }
        let otherTexts = other.entries.values.flatMap(Self.texts).joined(separator: "\n")
        var result: [(String, String)] = []
        for (key, entry) in english.entries.sorted(by: { $0.key < $1.key }) where key != "date" {
            for text in texts(entry) {
                for piece in text.split(separator: "{").map({ $0.split(separator: "}").last.map(String.init) ?? "" }) {
                    let words = piece.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                    // A word the other language writes the same way ("Hybrid", "Format") is not English there.
                    guard words.count >= 3, !otherTexts.contains(words) else { continue }
                    result.append((words, key))
                }
            }
        }
        for period in SalaryFormatter.english.periods.values.sorted() { result.append((period, "SalaryFormatter")) }
        return result
    }

    static func texts(_ entry: TranslationTable.Entry) -> [String] {
        switch entry {
        case .text(let text): return [text]
        case .list(let items): return items
        case .plural(let forms): return forms.values.sorted()
        }
    }

    /// Whole words only: `Posted` is not found in `Postedienst`.
    static func occurs(_ words: String, in text: String) -> Bool { OpenEndedPay.containsWord(text, words) }

    /// Every HTML page under `folder`: each must say `<html lang="<htmlLang>`, and is
    /// searched for the English words `language`'s table says differently (but `keys`).
    /// Gives the number of pages and what was found.
    static func englishWords(on folder: String, language: String, htmlLang: String,
                             except keys: Set<String> = []) throws -> (pages: Int, found: [String]) {
        let table = try #require(DefaultTheme.builtInWords.first { $0.language == language })
        let english = englishWords(besides: table).filter { !keys.contains($0.key) }
        #expect(english.count > 80, "the English table is read")
        let pages = try #require(FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".html") })
        var found: [String] = []
        for page in pages.sorted() {
            let html = try String(contentsOfFile: folder + "/" + page, encoding: .utf8)
            #expect(html.contains("<html lang=\"\(htmlLang)"), "\(page)")
            for (words, key) in english where occurs(words, in: html) { found.append("\(page): “\(words)” (\(key))") }
        }
        return (pages.count, found)
    }

    static func build(_ site: String, into output: String) -> BuildReport {
        BuildPipeline.build(BuildOptions(siteFolder: site, outputFolder: output, includeDrafts: false,
                                         buildDate: CalendarDate(year: 2026, month: 11, day: 28)!))
    }

    @Test(arguments: ["de", "fr"])
    func noEnglishWordOnAnyPage(language: String) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("openings-example-\(language)-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let report = Self.build(Self.root + "/Examples/" + language, into: output)
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        #expect(report.diagnostics.filter { $0.severity != .note }.isEmpty, "\(report.diagnostics.map(\.formatted))")
        let (pages, found) = try Self.englishWords(on: output, language: language, htmlLang: language + "-")
        #expect(pages >= 8)
        #expect(found.isEmpty, "English words on \(language) pages:\n\(found.prefix(30).joined(separator: "\n"))")
    }

    /// The German and French parts of the multilingual example (Examples/multilingual,
    /// under `/de/` and `/fr/`): the same search, but for the switcher's "English",
    /// which names the English pages in English on purpose.
    @Test(arguments: ["de", "fr"])
    func noEnglishWordOnTheOtherLanguagesPagesOfAMultilingualSite(language: String) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("openings-example-ml-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let report = Self.build(Self.root + "/Examples/multilingual", into: output)
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let (pages, found) = try Self.englishWords(on: output + "/" + language, language: language, htmlLang: language + "\"",
                                                   except: ["language_name"])
        #expect(pages >= 6)
        #expect(found.isEmpty, "English words on \(language) pages:\n\(found.prefix(30).joined(separator: "\n"))")
    }

    /// The search can fail: an English page is full of the words.
    @Test func theSearchFindsEnglishOnTheEnglishSite() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("openings-example-en-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let report = BuildPipeline.build(BuildOptions(siteFolder: Self.root, outputFolder: output, includeDrafts: false,
                                                      buildDate: CalendarDate(year: 2026, month: 11, day: 28)!))
        #expect(report.succeeded)
        let german = try #require(DefaultTheme.builtInWords.first { $0.language == "de" })
        let html = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        let found = Self.englishWords(besides: german).filter { Self.occurs($0.words, in: html) }.map(\.key)
        for key in ["open_positions", "skip_link", "all_departments", "posted"] { #expect(found.contains(key), "\(key)") }
    }
}
