import Foundation

/// The checks every job board's values go through on their way into a posting, so an
/// imported posting is held to what an authored one is: apply links only to web and
/// mail addresses, pay only as a range Openings can show, plain text trimmed.
enum BoardValues {
    /// Text with its ends trimmed; nil when nothing is left.
    static func text(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingWhitespace(), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// The department, or the team when the board has none. Teams sit inside departments
    /// (Lever, Ashby); a site groups by the larger one when the company uses both, and
    /// older boards have teams only. A team that differs is kept in the comment.
    static func department(_ department: String?, team: String?, into posting: inout ImportedPosting) {
        let department = text(department), team = text(team)
        posting.department = department ?? team
        if let department, let team, team != department {
            posting.leftovers.append(.init(key: "team", value: team))
        }
    }

    /// The first of the vendor's links that a candidate may be sent to. One that is not
    /// http(s) or mailto (`javascript:`), or that holds `{…}` placeholders Openings
    /// would try to fill, is dropped with a note.
    static func applyURL(_ candidates: [(field: String, url: String?)], into posting: inout ImportedPosting) {
        for (field, url) in candidates {
            guard let url = text(url) else { continue }
            if let problem = URLPolicy.problem(with: url) {
                posting.notes.append("`\(field)` was dropped: it \(problem)")
            } else if let (message, _) = URLPolicy.placeholderProblem(in: url) {
                posting.notes.append("`\(field)` was dropped: \(message)")
            } else {
                posting.applyURL = url
                return
            }
        }
    }

    /// A pay range from the vendor's numbers, or nil with a note saying why not: the
    /// amounts missing or reversed, a currency that is not an ISO 4217 code.
    static func salary(minimum: Double?, maximum: Double?, currency: String?, period: SalaryPeriod,
                       what: String, into posting: inout ImportedPosting) -> SalaryRange? {
        guard let minimum, let maximum, minimum > 0, maximum > 0 else {
            posting.notes.append("\(what) has no minimum and maximum, so no salary was written")
            return nil
        }
        guard minimum <= maximum else {
            posting.notes.append("\(what) has a minimum (\(SalaryRange.plain(minimum))) above its maximum (\(SalaryRange.plain(maximum))), so no salary was written")
            return nil
        }
        guard let code = text(currency)?.uppercased(), ISOCodes.currencies[code] != nil else {
            posting.notes.append("\(what) has no ISO 4217 currency (`\(currency ?? "")`), so no salary was written")
            return nil
        }
        return SalaryRange(minimum: minimum, maximum: maximum, currency: code, period: period)
    }

    /// Milliseconds since 1970, as Lever writes `createdAt`: the UTC day.
    static func date(milliseconds: Double) -> CalendarDate {
        CalendarDate(utc: Date(timeIntervalSince1970: (milliseconds / 1000).rounded(.down)))
    }

    /// An ISO 8601 moment (`2026-10-14T09:30:00-04:00`) as the day written in it, which
    /// is the day in the company's own zone.
    static func date(_ text: String?, field: String, into posting: inout ImportedPosting) -> CalendarDate? {
        guard let text = self.text(text) else { return nil }
        if let date = ForeignValues.date(text) { return date }
        posting.notes.append("`\(field)` `\(text)` is not a date Openings can read")
        return nil
    }

    /// The type of employment from the vendor's word, or a note and a leftover.
    static func employmentType(_ value: String?, field: String, into posting: inout ImportedPosting) {
        guard let value = text(value) else { return }
        if let type = ForeignValues.employmentType(value) {
            posting.employmentType = type
        } else {
            posting.notes.append("`\(field)` `\(value)` is not one of Openings' employment types; set employment_type yourself")
            posting.leftovers.append(.init(key: field, value: value))
        }
    }
}
