import Foundation
import Testing
@testable import OpeningsKit

/// The checks that read bytes instead of characters, against the character-based code
/// they replaced (kept here as the reference): random texts from alphabets with the
/// characters that make bytes and characters differ (combining marks after `:`, `/`, `.`
/// and `-`, letters that change length when lower-cased, non-breaking spaces).
@Suite struct ByteReadingTests {
    static func random(_ pieces: [String], count: ClosedRange<Int>, _ random: inout SeededRandom) -> String {
        (0..<Int.random(in: count, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// On the paths the writer makes folders for: names joined by one slash, absolute or
    /// not, with or without a trailing slash. (NSString's answer for `///` is `` and it
    /// traps on some other runs of slashes; `parentPath` gives `/`.)
    @Test func parentPathIsNSStringsDeletingLastPathComponent() {
        var random = SeededRandom(state: 31)
        for path in ["", "/", "ab", "/a", "a/b", "a/b/", "a//b", "//a", "/a/b/c", "a/b//"] {
            #expect(path.parentPath == (path as NSString).deletingLastPathComponent, "\(path.debugDescription)")
        }
        for _ in 0..<3_000 {
            let names = (0..<Int.random(in: 1...5, using: &random)).map { _ in ["a", "b", "é", ".", "x.y", "jobs"].randomElement(using: &random)! }
            let path = (Bool.random(using: &random) ? "/" : "") + names.joined(separator: "/") + (Bool.random(using: &random) ? "/" : "")
            // NSString traps on a lone one-character name (`a`, `a/`): see
            // `RenderingTests.aPageWithAOneCharacterNameIsWritten`.
            if names.count == 1, names[0].count == 1, !path.hasPrefix("/") { continue }
            #expect(path.parentPath == (path as NSString).deletingLastPathComponent, "\(path.debugDescription)")
        }
        #expect("///".parentPath == "/" && "a".parentPath == "" && "a/".parentPath == "" && "a/b".parentPath == "a")
    }

    @Test func safePathsAreThoseTheCharacterCheckAccepted() {
        func reference(_ path: String) -> Bool {
            guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else { return false }
            return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { $0 != "" && $0 != "." && $0 != ".." }
        }
        var random = SeededRandom(state: 32)
        for _ in 0..<5_000 {
            let path = Self.random(["a", ".", "/", "\\", "\0", "é", "jobs", "index.html"], count: 0...7, &random)
            #expect(AtomicWriter.isSafe(path) == reference(path), "\(path.debugDescription)")
        }
        #expect(AtomicWriter.isSafe("jobs/x/index.html") && !AtomicWriter.isSafe("jobs/../x") && !AtomicWriter.isSafe("/etc"))
    }

    @Test func schemesAreWhatTheCharacterReaderFound() {
        func reference(_ url: String) -> String? {
            guard let colon = url.firstIndex(of: ":") else { return nil }
            let candidate = url[..<colon]
            guard let first = candidate.first, first.isASCII, first.isLetter,
                  candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
            else { return nil }
            return String(candidate)
        }
        var random = SeededRandom(state: 33)
        for _ in 0..<5_000 {
            let url = Self.random(["h", "T", "p", "s", ":", "/", "1", "+", ".", "-", "é", "\u{301}", " ", "mailto"], count: 0...8, &random)
            #expect(URLPolicy.scheme(of: url) == reference(url), "\(url.debugDescription)")
        }
        #expect(URLPolicy.scheme(of: "https://example.com") == "https" && URLPolicy.scheme(of: "mailto:a@b") == "mailto")
        #expect(URLPolicy.scheme(of: "x:\u{301}y:z") == nil)
    }

    @Test func loopbackHostsAreWhatTheCharacterReaderFound() {
        func reference(_ url: String) -> String? {
            let lowered = url.lowercased()
            guard let schemeEnd = lowered.range(of: "://"), lowered.hasPrefix("http") else { return nil }
            let rest = lowered[schemeEnd.upperBound...]
            let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            let name = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }) + "]" : String(host.prefix { $0 != ":" })
            return ["localhost", "127.0.0.1", "0.0.0.0", "[::1]"].contains(name) || name.hasSuffix(".localhost") ? name : nil
        }
        var random = SeededRandom(state: 34)
        let pieces = ["http", "HTTP", "s", "://", "localhost", "LocalHost", "127.0.0.1", "0.0.0.0", "[::1]", "]", ":8080", "/x",
                      ".", "É", "\u{301}", "?", "#", "a", "api."]
        for _ in 0..<5_000 {
            let url = Self.random(pieces, count: 0...6, &random)
            #expect(URLPolicy.loopbackHost(url) == reference(url), "\(url.debugDescription)")
        }
        #expect(URLPolicy.loopbackHost("HTTP://LOCALHOST:4000/benefits/") == "localhost")
        #expect(URLPolicy.loopbackHost("https://Ünï.localhost/") == "ünï.localhost")
        #expect(URLPolicy.loopbackHost("https://example.com/localhost") == nil)
    }

    @Test func foldedNamesAreWhatSplittingAndJoiningGave() {
        func reference(_ text: String) -> String {
            var bytes: [UInt8] = []
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                case UInt8(ascii: "-"): bytes.append(UInt8(ascii: " "))
                case UInt8(ascii: "'"), UInt8(ascii: "."): break
                default: bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self).split(separator: " ").joined(separator: " ")
        }
        var random = SeededRandom(state: 35)
        for _ in 0..<5_000 {
            let text = Self.random(["A", "b", " ", "-", "'", ".", "x"], count: 0...9, &random)
            #expect(ISOCodes.fold(text) == reference(text), "\(text.debugDescription)")
        }
        #expect(ISOCodes.fold("Baden-Württemberg") == "baden wurttemberg" && ISOCodes.fold("St. John’s") == "st johns")
    }

