import Foundation
import Testing
@testable import OpeningsKit

/// The default theme's translation tables (`Themes/default/i18n/*.yml`, as compiled into
/// the binary): each has every word of English, with the same placeholders, the plural
/// forms its language uses, and reads without a finding.
@Suite struct TranslationTableTests {
    /// Each built-in table, parsed again so its findings are seen (`builtInWords` drops them).
    static let tables: [(table: TranslationTable, text: String, diagnostics: [Diagnostic])] =
        DefaultTheme.embeddedFiles.compactMap { path, base64 in
            guard path.hasPrefix("i18n/"), path.hasSuffix(".yml"), let data = Data(base64Encoded: base64) else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            let file = SourceFile(relativePath: path, displayPath: path, text: text)
            var diagnostics: [Diagnostic] = []
            let table = TranslationTable.parse(file, language: String(path.dropFirst("i18n/".count).dropLast(".yml".count)),
                                               diagnostics: &diagnostics)
            return (table, text, diagnostics)
        }

    static var english: TranslationTable { tables.first { $0.table.language == "en" }!.table }

    /// Keys in the order the file gives them.
    static func orderedKeys(_ table: TranslationTable) -> [String] {
        table.entries.keys.sorted { table.locations[$0]!.line < table.locations[$1]!.line }
    }

    static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Every text of an entry: the text, each list item, each plural form.
    static func texts(_ entry: TranslationTable.Entry) -> [String] {
        switch entry {
        case .text(let text): return [text]
        case .list(let items): return items
        case .plural(let forms): return PluralRule.Category.allCases.compactMap { forms[$0] }
        }
    }

    @Test func theLanguagesTheDefaultThemeSpeaks() {
        let languages = Set(Self.tables.map(\.table.language))
        #expect(languages.isSuperset(of: ["en", "de", "fr", "es", "nl", "pl", "it", "pt"]))
        #expect(DefaultTheme.builtInWords.count == Self.tables.count)
        // The folder and the compiled-in copy agree (`make embed-theme`).
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes/default/i18n").path
        if let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
            #expect(Set(names.filter { $0.hasSuffix(".yml") }.map { String($0.dropLast(4)).lowercased() }) == languages)
        }
    }

    @Test func eachTableReadsWithoutFindings() {
        for (table, _, diagnostics) in Self.tables {
            #expect(diagnostics.isEmpty, "\(table.path): \(diagnostics.map(\.formatted))")
        }
    }

    @Test func eachTableHasExactlyTheKeysOfEnglishInItsOrder() {
        let english = Self.orderedKeys(Self.english)
        #expect(english.count > 80)
        for (table, _, _) in Self.tables {
            let keys = Self.orderedKeys(table)
            let missing = english.filter { table.entries[$0] == nil }
            let extra = keys.filter { Self.english.entries[$0] == nil }
            #expect(missing.isEmpty, "\(table.path) lacks \(missing.joined(separator: ", "))")
            #expect(extra.isEmpty, "\(table.path) has keys English does not: \(extra.joined(separator: ", "))")
            if missing.isEmpty && extra.isEmpty {
                #expect(keys == english, "\(table.path) gives the keys in another order than en.yml")
            }
        }
    }

    @Test func eachTableHasTheSectionCommentsOfEnglish() {
        func sections(_ text: String) -> [String] {
            // A section comment stands after a blank line, right before a key.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.indices.dropFirst().compactMap { i in
                lines[i].hasPrefix("# ") && lines[i - 1].isEmpty && i + 1 < lines.count && !lines[i + 1].hasPrefix("#")
                    ? String(lines[i]) : nil
            }
        }
        let english = sections(Self.tables.first { $0.table.language == "en" }!.text)
        #expect(english.count == 6)
        for (table, text, _) in Self.tables {
            #expect(sections(text) == english, "\(table.path)")
        }
    }

    @Test func eachEntryHasTheKindAndPlaceholdersOfEnglish() {
        for (table, _, _) in Self.tables {
            for (key, englishEntry) in Self.english.entries {
                guard let entry = table.entries[key] else { continue }
                let expected = Self.texts(englishEntry).reduce(into: Set<String>()) { $0.formUnion(Self.placeholders($1)) }
                switch (englishEntry, entry) {
                case (.text, .text), (.list, .list), (.plural, .plural): break
                default: Issue.record("\(table.path): `\(key)` is \(entry), not the kind English gives")
                }
                for text in Self.texts(entry) {
                    #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(table.path): `\(key)` is empty")
                    #expect(Self.placeholders(text) == expected,
                            "\(table.path): `\(key)` has \(Self.placeholders(text).sorted()) in “\(text)”, English \(expected.sorted())")
                }
            }
        }
    }

    @Test func pluralEntriesHaveEveryFormTheirLanguageUses() {
        for (table, _, _) in Self.tables {
            let rule = PluralRule(language: table.language)
            let used = Set((0...200).map(rule.category))
            for (key, entry) in table.entries {
                guard case .plural(let forms) = entry else { continue }
                let missing = PluralRule.Category.allCases.filter { used.contains($0) && forms[$0] == nil }
                #expect(missing.isEmpty, "\(table.path): `\(key)` lacks \(missing.map(\.rawValue))")
            }
        }
        let polish = Self.tables.first { $0.table.language == "pl" }!.table
        #expect(Set((0...200).map(PluralRule(language: "pl").category)) == [.one, .few, .many])
        guard case .plural(let forms)? = polish.entries["open_position_count"] else {
            Issue.record("pl.yml: open_position_count is not plural forms"); return
        }
        #expect(Set(forms.keys) == [.one, .few, .many, .other])
    }

    @Test func monthsAreTwelveAndDatesHaveTheirParts() {
        for (table, _, _) in Self.tables {
            guard case .list(let months)? = table.entries["months"] else {
                Issue.record("\(table.path): `months` is not a list"); continue
            }
            #expect(months.count == 12, "\(table.path)")
            #expect(Set(months).count == 12, "\(table.path): a month named twice")
            guard case .text(let date)? = table.entries["date"] else {
                Issue.record("\(table.path): `date` is not text"); continue
            }
            #expect(Self.placeholders(date) == ["day", "month", "year"], "\(table.path)")
        }
    }
}

