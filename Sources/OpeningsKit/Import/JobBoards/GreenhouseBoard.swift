import Foundation

/// Greenhouse's Job Board API, as documented at developers.greenhouse.io/job-board.html:
/// `GET https://boards-api.greenhouse.io/v1/boards/BOARD/jobs?content=true` gives
/// `{"jobs": [...], "meta": {"total": N}}`, and `…/jobs/ID` gives one job object. Keys
/// are snake_case (`absolute_url`, `pay_input_ranges`); the decoder converts them.
struct GreenhouseBoard: Decodable {
    var jobs: [Job]

    struct Job: Decodable {
        var id: LooseJSON
        var title: String?
        var updatedAt: String?
        /// Newer boards only; the day the job was first on the board.
        var firstPublished: String?
        var requisitionId: LooseJSON?
        var location: Location?
        var absoluteUrl: String?
        var metadata: [Metadata]?
        /// HTML, escaped once more as text (`&lt;p&gt;`); only with `?content=true`.
        var content: String?
        var departments: [Department]?
        var offices: [Office]?
        /// With pay transparency rules on the job post.
        var payInputRanges: [PayRange]?
    }

    struct Location: Decodable { var name: String? }

    /// A custom field the company shows on its board.
    struct Metadata: Decodable {
        var name: String?
        var value: LooseJSON?
    }

    struct Department: Decodable { var name: String? }

    struct Office: Decodable {
        var name: String?
        /// The office's place as text (`New York, NY, United States`), when set.
        var location: String?
    }

    struct PayRange: Decodable {
        var minCents: Double?
        var maxCents: Double?
        var currencyType: String?
        var title: String?
        /// The rule's text shown with the range (HTML).
        var blurb: String?
    }

