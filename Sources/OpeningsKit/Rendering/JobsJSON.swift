/// `jobs.json`: the open jobs for other sites and scripts. The shape is documented
/// in docs/output.md and versioned by its `version` field.
enum JobsJSON {
    static let version = 1

    /// One job's entry, serialised on its own at depth 2 (document → "jobs" → entry),
    /// so a session can keep it and the document can paste it.
    static func entry(_ resolved: ResolvedJob, card: JobCard, site: ResolvedSite) -> String {
        String(decoding: entryUTF8(resolved, card: card, site: site), as: UTF8.self)
    }

    /// `entry` as its UTF-8: a build writes jobs.json as bytes, and making each entry a
    /// `String` checked every byte of it again (~20,000 instructions an entry).
    static func entryUTF8(_ resolved: ResolvedJob, card: JobCard, site: ResolvedSite) -> [UInt8] {
        let job = resolved.job
        let locations: [JSONValue] = job.locations.map { location in
            .object([
                "city": .string(location.city), "region": .string(location.region),
                "country": .string(location.country), "text": .string(site.placeNames.label(location)),
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
        return JSONValue.object([
            "id": .string(job.id), "slug": .string(job.slug), "title": .string(job.title),
            "url": .string(site.baseURL.absolute(SitePaths.job(job.slug))),
            "department": .string(job.department), "level": .string(job.level) ?? .null,
            "employment_type": .string(job.employmentType.rawValue), "workplace": .string(job.workplace.rawValue),
            "locations": .array(locations), "remote_countries": .array(job.remoteCountries.map { .string($0) }),
            "posted": .string(job.posted.description), "closes": .string(job.closes?.description) ?? .null,
            "salary": salary, "benefits": .array(job.benefits.map { .string($0) }),
            "tags": .array(job.tags.map { .string($0) }), "apply_url": .string(resolved.applyURL) ?? .null,
            "interview": interview,
        ]).fragmentUTF8(indent: 2)
    }

    /// The document around already serialised `entries`.
    static func document(_ site: ResolvedSite, entries: [String]) -> String {
        document(site, count: entries.count, jobs: entries.map(JSONValue.raw))
    }

    /// The document as UTF-8, around entries made by `entryUTF8` (one copy of each, not a
    /// second document's worth: 100 MB at 50,000 postings).
    static func documentUTF8(_ site: ResolvedSite, entries: [[UInt8]]) -> [UInt8] {
        guard !entries.isEmpty, let (head, separator, tail) = shell(site, count: entries.count) else {
            return Array(document(site, count: entries.count, jobs: entries.map { .raw(String(decoding: $0, as: UTF8.self)) }).utf8)
        }
        var output: [UInt8] = []
        output.reserveCapacity(head.utf8.count + tail.utf8.count + entries.reduce(0) { $0 + $1.count + separator.utf8.count })
        output += head.utf8
        for (index, entry) in entries.enumerated() {
            if index > 0 { output += separator.utf8 }
            output += entry
        }
        output += tail.utf8
        return output
    }

    /// The same document as the pieces it is made of, `entries` among them, for a
    /// session that keeps each entry per job (`OutputFile.Contents.parts`).
    static func parts(_ site: ResolvedSite, entries: [String]) -> [String] {
        guard !entries.isEmpty, let (head, separator, tail) = shell(site, count: entries.count) else {
            return [document(site, entries: entries)]
        }
        var parts = [head]
        parts.reserveCapacity(entries.count * 2 + 1)
        for (index, entry) in entries.enumerated() {
            if index > 0 { parts.append(separator) }
            parts.append(entry)
        }
        parts.append(tail)
        return parts
    }

    /// The document around its entries: what comes before the first, between two and after the last.
    private static func shell(_ site: ResolvedSite, count: Int) -> (String, String, String)? {
        // Control characters are escaped in JSON strings, so this cannot occur otherwise.
        let marker = "\u{1}jobs\u{1}"
        let shell = document(site, count: count, jobs: [.raw(marker)])
        guard let at = shell.range(of: marker) else { return nil }
        let itemIndent = String(shell[..<at.lowerBound].reversed().prefix { $0 == " " })
        return (String(shell[..<at.lowerBound]), ",\n" + itemIndent, String(shell[at.upperBound...]))
    }

    private static func document(_ site: ResolvedSite, count: Int, jobs: [JSONValue]) -> String {
        JSONValue.object([
            "version": .number(Double(version)),
            // The language the postings and pages are written in (BCP 47), for readers that index them.
            "site": .object(["title": .string(site.config.title), "url": .string(site.baseURL.absolute("")),
                             "language": .string(site.config.language)]),
            "generated": .string(site.buildDate.description),
            "count": .number(Double(count)),
            "jobs": .array(jobs),
        ]).serialized(pretty: true)
    }
}
