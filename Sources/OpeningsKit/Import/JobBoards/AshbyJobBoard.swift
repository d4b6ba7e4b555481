import Foundation

/// Ashby's public Job Posting API, as documented at
/// developers.ashbyhq.com/docs/public-job-posting-api:
/// `GET https://api.ashbyhq.com/posting-api/job-board/BOARD?includeCompensation=true`
/// gives `{"apiVersion": "1", "jobs": [...]}`.
struct AshbyJobBoard: Decodable {
    var jobs: [Job]

    struct Job: Decodable {
        var id: String?
        var title: String?
        var location: String?
        var secondaryLocations: [SecondaryLocation]?
        var department: String?
        var team: String?
        /// False for a job reachable by its link but not shown on the board.
        var isListed: Bool?
        var isRemote: Bool?
        /// `OnSite`, `Remote` or `Hybrid`.
        var workplaceType: String?
        var descriptionHtml: String?
        var publishedAt: String?
        /// `FullTime`, `PartTime`, `Intern`, `Contract` or `Temporary`.
        var employmentType: String?
        var address: Address?
        var jobUrl: String?
        var applyUrl: String?
        /// Only with `?includeCompensation=true`.
        var compensation: Compensation?
    }

    struct SecondaryLocation: Decodable {
        var location: String?
        var address: Address?
    }

    /// The primary location's address is `{postalAddress: {…}}`; the documented example
    /// gives a secondary location's fields directly. Both are read.
    struct Address: Decodable {
        var postalAddress: PostalAddress?
        var addressLocality: String?
        var addressRegion: String?
        var addressCountry: String?

        var fields: PostalAddress {
            postalAddress ?? PostalAddress(addressLocality: addressLocality, addressRegion: addressRegion, addressCountry: addressCountry)
        }
    }

    struct PostalAddress: Decodable {
        var addressLocality: String?
        var addressRegion: String?
        var addressCountry: String?
    }

    struct Compensation: Decodable {
        /// `$81K – $87K • 0.5% – 1.75% • Offers Bonus`.
        var compensationTierSummary: String?
        var compensationTiers: [Tier]?
        /// The components summed up across the tiers.
        var summaryComponents: [Component]?
    }

    struct Tier: Decodable {
        var title: String?
        var components: [Component]?
    }

    struct Component: Decodable {
        /// `Salary`, `EquityPercentage`, `EquityCashValue`, `Commission`, `Bonus`.
        var compensationType: String?
        /// `1 YEAR`, `1 MONTH`, `1 HOUR`…, `NONE` for equity.
        var interval: String?
        var currencyCode: String?
        var minValue: Double?
        var maxValue: Double?
    }

    static let expected = "an Ashby job board response (expected the JSON object with `jobs` from "
        + "https://api.ashbyhq.com/posting-api/job-board/BOARD?includeCompensation=true)"

    /// The listed jobs: one with `isListed: false` is hidden from the company's own board,
    /// so it is left out here too.
    static func decode(_ data: Data) throws -> [Job] {
        try JSONDecoder().decode(AshbyJobBoard.self, from: data).jobs.filter { $0.isListed != false }
    }

    // MARK: Mapping

    static func posting(_ job: Job) -> ImportedPosting {
        let title = BoardValues.text(job.title)
        // The id is the job posting's UUID, the last segment of `jobUrl` when the
        // response leaves `id` out.
        let id = BoardValues.text(job.id)
            ?? BoardValues.text(job.jobUrl).flatMap { $0.split(separator: "/").last.map(String.init) }.flatMap(BoardValues.text)
        var posting = ImportedPosting(source: id.map { "Ashby job \($0)" } ?? "Ashby job `\(title ?? "")`",
                                      fileName: Slug.make(from: title ?? id.map { "ashby-\($0)" } ?? ""))
        posting.title = title
        posting.id = id.map { "ASHBY-\($0)" }

        BoardValues.department(job.department, team: job.team, into: &posting)
        BoardValues.employmentType(job.employmentType, field: "employmentType", into: &posting)
        posting.workplace = job.workplaceType.flatMap(ForeignValues.workplace) ?? (job.isRemote == true ? .remote : nil)
        places(job, workplace: posting.workplace).apply(to: &posting)
        posting.posted = BoardValues.date(job.publishedAt, field: "publishedAt", into: &posting)
        if let compensation = job.compensation { pay(compensation, into: &posting) }
        BoardValues.applyURL([("applyUrl", job.applyUrl), ("jobUrl", job.jobUrl)], into: &posting)
        if let html = job.descriptionHtml { posting.body = HTMLToMarkdown.convert(html, title: posting.title) }
        return posting
    }

    /// Each location's postal address where it has a country, its text otherwise. An
    /// address that is only a country is where the job hires, not a place, for a remote
    /// job and for any location whose text says remote (`Remote (Canada)` beside a
    /// `Hybrid` job's office); `ImportedPlaces.apply` then settles the workplace.
    static func places(_ job: Job, workplace: Workplace?) -> ImportedPlaces {
        var places = ImportedPlaces()
        let all = [(job.location, job.address)] + (job.secondaryLocations ?? []).map { ($0.location, $0.address) }
        for (text, address) in all {
            let fields = address?.fields
            if let location = places.place(city: fields?.addressLocality, region: fields?.addressRegion,
                                           country: fields?.addressCountry) {
                let remote = workplace == .remote || BoardValues.text(text).map(ImportedPlaces.saysRemote) == true
                if remote, location.city == nil, let country = location.country {
                    places.addRemote(country)
                } else {
                    places.add(location)
                }
            } else if let text = BoardValues.text(text) {
                places.add(text: text)
            }
        }
        if let workplace { places.workplace = workplace }
        return places
    }

    /// The salary component of Ashby's summary (or of the only tier when there is no
    /// summary); equity, commission and bonus are never a salary. The whole summary
    /// goes into the leftovers when it says more than the salary.
    static func pay(_ compensation: Compensation, into posting: inout ImportedPosting) {
        let tiers = compensation.compensationTiers ?? []
        let components = compensation.summaryComponents ?? (tiers.count == 1 ? tiers[0].components ?? [] : [])
        let others = components.filter { $0.compensationType != "Salary" }
        if let summary = BoardValues.text(compensation.compensationTierSummary), !others.isEmpty || tiers.count > 1 {
            posting.leftovers.append(.init(key: "compensation", value: summary))
        }
        let names = tiers.compactMap { BoardValues.text($0.title) }.map { "`\($0)`" }.joined(separator: ", ")
        let tierList = "\(tiers.count) pay tiers" + (names.isEmpty ? "" : " (\(names))")
        guard let salary = components.first(where: { $0.compensationType == "Salary" }) else {
            if tiers.count > 1, compensation.summaryComponents == nil {
                posting.notes.append("Ashby gives \(tierList) and no summary of them, so no salary was written")
            }
            return
        }
        let intervals: [String: SalaryPeriod] = ["1 YEAR": .year, "1 MONTH": .month, "1 WEEK": .week, "1 DAY": .day, "1 HOUR": .hour]
        guard let period = intervals[(salary.interval ?? "").uppercased()] else {
            posting.notes.append("the salary is paid per `\(salary.interval ?? "")`, not per year, month, week, day or hour, so no salary was written")
            return
        }
        posting.salary = BoardValues.salary(minimum: salary.minValue, maximum: salary.maxValue, currency: salary.currencyCode,
                                            period: period, what: "the salary", into: &posting)
        if tiers.count > 1, posting.salary != nil {
            posting.notes.append("Ashby gives \(tierList); salary is the range across them")
        }
    }
}