    @Test func trimmingIsUnicodeWhitespaceTrimming() {
        func reference(_ text: String) -> String {
            let scalars = text.unicodeScalars
            var start = scalars.startIndex, end = scalars.endIndex
            while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
            while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
            return String(scalars[start..<end])
        }
        var random = SeededRandom(state: 36)
        for _ in 0..<5_000 {
            let text = Self.random(["a", " ", "\t", "\n", "\u{A0}", "\u{2003}", "é", "\u{1C}", "\u{85}", "x"], count: 0...6, &random)
            #expect(text.trimmingWhitespace() == reference(text), "\(text.debugDescription)")
        }
    }

    @Test func isoDatesAreWhatSplittingAtDashesRead() {
        func reference(_ text: String) -> CalendarDate? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
                  let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
            return CalendarDate(year: y, month: m, day: d)
        }
        var random = SeededRandom(state: 37)
        for _ in 0..<5_000 {
            let text = Self.random(["2026", "-", "1", "0", "2", "9", "\u{301}", "٣", " "], count: 0...7, &random)
            #expect(CalendarDate(iso: text) == reference(text), "\(text.debugDescription)")
        }
        #expect(CalendarDate(iso: "2026-02-29") == nil && CalendarDate(iso: "2028-02-29") != nil)
    }

    /// Columns counted as bytes on ASCII stretches and as characters elsewhere: the same as
    /// counting characters everywhere, carriage returns and combining marks included.
    @Test func yamlColumnsAreCharacterColumns() {
        func reference(_ text: String, line: Int, column: Int) -> (line: Int, column: Int) {
            // Our line and column of libyaml's: lines at \n, NEL, LS, PS; columns in scalars.
            var yamlStarts = [text.startIndex], starts = [text.startIndex]
            var index = text.unicodeScalars.startIndex
            while index < text.unicodeScalars.endIndex {
                let scalar = text.unicodeScalars[index]
                index = text.unicodeScalars.index(after: index)
                if scalar == "\n" { yamlStarts.append(index); starts.append(index) }
                if ["\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) { yamlStarts.append(index) }
            }
            let scalars = text.unicodeScalars
            let lineEnd = line < yamlStarts.count ? scalars.index(before: yamlStarts[line]) : scalars.endIndex
            let target = scalars.index(yamlStarts[line - 1], offsetBy: max(0, column - 1), limitedBy: lineEnd) ?? lineEnd
            let low = starts.lastIndex { $0 <= target }!
            var characters = 0
            var at = starts[low]
            while at < target { characters += 1; at = text.index(after: at) }
            return (low + 1, at == target ? characters + 1 : characters)
        }
        var random = SeededRandom(state: 38)
        for _ in 0..<2_000 {
            let text = Self.random(["a", "b: ", "\n", "\r", "é", "e\u{301}", "\u{2028}", "🇩🇪", "  "], count: 1...10, &random) + "é"
            let positions = YAMLPositions(text)
            let yamlLines = 1 + text.unicodeScalars.filter { ["\n", "\u{85}", "\u{2028}", "\u{2029}"].contains($0) }.count
            let line = Int.random(in: 1...yamlLines, using: &random), column = Int.random(in: 1...8, using: &random)
            let mapped = positions.map(line: line, column: column), expected = reference(text, line: line, column: column)
            #expect(mapped.line == expected.line && mapped.column == expected.column, "\(text.debugDescription) \(line):\(column) got \(mapped) want \(expected)")
        }
    }

    /// Front matter found by lines of bytes splits where the character reader split
    /// (texts without a carriage return, which takes the character path itself).
    @Test func frontMatterSplitsWhereTheCharacterReaderSplit() {
        func describe(_ result: Result<FrontMatter, FrontMatter.Failure>) -> String {
            switch result {
            case .success(let split): "\(split.yaml.debugDescription) \(split.yamlFirstLine) \(split.body.debugDescription) \(split.bodyFirstLine)"
            case .failure(let failure): "\(failure)"
            }
        }
        var random = SeededRandom(state: 34)
        var found = 0
        for _ in 0..<5_000 {
            let text = (Bool.random(using: &random) ? "---\n" : "")
                + Self.random(["---", "...", "\n", " ", "\t", "a: b", "é", "\u{301}", "-", ".", "--- ", "\n---\n"], count: 0...10, &random)
            let split = FrontMatter.split(text)
            if case .success = split { found += 1 }
            #expect(describe(split) == describe(FrontMatter.splitCharacters(text)), "\(text.debugDescription)")
        }
        #expect(found > 500)
        #expect(describe(FrontMatter.split("---\r\na: b\r\n---\r\nbody")) == describe(FrontMatter.splitCharacters("---\r\na: b\r\n---\r\nbody")))
    }

    /// ASCII names fold as bytes to what folding characters gave; others are not read so.
    @Test func asciiSlugsAreWhatFoldingCharactersGave() {
        var random = SeededRandom(state: 35)
        for _ in 0..<5_000 {
            let text = Self.random(["A", "z", "0", " ", "-", "&", "'", ".", "_", "Senior ", "R&D", " -- "], count: 0...60, &random)
            var bytes = text
            #expect(bytes.withUTF8 { Slug.asciiSlug($0) } == Slug.fold(text.replacingAll("&", with: " and ")), "\(text.debugDescription)")
        }
        var accented = "Zürich"
        #expect(accented.withUTF8 { Slug.asciiSlug($0) } == nil)
        #expect(Slug.make(from: "Zürich & Straße") == "zurich-and-strasse" && Slug.make(from: "Zürich & Straße") == "zurich-and-strasse")
    }

    /// A link to the site's own address gives the path the character comparison gave.
    @Test func ownPathsAreWhatTheCharacterComparisonFound() {
        var random = SeededRandom(state: 36)
        var answered = 0
        for _ in 0..<5_000 {
            var origin = Self.random(["https://", "http://", "a.example", ":", "/", "\r"], count: 0...3, &random)
            var url = Self.random(["https://", "http://", "a.example", "a", "/", "?", "#", "x", ":", "\r", "\n", "\r\n"], count: 0...6, &random)
            guard let answer = url.withUTF8({ url in origin.withUTF8 { MarkdownRenderer.asciiOwnPath(url, origin: $0) } }) else { continue }
            answered += 1
            #expect(answer == MarkdownRenderer.characterOwnPath(url, origin: origin), "\(url.debugDescription) on \(origin.debugDescription)")
        }
        #expect(answered == 5_000)
        var site = "https://careers.acme.example", link = "https://careers.acme.example/jobs/?q=1"
        #expect(link.withUTF8 { url in site.withUTF8 { MarkdownRenderer.asciiOwnPath(url, origin: $0) } } == .some("/jobs/?q=1"))
        var accented = "https://careers.acme.example/é"
        #expect(accented.withUTF8 { url in site.withUTF8 { MarkdownRenderer.asciiOwnPath(url, origin: $0) } } == nil)
    }

    /// The scanner's words (read as runs of bytes, with ASCII runs copied whole) are the
    /// runs of letters and digits a reading by Unicode scalars finds, an apostrophe between
    /// two of them kept: the same lower-cased text, column and length.
    @Test func scannerWordsAreRunsOfLettersAndDigits() {
        func reference(_ text: String) -> [String] {
            let scalars = Array(text.unicodeScalars)
            var words: [String] = []
            var index = 0
            while index < scalars.count {
                guard TextScanner.isWordScalar(scalars[index]) else { index += 1; continue }
                var end = index
                while end < scalars.count {
                    if TextScanner.isWordScalar(scalars[end]) { end += 1; continue }
                    if scalars[end] == "'" || scalars[end] == "’", end + 1 < scalars.count, TextScanner.isWordScalar(scalars[end + 1]) {
                        end += 1
                        continue
                    }
                    break
                }
                var lowered = ""
                for scalar in scalars[index..<end] { lowered += scalar.properties.lowercaseMapping }
                words.append("\(lowered)@\(index + 1)+\(end - index)")
                index = end
            }
            return words
        }
        var random = SeededRandom(state: 37)
        for _ in 0..<3_000 {
            let text = Self.random(["a", "Bc", "é", "İ", "'", "’", " ", "  ", ".", "1", "\u{301}", "ß", "Ω", "-", "x'y", "don't", "ÉCOLE"],
                                   count: 0...12, &random)
            let scanner = TextScanner(file: SourceFile(relativePath: "a.md", displayPath: "a.md", text: text), bodyFirstLine: 1)
            let found = scanner.words.map { word in
                "\(String(decoding: scanner.lowered[word.start..<(word.start + word.count)], as: UTF8.self))@\(word.column)+\(word.length)"
            }
            #expect(found == reference(text), "\(text.debugDescription)")
        }
    }

    /// An ASCII title's parts set off from the job's name are what reading it by
    /// characters gave.
    @Test func asciiTitleSegmentsAreWhatTheCharacterReaderFound() {
        var random = SeededRandom(state: 38)
        for _ in 0..<5_000 {
            let title = Self.random(["Engineer", " ", "(", ")", "[", "]", " - ", "-", " | ", "|", ", ", ",", "Remote", "US", "\t", "x"],
                                    count: 0...10, &random)
            var bytes = title
            #expect(bytes.withUTF8 { TitleContent.asciiSegments(of: $0) } == TitleContent.characterSegments(of: title), "\(title.debugDescription)")
        }
        var accented = "Ingeniero – Zürich"
        #expect(accented.withUTF8 { TitleContent.asciiSegments(of: $0) } == nil)
        #expect(TitleContent.segments(of: "Engineer (Remote, US) - Berlin") == ["Remote, US", "Berlin"])
    }
}
