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
            "UID:closes-\(job.slug)@\(site.baseURL.host)",
            // When the event's content last changed: when the posting did.
            "DTSTAMP:\(basicUTC(updated))",
            "DTSTART;VALUE=DATE:\(basic(closes))",
            "DTEND;VALUE=DATE:\(basic(closes.nextDay))",
            "SUMMARY:\(text(site.strings.text("last_day_to_apply", ["title": card.title])))",
            "DESCRIPTION:\(text(details))",
            "URL:\(url)",
            "CATEGORIES:\(text(card.department))",
            // A deadline is a reminder, not a busy slot in the reader's day.
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
        return lines.map(fold).joined()
    }

    /// Everything before a calendar's events, named after what it covers.
    static func head(name: String) -> String {
        [
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
        ].map(fold).joined()
    }

    static let tail = "END:VCALENDAR\r\n"

    /// The calendar's name: the site's, or a department's.
    static func name(_ site: ResolvedSite, department: String? = nil) -> String {
        [department, site.config.title].compactMap { $0 }.joined(separator: " — ") + ": application deadlines"
    }

    /// TEXT values (§3.3.11): backslash, semicolon, comma and newline escaped; other
    /// control characters, which TEXT does not allow, dropped. Read byte by byte: every
    /// byte that matters is ASCII, and most values need nothing.
    static func text(_ value: String) -> String {
        let bytes = value.utf8
        guard bytes.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") })
        else { return value }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): result += [UInt8(ascii: "\\"), byte]
            // CR LF, a lone CR and a lone LF are each one line break.
            case 0x0A where previous == 0x0D: break
            case 0x0A, 0x0D: result += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0..<0x20, 0x7F: break
            default: result.append(byte)
            }
            previous = byte
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// One content line, folded (§3.1): at most 75 octets a line, continued with CRLF and
    /// a space, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line + "\r\n" }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 37 + 2)
        var count = 0
        var index = 0
        while index < bytes.count {
            // A character's bytes: its lead byte, then continuation bytes (10xxxxxx).
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            if count + (end - index) > 75 {
                result += [0x0D, 0x0A, 0x20]
                count = 1
            }
            result += bytes[index..<end]
            count += end - index
            index = end
        }
        result += [0x0D, 0x0A]
        return String(decoding: result, as: UTF8.self)
    }

    static func basic(_ date: CalendarDate) -> String { date.description.replacingAll("-", with: "") }

    /// `2026-11-29T10:00:00Z` → `20261129T100000Z`.
    static func basicUTC(_ rfc3339: String) -> String {
        rfc3339.filter { $0 != "-" && $0 != ":" }
    }
}
