import Foundation
import Testing
@testable import OpeningsKit

@Suite struct FormattingTests {
    @Test func salaryInEnglish() {
        let en = SalaryFormatter(language: "en-US")
        #expect(en.format(SalaryRange(minimum: 68000, maximum: 96000, currency: "USD", period: .year)) == "$68,000 – $96,000 USD per year")
        #expect(en.format(SalaryRange(minimum: 42.5, maximum: 50, currency: "USD", period: .hour)) == "$42.50 – $50.00 USD per hour")
        #expect(en.format(SalaryRange(minimum: 1_250_000, maximum: 1_250_000, currency: "JPY", period: .year)) == "¥1,250,000 JPY per year")
        #expect(en.format(SalaryRange(minimum: 90000, maximum: 110000, currency: "CHF", period: .year)) == "90,000 – 110,000 CHF per year")
        #expect(en.format(SalaryRange(minimum: 600, maximum: 750, currency: "EUR", period: .day)) == "€600 – €750 EUR per day")
        #expect(en.format(SalaryRange(minimum: 199000, maximum: 258000, currency: "PLN", period: .year)) == "199,000 – 258,000 PLN per year")
    }

    @Test func salaryInOtherLanguages() {
        let range = SalaryRange(minimum: 68000, maximum: 96000, currency: "EUR", period: .year)
        #expect(SalaryFormatter(language: "de-DE").format(range) == "68.000\u{A0}€ – 96.000\u{A0}€ EUR pro Jahr")
        #expect(SalaryFormatter(language: "fr").format(range) == "68\u{202F}000\u{A0}€ – 96\u{202F}000\u{A0}€ EUR par an")
        #expect(SalaryFormatter(language: "ja").format(range) == "€68,000 – €96,000 EUR per year")
        let zloty = SalaryRange(minimum: 199000, maximum: 258000, currency: "PLN", period: .year)
        #expect(SalaryFormatter(language: "de").format(zloty) == "199.000\u{A0}zł – 258.000\u{A0}zł PLN pro Jahr")
    }

    @Test func slugs() {
        #expect(Slug.make(from: "Senior Café Ingeniería — Zürich Straße") == "senior-cafe-ingenieria-zurich-strasse")
        #expect(Slug.make(from: "  People & Culture  ") == "people-and-culture")
        #expect(Slug.make(from: "What's New?") == "whats-new")
        #expect(Slug.make(from: "../../etc/passwd") == "etc-passwd")
        #expect(Slug.make(from: "日本語") != "")
        #expect(Slug.make(from: "---") == "")
        #expect(Slug.isValid("backend-engineer-2"))
        #expect(!Slug.isValid("Backend"))
        #expect(!Slug.isValid("a--b"))
        #expect(!Slug.isValid("-a"))
        #expect(!Slug.isValid("a/b"))
        #expect(!Slug.isValid(".."))
    }

    @Test func dates() {
        #expect(CalendarDate(iso: "2028-02-29") != nil)
        #expect(CalendarDate(iso: "2026-02-29") == nil)
        #expect(CalendarDate(iso: "2026-1-01") == nil)
        #expect(CalendarDate(iso: "2026-04-31") == nil)
        #expect(CalendarDate(iso: "2026-12-31")!.description == "2026-12-31")
    }

    @Test func sourceDateEpoch() {
        #expect(BuildOptions.buildDate(environment: ["SOURCE_DATE_EPOCH": "1798416000"]) == CalendarDate(year: 2026, month: 12, day: 28))
        #expect(BuildOptions.buildDate(environment: ["SOURCE_DATE_EPOCH": "soon"]) == nil)
    }

    @Test func jsonEscapesScriptBreakouts() {
        let value = JSONValue.object([("t", .string("</script><!-- & \u{2028}\"\\\n"))])
        #expect(value.serialized() == #"{"t":"\u003c/script\u003e\u003c!-- \u0026 \u2028\"\\\n"}"#)
    }

    @Test func baseURLs() {
        let base = BaseURL("https://Example.com/careers")!
        #expect(base.origin == "https://example.com")
        #expect(base.path == "/careers/")
        #expect(base.absolute("jobs/a/") == "https://example.com/careers/jobs/a/")
        #expect(BaseURL("ftp://example.com/") == nil)
        #expect(BaseURL("https://") == nil)
        #expect(BaseURL("https://exa mple.com/") == nil)
    }

    @Test func urlPolicy() {
        #expect(URLPolicy.problem(with: "https://x.example/a?b=1") == nil)
        #expect(URLPolicy.problem(with: "mailto:jobs@x.example") == nil)
        #expect(URLPolicy.problem(with: "JavaScript:alert(1)") != nil)
        #expect(URLPolicy.problem(with: "data:text/html,hi") != nil)
        #expect(URLPolicy.problem(with: "/benefits/", relativeAllowed: true) == nil)
        #expect(URLPolicy.problem(with: "/benefits/") != nil)
        #expect(URLPolicy.problem(with: "java\tscript:alert(1)", relativeAllowed: true) != nil)
    }
}

/// A commit time's UTC day, computed in integers, is the day Foundation's Gregorian
/// calendar gives, across leap years, century years, 1970 and times before it.
@Suite struct CalendarDateTests {
    @Test func utcDaysMatchFoundationsCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var random = SeededRandom(state: 7)
        var seconds: [Int64] = [0, -1, 86_399, 86_400, 951_782_400, 951_868_799, 4_107_542_400, -2_208_988_800, 1_795_824_000]
        for _ in 0..<20_000 { seconds.append(Int64.random(in: -5_000_000_000...8_000_000_000, using: &random)) }
        for second in seconds {
            let date = Date(timeIntervalSince1970: TimeInterval(second))
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            let day = CalendarDate(utc: date)
            let expected: [Int] = [c.year!, c.month!, c.day!]
            let computed: [Int] = [day.year, day.month, day.day]
            #expect(computed == expected, "\(second)")
            if computed != expected { return }
        }
    }

    /// Times far beyond any calendar (an imported board's garbage timestamp) give
    /// Foundation's answer instead of overflowing (found by fuzz-import-boards).
    @Test(arguments: [1e15, -1e15, 1e300, -1e300, 9.2e18, Double.greatestFiniteMagnitude])
    func timesFarAwayDoNotCrash(_ seconds: Double) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = Date(timeIntervalSince1970: seconds)
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        let day = CalendarDate(utc: date)
        let expected: [Int] = [c.year ?? 1970, c.month ?? 1, c.day ?? 1]
        let computed: [Int] = [day.year, day.month, day.day]
        #expect(computed == expected)
    }
}

@Suite struct RecipeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test(arguments: ["docs/recipes/github-actions.yml", "docs/recipes/gitlab-ci.yml", ".github/workflows/release.yml"])
    func recipeYAMLParses(_ name: String) throws {
        let text = try String(contentsOfFile: Self.root + "/" + name, encoding: .utf8)
        let file = SourceFile(relativePath: name, displayPath: name, text: text)
        guard case .success(let node?) = YAMLReader.parse(text, firstLine: 1, file: file), case .mapping = node.kind else {
            Issue.record("\(name) is not a YAML mapping"); return
        }
    }
}