    static let expected = "a Greenhouse job board response (expected the JSON object with `jobs` from "
        + "https://boards-api.greenhouse.io/v1/boards/BOARD/jobs?content=true, or one job from …/jobs/ID)"

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }

    /// The list response, or one job (`/jobs/ID`) read as a list of one.
    static func decode(_ data: Data, single: Bool) throws -> [Job] {
        single ? [try decoder().decode(Job.self, from: data)] : try decoder().decode(GreenhouseBoard.self, from: data).jobs
    }

    // MARK: Mapping

    static func posting(_ job: Job) -> ImportedPosting {
        let id = job.id.text ?? ""
        let title = BoardValues.text(job.title)
        var posting = ImportedPosting(source: "Greenhouse job \(id)", fileName: Slug.make(from: title ?? "gh-\(id)"))
        posting.title = title
        if !id.isEmpty { posting.id = "GH-\(id)" }

        // A job is filed under one department, which the list names first; more are
        // the company's hierarchy or a second filing, for a person to choose from.
        let departments = (job.departments ?? []).compactMap { BoardValues.text($0.name) }
        posting.department = departments.first
        if departments.count > 1 {
            posting.leftovers.append(.init(key: "other departments", value: departments.dropFirst().joined(separator: ", ")))
        }
        if let requisition = job.requisitionId?.text {
            posting.leftovers.append(.init(key: "requisition_id", value: requisition))
        }

        places(job).apply(to: &posting)

        if let published = BoardValues.date(job.firstPublished, field: "first_published", into: &posting) {
            posting.posted = published
        } else if let updated = BoardValues.date(job.updatedAt, field: "updated_at", into: &posting) {
            posting.posted = updated
            posting.notes.append("posted is the day the job was last updated (`updated_at`): this board gives no `first_published`")
        }

        pay(job.payInputRanges ?? [], into: &posting)
        BoardValues.applyURL([("absolute_url", job.absoluteUrl)], into: &posting)

        for field in job.metadata ?? [] {
            guard let name = BoardValues.text(field.name), let value = field.value?.text else { continue }
            // The custom field companies add for the one Openings field the API lacks.
            if ["employmenttype", "jobtype", "employment"].contains(name.lowercased().filter(\.isLetter)),
               let type = ForeignValues.employmentType(value) {
                posting.employmentType = type
            } else {
                posting.leftovers.append(.init(key: name, value: value))
            }
        }

        if let content = job.content {
            posting.body = HTMLToMarkdown.convert(unescapedOnce(content), title: posting.title, leavingOut: leftOut(job))
        }
        return posting
    }

    /// Greenhouse ends `content` with its own block of the pay ranges
    /// (`<div class="content-pay-transparency">`: `New York Pay Range`, `$160,000—$200,000
    /// USD`). When a range has its amounts, `pay` made it the salary or listed it in the
    /// comment, so the block would say it a second time; without one, the block is the
    /// only place the pay is, and it stays. (`content-intro` and `content-conclusion`, the
    /// company's text around every posting, are the posting's to keep.)
    static func leftOut(_ job: Job) -> Set<String> {
        (job.payInputRanges ?? []).contains { $0.minCents != nil && $0.maxCents != nil } ? ["content-pay-transparency"] : []
    }

    /// `location.name` read as text; a part that is not a place Openings can read (`NYC`)
    /// is replaced by the job's office of that name when the office's `location` is one,
    /// or by the job's only office when there is one. With no name, the offices' places,
    /// where an office whose name says remote (`Remote - Canada`) is a country the job
    /// hires in, not a place.
    static func places(_ job: Job) -> ImportedPlaces {
        func place(_ office: Office) -> JobLocation? {
            guard let text = BoardValues.text(office.location), case .place(let location, _) = PlaceText.read(text) else { return nil }
            return location
        }
        let offices = (job.offices ?? []).compactMap { office -> (name: String, location: JobLocation)? in
            guard let name = BoardValues.text(office.name), let location = place(office) else { return nil }
            return (name, location)
        }
        guard let name = BoardValues.text(job.location?.name) else {
            var places = ImportedPlaces()
            for office in job.offices ?? [] {
                let name = BoardValues.text(office.name) ?? "", location = place(office)
                if ImportedPlaces.saysRemote(name), location?.city == nil,
                   let country = location?.country ?? ImportedPlaces.remoteCountry(name) {
                    places.addRemote(country)
                } else if let location {
                    places.add(location)
                }
            }
            return places
        }
        var places = ImportedPlaces.read(name)
        for text in places.unread {
            if let office = offices.first(where: { $0.name.lowercased() == text.lowercased() }) {
                places.replace(unread: text, with: office.location)
            } else if places.unread.count == 1, offices.count == 1, (job.offices ?? []).count == 1,
                      ForeignValues.workplace(text) == nil, !text.lowercased().contains("remote") {
                places.replace(unread: text, with: offices[0].location)
            }
        }
        return places
    }

    /// The first range, in units rather than cents. Greenhouse ranges carry no period:
    /// an hour when the range's title or text says so, a year when the amounts are a
    /// year's size, none otherwise. Every range goes into the leftovers unless the one
    /// range became the salary and has no text of its rule, so nothing is lost.
    static func pay(_ ranges: [PayRange], into posting: inout ImportedPosting) {
        guard let range = ranges.first else { return }
        let what = "the pay range" + (BoardValues.text(range.title).map { " `\($0)`" } ?? "")
        let words = ((range.title ?? "") + " " + (range.blurb ?? "")).lowercased()
        let minimum = range.minCents.map { $0 / 100 }, maximum = range.maxCents.map { $0 / 100 }
        if words.contains("hour") {
            posting.salary = BoardValues.salary(minimum: minimum, maximum: maximum, currency: range.currencyType,
                                                period: .hour, what: what, into: &posting)
        } else if let minimum, minimum >= 1000 {
            posting.salary = BoardValues.salary(minimum: minimum, maximum: maximum, currency: range.currencyType,
                                                period: .year, what: what, into: &posting)
        } else {
            posting.notes.append("\(what) does not say per what it is paid, so no salary was written")
        }
        if ranges.count > 1, posting.salary != nil {
            posting.notes.append("Greenhouse gives \(ranges.count) pay ranges; salary is the first, \(what); all are listed below")
        }
        for range in ranges {
            var parts: [String] = []
            if let min = range.minCents, let max = range.maxCents {
                parts.append("\(SalaryRange.plain(min / 100))–\(SalaryRange.plain(max / 100)) \(range.currencyType ?? "")".trimmingWhitespace())
            }
            if let blurb = BoardValues.text(range.blurb).map({ HTMLToMarkdown.convert($0) }).flatMap(BoardValues.text) {
                parts.append(blurb)
            }
            if !parts.isEmpty, ranges.count > 1 || parts.count > 1 || posting.salary == nil {
                posting.leftovers.append(.init(key: "pay range" + (BoardValues.text(range.title).map { " \($0)" } ?? ""),
                                               value: parts.joined(separator: "; ")))
            }
        }
    }

    /// Greenhouse escapes the description's HTML as text (`&lt;p&gt;`, `&amp;nbsp;`);
    /// decoding it once gives the HTML back. Content with a raw `<` was never escaped
    /// (escaping leaves none), so it is left alone, or text meant as `&lt;b&gt;` would
    /// become markup.
    static func unescapedOnce(_ content: String) -> String {
        content.contains("<") ? content : HTMLToMarkdown.decodeEntities(content)
    }
}
