import Foundation

/// Inclusive-language and structure checks for one posting.
struct LanguageLinter {
    var rules: LanguageRuleSet
    var settings: LanguageRuleSettings
    var interviewRequired: Bool
    /// `feeds: { linkedin: true }`: LinkedIn's minimum description length applies.
    var linkedInFeed = false

    static let structureRuleIDs = ["missing-responsibilities", "missing-requirements", "excessive-requirements",
                                   "missing-interview", "salary-period", "body-length", "jobposting-location",
                                   "title-salary", "title-location", "linkedin-description",
                                   // Found by the Markdown stage, configured like the others.
                                   "heading-level", "image-alt", "bullet-character"]
    /// Currencies in which a full-time year's pay is never below 12,000 nor a month's above
    /// 60,000: the magnitude tells the period (part-time and intern pay can be lower).
    static let strongCurrencies: Set<String> = ["USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SGD"]
    static let maximumRequirements = 10
    static let minimumWords = 150
    static let maximumWords = 2500
    /// LinkedIn's XML feed guide: a description "Requires a minimum of 100 characters to be considered as valid".
    static let linkedInMinimumCharacters = 100

    func severity(_ id: String, _ base: Diagnostic.Severity) -> Diagnostic.Severity { settings.severities[id] ?? base }

    func check(_ resolved: ResolvedJob, scanner: TextScanner, patterns: CompliancePatterns, found: [[TextScanner.Match]],
               sections: BodySections) -> [Diagnostic] {
        let job = resolved.job
        var diagnostics: [Diagnostic] = []
        for (tag, rule) in patterns.rules.enumerated() {
            for match in found[tag] {
                diagnostics.append(Diagnostic(severity(rule.id, rule.severity), at: job.file.location(line: match.line, column: match.column),
                    rule.message.replacingOccurrences(of: "{match}", with: match.text), hint: rule.suggestion, rule: rule.id))
            }
        }
        let bodyStart = job.file.location(line: job.bodyFirstLine, column: 1)
        if !settings.disabled.contains(rules.codedID) {
            let titleLine = (job.keyLocations["title"] ?? job.keyLocations["role"])?.line
            let prose: (TextScanner.Match) -> Bool = { scanner.lines[$0.line - 1].isBody || $0.line == titleLine }
            let masculine = found[patterns.masculine].filter(prose).count
            let feminine = found[patterns.feminine].filter(prose).count
            if masculine - feminine >= rules.codedThreshold {
                diagnostics.append(Diagnostic(severity(rules.codedID, rules.codedSeverity), at: bodyStart,
                    "wording is strongly masculine-coded (\(masculine) masculine-coded words, \(feminine) feminine-coded)",
                    hint: "balance words like “competitive”, “dominant”, “lead” with “collaborative”, “support”, “understand”",
                    rule: rules.codedID))
            }
        }
        diagnostics += structure(resolved, scanner: scanner, sections: sections, bodyStart: bodyStart)
        return diagnostics
    }