/// The words of a page language, as the renderer writes them.
@Suite struct UIStringsLanguageTests {
    static let tables = Dictionary(uniqueKeysWithValues: DefaultTheme.builtInWords.map { ($0.language, $0) })

    static func strings(_ language: String, fallback: String = "en") -> UIStrings {
        UIStrings(tables: tables, language: language, fallback: fallback)
    }

    static let counts = [0, 1, 2, 5, 12, 22, 1234]

    @Test func countsInPolish() {
        let pl = Self.strings("pl")
        #expect(Self.counts.map { pl.count("open_position_count", $0) } == [
            "0 otwartych stanowisk", "1 otwarte stanowisko", "2 otwarte stanowiska", "5 otwartych stanowisk",
            "12 otwartych stanowisk", "22 otwarte stanowiska", "1\u{A0}234 otwarte stanowiska",
        ])
        #expect([3, 4, 13, 14, 21, 24, 104, 112, 1000].map { pl.count("open_position_count", $0) } == [
            "3 otwarte stanowiska", "4 otwarte stanowiska", "13 otwartych stanowisk", "14 otwartych stanowisk",
            "21 otwartych stanowisk", "24 otwarte stanowiska", "104 otwarte stanowiska", "112 otwartych stanowisk",
            "1\u{A0}000 otwartych stanowisk",
        ])
        #expect(Self.strings("pl-PL").count("matching_count", 3) == "3 pasujące stanowiska")
    }

    @Test func countsInGerman() {
        let de = Self.strings("de-DE")
        #expect(Self.counts.map { de.count("open_position_count", $0) } == [
            "0 offene Stellen", "1 offene Stelle", "2 offene Stellen", "5 offene Stellen",
            "12 offene Stellen", "22 offene Stellen", "1.234 offene Stellen",
        ])
    }

    @Test func countsInFrench() {
        let fr = Self.strings("fr")
        #expect(Self.counts.map { fr.count("open_position_count", $0) } == [
            "0 offre d’emploi", "1 offre d’emploi", "2 offres d’emploi", "5 offres d’emploi",
            "12 offres d’emploi", "22 offres d’emploi", "1\u{202F}234 offres d’emploi",
        ])
        // `many` (whole millions) is not given, so `other` stands in.
        #expect(fr.count("open_position_count", 1_000_000) == "1\u{202F}000\u{202F}000 offres d’emploi")
    }

    @Test func countsInSpanishDutchItalianPortuguese() {
        #expect([0, 1, 2].map { Self.strings("es").count("open_position_count", $0) }
                == ["0 ofertas de empleo", "1 oferta de empleo", "2 ofertas de empleo"])
        #expect([0, 1, 2].map { Self.strings("nl").count("open_position_count", $0) }
                == ["0 vacatures", "1 vacature", "2 vacatures"])
        #expect([0, 1, 2].map { Self.strings("it").count("open_position_count", $0) }
                == ["0 posizioni aperte", "1 posizione aperta", "2 posizioni aperte"])
        #expect([0, 1, 2].map { Self.strings("pt-BR").count("open_position_count", $0) }
                == ["0 vaga aberta", "1 vaga aberta", "2 vagas abertas"])
        #expect([0, 1, 2].map { Self.strings("pt-PT").count("open_position_count", $0) }
                == ["0 vagas abertas", "1 vaga aberta", "2 vagas abertas"])
    }

    @Test func datesPerLanguage() {
        let november = CalendarDate(year: 2026, month: 11, day: 29)!
        let march = CalendarDate(year: 2027, month: 3, day: 3)!
        let expected: [(String, String, String)] = [
            ("en", "November 29, 2026", "March 3, 2027"),
            ("de", "29. November 2026", "3. März 2027"),
            ("fr", "29 novembre 2026", "3 mars 2027"),
            ("es", "29 de noviembre de 2026", "3 de marzo de 2027"),
            ("nl", "29 november 2026", "3 maart 2027"),
            ("pl", "29 listopada 2026", "3 marca 2027"),
            ("it", "29 novembre 2026", "3 marzo 2027"),
            ("pt", "29 de novembro de 2026", "3 de março de 2027"),
        ]
        for (language, first, second) in expected {
            let strings = Self.strings(language)
            #expect(strings.date(november) == first, "\(language)")
            #expect(strings.date(march) == second, "\(language)")
        }
        // A region without its own table uses the language's.
        #expect(Self.strings("de-AT").date(march) == "3. März 2027")
    }

    @Test func wordsComeFromThePageLanguageThenTheSiteLanguage() {
        let pl = Self.strings("pl", fallback: "de")
        #expect(pl.borrowed == [])
        #expect(pl.text("apply_now") == "Aplikuj")
        #expect(pl.text("positions_in", ["place": "Kraków, Polska"]) == "Oferty pracy – Kraków, Polska")
        #expect(Self.strings("de").text("job_at", ["title": "Backend Engineer", "organization": "Acme"])
                == "Backend Engineer bei Acme")
        #expect(Self.strings("fr").text("last_day_to_apply", ["title": "Ingénieur"]) == "Dernier jour pour postuler\u{A0}: Ingénieur")
    }

    @Test func salaryInPolish() {
        let pl = SalaryFormatter(language: "pl-PL")
        #expect(pl.format(SalaryRange(minimum: 12000, maximum: 18500, currency: "PLN", period: .month))
                == "12\u{A0}000\u{A0}zł – 18\u{A0}500\u{A0}zł PLN miesięcznie")
        #expect(pl.format(SalaryRange(minimum: 199000, maximum: 258000, currency: "PLN", period: .year))
                == "199\u{A0}000\u{A0}zł – 258\u{A0}000\u{A0}zł PLN rocznie")
        #expect(pl.format(SalaryRange(minimum: 42.5, maximum: 50, currency: "EUR", period: .hour))
                == "42,50\u{A0}€ – 50,00\u{A0}€ EUR za godzinę")
        #expect(pl.format(SalaryRange(minimum: 600, maximum: 600, currency: "EUR", period: .day)) == "600\u{A0}€ EUR dziennie")
        #expect(pl.periodLabel(.week) == "tygodniowo")
    }
}
