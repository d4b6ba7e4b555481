/// One Jekyll or Hugo posting file in Openings' terms: its keys through
/// `ForeignKeyTable`, their values through `ForeignValues`, its body through
/// `TemplateTags`. Nothing is made up: a value that cannot be read is a note saying
/// what it was and what to write, a key with no Openings field is a leftover, and a
/// required field the file lacks stays missing, for `check` to ask for.
struct StaticSitePosting {
    typealias Entry = ForeignFrontMatter.Entry
    typealias Value = ForeignFrontMatter.Value
    typealias Field = ForeignKeyTable.Field

    private(set) var posting: ImportedPosting
    /// Each field's keys, lowest rank first, then in the order written.
    private var candidates: [Field: [Entry]] = [:]
    private var applyLines: [String] = []
    private var applyKey: String?
    /// The source's one-line summary, which opens the body unless the body has it already.
    private var summary: String?

    init(path: String, frontMatter: ForeignFrontMatter, naming: PostingFiles.Naming,
         generator: StaticSiteImporter.Generator, departmentFrom: StaticSiteImporter.DepartmentSource) {
        posting = ImportedPosting(source: path, fileName: naming.fileName)
        let tags = Self.templateTags(frontMatter, naming: naming, generator: generator)
        var frontMatter = frontMatter
        // A title or apply link written with a tag in it (`{{ site.company }} Designer`)
        // would publish the tag: values are cleaned as the body is, before they are read.
        frontMatter.entries = frontMatter.entries.map { entry in
            Entry(key: entry.key, value: Self.clean(entry.value, key: entry.key, tags: tags, notes: &posting.notes))
        }
        var ranked: [Field: [(rank: Int, entry: Entry)]] = [:]
        for entry in frontMatter.entries where !entry.value.isEmpty {
            guard let (field, rank) = ForeignKeyTable.field(for: entry.key) else {
                leftover(entry)
                continue
            }
            if field != .generatorSetting { ranked[field, default: []].append((rank, entry)) }
        }
        // A stable sort: keys of the same rank stay in the order the file has them.
        candidates = ranked.mapValues { list in list.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element.entry) }

