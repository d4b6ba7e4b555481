import Foundation

/// Turns a job file's front matter into a `Job`, reporting every problem in it.
enum JobDecoder {
    static let knownKeys = [
        "title", "role", "id", "department", "level", "employment_type", "workplace", "locations", "location",
        "remote_countries", "reports_to", "posted", "closes", "salary", "compensation", "benefits", "interview",
        "apply_url", "draft", "tags", "slug", "responsibilities", "requirements", "metrics", "description",
        "ai_screening", "vacancy", "language",
    ]

    static let knownKeySet = Set(knownKeys)

    static func decode(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> Job? {
        guard let document = MarkdownDocument.read(file, diagnostics: &diagnostics) else { return nil }
        guard var reader = MappingReader(document.frontMatter, subject: "job front matter", file: file, diagnostics: &diagnostics)
        else { return nil }
        defer { diagnostics += reader.diagnostics }
        reader.recognise(FieldAliases.job, known: knownKeySet)

        let written = FileLanguage.read(file, reader: &reader)
        let fileSlug = Slug.make(from: written.stem.replacingAll(".md", with: ""))
        var slug = fileSlug
        if let node = reader.value("slug"), let explicit = reader.text(node, key: "slug") {
            if Slug.isValid(explicit) {
                slug = explicit
            } else {
                reader.error(node, "`slug` `\(explicit)` is not a safe path segment",
                             hint: "use lower-case ASCII letters, digits and single hyphens, e.g. `\(Slug.make(from: explicit).isEmpty ? "hr-generalist" : Slug.make(from: explicit))`")
            }
        } else if slug.isEmpty {
            reader.error(document.frontMatter, "cannot make a URL slug from the file name", hint: "add `slug: some-name`")
        }

        let title: String?
        if reader.has("title") {
            title = reader.string("title")
            reader.accept("role")
        } else if reader.has("role") {
            title = reader.string("role")
        } else {
            _ = reader.value("title", required: true)
            reader.accept("role")
            title = nil
        }
        // `title: Analyst #2 (Revenue)`: YAML drops everything from ` #` as a comment.
        for key in ["title", "role"] {
            if let node = reader.pairs[key]?.value, case .scalar(_, plain: true) = node.kind, let cut = commentCut(node, in: file) {
                reader.warning(node, "`\(key)` ends at ` #`: YAML reads `#\(cut)` as a comment, so it is left out",
                               hint: "put the whole value in quotes")
            }
        }
        let id = reader.string("id", required: true)
        let department = reader.string("department", required: true)
        let level = reader.string("level")
        let employmentType = reader.choice("employment_type", EmploymentType.self)
        var workplace = reader.choice("workplace", Workplace.self)
        let statedWorkplace = workplace
        var keysWithErrors: Set<String> = []
        let posted = reader.date("posted", required: true)
        let closesStart = reader.diagnostics.count
        let closes = reader.date("closes")
        if let posted, let closes, closes < posted, let node = reader.value("closes") {
            reader.error(node, "`closes` (\(closes)) is before `posted` (\(posted))", hint: "a job closes on or after the day it is posted")
        }
        // A `closes` with an error is not also "no application deadline" or "closed".
        if reader.errors(since: closesStart) { keysWithErrors.insert("closes") }
        let locationsStart = reader.diagnostics.count
        var locations: [JobLocation] = []
        var phrases: [WorkplacePhrase] = []
        if let node = reader.value("locations") {
            locations = readLocations(node, phrases: &phrases, reader: &reader)
        }
        if let node = reader.value("location") {
            if case .scalar = node.kind, let text = reader.text(node, key: "location") {
                if let location = readPlace(text, node: node, key: "location", phrases: &phrases, reader: &reader) {
                    locations.append(location)
                    if workplace == nil, !reader.has("workplace") { workplace = inferWorkplace(from: text) }
                }
            } else {
                locations += readLocations(node, phrases: &phrases, reader: &reader)
            }
        }
        // `location: Hybrid or Remote`, and `locations: [Remote]` alike, say the workplace.
        if workplace == nil, !reader.has("workplace"), !phrases.isEmpty {
            workplace = phrases.contains { $0.workplace == .hybrid } ? .hybrid : phrases.contains { $0.workplace == .remote } ? .remote : .onsite
        }
        var remoteCountries = reader.value("remote_countries").map { readCountries($0, reader: &reader) } ?? []
        if workplace == .onsite, !remoteCountries.isEmpty, let node = reader.pairs["remote_countries"]?.key {
            // Onsite means no one works remotely: the countries are ignored, and so are their pay laws.
            reader.warning(node, "`remote_countries` is ignored for an onsite job",
                           hint: "set `workplace: hybrid` or `remote` if hires may live there, or remove `remote_countries`")
        }
        let resolvedWorkplace = workplace ?? .onsite
        // `Remote - US` says where hires may live, as `remote_countries: [US]` would; a
        // list the posting writes itself wins, and an onsite job has none.
        var countriesFromPhrases: [String] = []
        if !reader.has("remote_countries"), resolvedWorkplace != .onsite {
            for country in phrases.compactMap(\.remoteCountry) where !remoteCountries.contains(country) {
                remoteCountries.append(country)
                countriesFromPhrases.append(country)
            }
        }
        if reportPhrases(phrases, stated: statedWorkplace, workplace: resolvedWorkplace, countries: countriesFromPhrases,
                         placeless: locations.isEmpty && remoteCountries.isEmpty, reader: &reader) {
            // That finding says where to say where the job is; the search-engine rule
            // (`jobposting-location`) would say it a second time.
            keysWithErrors.formUnion(phrases.map(\.key))
        }
        // A `workplace` with an error was already reported; guessing onsite would add a second finding.
        let workplaceWasWrong = workplace == nil && reader.has("workplace")
        if workplaceWasWrong { keysWithErrors.insert("workplace") }
        let placeUnderForeignKey = reader.foreign.values.contains("locations")
        // `locations: []` is as missing as no `locations:` at all.
        let emptyList = ["locations", "location"].allSatisfy { key in
            reader.pairs[key].map { pair in if case .sequence(let items) = pair.value.kind { return items.isEmpty } else { return pair.value.isNull } } ?? true
        }
        if locations.isEmpty, resolvedWorkplace != .remote, !workplaceWasWrong, !placeUnderForeignKey, emptyList {
            keysWithErrors.insert("locations")
            reader.diagnostics.append(Diagnostic(.error, at: reader.location(of: "workplace"),
                "missing `locations` for \(resolvedWorkplace == .onsite ? "an" : "a") \(resolvedWorkplace.rawValue) job",
                hint: "add `locations:` with city, region and country, or set `workplace: remote`"))
        }

        if reader.errors(since: locationsStart) { keysWithErrors.insert("locations") }
        let salaryStart = reader.diagnostics.count
        var salary: SalarySpec?
        if let node = reader.value("salary") {
            salary = readSalary(node, file: file, diagnostics: &reader.diagnostics)
        }
        var benefits = reader.stringList("benefits") ?? []
        if let node = reader.value("compensation") {
            let (range, extraBenefits) = readCompensation(node, file: file, diagnostics: &reader.diagnostics)
            if salary == nil, let range { salary = .range(range) }
            benefits += extraBenefits
        }
        if reader.errors(since: salaryStart) { keysWithErrors.insert("salary") }

        var applyURL: String?
        if let node = reader.value("apply_url"), let url = reader.text(node, key: "apply_url") {
            if let problem = URLPolicy.problem(with: url) {
                reader.error(node, "`apply_url` \(problem)",
                             hint: URLPolicy.likelyAddress(url).map { "write `apply_url: \($0)`" } ?? "use an https:// or mailto: address")
                keysWithErrors.insert("apply_url")
            } else if let (message, hint) = URLPolicy.placeholderProblem(in: url) {
                reader.error(node, "`apply_url`: \(message)", hint: hint)
                keysWithErrors.insert("apply_url")
            } else {
                if let host = URLPolicy.loopbackHost(url) {
                    reader.warning(node, "`apply_url` points at `\(host)`, the candidate's own computer", hint: "use the published address of your applicant tracking system")
                }
                applyURL = url
            }
        }
        let interview = reader.string("interview")
        let draft = reader.bool("draft") ?? false
        // `tags: finance, accounting` is one YAML text; nobody means a tag with a comma in it.
        let tags = (reader.stringList("tags") ?? []).flatMap { $0.split(separator: ",").map { String($0).trimmingWhitespace() } }
            .filter { !$0.isEmpty }
        let responsibilities = reader.stringList("responsibilities") ?? []
        let requirements = reader.stringList("requirements") ?? []
        let metrics = reader.value("metrics").map { readMetrics($0, reader: &reader) } ?? []
        let reportsTo = reader.string("reports_to")
        // The pay rules stay quiet about a disclosure written with an error: that error is the one to fix.
        var disclosureStart = reader.diagnostics.count
        let aiScreening = reader.bool("ai_screening")
        if reader.errors(since: disclosureStart) { keysWithErrors.insert("ai_screening") }
        disclosureStart = reader.diagnostics.count
        let vacancy = reader.choice("vacancy", Vacancy.self)
        if reader.errors(since: disclosureStart) { keysWithErrors.insert("vacancy") }
        _ = reader.string("description")
        keysWithErrors.formUnion(reader.reportUnknownKeys())

        guard let title, let id, let department, let posted else { return nil }
        return Job(
            file: file, slug: slug, id: id, title: title, department: department, level: level,
            employmentType: employmentType ?? .fullTime, workplace: resolvedWorkplace, locations: locations,
            remoteCountries: remoteCountries, reportsTo: reportsTo, posted: posted, closes: closes, salary: salary,
            benefits: benefits, interview: interview, applyURL: applyURL, draft: draft, tags: tags,
            responsibilities: responsibilities, requirements: requirements, metrics: metrics,
            aiScreening: aiScreening, vacancy: vacancy, body: document.body, bodyFirstLine: document.bodyFirstLine, keyLocations: reader.keyLocations,
            keysWithErrors: keysWithErrors, language: written.language)
    }

    /// The comment after a plain scalar on its line, if the line has one (` #…`).
    static func commentCut(_ node: YAMLNode, in file: SourceFile) -> String? {
        var line = 1
        let text = file.text.utf8
        var index = text.startIndex
        while line < node.line, let newline = text[index...].firstIndex(of: 10) { index = text.index(after: newline); line += 1 }
        guard line == node.line else { return nil }
        let end = text[index...].firstIndex(of: 10) ?? text.endIndex
        let content = Substring(file.text[index..<end])
        guard content.utf8.contains(UInt8(ascii: "#")), let value = content.dropFirst(max(0, node.column - 1)).range(of: " #") else { return nil }
        let comment = content[value.upperBound...].trimmingTrailingSpaces()
        // `# a note` is how a comment is written; `#2` is part of a title.
        guard let first = comment.first, first != " " else { return nil }
        return String(comment)
    }

    /// Seed-style postings say "Hybrid or Remote" instead of choosing a workplace, and
    /// "Denver, CO (Hybrid)" beside the place: the words say it (`WorkplaceWords`), in
    /// any language pages are written in. Nothing said is onsite, the default.
    static func inferWorkplace(from text: String) -> Workplace {
        WorkplaceWords.said(in: text) ?? .onsite
    }

    /// A `location:` (or `locations:` item) that says how people work, not where
    /// (`Hybrid or Remote`, `Remote - US`): kept out of the places and reported once.
    struct WorkplacePhrase {
        var text: String
        var key: String
        var at: SourceLocation
        /// What the words say (`Hybrid or Remote` → hybrid).
        var workplace: Workplace
        /// Every workplace the words name (hybrid and remote): whether a `workplace:` field agrees.
        var named: Set<Workplace>
        /// The country of `Remote - US`.
        var remoteCountry: String?
    }

    /// One finding per workplace phrase, at its text: what was made of it, a warning when
    /// it disagrees with `workplace:` or leaves the job with nothing saying where it is,
    /// a note otherwise. Returns whether one said the job is placeless.
    private static func reportPhrases(_ phrases: [WorkplacePhrase], stated: Workplace?, workplace: Workplace, countries: [String],
                                      placeless: Bool, reader: inout MappingReader) -> Bool {
        let how = "say how people work with `workplace:` and where with `locations:` (offices) or `remote_countries:` (where hires may live)"
        for phrase in phrases {
            let head = "`\(phrase.key)` “\(phrase.text)” names no place"
            // Hybrid is both, so any words agree with it; remote needs words that allow
            // working away, onsite words that say the office.
            let agrees = switch stated {
            case .hybrid?, nil: true
            case .remote?: !phrase.named.isDisjoint(with: [.remote, .hybrid])
            case .onsite?: phrase.named.contains(.onsite)
            }
            if let stated, !agrees {
                reader.diagnostics.append(Diagnostic(.warning, at: phrase.at,
                    "\(head) and says \(phrase.workplace.rawValue), but `workplace` is \(stated.rawValue); it is left out", hint: how))
                continue
            }
            var read: [String] = []
            if stated == nil { read.append("`workplace: \(workplace.rawValue)`") }
            if let country = phrase.remoteCountry, countries.contains(country) {
                read.append("`remote_countries: [\(countries.joined(separator: ", "))]`")
            }
            let readAs = read.joined(separator: " and ")
            if placeless {
                reader.diagnostics.append(Diagnostic(.warning, at: phrase.at,
                    "\(head)\(read.isEmpty ? "" : " (it was read as \(readAs))"), and no `locations:` or `remote_countries:` says where the job is, so neither job seekers nor search engines can tell",
                    hint: workplace == .onsite ? "write `locations:` with the office's city and country"
                        : "add `remote_countries:` (e.g. `remote_countries: [US]`, where hires may live) or `locations:` (the offices)"))
            } else {
                reader.diagnostics.append(Diagnostic(.note, at: phrase.at,
                    "\(head), so no location page or filter shows it\(read.isEmpty ? "" : "; it was read as \(readAs)")",
                    hint: read.isEmpty ? how : "to say so yourself, write \(readAs) instead, and any offices as `locations:`"))
            }
        }
        return placeless && !phrases.isEmpty
    }

    private static func readLocations(_ node: YAMLNode, phrases: inout [WorkplacePhrase], reader: inout MappingReader) -> [JobLocation] {
        let items: [YAMLNode]
        switch node.kind {
        case .sequence(let list): items = list
        case .mapping: items = [node]
        case .scalar:
            return reader.text(node, key: "locations").flatMap { readPlace($0, node: node, key: "locations", phrases: &phrases, reader: &reader) }
                .map { [$0] } ?? []
        }
        // `locations: [Berlin, Germany]` is YAML for two places; the author meant one.
        let texts = items.compactMap(\.scalar)
        if (2...3).contains(items.count), texts.count == items.count, PlaceText.read(texts[0]) == .unreadable,
           case .place(let location, _) = PlaceText.read(texts.joined(separator: ", ")) {
            let label = Self.label(location)
            reader.warning(node, "`locations: [\(texts.joined(separator: ", "))]` is a list of \(texts.count) places; it was read as one, \(label)",
                           hint: "write `locations: [{ \(Self.fields(location)) }]` (a list item per place, each with city, region and country)")
            return [location]
        }
        var result: [JobLocation] = []
        var seen: Set<String> = []
        // A place listed twice would be shown twice on the card, in jobs.json and the feed's
        // summary: kept once, and said so at the repeat.
        func add(_ location: JobLocation, at item: YAMLNode) {
            let place = location.place
            guard seen.insert(place.slug).inserted else {
                reader.warning(item, "`locations` lists \(place.label) a second time; it is shown once",
                               hint: "remove the repeated item")
                return
            }
            result.append(location)
        }
        for item in items {
            if case .scalar = item.kind {
                if let text = reader.text(item, key: "locations"),
                   let location = readPlace(text, node: item, key: "locations", phrases: &phrases, reader: &reader) {
                    add(location, at: item)
                }
                continue
            }
            guard var place = MappingReader(item, subject: "location", file: reader.file, diagnostics: &reader.diagnostics)
            else { continue }
            let city = place.string("city")
            var country: String?
            if let countryNode = place.value("country", required: true) {
                country = readCountry(countryNode, reader: &place)
            }
            var region: String?
            if let regionNode = place.value("region"), let text = place.text(regionNode, key: "region") {
                var code = text.uppercased()
                if let country, code.hasPrefix(country + "-") { code = String(code.dropFirst(country.count + 1)) }
                if let country {
                    region = readRegion(text, code: code, country: country, node: regionNode, reader: &place)
                }
            }
            place.reportUnknownKeys()
            reader.diagnostics += place.diagnostics
            place.diagnostics = []
            if country != nil { add(JobLocation(city: city, region: region, country: country), at: item) }
        }
        return result
    }

    /// `region:` as a current ISO 3166-2 code. A withdrawn code (`PL` `MZ`) or a name
    /// (`Colorado`) names the place without doubt: read as the current code, with a
    /// warning or nothing. An unknown code is dropped with a warning, except where the
    /// pay rules need the region to know which law applies.
    private static func readRegion(_ text: String, code: String, country: String, node: YAMLNode,
                                   reader: inout MappingReader) -> String? {
        if ISOCodes.subdivisions["\(country)-\(code)"] != nil { return code }
        let countryName = ISOCodes.countries[country] ?? country
        if let change = SubdivisionChanges.change(country: country, code: code) {
            let name = ISOCodes.subdivisions["\(country)-\(change.current)"] ?? change.current
            reader.warning(node, "`region` `\(text)` is the code \(countryName) used until \(change.changed.prefix(4)); it is now `\(change.current)` (\(name))",
                           hint: "write `region: \"\(change.current)\"`; until then the current code is used")
            return change.current
        }
        if let byName = ISOCodes.subdivision(named: text, in: country) { return byName }
        let known = ISOCodes.regions(of: country)
        let suggestion = Suggestion.closest(to: code, in: known)
        let hint = suggestion.map { "did you mean `\($0)` (\(ISOCodes.subdivisions["\(country)-\($0)"] ?? $0))?" }
            ?? (known.isEmpty ? "\(countryName) has no subdivisions; leave `region` out"
                : "known codes: \(known.prefix(30).joined(separator: ", "))\(known.count > 30 ? ", …" : "")")
        // There an unreadable region hides which pay law applies, so it stays an error.
        if PayTransparencyTable.regionalCountries.contains(country) {
            reader.error(node, "`region` `\(text)` is not an ISO 3166-2 subdivision of \(country), so the pay-transparency rules cannot tell which state or province applies",
                         hint: hint)
        } else {
            reader.warning(node, "`region` `\(text)` is not an ISO 3166-2 subdivision of \(country); it is left out of the page",
                           hint: hint)
        }
        return nil
    }

    /// A place written as text: structured where `PlaceText` finds one reading, with a
    /// note showing it (a warning when the text could mean another place too); kept as
    /// text otherwise, for the compliance and search-engine rules to report. Text that
    /// says how people work rather than where is no place: nil, kept in `phrases`.
    private static func readPlace(_ text: String, node: YAMLNode, key: String, phrases: inout [WorkplacePhrase],
                                  reader: inout MappingReader) -> JobLocation? {
        let location: JobLocation, doubt: String?
        switch PlaceText.read(text) {
        case .unreadable:
            return JobLocation(text: text)
        case .workplace(let workplace, let country):
            phrases.append(WorkplacePhrase(text: text, key: key, at: reader.at(node), workplace: workplace,
                                           named: WorkplaceWords.named(in: text).union([workplace]), remoteCountry: country))
            return nil
        case .place(let place, let placeDoubt):
            (location, doubt) = (place, placeDoubt)
        }
        let label = Self.label(location)
        let structured = "`locations: [{ \(Self.fields(location)) }]`"
        if let doubt {
            reader.warning(node, "`\(key)` `\(text)` was read as \(label), but \(doubt)",
                           hint: "write the place as \(structured), or with the fields you mean")
        } else {
            reader.diagnostics.append(Diagnostic(.note, at: reader.at(node), "`\(key)` `\(text)` was read as \(label)",
                                                 hint: "to say so yourself, write \(structured)"))
        }
        return location
    }

    /// "Denver, Colorado, United States": a place with its names written out.
    private static func label(_ location: JobLocation) -> String {
        [location.city, location.region.flatMap { code in location.country.flatMap { ISOCodes.subdivisions["\($0)-\(code)"] } },
         location.country.flatMap { ISOCodes.countries[$0] }].compactMap { $0 }.joined(separator: ", ")
    }

    /// "city: Denver, region: CO, country: US": a place as the fields to write.
    static func fields(_ location: JobLocation) -> String {
        [location.city.map { "city: \($0)" }, location.region.map { "region: \($0)" },
         location.country.map { "country: \($0)" }].compactMap { $0 }.joined(separator: ", ")
    }

    private static func readCountries(_ node: YAMLNode, reader: inout MappingReader) -> [String] {
        let items: [YAMLNode]
        if case .sequence(let list) = node.kind { items = list } else { items = [node] }
        return items.compactMap { readCountry($0, reader: &reader) }
    }

    static func readCountry(_ node: YAMLNode, reader: inout MappingReader) -> String? {
        guard let text = reader.text(node, key: "country") else { return nil }
        let code = text.uppercased()
        if ISOCodes.countries[code] != nil { return code }
        let byName = ISOCodes.country(named: text)
        let listed = text.contains(",") ? text.split(separator: ",").map { String($0).trimmingWhitespace() } : []
        reader.error(node, "`\(text)` is not an ISO 3166-1 alpha-2 country code",
                     hint: !listed.isEmpty ? "write a list: `[\(listed.map { ISOCodes.country(named: $0) ?? $0 }.joined(separator: ", "))]`"
                        : byName.map { "write `\($0)`" } ?? "use two letters, e.g. US, CA, GB, DE")
        return nil
    }

    private static func readMetrics(_ node: YAMLNode, reader: inout MappingReader) -> [JobMetric] {
        guard case .sequence(let items) = node.kind else {
            reader.error(node, "`metrics` must be a list of `- name: { target: \"…\" }` items")
            return []
        }
        var result: [JobMetric] = []
        for item in items {
            guard case .mapping(let pairs) = item.kind, pairs.count == 1, let name = pairs[0].key.scalar else {
                if let text = item.scalar { result.append(JobMetric(name: text, target: "")); continue }
                reader.error(item, "a `metrics` item must be `- name: { target: \"…\" }`")
                continue
            }
            let value = pairs[0].value
            if let target = value.scalar {
                result.append(JobMetric(name: name, target: target))
            } else if var metric = MappingReader(value, subject: "metric `\(name)`", file: reader.file, diagnostics: &reader.diagnostics) {
                let target = metric.string("target", required: true)
                metric.reportUnknownKeys()
                reader.diagnostics += metric.diagnostics
                if let target { result.append(JobMetric(name: name, target: target)) }
            }
        }
        return result
    }

    /// `salary:` — an inline range or `{ band: name }`.
    static func readSalary(_ node: YAMLNode, file: SourceFile, diagnostics: inout [Diagnostic]) -> SalarySpec? {
        if let text = node.scalar {
            // `salary: eng-l4` names a band the way `salary: { band: eng-l4 }` does.
            if text.contains(where: \.isLetter), !text.contains(" "), !text.contains("$"), Slug.isValid(text.lowercased()) {
                diagnostics.append(Diagnostic(.error, at: file.location(line: node.line, column: node.column),
                    "`salary` must be a range or a band, not the text `\(text)`",
                    hint: "for the band in bands.yml, write `salary: { band: \(text) }`"))
                return nil
            }
            let example = parseRangeText(text).map { "min: \(SalaryRange.plain($0.0)), max: \(SalaryRange.plain($0.1))" }
                ?? (MappingReader.digitsOnly(text) ?? (Double(text) != nil ? text : nil)).map { "min: \($0), max: …" }
                ?? "min: …, max: …"
            diagnostics.append(Diagnostic(.error, at: file.location(line: node.line, column: node.column),
                "`salary` must be a range with its currency, not the text `\(text)`",
                hint: "write `salary: { \(example), currency: USD, period: year }` (your currency), or `salary: { band: name }` for a band in bands.yml"))
            return nil
        }
        guard var reader = MappingReader(node, subject: "salary", file: file, diagnostics: &diagnostics) else { return nil }
        defer { diagnostics += reader.diagnostics }
        if let bandNode = reader.value("band") {
            guard let band = reader.text(bandNode, key: "band") else { return nil }
            // A band is the whole range; a number beside it would be silently ignored.
            let extra = ["min", "max", "currency", "period"].filter { reader.has($0) }
            if let first = extra.first {
                for key in extra { reader.accept(key) }
                let names = extra.map { "`\($0)`" }.joined(separator: " and ")
                reader.error(reader.pairs[first]!.key, "\(names) cannot be combined with `band`: the band gives the whole range",
                             hint: "remove \(names), or drop `band` and write min, max and currency")
            }
            reader.reportUnknownKeys()
            return .band(band, at: reader.at(bandNode))
        }
        let range = readRange(&reader)
        reader.reportUnknownKeys(known: ["band"])
        return range.map { .range($0) }
    }

    /// The fields shared by inline salaries and bands.
    static func readRange(_ reader: inout MappingReader) -> SalaryRange? {
        let minNode = reader.value("min", required: true)
        let maxNode = reader.value("max", required: true)
        let minimum = minNode.flatMap { reader.number($0, key: "min") }
        let maximum = maxNode.flatMap { reader.number($0, key: "max") }
        var currency: String?
        if let node = reader.value("currency", required: true), let text = reader.text(node, key: "currency") {
            let code = text.uppercased()
            if ISOCodes.currencies[code] != nil, code.count == 3 {
                currency = code
            } else {
                let suggestion = Suggestion.closest(to: code, in: ISOCodes.currencies.keys)
                reader.error(node, "`currency` `\(text)` is not an ISO 4217 code",
                             hint: suggestion.map { "did you mean `\($0)`?" } ?? "e.g. USD, EUR, GBP, CAD")
            }
        }
        let period = reader.choice("period", SalaryPeriod.self) ?? (reader.has("period") ? nil : .year)
        let label = reader.string("label")
        var valid = true
        if let minimum, minimum < 0, let minNode { reader.error(minNode, "`min` is negative"); valid = false }
        if let maximum, maximum < 0, let maxNode { reader.error(maxNode, "`max` is negative"); valid = false }
        if let minimum, let maximum, minimum > maximum, let minNode {
            reader.error(minNode, "`min` (\(SalaryRange.plain(minimum))) is greater than `max` (\(SalaryRange.plain(maximum)))",
                         hint: "swap the two numbers")
            valid = false
        }
        guard valid, let minimum, let maximum, let currency, let period else { return nil }
        return SalaryRange(minimum: minimum, maximum: maximum, currency: currency, period: period, label: label)
    }

    /// Seed-style `compensation: { base_range_usd: "$68,000–$96,000", benefits: [...] }`.
    private static func readCompensation(_ node: YAMLNode, file: SourceFile, diagnostics: inout [Diagnostic]) -> (SalaryRange?, [String]) {
        guard var reader = MappingReader(node, subject: "compensation", file: file, diagnostics: &diagnostics) else { return (nil, []) }
        defer { diagnostics += reader.diagnostics }
        var range: SalaryRange?
        if let rangeNode = reader.value("base_range_usd"), let text = reader.text(rangeNode, key: "base_range_usd") {
            if let (low, high) = parseRangeText(text) {
                if low > high {
                    reader.error(rangeNode, "`base_range_usd` starts above where it ends", hint: "write the lower number first")
                } else {
                    range = SalaryRange(minimum: low, maximum: high, currency: "USD", period: .year)
                }
            } else {
                reader.error(rangeNode, "`base_range_usd` `\(text)` is not a range", hint: "write it like \"$68,000–$96,000\"")
            }
        }
        let benefits = reader.stringList("benefits") ?? []
        reader.reportUnknownKeys()
        return (range, benefits)
    }

    /// `$68,000–$96,000`, `$68k - $96k`, `68000 to 96000`.
    static func parseRangeText(_ text: String) -> (Double, Double)? {
        var normalized = text.lowercased()
        for separator in ["–", "—", " to ", "-"] {
            normalized = normalized.replacingOccurrences(of: separator, with: "|")
        }
        let parts = normalized.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, let low = parseAmount(parts[0]), let high = parseAmount(parts[1]) else { return nil }
        return (low, high)
    }

    private static func parseAmount(_ text: String) -> Double? {
        var digits = text.replacingOccurrences(of: "$", with: "").replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: "usd", with: "").trimmingCharacters(in: .whitespaces)
        var multiplier = 1.0
        if digits.hasSuffix("k") { multiplier = 1000; digits.removeLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCIIDigit || $0 == "." }), let value = Double(digits) else { return nil }
        return value * multiplier
    }
}
