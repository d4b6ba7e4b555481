/// `Content/site.yml` → `SiteConfig`.
enum SiteConfigDecoder {
    static func decode(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let root: YAMLNode
        switch YAMLReader.parse(file.text, firstLine: 1, file: file) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let node):
            root = node ?? YAMLNode(kind: .mapping([]), line: 1, column: 1)
        }
        guard var reader = MappingReader(root, subject: "site.yml", file: file, diagnostics: &diagnostics) else { return nil }
        defer { diagnostics += reader.diagnostics }
        reader.recognise(FieldAliases.site, known: knownKeys)

        let title = reader.string("title", required: true)
        var baseURL: BaseURL?
        if let node = reader.value("base_url", required: true), let text = reader.text(node, key: "base_url") {
            baseURL = BaseURL(text)
            if baseURL == nil {
                reader.error(node, "`base_url` `\(text)` is not an absolute http(s) address",
                             hint: URLPolicy.likelyAddress(text).map { "write `base_url: \($0)`" } ?? "write it like https://careers.example.com/")
            } else if let host = URLPolicy.loopbackHost(text) {
                // Canonical links, the sitemap, feeds and JSON-LD are built from it.
                reader.warning(node, "`base_url` points at `\(host)`: canonical links, the sitemap, the feed and JSON-LD would point at the reader's own computer",
                               hint: "set the address the site is published at; for a local preview use `openings serve`, or `build --base-url`")
            }
        }
        var language = "en-US"
        if let node = reader.value("language"), let text = reader.text(node, key: "language") {
            if isLanguageTag(text) { language = text } else {
                reader.error(node, Self.notATag("language", text), hint: Self.tagHint(text))
            }
        }
        // `languages:` the other languages postings are published in (docs/languages.md):
        // a tag, or `{ language: de, title: …, description: … }` for the site's words in it.
        var otherLanguages: [SiteLanguage] = []
        if let node = reader.value("languages") {
            let items: [YAMLNode]
            switch node.kind {
            case .sequence(let list): items = list.filter { !$0.isNull }
            default: items = [node]
            }
            for item in items {
                var language: SiteLanguage?
                if case .mapping = item.kind {
                    guard var entry = MappingReader(item, subject: "languages entry", file: file, diagnostics: &reader.diagnostics)
                    else { continue }
                    if let tagNode = entry.value("language", required: true), let tag = entry.text(tagNode, key: "language") {
                        if isLanguageTag(tag) {
                            language = SiteLanguage(tag: tag, prefix: "", title: entry.string("title"), description: entry.string("description"))
                        } else {
                            entry.error(tagNode, Self.notATag("language", tag), hint: Self.tagHint(tag))
                        }
                    }
                    entry.reportUnknownKeys()
                    reader.diagnostics += entry.diagnostics
                } else if let tag = reader.text(item, key: "languages", isItem: true) {
                    if isLanguageTag(tag) { language = SiteLanguage(tag: tag, prefix: "") } else {
                        reader.error(item, Self.notATag("languages", tag), hint: Self.tagHint(tag))
                    }
                }
                if let language { otherLanguages.append(language) }
            }
        }
        var theme = "default"
        if let node = reader.value("theme"), let text = reader.text(node, key: "theme") {
            if Slug.isValid(text) || text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) }) {
                theme = text
            } else {
                reader.error(node, "`theme` `\(text)` is not a theme folder name", hint: "name a folder in Themes/")
            }
        }
        var organization = SiteConfig.Organization(name: title ?? "", url: nil, logo: nil)
        if let node = reader.value("organization"),
           var org = MappingReader(node, subject: "organization", file: file, diagnostics: &reader.diagnostics) {
            if let name = org.string("name", required: true) { organization.name = name }
            if let urlNode = org.value("url"), let url = org.text(urlNode, key: "url") {
                if let problem = URLPolicy.problem(with: url) { org.error(urlNode, "`url` \(problem)") } else { organization.url = url }
            }
            if let logoNode = org.value("logo"), let logo = org.text(logoNode, key: "logo") {
                if let problem = URLPolicy.problem(with: logo, relativeAllowed: true) { org.error(logoNode, "`logo` \(problem)") } else { organization.logo = logo }
            }
            if let idNode = org.value("linkedin_company_id"), let id = org.text(idNode, key: "linkedin_company_id") {
                // LinkedIn's company id is the number in the page's admin address.
                if !id.isEmpty, id.allSatisfy(\.isASCIIDigit) { organization.linkedInCompanyID = id } else {
                    org.error(idNode, "`linkedin_company_id` `\(id)` is not a number",
                              hint: "the number in your LinkedIn page's admin address, linkedin.com/company/<number>/admin")
                }
            }
            org.reportUnknownKeys()
            reader.diagnostics += org.diagnostics
        }
        var applyURL: String?
        if let node = reader.value("apply_url"), let url = reader.text(node, key: "apply_url") {
            if let problem = URLPolicy.problem(with: url) {
                reader.error(node, "`apply_url` \(problem)",
                             hint: URLPolicy.likelyAddress(url).map { "write `apply_url: \($0)`" } ?? "use an https:// or mailto: address; {id} and {slug} expand")
            } else if let (message, hint) = URLPolicy.placeholderProblem(in: url) {
                reader.error(node, "`apply_url`: \(message)", hint: hint)
            } else { applyURL = url }
        }
        let payTransparency = reader.choice("pay_transparency", SiteConfig.PayTransparency.self) ?? .jurisdiction
        let interviewRequired = reader.bool("interview_required") ?? false
        var unsafeHTML = false
        if let node = reader.value("markdown"),
           var markdown = MappingReader(node, subject: "markdown", file: file, diagnostics: &reader.diagnostics) {
            unsafeHTML = markdown.bool("unsafe_html") ?? false
            markdown.reportUnknownKeys()
            reader.diagnostics += markdown.diagnostics
        }
        var employees: Int?
        if let node = reader.value("employees"), let number = reader.number(node, key: "employees") {
            if number < 0 || number != number.rounded() { reader.error(node, "`employees` must be a whole number") }
            else { employees = Int(number) }
        }
        let description = reader.string("description")
        var overrides: [String: Bool] = [:]
        if let node = reader.value("pay_transparency_overrides") {
            if case .mapping(let pairs) = node.kind {
                let known = PayTransparencyTable.codes
                for (key, value) in pairs {
                    guard let code = key.scalar else { continue }
                    guard known.contains(code) else {
                        reader.error(key, "unknown jurisdiction `\(code)` in `pay_transparency_overrides`",
                                     hint: Suggestion.closest(to: code, in: known).map { "did you mean `\($0)`?" }
                                         ?? "known: \(known.sorted().joined(separator: ", "))")
                        continue
                    }
                    switch value.scalar?.lowercased() {
                    case "on", "true", "yes": overrides[code] = true
                    case "off", "false", "no": overrides[code] = false
                    default: reader.error(value, "`\(code)` must be `on` or `off`")
                    }
                }
            } else {
                reader.error(node, "`pay_transparency_overrides` must map jurisdiction codes to on or off", hint: "e.g. `{ US-HI: off }`")
            }
        }
        var languageRules = LanguageRuleSettings()
        if let node = reader.value("language_rules"),
           var rules = MappingReader(node, subject: "language_rules", file: file, diagnostics: &reader.diagnostics) {
            let known = Set(LanguageRuleSet.builtIn.rules.map(\.id) + [LanguageRuleSet.builtIn.codedID] + LanguageLinter.structureRuleIDs)
            if let list = rules.value("disable"), let ids = rules.textList(list, key: "disable") {
                for id in ids where !known.contains(id) {
                    rules.error(list, "unknown language rule `\(id)`",
                                hint: Suggestion.closest(to: id, in: known).map { "did you mean `\($0)`?" }
                                    ?? "the rules are: \(known.sorted().joined(separator: ", "))")
                }
                languageRules.disabled = Set(ids)
            }
            if let map = rules.value("severity") {
                if case .mapping(let pairs) = map.kind {
                    for (key, value) in pairs {
                        guard let id = key.scalar else { continue }
                        if let level = value.scalar.flatMap(Diagnostic.Severity.init(rawValue:)) { languageRules.severities[id] = level }
                        else { rules.error(value, "severity of `\(id)` must be note, warning or error") }
                    }
                } else {
                    rules.error(map, "`severity` must map rule ids to note, warning or error")
                }
            }
            if let list = rules.value("custom") {
                if case .sequence(let items) = list.kind {
                    for item in items {
                        if let rule = LanguageRuleSet.parseRule(item, file: file, diagnostics: &rules.diagnostics) { languageRules.custom.append(rule) }
                    }
                } else {
                    rules.error(list, "`custom` must be a list of rules with id, terms, message, suggestion, severity")
                }
            }
            rules.reportUnknownKeys()
            reader.diagnostics += rules.diagnostics
        }
        let departments = reader.stringList("departments")
        var feeds = SiteConfig.Feeds()
        if let node = reader.value("feeds"),
           var section = MappingReader(node, subject: "feeds", file: file, diagnostics: &reader.diagnostics) {
            feeds.indeed = section.bool("indeed") ?? false
            feeds.linkedIn = section.bool("linkedin") ?? false
            feeds.listings = section.bool("listings") ?? false
            feeds.calendar = section.bool("calendar") ?? false
            section.reportUnknownKeys()
            reader.diagnostics += section.diagnostics
        }
        var indexNowKey: String?
        if let node = reader.value("indexnow_key"), let key = reader.text(node, key: "indexnow_key") {
            // IndexNow's rule for keys: 8 to 128 of a-z, A-Z, 0-9 and `-`.
            if (8...128).contains(key.count), key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                indexNowKey = key
            } else {
                reader.error(node, "`indexnow_key` must be 8 to 128 letters, digits or hyphens (IndexNow's rule)",
                             hint: "make one with `openssl rand -hex 16`")
            }
        }
        var applySource: ApplySource?
        if let node = reader.value("apply_source"), let text = reader.text(node, key: "apply_source") {
            // `apply_source: true` reads like a switch, but there is nothing to switch on:
            // the value is what the tracking system is told.
            if case .scalar(let raw, plain: true) = node.kind, ["true", "false", "yes", "no", "on", "off"].contains(raw.lowercased()) {
                reader.error(node, "`apply_source` is `\(raw)`, but it is the source to credit, not a switch",
                             hint: "write the name your applicant tracking system should see, e.g. `apply_source: careers-site`, or remove the line")
            } else {
                switch ApplySource.parse(text) {
                case .success(let source): applySource = source
                case .failure(let problem): reader.error(node, problem.message, hint: problem.hint)
                }
            }
        }
        reader.reportUnknownKeys()

        guard let title, let baseURL else { return nil }
        var config = SiteConfig(title: title, description: description, baseURL: baseURL, language: language, theme: theme,
                                organization: organization, applyURL: applyURL, payTransparency: payTransparency,
                                interviewRequired: interviewRequired, unsafeHTML: unsafeHTML, employees: employees,
                                payTransparencyOverrides: overrides, languageRules: languageRules, departments: departments, file: file,
                                keyLocations: reader.keyLocations)
        config.languages = SiteLanguage.list(main: language, others: otherLanguages)
        config.feeds = feeds
        config.indexNowKey = indexNowKey
        config.applySource = applySource
        return config
    }

    static let knownKeys: Set<String> = ["title", "base_url", "description", "language", "languages", "theme", "organization", "apply_url",
                                         "pay_transparency", "interview_required", "employees", "pay_transparency_overrides",
                                         "language_rules", "markdown", "departments", "feeds", "indexnow_key",
                                         "apply_source"]

    /// Language names people write instead of the tag, in English and in the language.
    static let languageNames = [
        "english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr", "francais": "fr",
        "spanish": "es", "español": "es", "espanol": "es", "dutch": "nl", "nederlands": "nl", "polish": "pl",
        "polski": "pl", "italian": "it", "italiano": "it", "portuguese": "pt", "português": "pt", "swedish": "sv",
        "svenska": "sv", "danish": "da", "dansk": "da", "norwegian": "nb", "norsk": "nb", "finnish": "fi", "suomi": "fi",
        "japanese": "ja", "chinese": "zh", "korean": "ko", "czech": "cs", "čeština": "cs",
    ]

    static func notATag(_ key: String, _ text: String) -> String { "`\(key)` `\(text)` is not a BCP 47 language tag" }

    /// What to write instead of a value that is no language tag: `German` → `de`, `de_DE` → `de-DE`.
    static func tagHint(_ text: String) -> String {
        let dashed = text.replacingAll("_", with: "-")
        return languageNames[text.lowercased()].map { "write `\($0)`" }
            ?? (isLanguageTag(dashed) ? "write `\(dashed)`: a hyphen, not an underscore" : "e.g. en-US, de-DE, fr")
    }

    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
