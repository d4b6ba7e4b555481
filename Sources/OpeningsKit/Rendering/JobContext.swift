/// `job`: everything a job page shows (docs/themes.md, "job"): the card's facts
/// (`PageRenderer.jobPage` adds them) and the rest of the posting, made here.
enum JobContext {
    static func make(_ resolved: ResolvedJob, html job: RenderedJob, site: ResolvedSite,
                     interviewContexts: [String: Any], interviewSections: [String: String]) -> [String: Any] {
        let source = resolved.job
        let strings = site.strings, formatter = strings.salary
        var d: [String: Any] = [:]
        d["slug"] = source.slug
        d["canonicalURL"] = site.baseURL.absolute(SitePaths.job(source.slug))
        d["employmentType"] = source.employmentType.rawValue
        d.setText("reportsTo", source.reportsTo)
        d["departmentURL"] = site.baseURL.rooted(SitePaths.department(resolved.departmentSlug))
        d["locations"] = source.locations.map { location -> [String: Any] in
            var l: [String: Any] = ["text": site.placeNames.label(location)]
            l.setText("city", location.city)
            l.setText("region", location.region)
            l.setText("country", location.country)
            l.setText("countryName", location.country.map(site.placeNames.country))
            return l
        }
        let remote = source.remoteCountries.map(site.placeNames.country)
        if !remote.isEmpty {
            d["remoteCountriesText"] = remote.joined(separator: ", ")
            d["hasRemoteCountries"] = true
        }
        if resolved.isClosed { d["isClosed"] = true }
        if resolved.isListed { d["isListed"] = true }
        if source.draft { d["isDraft"] = true }
        if let salary = resolved.salary {
            var s: [String: Any] = ["text": formatter.format(salary), "min": SalaryRange.plain(salary.minimum),
                                    "max": SalaryRange.plain(salary.maximum), "currency": salary.currency,
                                    "periodLabel": formatter.periodLabel(salary.period)]
            if let label = salary.label, !label.isEmpty { s["label"] = label; s["hasLabel"] = true }
            d["salary"] = s
        }
        if !source.benefits.isEmpty { d["benefits"] = source.benefits; d["hasBenefits"] = true }
        let disclosures = Self.disclosures(source, strings: strings)
        if !disclosures.isEmpty { d["disclosures"] = disclosures; d["hasDisclosures"] = true }
        if !job.responsibilitiesHTML.isEmpty {
            d["responsibilities"] = job.responsibilitiesHTML.map { ["html": $0] }
            d["hasResponsibilities"] = true
        }
        if !job.requirementsHTML.isEmpty {
            d["requirements"] = job.requirementsHTML.map { ["html": $0] }
            d["hasRequirements"] = true
        }
        if !source.metrics.isEmpty {
            d["metrics"] = source.metrics.map { ["name": humanize($0.name), "target": $0.target] }
            d["hasMetrics"] = true
        }
        d["bodyHTML"] = job.bodyHTML
        if let updated = site.lastChanged(source.file) {
            d["updatedISO"] = updated.description
            d["updatedText"] = strings.date(updated)
        }
        // Made once per process (`PageRenderer.interviewContexts`), by its name.
        if let process = resolved.interview, let interview = interviewContexts[process.name] {
            d["interview"] = interview
            d["hasInterview"] = true
            if let html = interviewSections[process.name] { d["interviewSectionHTML"] = html }
        }
        if !resolved.isClosed { d.setText("applyURL", resolved.applyURL) }
        if !source.tags.isEmpty { d["tags"] = source.tags }
        if resolved.isListed {
            d["jsonLD"] = JobPostingSchema.make(resolved, descriptionHTML: job.descriptionHTML(strings), site: site).serialized()
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
