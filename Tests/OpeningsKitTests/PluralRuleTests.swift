import Testing
@testable import OpeningsKit

/// CLDR's plural rules for whole numbers (checked against ICU's `Intl.PluralRules`).
@Suite struct PluralRuleTests {
    static func categories(_ language: String, _ counts: [Int]) -> [String] {
        let rule = PluralRule(language: language)
        return counts.map { rule.category($0).rawValue }
    }

    @Test func polish() {
        #expect(Self.categories("pl", [0, 1, 2, 3, 4, 5, 11, 12, 13, 14, 15, 21, 22, 24, 25, 101, 102, 112, 122, 1000, 1002])
                == ["many", "one", "few", "few", "few", "many", "many", "many", "many", "many", "many", "many", "few", "few",
                    "many", "many", "few", "many", "few", "many", "few"])
    }

    @Test func frenchAndPortugueseCountZeroAsOne() {
        #expect(Self.categories("fr", [0, 1, 2, 100]) == ["one", "one", "other", "other"])
        #expect(Self.categories("fr-CA", [0, 1, 2]) == ["one", "one", "other"])
        #expect(Self.categories("pt", [0, 1, 2]) == ["one", "one", "other"])
        #expect(Self.categories("pt-BR", [0, 1, 2]) == ["one", "one", "other"])
        // European Portuguese does not.
        #expect(Self.categories("pt-PT", [0, 1, 2]) == ["other", "one", "other"])
        #expect(Self.categories("pt_PT", [0, 1, 2]) == ["other", "one", "other"])
    }

    @Test func wholeMillionsAreManyInRomanceLanguages() {
        for language in ["fr", "es", "it", "pt", "pt-PT", "ca"] {
            #expect(Self.categories(language, [1_000_000, 2_000_000, 1_000_001, 999_999])
                    == ["many", "many", "other", "other"], "\(language)")
        }
        #expect(Self.categories("de", [1_000_000]) == ["other"])
        #expect(Self.categories("en", [1_000_000]) == ["other"])
    }

    @Test func oneIsOnlyOneInEnglishGermanDutchSpanishItalian() {
        for language in ["en", "de", "nl", "de-CH", "es", "it"] {
            #expect(Self.categories(language, [0, 1, 2, 5, 21]) == ["other", "one", "other", "other", "other"], "\(language)")
        }
    }
}
