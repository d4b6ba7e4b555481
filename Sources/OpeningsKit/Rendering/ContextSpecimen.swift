/// The names every template can see, learnt from the renderer itself: a small site
/// in which every optional value is set (a job with a salary label, a closing date,
/// metrics, an interview process; another in its department; a closed job; a draft; a dated file; a free page
/// with a description; a translation, so pages have their other languages; and an empty
/// site, whose index says `isEmpty`) is rendered once
/// with the built-in default theme, and `PageRenderer` notes the shape of every
/// context it passes to a template. So the theme check knows exactly the keys the
/// context code sets, with no list to keep in step: a key added to `JobContext` is
/// known as soon as the specimen job has the value behind it.
enum ContextSpecimen {
    /// Template name (`job`, `index`, `job-card`, …) → the shape of its context.
    static let shapes: [String: ContextShape] = make()

    private static let buildDate = CalendarDate(year: 2026, month: 6, day: 1)!

    private static func file(_ path: String, _ text: String) -> SourceFile {
        SourceFile(relativePath: path, displayPath: path, text: text)
    }

    private static let siteYML = """
        title: Specimen Careers
        base_url: https://careers.specimen.example/
        description: Every value a template can see.
        organization: { name: Specimen Inc, url: "https://specimen.example", logo: /assets/logo.png }
        apply_url: "https://jobs.specimen.example/apply?id={id}"
        pay_transparency: off
        feeds: { listings: true, calendar: true }
        languages: [de]

        """

    private static let interview = """
        ---
        title: How We Interview — Engineering
        departments: [Engineering]
        stages:
          - { name: Call, duration: 30 min, format: video, assesses: [motivation, skills] }
        ---
        We offer accommodations.

        """

    private static let jobs = [
        ("Content/jobs/open.md", """
            ---
            title: Backend Engineer
            id: ENG-1
            department: Engineering
            level: Senior
            employment_type: full_time
            workplace: hybrid
            locations: [{ city: Denver, region: CO, country: US }]
            remote_countries: [US]
            posted: 2026-05-01
            closes: 2099-12-31
            salary: { min: 100000, max: 120000, currency: USD, period: year, label: Level 3 }
            benefits: [Health]
            ai_screening: false
            vacancy: existing
            interview: engineering
            apply_url: "https://jobs.specimen.example/1"
            reports_to: CTO
            tags: [backend]
            responsibilities: [Build services]
            requirements: [Go]
            metrics:
              - time_to_ship: { target: one week }
            ---
            The body.

            """),
        ("Content/jobs/open.de.md", """
            ---
            title: Backend-Entwickler (m/w/d)
            id: ENG-1
            department: Engineering
            workplace: remote
            remote_countries: [DE]
            posted: 2026-05-01
            ---
            Der Text.

            """),
        ("Content/jobs/second.md", """
            ---
            title: Frontend Engineer
            id: ENG-2
            department: Engineering
            workplace: remote
            remote_countries: [US]
            posted: 2026-04-01
            ---
            The body; its department's other open role is on the first job's page.

            """),
        ("Content/jobs/closed.md", """
            ---
            title: Designer
            id: DES-1
            department: Design
            workplace: remote
            remote_countries: [US]
            posted: 2026-01-01
            closes: 2026-02-01
            ---
            The body.

            """),
        ("Content/jobs/draft.md", """
            ---
            title: Writer
            id: WRI-1
            department: Writing
            workplace: onsite
            locations: [{ city: Oslo, country: "NO" }]
            posted: 2026-05-01
            draft: true
            ---
            The body.

            """),
    ]

    private static let page = """
        ---
        title: Benefits
        description: What we offer.
        nav_order: 1
        ---
        The body.

        """

    private static func make() -> [String: ContextShape] {
        var ignored: [Diagnostic] = []
        guard let config = SiteConfigDecoder.decode(file("Content/site.yml", siteYML), diagnostics: &ignored),
              let theme = Theme.load(named: "default", files: SiteFiles(root: "/nonexistent-openings-specimen"),
                                     requestedAt: SourceLocation(path: "site.yml", line: 1, column: 1), diagnostics: &ignored)
        else { return [:] }
        let process = InterviewDecoder.decode(file("Content/interview/engineering.md", interview), diagnostics: &ignored)
        let page = PageDecoder.decode(file("Content/pages/benefits.md", page), diagnostics: &ignored)
        let parsed = jobs.compactMap { SiteLoader.parseJob(file($0.0, $0.1)).0 }
        let recorder = ContextRecorder()
        for jobs in [parsed, []] {
            var site = Site(config: config, bands: [:], jobs: jobs,
                            interviews: process.map { [$0.name: $0] } ?? [:], pages: page.map { [$0] } ?? [], theme: theme)
            site.lastCommit = Dictionary(uniqueKeysWithValues: jobs.map { ($0.file.relativePath, Int64(1_780_000_000)) })
            let (resolved, _) = SiteResolver(site, buildDate: buildDate, includeDrafts: true).resolve(site: site, baseURL: nil)
            let (content, _) = MarkdownStage(resolved).render()
            _ = SiteRenderer.render(content, sink: nil, recorder: recorder)
        }
        return documented(recorder.shapes)
    }