    /// A posting candidates can act on: what the job is, what it needs, how hiring works, pay that makes sense.
    private func structure(_ resolved: ResolvedJob, scanner: TextScanner, sections: BodySections, bodyStart: SourceLocation) -> [Diagnostic] {
        let job = resolved.job
        var diagnostics: [Diagnostic] = []
        func add(_ id: String, _ location: SourceLocation, _ message: String, _ hint: String) {
            guard !settings.disabled.contains(id) else { return }
            diagnostics.append(Diagnostic(severity(id, .warning), at: location, message, hint: hint, rule: id))
        }
        // No text at all is one thing to fix, not three (no responsibilities, no
        // requirements, too short). An HTML comment alone (an import's note) shows nothing.
        let empty = job.responsibilities.isEmpty && job.requirements.isEmpty
            && (job.body.allSatisfy(\.isWhitespace) || (scanner.hasComments && !scanner.bodyHasText))
        if empty {
            add("body-length", bodyStart, "the posting has no description: its page would show the title and pay only",
                "write the body below the closing `---`: what the team does, the work, what you need")
        }
        titleFindings(job, scanner: scanner, add: add)
        // LinkedIn drops a posting whose description is shorter (an empty one is reported above).
        var tooShortForLinkedIn = false
        if linkedInFeed, resolved.isListed, !empty {
            let characters = Self.textLength(job, scanner: scanner, limit: Self.linkedInMinimumCharacters)
            if characters < Self.linkedInMinimumCharacters {
                add("linkedin-description", bodyStart,
                    "the description has about \(characters) characters of text; LinkedIn takes no posting under \(Self.linkedInMinimumCharacters) (`feeds: linkedin` is on)",
                    "describe the team, the work and what you need; candidates read the same text on the page")
                tooShortForLinkedIn = !settings.disabled.contains("linkedin-description")
            }
        }
        if !empty, job.responsibilities.isEmpty, sections.responsibilities == nil {
            add("missing-responsibilities", bodyStart, "no responsibilities: candidates cannot tell what the job is",
                "add a `## What you'll do` section or a `responsibilities:` list")
        }
        let requirementCount: Int
        let requirementLocation: SourceLocation
        if !job.requirements.isEmpty {
            requirementCount = job.requirements.count
            requirementLocation = job.location(of: "requirements")
        } else if let section = sections.requirements {
            requirementCount = section.items
            requirementLocation = job.file.location(line: section.line, column: 1)
        } else {
            requirementCount = 0
            requirementLocation = bodyStart
            if !empty { add("missing-requirements", bodyStart, "no requirements: candidates cannot tell whether they qualify",
                "add a `## What you'll bring` section or a `requirements:` list") }
        }
        if requirementCount > Self.maximumRequirements {
            add("excessive-requirements", requirementLocation,
                "\(requirementCount) requirements; long lists deter qualified candidates, women especially, from applying",
                "keep the \(Self.maximumRequirements) or fewer that truly matter and move the rest to “nice to have”")
        }
        if resolved.interview == nil, !interviewRequired {
            add("missing-interview", job.location(of: "department"), "no How We Interview process",
                "add `interview: <name>` or a process in Content/interview/ that lists this department")
        }
        if let salary = resolved.salary {
            if salary.maximum == 0 {
                add("salary-period", job.location(of: "salary"), "a salary of 0 is a placeholder, and the page would show it",
                    "write the real range, or leave `salary` out until it is known")
            } else if salary.period == .hour, salary.maximum >= 1000 {
                add("salary-period", job.location(of: "salary"),
                    "an hourly rate of \(SalaryRange.plain(salary.maximum)) \(salary.currency) looks like a yearly salary",
                    "check `period:` (year, month, week, day, hour)")
            } else if salary.period == .year, salary.maximum < 1000 {
                add("salary-period", job.location(of: "salary"),
                    "a yearly salary of \(SalaryRange.plain(salary.maximum)) \(salary.currency) looks like an hourly or daily rate",
                    "check `period:` (year, month, week, day, hour)")
            } else if Self.strongCurrencies.contains(salary.currency), salary.period == .year, salary.maximum < 12000,
                      job.employmentType == .fullTime {
                add("salary-period", job.location(of: "salary"),
                    "a yearly salary of \(SalaryRange.plain(salary.maximum)) \(salary.currency) looks like a monthly one",
                    "check `period:` (year, month, week, day, hour)")
            } else if Self.strongCurrencies.contains(salary.currency), salary.period == .month, salary.maximum >= 60000 {
                add("salary-period", job.location(of: "salary"),
                    "a monthly salary of \(SalaryRange.plain(salary.maximum)) \(salary.currency) looks like a yearly one",
                    "check `period:` (year, month, week, day, hour)")
            }
            if salary.minimum > 0, salary.maximum > salary.minimum * 4 {
                // 84,000–1,020,000: an extra zero, or a range no one would call good faith.
                add("salary-period", job.location(of: "salary"),
                    "`max` is \(Int(salary.maximum / salary.minimum)) times `min`; check for an extra or a missing zero",
                    "a range should be what you would in good faith pay")
            }
        }
        // Drafts get no structured data, so only published postings need a placeable location.
        // A place or workplace with an error already reported is not reported again here.
        if !job.draft, !job.hasSearchableLocation, job.keysWithErrors.isDisjoint(with: ["locations", "location", "workplace"]) {
            let remote = job.workplace != .onsite
            add("jobposting-location", job.location(ofFirst: remote ? ["workplace", "remote_countries", "locations", "location"] : ["locations", "location"]),
                remote ? "search engines cannot place a \(job.workplace.rawValue) job without `remote_countries`"
                       : "search engines cannot place this job: its location is free text, not a city and country",
                remote ? "add `remote_countries: [US]` (the countries a hire may live in)"
                       : "write `locations:` with city, region and country")
        }
        let words = scanner.lines.filter(\.isBody).reduce(0) { $0 + $1.words.count }
            + job.responsibilities.count * 8 + job.requirements.count * 8
        if empty || tooShortForLinkedIn {
            // Reported above, once.
        } else if words < Self.minimumWords {
            add("body-length", bodyStart, "the posting has about \(words) words; candidates need more to decide",
                "describe the team, the work and the first months (aim for 300–1,200 words)")
        } else if words > Self.maximumWords {
            add("body-length", bodyStart, "the posting has about \(words) words; long postings lose readers",
                "cut it to the essentials (aim for 300–1,200 words)")
        }
        return diagnostics
    }

