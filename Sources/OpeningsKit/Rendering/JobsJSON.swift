/// `jobs.json`: the open jobs for other sites and scripts. The shape is documented
/// in docs/output.md and versioned by its `version` field.
enum JobsJSON {
    static let version = 1

    static func make(_ content: RenderedContent, cards: [JobCard], listed: [Int], cache: BuildCache? = nil) -> String {
        let site = content.site, config = site.site.config
        // Each entry serialised on its own, at depth 2 (document → "jobs" → entry), so a
        // session can keep it; the document pastes them.
        let fragments: [String] = listed.map { index in
            cache?.value(.json, for: content.jobs[index].resolved.job) { entry(index).fragment(indent: 2) }
                ?? entry(index).fragment(indent: 2)
        }
        let jobs = fragments.map(JSONValue.raw)
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
        func document() -> String {
            JSONValue.object([
            "version": .number(Double(version)),
            "site": .object(["title": .string(config.title), "url": .string(site.baseURL.absolute(""))]),
            "generated": .string(site.buildDate.description),
            "count": .number(Double(jobs.count)),
            "jobs": .array(jobs),
            ]).serialized(pretty: true)
        }
        guard let cache else { return document() }
        return cache.document("jobs.json", parts: fragments + [config.title, site.baseURL.absolute(""), site.buildDate.description],
                              compute: document)
    }
}