    /// docs/themes.md documents `page`, `listing` and `site` once for every page
    /// template that has them, not per page kind: `page.isListing` is a name on the index
    /// (where it is never set), and `listing.isEmpty` one on a department page. So each
    /// top-level value of the five page templates takes the shape it has on any of them.
    /// The `job-card` and `job-interview` partials keep their own, narrower contexts.
    private static func documented(_ recorded: [String: ContextShape]) -> [String: ContextShape] {
        var shared: [String: ContextShape] = [:]
        for template in Theme.requiredTemplates {
            for (key, value) in recorded[template]?.fields ?? [:] { shared[key, default: ContextShape()].merge(value) }
        }
        var shapes = recorded
        for template in Theme.requiredTemplates {
            guard var shape = shapes[template] else { continue }
            for key in shape.fields.keys { shape.fields[key] = shared[key] }
            shapes[template] = shape
        }
        return shapes
    }
}

/// Collects the shape of every context a template is rendered with (see `ContextSpecimen`).
final class ContextRecorder: Sendable {
    private let recorded = LockedValue<[String: ContextShape]>([:])

    func record(_ context: [String: Any], template: String) {
        let shape = ContextShape(of: context)
        recorded.withLock { $0[template, default: ContextShape()].merge(shape) }
    }

    var shapes: [String: ContextShape] { recorded.withLock { $0 } }
}

/// The theme check of a build: names in the templates that no page has, partials and
/// parents that do not exist, overrides of blocks a parent does not have
/// (`ThemeNameCheck`). Each template is read once per theme: the findings are kept for
/// the same template sources, so `serve` rebuilds and repeated builds do not read again.
enum ThemeCheck {
    private static let kept = LockedValue<(key: String, findings: [Diagnostic])?>(nil)

    static func findings(_ theme: Theme) -> [Diagnostic] {
        // The built-in default theme is checked by the tests; a site without its own
        // templates pays nothing.
        guard theme.sources.values.contains(where: { !$0.path.hasPrefix(DefaultTheme.pathPrefix) }) else { return [] }
        // The words' keys count too: a template may name a word only a table gives.
        let key = theme.sourcesKey + "\u{1}" + theme.translations.values.flatMap(\.entries.keys).sorted().joined(separator: ",")
        if let findings = kept.withLock({ $0?.key == key ? $0?.findings : nil }) { return findings }
        let findings = check(theme)
        kept.withLock { $0 = (key, findings) }
        return findings
    }

    /// The specimen's shapes with `t` holding every word of the theme's own tables too:
    /// a theme may name words of its own (`{{t.our_mission}}`) in any language it gives.
    static func withWords(_ shapes: [String: ContextShape], _ theme: Theme) -> [String: ContextShape] {
        var words = ContextShape(fields: [:])
        for table in theme.translations.values {
            for (key, entry) in table.entries {
                words.fields[key, default: ContextShape()].merge(ContextShape(of: UIStrings.templateValue(entry)))
            }
        }
        return shapes.mapValues { shape in
            guard shape.fields["t"] != nil else { return shape }
            var shape = shape
            shape.fields["t"]!.merge(words)
            return shape
        }
    }

    /// Every finding, without the cache (tests check the built-in theme with it).
    static func check(_ theme: Theme) -> [Diagnostic] {
        var templates: [String: ThemeNameCheck.Template] = [:]
        for (name, source) in theme.sources {
            // A template swift-mustache compiled but this reader refuses is left out rather than guessed at.
            if case .success(let syntax) = TemplateSyntax.parse(source.text) {
                templates[name] = ThemeNameCheck.Template(path: source.path, syntax: syntax)
            }
        }
        // A template that includes itself would crash the render: an error, before it runs.
        let cycles = PartialCycles(templates: templates).run(entries: ContextSpecimen.shapes.keys.sorted()).map {
            Diagnostic($0.reached ? .error : .warning, at: SourceLocation(path: $0.path, line: $0.position.line, column: $0.position.column),
                       $0.message, hint: $0.hint)
        }
        var check = ThemeNameCheck(templates: templates, entries: withWords(ContextSpecimen.shapes, theme))
        return cycles + check.run().map {
            Diagnostic(.warning, at: SourceLocation(path: $0.path, line: $0.position.line, column: $0.position.column),
                       $0.message, hint: $0.hint)
        }
    }
}
