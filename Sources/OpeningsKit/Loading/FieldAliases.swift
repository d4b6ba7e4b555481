/// The names other careers sites and generators give the fields Openings reads: Jekyll
/// and Hugo collections (`date_posted`, `application link`, `salary_min`), job-board
/// exports (`valid_through`, `requisition_id`). A posting moved over with one of them
/// would silently lose the value (an Apply button pointing at the site's default), so
/// `check` names the Openings field instead of "unknown key … ignored".
enum FieldAliases {
    /// Openings key → the names other tools give it (normalised), most telling first:
    /// when a file has two of them, an importer takes the first (`date_posted` over
    /// `date`). `StaticSiteImporter` reads its keys with this same table, so `check`
    /// names the Openings field for every key an import maps.
    static let jobNames: [(target: String, names: [String])] = [
        ("title", ["job_title", "jobtitle", "position", "role_name", "position_title", "name"]),
        ("id", ["requisition_id", "req_id", "job_id", "_id", "requisition", "job_announcement_number", "reference", "ref"]),
        ("department", ["team", "division", "department_name", "dept", "org", "organization", "category"]),
        ("level", ["seniority", "grade", "gs", "gs_level", "job_level"]),
        ("employment_type", ["job_type", "employment", "contract_type", "appointment_type", "employmenttype", "commitment", "contract", "type"]),
        ("workplace", ["workplace_type", "remote", "work_type", "location_type", "remote_policy", "work_arrangement"]),
        ("locations", ["city", "office", "job_location", "joblocation", "location_name", "place", "where"]),
        ("posted", ["date_posted", "dateposted", "posted_on", "posted_date", "post_date", "publish_date", "publishdate",
                    "date", "opens", "open_date", "opening_date", "created", "created_at"]),
        ("closes", ["closing_date", "close_date", "closes_on", "deadline", "application_deadline", "apply_by", "valid_through",
                    "validthrough", "expirydate", "expiry_date", "expiry", "expires", "expire", "expiration_date", "end_date"]),
        ("salary", ["salary_range", "pay_range", "salary_min", "salary_max", "min_salary", "max_salary", "base_salary",
                    "compensation_range", "pay", "wage", "base_pay", "basesalary"]),
        ("apply_url", ["application_link", "application_url", "apply_link", "applyurl", "how_to_apply",
                       "apply", "application", "apply_here", "apply_to", "apply_email", "url_apply",
                       "application_email", "email"]),
        ("draft", ["published", "unpublished", "hidden", "state", "status"]),
        ("tags", ["categories", "keywords"]),
    ]

    /// Foreign name (normalised) → Openings key, for job front matter.
    static let job: [String: String] = {
        var result: [String: String] = [:]
        for (target, names) in jobNames { for name in names { result[name] = target } }
        return withCompactNames(result)
    }()

    /// Whether a key `recognise` maps to `draft` hides the posting with this value:
    /// `published: false`, `hidden: true`, `state: draft`. The other way round
    /// (`published: true`, `state: open`) says nothing Openings has a field for.
    /// What other sites' `state:` or `status:` say of a posting no longer open.
    static let closedStates: Set<String> = ["closed", "filled", "archived", "expired", "solved", "inactive", "hired", "cancelled", "canceled"]

    static func meansDraft(key normalised: String, value: String) -> Bool {
        let value = value.trimmingWhitespace().lowercased()
        let truthy = ["true", "yes", "on"].contains(value)
        switch normalised {
        case "published": return ["false", "no", "off"].contains(value)
        // An archive's closed postings (`state: closed`) must not be published again.
        case "state", "status": return value == "draft" || closedStates.contains(value)
        default: return truthy
        }
    }

    /// The words people use for a stage's fields.
    static let interviewStage: [String: String] = [
        "title": "name", "stage": "name", "step": "name", "length": "duration", "time": "duration", "type": "format",
        "medium": "format", "focus": "assesses", "skills": "assesses", "evaluates": "assesses", "covers": "assesses",
    ]

    /// Foreign name → Openings key, for site.yml (Jekyll's `url`/`baseurl`, Hugo's `baseURL`).
    static let site: [String: String] = withCompactNames([
        "url": "base_url", "baseurl": "base_url", "site_url": "base_url", "name": "title", "site_name": "title",
        "lang": "language", "locale": "language", "languagecode": "language", "company": "organization",
    ])

