/// `deadlines.ics` (with `feeds: calendar`): an iCalendar file (RFC 5545) with an
/// all-day event on the last day to apply (`closes`) of each open job, for the whole
/// site and beside each department page. Candidates subscribe to it, and a calendar
/// reminds them before a posting closes.
///
/// Every value comes from the postings, never from the clock: an unchanged site writes
/// an unchanged file, so calendar apps polling it see nothing new.
enum DeadlineCalendar {
    /// One job's event, or nil when it has no `closes`. Lines end in CRLF and are
    /// folded at 75 octets, as RFC 5545 §3.1 requires.
    static func event(_ resolved: ResolvedJob, card: JobCard, site: ResolvedSite, updated: String) -> String? {
        let job = resolved.job
        guard let closes = job.closes else { return nil }
        let url = site.baseURL.absolute(SitePaths.job(job.slug))
        var details = [card.department, card.locationsText, card.salaryText ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
        details += "\n" + url
        let lines = [
            "BEGIN:VEVENT",
            // Unique and stable: a job's slug is its address, the host the site's.
            "UID:closes-\(job.slug)@\(host(site.baseURL))",
            // When the event's content last changed: when the posting did.
            "DTSTAMP:\(basicUTC(updated))",
            "DTSTART;VALUE=DATE:\(basic(closes))",
            "DTEND;VALUE=DATE:\(basic(closes.nextDay))",
            "SUMMARY:\(text("Last day to apply: \(card.title)"))",
            "DESCRIPTION:\(text(details))",
            "URL:\(url)",
            "CATEGORIES:\(text(card.department))",
            // A deadline is a reminder, not a busy slot in the reader's day.
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
        return lines.map(fold).joined()
    }

    /// The calendar around `events`, named after what it covers.
    static func document(_ site: ResolvedSite, name: String, events: [String]) -> String {
        let head = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Openings//Careers site deadlines//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "NAME:\(text(name))",
            "X-WR-CALNAME:\(text(name))",
            // RFC 7986 and its older Apple/Google spelling: poll once a day.
            "REFRESH-INTERVAL;VALUE=DURATION:P1D",
            "X-PUBLISHED-TTL:P1D",
        ]
        return head.map(fold).joined() + events.joined() + fold("END:VCALENDAR")
    }

    /// The calendar's name: the site's, or a department's.
    static func name(_ site: ResolvedSite, department: String? = nil) -> String {
        [department, site.config.title].compactMap { $0 }.joined(separator: " — ") + ": application deadlines"
    }

    /// TEXT values (§3.3.11): backslash, semicolon, comma and newline escaped.
    static func text(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n", "\r": result += "\\n"
            default:
                // Other control characters are not allowed in TEXT.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) { result.append(character) }
            }
        }
        return result
    }

    /// One content line, folded (§3.1): at most 75 octets a line, continued with CRLF and
    /// a space, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var result = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.unicodeScalars.append(scalar)
            count += size
        }
        return result + "\r\n"
    }

    static func basic(_ date: CalendarDate) -> String { date.description.replacingAll("-", with: "") }

    /// `2026-11-29T10:00:00Z` → `20261129T100000Z`.
    static func basicUTC(_ rfc3339: String) -> String {
        rfc3339.filter { $0 != "-" && $0 != ":" }
    }

    static func host(_ base: BaseURL) -> String {
        base.origin.split(separator: "/").last.map(String.init) ?? "openings"
    }
}