    /// Pay or a place in the title (see `TitleContent`), at the text in the title's line.
    private func titleFindings(_ job: Job, scanner: TextScanner, add: (String, SourceLocation, String, String) -> Void) {
        guard job.keysWithErrors.isDisjoint(with: ["title", "role"]) else { return }
        let key = job.keyLocations["title"] != nil ? "title" : "role"
        func location(of text: String) -> SourceLocation {
            let start = job.location(of: key)
            guard scanner.lines.indices.contains(start.line - 1) else { return start }
            let line = scanner.scalars(of: scanner.lines[start.line - 1]), needle = Array(text.unicodeScalars)
            guard !needle.isEmpty, line.count >= needle.count,
                  let offset = (0...(line.count - needle.count)).first(where: { line[$0..<($0 + needle.count)].elementsEqual(needle) })
            else { return start }
            return job.file.location(line: start.line, column: offset + 1)
        }
        if let pay = TitleContent.pay(in: job.title) {
            add("title-salary", location(of: pay),
                "the title has pay in it (“\(pay)”); Indeed rejects such titles and Google asks for the job's name alone",
                "keep the title to the job's name: `salary:` shows the pay on the page, in the JSON-LD and in the feeds")
        }
        if let place = TitleContent.place(in: job.title, job: job) {
            add("title-location", location(of: place),
                "the title has a place in it (“\(place)”); Indeed and Google ask for the job's name alone and rank such titles lower",
                "keep the title to the job's name: places go in `locations:`, remote work in `workplace:` and `remote_countries:`")
        }
    }

    /// About how many characters of text a posting's description has: the words of its
    /// body (HTML comments and code fences left out) and of its front-matter lists, a
    /// space between each two. Marks and link addresses are not counted. Counting stops
    /// at `limit`: whether a posting is long enough needs no more.
    static func textLength(_ job: Job, scanner: TextScanner, limit: Int = .max) -> Int {
        var count = 0, words = 0
        for line in scanner.lines where line.isBody && !line.isComment {
            for word in scanner.words[line.words] {
                count += word.length
                words += 1
            }
            if count + words > limit { return count + words - 1 }
        }
        for item in job.responsibilities + job.requirements {
            count += item.count
            words += 1
        }
        return count + max(0, words - 1)
    }
}

/// The headings of a Markdown body that name responsibilities, requirements and benefits.
struct BodySections {
    struct Section { var line: Int; var items: Int }
    var responsibilities: Section?
    var requirements: Section?
    /// A benefits section is the general description of benefits some pay laws ask for
    /// (Colorado, Illinois, …) as much as a `benefits:` list is.
    var benefits: Section?

    static let responsibilityWords = ["responsibilit", "what you'll do", "what you’ll do", "what you will do", "the role", "your role",
                                      "what you'll work on", "what you’ll work on", "what you will work on", "duties", "you will",
                                      "in this role", "day to day", "day-to-day", "about the job", "what this role is", "the job",
                                      // German, French, Spanish, Dutch, Polish, Italian, Portuguese headings for the same.
                                      "aufgaben", "tätigkeiten", "deine rolle", "ihre rolle", "missions", "responsabilités",
                                      "vos tâches", "votre rôle", "le poste", "responsabilidades", "funciones", "tu rol", "qué harás",
                                      "verantwoordelijkheden", "taken", "wat ga je doen", "jouw rol", "obowiąz", "zadania",
                                      "responsabilità", "mansioni", "cosa farai", "atividades", "o que vais fazer"]
    static let requirementWords = ["requirement", "qualification", "what you'll bring", "what you’ll bring", "what you will bring",
                                   "about you", "you have", "what we're looking for", "what we’re looking for", "skills", "must have",
                                   "who you are", "you might be a fit", "you may be a fit", "experience you",
                                   "profil", "anforderungen", "qualifikation", "das bringst du mit", "das bringen sie mit",
                                   "was du mitbringst", "was sie mitbringen", "voraussetzungen", "compétences", "prérequis",
                                   "ce que nous recherchons", "requisitos", "perfil", "lo que buscamos", "profiel", "functie-eisen",
                                   "wat vragen wij", "wat wij vragen", "wat breng je mee", "wymagania", "oczekujemy", "requisiti",
                                   "profilo", "competenze"]
    /// In the languages postings are written in here: "Benefits", "Wir bieten", "Avantages", "Beneficios", "Wat wij bieden", "Oferujemy".
    static let benefitWords = ["benefit", "perks", "what we offer", "we offer", "what we provide", "total rewards", "our offer",
                               "what's in it for you", "what’s in it for you", "wir bieten", "was wir bieten", "deine vorteile",
                               "ihre vorteile", "leistungen", "avantages", "nous offrons", "beneficios", "ofrecemos", "wat wij bieden",
                               "wat we bieden", "voordelen", "arbeidsvoorwaarden", "oferujemy", "benefity", "offriamo", "vantaggi"]

