/// `jobs.json`: the open jobs for other sites and scripts. The shape is documented
/// in docs/output.md and versioned by its `version` field.
enum JobsJSON {
    static let version = 1

    static func make(_ content: RenderedContent, cards: [JobCard], listed: [Int], cache: BuildCache? = nil) -> String {
        let site = content.site, config = site.site.config
        // Each entry serialised on its own, at depth 2 (document → "jobs" → entry), so a
        // session can keep it; the document pastes them.
        guard let cache else { return streamed() }
        let fragments: [String] = listed.map { index in
            cache.value(.json, for: content.jobs[index].resolved.job) { entry(index).fragment(indent: 2) }
        }
        func entry(_ index: Int) -> JSONValue {
            let resolved = content.jobs[index].resolved, job = resolved.job, card = cards[index]
            let locations: [JSONValue] = job.locations.map { location in
                .object([
                    "city": .string(location.city), "region": .string(location.region),
                    "country": .string(location.country), "text": .string(JobCard.place(location).label),
                ])
            }
            let salary: JSONValue = resolved.salary.map { range in
                .object([
                    "min": .number(range.minimum), "max": .number(range.maximum), "currency": .string(range.currency),
                    "period": .string(range.period.rawValue), "label": .string(range.label), "text": .string(card.salaryText),
                ])
            } ?? .null
            let interview: JSONValue = resolved.interview.map { process in
                .object([
                    "title": .string(process.title),
                    "stages": .array(process.stages.map { stage in
                        .object([
                            "name": .string(stage.name), "duration": .string(stage.duration), "format": .string(stage.format),
                            "assesses": .array(stage.assesses.map { .string($0) }),
                        ])
                    }),
                ])
            } ?? .null
            return .object([
                "id": .string(job.id), "slug": .string(job.slug), "title": .string(job.title),
                "url": .string(site.baseURL.absolute("jobs/\(job.slug)/")),
                "department": .string(job.department), "level": .string(job.level) ?? .null,
                "employment_type": .string(job.employmentType.rawValue), "workplace": .string(job.workplace.rawValue),
                "locations": .array(locations), "remote_countries": .array(job.remoteCountries.map { .string($0) }),
                "posted": .string(job.posted.description), "closes": .string(job.closes?.description) ?? .null,
                "salary": salary, "benefits": .array(job.benefits.map { .string($0) }),
                "tags": .array(job.tags.map { .string($0) }), "apply_url": .string(resolved.applyURL) ?? .null,
                "interview": interview,
            ])
        }
        func document(_ jobs: [JSONValue]) -> String {
            JSONValue.object([
            "version": .number(Double(version)),
            "site": .object(["title": .string(config.title), "url": .string(site.baseURL.absolute(""))]),
            "generated": .string(site.buildDate.description),
            "count": .number(Double(listed.count)),
            "jobs": .array(jobs),
            ]).serialized(pretty: true)
        }
        /// Without a session to keep them for, entries are serialised straight into the
        /// document rather than held as a second copy of it (100 MB at 50,000 postings).
        func streamed() -> String {
            guard let first = listed.first else { return document([]) }
            // Control characters are escaped in JSON strings, so this cannot occur otherwise.
            let marker = "\u{1}jobs\u{1}"
            let shell = document([.raw(marker)])
            guard let at = shell.range(of: marker) else { return document(listed.map { .raw(entry($0).fragment(indent: 2)) }) }
            let itemIndent = String(shell[..<at.lowerBound].reversed().prefix { $0 == " " })
            var output = String(shell[..<at.lowerBound])
            output += entry(first).fragment(indent: 2)
            for index in listed.dropFirst() {
                output += ",\n" + itemIndent
                output += entry(index).fragment(indent: 2)
            }
            output += shell[at.upperBound...]
            return output
        }
        return cache.document("jobs.json", parts: fragments + [config.title, site.baseURL.absolute(""), site.buildDate.description]) {
            document(fragments.map(JSONValue.raw))
        }
    }
}