    /// The table with each name also run together (`date_posted` as `dateposted`), so a
    /// key written either way is found by one lookup; a name the table lists itself wins.
    static func withCompactNames(_ table: [String: String]) -> [String: String] {
        var result = table
        for (name, target) in table.sorted(by: { $0.key < $1.key }) {
            let compact = name.replacingAll("_", with: "")
            if result[compact] == nil { result[compact] = target }
        }
        return result
    }

    /// `Application Link`, `date-posted` and `datePosted` compare as `application_link`,
    /// `date_posted` and `dateposted`.
    /// `jobType`, `salaryMin` and `validThrough` (JSON and TOML habits) compare as
    /// `job_type`, `salary_min` and `valid_through`.
    static func normalise(_ key: String) -> String {
        var result = ""
        var previous: Character = " "
        for character in key {
            if character.isUppercase, previous.isLowercase || previous.isNumber { result.append("_") }
            result += character == " " || character == "-" ? "_" : character.lowercased()
            previous = character
        }
        return result
    }

    /// The Openings key a foreign key stands for: by the table, in either spelling
    /// (`jobType` as `job_type` or `jobtype`), or an Openings key written another way
    /// (`applyUrl`, `Employment Type`).
    static func target(of key: String, in aliases: [String: String], known: Set<String>) -> String? {
        let normalised = normalise(key)
        if let target = aliases[normalised] { return target }
        if known.contains(normalised) { return normalised }
        return aliases[normalised.replacingAll("_", with: "")]
    }

    /// The Openings way to write what `foreignKey` held: `apply_url: https://…`, or for
    /// salary bounds, the whole range built from both.
    static func example(for target: String, foreignKey: String, in reader: MappingReader) -> String {
        func value(_ names: [String]) -> String? {
            for (key, pair) in reader.pairs where names.contains(normalise(key)) {
                if let text = pair.value.scalar, !text.isEmpty { return MappingReader.digitsOnly(text) ?? text }
            }
            return nil
        }
        let written = reader.pairs[foreignKey]?.value.scalar?.trimmingWhitespace()
        switch target {
        case "salary":
            if let written, let (low, high) = JobDecoder.parseRangeText(written) {
                return "`salary: { min: \(SalaryRange.plain(low)), max: \(SalaryRange.plain(high)), currency: USD, period: year }` (your currency)"
            }
            let low = value(["salary_min", "min_salary"]) ?? "…", high = value(["salary_max", "max_salary"]) ?? "…"
            return "`salary: { min: \(low), max: \(high), currency: USD, period: year }` (your currency)"
        case "posted", "closes":
            let date: String? = written.flatMap {
                if let date = CalendarDate(iso: $0) { return date.description }
                if case .date(let date) = WrittenDate.read($0) { return date.description }
                return nil
            }
            return "`\(target): \(date ?? "YYYY-MM-DD")`"
        case "workplace":
            // `remote: true` / `remote: false`, or the value itself (`work_type: hybrid`).
            let lowered = written?.lowercased()
            let value: Workplace? = switch lowered {
            case "true", "yes": .remote
            case "false", "no": nil
            default: lowered.flatMap { Workplace(rawValue: $0.replacingAll("-", with: "")) }
            }
            return value.map { "`workplace: \($0.rawValue)`" } ?? "`workplace: onsite`, `hybrid` or `remote`"
        case "employment_type":
            let value = written.flatMap { EmploymentType(rawValue: normalise($0)) }
            return value.map { "`employment_type: \($0.rawValue)`" }
                ?? "`employment_type: …` (full_time, part_time, contract, temporary or intern)"
        case "locations":
            if let written, case .place(let location, _) = PlaceText.read(written) {
                return "`locations: [{ \(JobDecoder.fields(location)) }]`"
            }
            return "`locations: [{ city: …, region: …, country: … }]`"
        case "draft":
            // Only a value that hides the posting is reported (`recognise`), so it is always this.
            return "`draft: true`"
        default:
            let text = reader.pairs[foreignKey]?.value.scalar.map { $0.count > 60 ? String($0.prefix(57)) + "…" : $0 } ?? "…"
            return "`\(target): \(text)`"
        }
    }
}