    /// `isComment(line)`: whether that line of the file is inside an HTML comment, whose
    /// headings and items no page shows; nil when the body has none.
    init(_ body: Substring, firstLine: Int, isComment: ((Int) -> Bool)? = nil) {
        var text = body
        self = text.withUTF8 { BodySections(bytes: $0, firstLine: firstLine, isComment: isComment) }
    }

    /// Reads UTF-8 bytes line by line: only headings, which are few, become strings.
    private init(bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, isComment: ((Int) -> Bool)?) {
        var current: WritableKeyPath<BodySections, Section?>?
        var inFence = false
        var lineStart = 0
        var offset = 0
        while lineStart <= bytes.count {
            var lineEnd = bytes.count
            if lineStart < bytes.count, let base = bytes.baseAddress, let found = memchr(base + lineStart, 10, bytes.count - lineStart) {
                lineEnd = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            defer { lineStart = lineEnd + 1; offset += 1 }
            if let isComment, isComment(firstLine + offset) { continue }
            var start = lineStart
            while start < lineEnd, bytes[start] == 32 { start += 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<lineEnd])
            func starts(_ a: UInt8, _ b: UInt8, _ c: UInt8? = nil) -> Bool {
                line.count >= (c == nil ? 2 : 3) && line[0] == a && line[1] == b && (c.map { line[2] == $0 } ?? true)
            }
            if starts(96, 96, 96) || starts(126, 126, 126) { inFence.toggle(); continue }
            if inFence || line.isEmpty { continue }
            if line[0] == 35 /* # */ {
                var headingStart = 0
                while headingStart < line.count, line[headingStart] == 35 { headingStart += 1 }
                var heading = String(decoding: UnsafeBufferPointer(rebasing: line[headingStart...]), as: UTF8.self).lowercased()
                current = heading.withUTF8 { heading -> WritableKeyPath<BodySections, Section?>? in
                    if Self.contains(Self.optionalNeedles, in: heading) { return nil }
                    if Self.contains(Self.benefitNeedles, in: heading) { return \.benefits }
                    if Self.contains(Self.requirementNeedles, in: heading) { return \.requirements }
                    if Self.contains(Self.responsibilityNeedles, in: heading) { return \.responsibilities }
                    return nil
                }
                if let key = current, self[keyPath: key] == nil { self[keyPath: key] = Section(line: firstLine + offset, items: 0) }
                continue
            }
            guard let key = current else { continue }
            let isBullet = starts(45, 32) || starts(42, 32) || starts(43, 32)
            let isNumbered = line[0] >= 48 && line[0] <= 57 && zip(line, line.dropFirst()).contains { $0 == 46 && $1 == 32 }
            if isBullet || isNumbered { self[keyPath: key]?.items += 1 }
        }
    }

    // The words above as bytes, searched in a heading's bytes: a posting has a few dozen
    // headings and the lists have dozens of words.
    private static let optionalNeedles = Needles(["nice to have", "bonus"])
    private static let benefitNeedles = Needles(benefitWords)
    private static let requirementNeedles = Needles(requirementWords)
    private static let responsibilityNeedles = Needles(responsibilityWords)

    /// Words grouped by their first byte: each byte of a heading is compared only with
    /// the words that start with it (searching for each word in turn was most of the cost).
    private struct Needles {
        let byFirstByte: [[[UInt8]]]

        init(_ words: [String]) {
            var byFirstByte = Array(repeating: [[UInt8]](), count: 256)
            for word in words where !word.isEmpty { byFirstByte[Int(word.utf8.first!)].append(Array(word.utf8)) }
            self.byFirstByte = byFirstByte
        }
    }

    private static func contains(_ needles: Needles, in heading: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = heading.baseAddress else { return false }
        for start in heading.indices {
            for needle in needles.byFirstByte[Int(heading[start])] where needle.count <= heading.count - start {
                if needle.withUnsafeBufferPointer({ memcmp(base + start, $0.baseAddress!, $0.count) == 0 }) { return true }
            }
        }
        return false
    }
}