        readTitle()
        readDepartment(folder: departmentFrom == .folder ? naming.folderDepartment : nil)
        posting.id = single(.id, what: "an id") { Self.oneLine($0.value) }
        posting.level = single(.level, what: "a level") { entry in
            // `gs: 15` is the US federal General Schedule grade GS-15.
            Self.oneLine(entry.value).map { text in
                ["gs", "gs_level"].contains(FieldAliases.normalise(entry.key)) && text.allSatisfy { $0.isASCIIDigit || $0 == "-" } ? "GS-\(text)" : text
            }
        }
        posting.employmentType = single(.employmentType, what: "an employment type Openings knows",
                                        write: "`employment_type:` full_time, part_time, contract, temporary or intern") {
            Self.oneLine($0.value).flatMap(ForeignValues.employmentType)
        }
        posting.workplace = single(.workplace, what: "a workplace", write: "`workplace:` onsite, hybrid or remote") { entry in
            guard let text = Self.oneLine(entry.value) else { return nil }
            if FieldAliases.normalise(entry.key) == "remote" {
                if ["true", "yes"].contains(text.lowercased()) { return .remote }
                if ["false", "no"].contains(text.lowercased()) { return .onsite }
            }
            return ForeignValues.workplace(text)
        }
        readLocations()
        readRemoteCountries()
        // `workplace: onsite` beside `location: Remote - US`: the job boards' rule decides.
        if posting.workplace != nil {
            var places = ImportedPlaces()
            places.locations = posting.locations
            places.remoteCountries = posting.remoteCountries
            posting.workplace = places.workplace(stated: posting.workplace)
        }
        posting.posted = single(.posted, what: "a date", write: "`posted: YYYY-MM-DD`, the day it was published") {
            Self.oneLine($0.value).flatMap(ForeignValues.date)
        } ?? naming.postDate
        if posting.posted == nil, let date = naming.fileDate {
            posting.posted = date
            posting.notes.append("`posted` is the date in front of the file's name")
        }
        posting.closes = single(.closes, what: "a date", write: "`closes: YYYY-MM-DD` once it is known") {
            Self.oneLine($0.value).flatMap(ForeignValues.date)
        }
        readSalary()
        readApply()
        readDraft(inDrafts: naming.inDrafts)
        readTags()
        summary = single(.summary, what: "one line of text") { Self.oneLine($0.value) }
        if let slug = single(.slug, what: "a file name", read: { Self.oneLine($0.value).map(Slug.make(from:)) }), !slug.isEmpty {
            posting.fileName = slug
        }
        if posting.fileName.isEmpty, let title = posting.title { posting.fileName = Slug.make(from: title) }
        if posting.id == nil, !posting.fileName.isEmpty {
            posting.id = posting.fileName
            posting.notes.append("the source has no id, so `id` is the file name; write your requisition number instead if there is one")
        }
        readBody(frontMatter, tags: tags, isHTML: path.lowercased().hasSuffix(".html"))
    }

    /// The template language of the file, with the front matter's values for `page.x`
    /// and `.Params.x` (the values as written, before any cleaning).
    private static func templateTags(_ frontMatter: ForeignFrontMatter, naming: PostingFiles.Naming,
                                     generator: StaticSiteImporter.Generator) -> TemplateTags {
        var values: [String: String] = [:]
        // `opens: tbd` is no value to write into a sentence ("open on tbd").
        for entry in frontMatter.entries { if let text = entry.value.text, !isPlaceholder(text) { values[entry.key] = text } }
        // A Jekyll post's `page.date` is its file name's when the front matter has none.
        if values["date"] == nil, let date = naming.postDate { values["date"] = date.description }
        return TemplateTags(values: values, defaultLanguage: generator == .jekyll ? .liquid : .goTemplate)
    }

    /// A front-matter value without template tags, each removal a note naming the key.
    private static func clean(_ value: Value, key: String, tags: TemplateTags, notes: inout [String]) -> Value {
        switch value {
        case .text(let text):
            let cleaned = tags.clean(text, firstLine: nil, origin: "in `\(key)`")
            notes += cleaned.notes
            guard !cleaned.notes.isEmpty else { return value }
            // `{{ site.company }} Designer` leaves a space behind at the start.
            let folded = cleaned.text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            return folded.isEmpty ? .empty : .text(folded)
        case .list(let items):
            return .list(items.map { clean($0, key: key, tags: tags, notes: &notes) })
        case .table(let entries):
            return .table(entries.map { Entry(key: $0.key, value: clean($0.value, key: key, tags: tags, notes: &notes)) })
        case .empty:
            return value
        }
    }

    // MARK: Fields

    /// The value of the best key for `field` that can be read; later keys with another
    /// value are leftovers, keys that cannot be read are notes.
    private mutating func single<T: Equatable>(_ field: Field, what: String, write: String? = nil, read: (Entry) -> T?) -> T? {
        var chosen: T?
        for entry in candidates[field] ?? [] {
            if let text = entry.value.text, Self.isPlaceholder(text) {
                posting.notes.append("`\(entry.key)` is `\(Self.shortText(entry.value))`, a placeholder, so it was not used" + (write.map { "; write \($0)" } ?? ""))
                continue
            }
            if let value = read(entry) {
                if chosen == nil { chosen = value } else if chosen != value { leftover(entry) }
            } else {
                posting.notes.append("`\(entry.key)` is `\(Self.shortText(entry.value))`, not \(what), so it was not used" + (write.map { "; write \($0)" } ?? ""))
            }
        }
        return chosen
    }

    private mutating func readTitle() {
        posting.title = single(.title, what: "one line of text") { Self.oneLine($0.value) }
        // `role` is Openings' name for the title too, read only when there is no title.
        if posting.title == nil {
            posting.title = single(.role, what: "one line of text") { Self.oneLine($0.value) }
        } else {
            for entry in candidates[.role] ?? [] { leftover(entry) }
        }
    }

    private mutating func readDepartment(folder: String?) {
        guard let folder else {
            posting.department = single(.department, what: "one department name") { Self.oneLine($0.value) }
            return
        }
        posting.department = folder
        for entry in candidates[.department] ?? [] where Self.oneLine(entry.value)?.lowercased() != folder.lowercased() {
            leftover(entry)
        }
    }

    private mutating func readLocations() {
        for entry in candidates[.locations] ?? [] {
            var unread: [String] = []
            let items: [Value] = if case .list(let list) = entry.value { list } else { [entry.value] }
            for item in items where !item.isEmpty {
                switch item {
                case .table(let fields):
                    let parts = ["city", "region", "state", "province", "country"].compactMap { key in
                        fields.first { FieldAliases.normalise($0.key) == key }.flatMap { Self.oneLine($0.value) }
                    }
                    let text = parts.joined(separator: ", ")
                    if case .place(let location, _) = PlaceText.read(text) {
                        if !posting.locations.contains(location) { posting.locations.append(location) }
                    } else if !posting.locations.contains(JobLocation(text: text.isEmpty ? item.flowText : text)) {
                        posting.locations.append(JobLocation(text: text.isEmpty ? item.flowText : text))
                        unread.append(text.isEmpty ? item.flowText : text)
                    }
                default:
                    // `Remote - US` is a remote job hiring in the US, as on the job boards.
                    let read = ImportedPlaces.read(item.text ?? item.flowText)
                    for location in read.locations where !posting.locations.contains(location) { posting.locations.append(location) }
                    for country in read.remoteCountries where !posting.remoteCountries.contains(country) { posting.remoteCountries.append(country) }
                    if posting.workplace == nil { posting.workplace = read.workplace }
                    unread += read.unread
                    posting.notes += read.notes
                }
            }
            if !unread.isEmpty {
                posting.notes.append("`\(entry.key)`: \(unread.map { "`\(Self.shortText(.text($0)))`" }.joined(separator: ", ")) kept as text; write each place with city, region and country so the pay-transparency rules can read it")
            }
        }
    }

    private mutating func readRemoteCountries() {
        for entry in candidates[.remoteCountries] ?? [] {
            let items: [Value] = if case .list(let list) = entry.value { list } else { [entry.value] }
            for item in items {
                let names = (item.text ?? "").split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
                for name in names {
                    if let code = ISOCodes.country(named: name) {
                        if !posting.remoteCountries.contains(code) { posting.remoteCountries.append(code) }
                    } else {
                        posting.notes.append("`\(entry.key)`: `\(Self.shortText(.text(name)))` is not a country Openings knows, so it was left out")
                    }
                }
            }
        }
    }

    private mutating func readSalary() {
        // `salary_min` and `salary_max` are one range, read where the first of them is.
        var entries = candidates[.salary] ?? []
        let minimum = candidates[.salaryMinimum]?.first, maximum = candidates[.salaryMaximum]?.first
        if let bound = minimum ?? maximum { entries.append(bound) }
        for extra in (candidates[.salaryMinimum] ?? []).dropFirst() + (candidates[.salaryMaximum] ?? []).dropFirst() { leftover(extra) }
        let example = "`salary: { min: …, max: …, currency: …, period: year }`"
        for entry in entries {
            let range: SalaryRange?
            var problem: String?
            if entry == minimum || entry == maximum {
                let low = minimum.flatMap { Self.oneLine($0.value) }, high = maximum.flatMap { Self.oneLine($0.value) }
                let names = [minimum?.key, maximum?.key].compactMap { $0 }.map { "`\($0)`" }.joined(separator: " and ")
                if let low, let high {
                    range = ForeignValues.salary("\(low) – \(high)") ?? placeCurrency("\(low) – \(high)", names: names)
                    if range == nil, let lowAmount = ForeignValues.amount(low), let highAmount = ForeignValues.amount(high) {
                        problem = "\(names) (\(low) to \(high)) name no currency, so no salary was written; write `salary: { min: \(SalaryRange.plain(lowAmount)), max: \(SalaryRange.plain(highAmount)), currency: …, period: year }` with yours"
                    }
                } else {
                    range = nil
                    problem = "\(names) is only one end of a pay range, so no salary was written; write \(example)"
                }
                problem = problem ?? "\(names) (\(low ?? "…") to \(high ?? "…")) is not a pay range Openings can read; write \(example)"
            } else if case .table(let fields) = entry.value {
                range = salary(fields, key: entry.key)
            } else {
                range = Self.oneLine(entry.value).flatMap { ForeignValues.salary($0) ?? placeCurrency($0, names: "`\(entry.key)`") }
            }
            guard let range else {
                posting.notes.append(problem ?? "`\(entry.key)` is `\(Self.shortText(entry.value))`, not a pay range Openings can read (an amount, a currency and a period), so it was not used; write \(example)")
                continue
            }
            if posting.salary == nil { posting.salary = range } else if posting.salary != range { leftover(entry) }
        }
    }

    /// A range written without a currency (`120,000 – 150,000`) in the currency of the
    /// posting's places, when they all have the same one; with a note saying so.
    private mutating func placeCurrency(_ text: String, names: String) -> SalaryRange? {
        let countries = posting.locations.compactMap(\.country) + posting.remoteCountries
        guard let currency = ForeignValues.currency(ofCountries: countries),
              let range = ForeignValues.salary("\(text) \(currency)") else { return nil }
        let places = Set(countries).sorted().compactMap { ISOCodes.countries[$0] }.joined(separator: ", ")
        posting.notes.append("no currency is written in \(names); \(currency) is the currency of the posting's places (\(places)), so check it")
        return range
    }

    /// `{ min: 120000, max: 150000, currency: USD, period: year }`, under the names people give those.
    private mutating func salary(_ fields: [Entry], key: String) -> SalaryRange? {
        var low: Double?, high: Double?, currency: String?, period: SalaryPeriod?
        for field in fields {
            let text = Self.oneLine(field.value) ?? ""
            switch FieldAliases.normalise(field.key) {
            case "min", "minimum", "min_value", "from", "low": low = ForeignValues.amount(text)
            case "max", "maximum", "max_value", "to", "high": high = ForeignValues.amount(text)
            case "currency", "currency_code": currency = ForeignValues.currency(text)
            case "period", "per", "interval", "unit", "unit_text", "frequency": period = ForeignValues.period(text)
            default: leftover(Entry(key: "\(key).\(field.key)", value: field.value))
            }
        }
        guard let low, let high, let currency, low <= high else { return nil }
        return SalaryRange(minimum: low, maximum: high, currency: currency, period: period ?? .year)
    }

    private mutating func readApply() {
        for entry in candidates[.applyURL] ?? [] {
            let read = ApplyInstructions(entry.value)
            // `apply_url: TBD` is a placeholder; `how_to_apply` without a link is instructions.
            if read.url == nil, !FieldAliases.normalise(entry.key).hasPrefix("how_to") || entry.value.text.map(Self.isPlaceholder) == true {
                posting.notes.append("`\(entry.key)` is `\(Self.shortText(entry.value))`, not a link, so it was not used; write `apply_url: https://…` or `mailto:…`")
                continue
            }
            if posting.applyURL == nil { posting.applyURL = read.url }
            var lines = read.lines
            // The same address under a second key says nothing new.
            if let url = read.url, url != posting.applyURL { lines.insert(url, at: 0) }
            for line in lines where !applyLines.contains(line) {
                applyLines.append(line)
                applyKey = applyKey ?? entry.key
            }
        }
        guard posting.applyURL == nil else { return }
        // A key no table lists but that says what it is (`apply_button_url`, `application_form`).
        for (index, leftover) in posting.leftovers.enumerated() {
            let key = FieldAliases.normalise(leftover.key)
            guard key.contains("apply") || key.contains("application"),
                  let url = ApplyInstructions(.text(leftover.value)).url else { continue }
            posting.applyURL = url
            posting.leftovers.remove(at: index)
            posting.notes.append("`\(leftover.key)` was read as the apply link")
            return
        }
        posting.notes.append("the source has no apply link, so applicants will be sent to site.yml's `apply_url`; write `apply_url:` if this posting has its own")
    }

    private mutating func readDraft(inDrafts: Bool) {
        posting.draft = inDrafts
        for entry in candidates[.draft] ?? [] {
            let normalised = FieldAliases.normalise(entry.key)
            let text = Self.oneLine(entry.value) ?? ""
            if FieldAliases.meansDraft(key: normalised, value: text) {
                posting.draft = true
                if FieldAliases.closedStates.contains(text.lowercased()) {
                    posting.notes.append("`\(entry.key): \(text)`: the old site showed it as closed, so it is a draft; remove `draft: true` to publish it again")
                }
            } else if ["state", "status"].contains(normalised) {
                // `state: open` is the old site's own bookkeeping.
                leftover(entry)
            }
        }
    }

    private mutating func readTags() {
        for entry in candidates[.tags] ?? [] {
            let items: [String] = switch entry.value {
            case .list(let list): list.map { $0.text ?? $0.flowText }
            default: (entry.value.text ?? entry.value.flowText).split(separator: ",").map(String.init)
            }
            for tag in items.map({ $0.trimmingWhitespace() }) where !tag.isEmpty && !posting.tags.contains(tag) {
                posting.tags.append(tag)
            }
        }
    }

    // MARK: Body

    private mutating func readBody(_ frontMatter: ForeignFrontMatter, tags: TemplateTags, isHTML: Bool) {
        let cleaned = tags.clean(frontMatter.body, firstLine: frontMatter.bodyFirstLine)
        posting.notes += cleaned.notes
        var body: String
        if isHTML {
            body = HTMLToMarkdown.convert(cleaned.text, title: posting.title)
        } else {
            // Tables and sections written in HTML would be left out of the page.
            let converted = MarkdownHTMLBlocks.convert(cleaned.text)
            body = converted.markdown
            if converted.converted > 0 {
                posting.notes.append("\(converted.converted) block\(converted.converted == 1 ? "" : "s") of HTML in the body turned into Markdown (comments left out); compare with the old page")
            }
        }
        if let key = applyKey, let markdown = ApplyInstructions.markdown(applyLines) {
            let section = tags.clean(markdown, firstLine: nil, origin: "in `\(key)`")
            posting.notes += section.notes
            body = body.trimmingWhitespace() + "\n\n## How to apply\n\n" + section.text
        }
        let sections = MarkdownEmptySections.remove(from: body)
        body = sections.markdown
        if !sections.removed.isEmpty {
            posting.notes.append("left out the heading\(sections.removed.count == 1 ? "" : "s") \(sections.removed.map { "“\($0)”" }.joined(separator: ", ")), with nothing under \(sections.removed.count == 1 ? "it" : "them") once the template tags were gone")
        }
        if let summary, !body.contains(summary) {
            body = summary + "\n\n" + String(body.drop { $0 == "\n" || $0 == " " })
            posting.notes.append("the summary opens the body: Openings shows no separate summary")
        }
        posting.body = body
    }

    // MARK: Values

    /// A value that is one line of text: a scalar (white space folded), or a list of one.
    static func oneLine(_ value: Value) -> String? {
        switch value {
        case .text(let text):
            let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return folded.isEmpty ? nil : folded
        case .list(let items) where items.count == 1: return oneLine(items[0])
        default: return nil
        }
    }

    /// `TBD`, `N/A`, `XXX`: what authors write where the value is not known yet.
    static func isPlaceholder(_ text: String) -> Bool {
        placeholders.contains(text.trimmingWhitespace().lowercased())
    }

    private static let placeholders: Set<String> = ["tbd", "tba", "tbc", "n/a", "na", "none", "null", "xxx", "?", "-", "unknown", "todo"]

    /// A value in a note: one line, not too long.
    static func shortText(_ value: Value) -> String {
        let text = value.flowText.replacingAll("`", with: "'")
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }

    private mutating func leftover(_ entry: Entry) {
        // Short values on one line; long ones (a list of objectives, Markdown) whole, as lines.
        let flow = entry.value.flowText
        posting.leftovers.append(ImportedPosting.Leftover(key: entry.key, value: flow.count <= 100 ? flow : entry.value.blockText))
    }
}
