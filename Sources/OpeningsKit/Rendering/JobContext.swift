/// `job`: everything a job page shows (docs/themes.md, "job"): the card's facts
/// (`PageRenderer.jobPage` adds them) and the rest of the posting, made here.
enum JobContext {
    /// Made as `TemplateValue`s, not as `[String: Any]` converted after: a job page's
    /// context was built and then cast value by value, twice the work (`TemplateValue`).
    /// `salaryText`: the salary as the job's card wrote it (`JobCard.salaryText`), the
    /// same words, not formatted a second time.
    static func make(_ resolved: ResolvedJob, html job: RenderedJob, site: ResolvedSite, salaryText: String?,
                     interviewContexts: [String: TemplateValue], interviewSections: [String: String]) -> [String: TemplateValue] {
        let source = resolved.job
        let strings = site.strings, formatter = strings.salary
        // Room for these fields and the card's, which the page merges in (`PageRenderer.jobPage`):
        // grown one insertion at a time, the table was rehashed four times a page.
        var d: [String: TemplateValue] = [:]
        d.reserveCapacity(64)
        d["slug"] = .text(source.slug)
        d["canonicalURL"] = .text(site.baseURL.absolute(SitePaths.job(source.slug)))
        d["employmentType"] = .text(source.employmentType.rawValue)
        d.setText("reportsTo", source.reportsTo)
        d["departmentURL"] = .text(site.baseURL.rooted(SitePaths.department(resolved.departmentSlug)))
        d["locations"] = .list(source.locations.map { location -> TemplateValue in
            var l: [String: TemplateValue] = ["text": .text(site.placeNames.label(location))]
            l.setText("city", location.city)
            l.setText("region", location.region)
            l.setText("country", location.country)
            l.setText("countryName", location.country.map(site.placeNames.country))
            return .object(l)
        })
        let remote = source.remoteCountries.map(site.placeNames.country)
        if !remote.isEmpty {
            d["remoteCountriesText"] = .text(remote.joined(separator: ", "))
            d["hasRemoteCountries"] = .bool(true)
        }
        if resolved.isClosed { d["isClosed"] = .bool(true) }
        if resolved.isListed { d["isListed"] = .bool(true) }
        if source.draft { d["isDraft"] = .bool(true) }
        if let salary = resolved.salary {
            var s: [String: TemplateValue] = ["text": .text(salaryText ?? formatter.format(salary)), "min": .text(SalaryRange.plain(salary.minimum)),
                                              "max": .text(SalaryRange.plain(salary.maximum)), "currency": .text(salary.currency),
                                              "periodLabel": .text(formatter.periodLabel(salary.period))]
            if let label = salary.label, !label.isEmpty { s["label"] = .text(label); s["hasLabel"] = .bool(true) }
            d["salary"] = .object(s)
        }
        if !source.benefits.isEmpty { d["benefits"] = .list(source.benefits.map { .text($0) }); d["hasBenefits"] = .bool(true) }
        let disclosures = Self.disclosures(source, strings: strings)
        if !disclosures.isEmpty { d["disclosures"] = .list(disclosures.map { .text($0) }); d["hasDisclosures"] = .bool(true) }
        if !job.responsibilitiesHTML.isEmpty {
            d["responsibilities"] = .list(job.responsibilitiesHTML.map { .object(["html": .text($0)]) })
            d["hasResponsibilities"] = .bool(true)
        }
        if !job.requirementsHTML.isEmpty {
            d["requirements"] = .list(job.requirementsHTML.map { .object(["html": .text($0)]) })
            d["hasRequirements"] = .bool(true)
        }
        if !source.metrics.isEmpty {
            d["metrics"] = .list(source.metrics.map { .object(["name": .text(humanize($0.name)), "target": .text($0.target)]) })
            d["hasMetrics"] = .bool(true)
        }
        d["bodyHTML"] = .text(job.bodyHTML)
        if let updated = site.lastChanged(source.file) {
            d["updatedISO"] = .text(updated.description)
            d["updatedText"] = .text(strings.date(updated))
        }
        // Made once per process (`PageRenderer.interviewContexts`), by its name.
        if let process = resolved.interview, let interview = interviewContexts[process.name] {
            d["interview"] = interview
            d["hasInterview"] = .bool(true)
            if let html = interviewSections[process.name] { d["interviewSectionHTML"] = .text(html) }
        }
        if !resolved.isClosed { d.setText("applyURL", resolved.applyURL) }
        if !source.tags.isEmpty { d["tags"] = .list(source.tags.map { .text($0) }) }
        if resolved.isListed {
            d["jsonLD"] = .utf8(JobPostingSchema.make(resolved, descriptionHTML: job.descriptionHTML(strings), site: site).serializedUTF8())
        }
        return d
    }

    /// The page's meta description.
    static func description(_ card: JobCard, organization: String, strings: UIStrings) -> String {
        var parts = [strings.text("job_at", ["title": card.title, "organization": organization]), card.department]
        if !card.locationsText.isEmpty { parts.append(card.locationsText) }
        if let salary = card.salaryText { parts.append(salary) }
        return parts.joined(separator: " · ")
    }

    /// `time_to_fill` → `Time to fill`.
    static func humanize(_ key: String) -> String {
        let words = key.replacingAll("_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The statements `ai_screening:` and `vacancy:` put on the page, in the words
    /// Ontario's Employment Standards Act (ss. 8.3, 8.4) asks a posting to carry.
    static func disclosures(_ job: Job, strings: UIStrings) -> [String] {
        var lines: [String] = []
        switch job.aiScreening {
        case true?: lines.append(strings.text("uses_ai_screening"))
        case false?: lines.append(strings.text("no_ai_screening"))
        case nil: break
        }
        switch job.vacancy {
        case .existing?: lines.append(strings.text("existing_vacancy"))
        case .future?: lines.append(strings.text("future_vacancy"))
        case nil: break
        }
        return lines
    }
}
