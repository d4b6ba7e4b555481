import Foundation

/// How the job-board feeds (`IndeedFeed`, `LinkedInFeed`) write XML: every text value in
/// a CDATA section, as both vendors' examples do (Indeed: "All job content must be
/// wrapped in `<![CDATA[]]>` nodes", and it reads no HTML entities: "use `<` instead of
/// `&lt;`"), and dates in the RFC 822 form both examples use for `lastBuildDate`.
enum FeedXML {
    /// `text` as CDATA: `<![CDATA[…]]>`. A `]]>` inside would end the section early, so it
    /// is split across two sections (`]]` closes the first, `>` opens the second) and reads
    /// back unchanged. Characters XML 1.0 forbids (control characters but tab, line feed
    /// and carriage return; U+FFFE, U+FFFF) cannot stand even in CDATA and are dropped, as
    /// `Escaping.xml` drops them.
    static func cdata(_ text: String) -> String {
        var copy = text
        let rewritten = copy.withUTF8 { bytes -> [UInt8]? in
            guard needsWork(bytes) else { return nil }
            var output = Array("<![CDATA[".utf8)
            output.reserveCapacity(bytes.count + 32)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x09, 0x0A, 0x0D:
                    output.append(byte)
                case ..<0x20:
                    break
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                    index += 2
                case 0x5D where index + 2 < bytes.count && bytes[index + 1] == 0x5D && bytes[index + 2] == 0x3E:
                    output += Array("]]]]><![CDATA[>".utf8)
                    index += 2
                default:
                    output.append(byte)
                }
                index += 1
            }
            output += Array("]]>".utf8)
            return output
        }
        guard let rewritten else { return "<![CDATA[" + text + "]]>" }
        return String(decoding: rewritten, as: UTF8.self)
    }

    /// Whether `cdata` has more to do than wrap: a character to drop or a `]]>` to split.
    /// Most values (names, URLs, HTML) have neither.
    private static func needsWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
            if byte == 0x3E, index >= 2, bytes[index - 1] == 0x5D, bytes[index - 2] == 0x5D { return true }
            index += 1
        }
        return false
    }

    /// `    <name><![CDATA[value]]></name>` and a line end.
    static func element(_ name: String, _ value: String, indent: Int = 4) -> String {
        String(repeating: " ", count: indent) + "<\(name)>" + cdata(value) + "</\(name)>\n"
    }

    /// An element whose value is one this code made and that needs no escaping: a number,
    /// a code from a fixed list, a date.
    static func plain(_ name: String, _ value: String, indent: Int = 4) -> String {
        String(repeating: " ", count: indent) + "<\(name)>\(value)</\(name)>\n"
    }

    /// `head`, every piece of `entries` in order, and `tail`, in one string made at its
    /// final size: a feed of 10,000 postings is 100 MB, and growing it by doubling would
    /// hold up to twice that.
    static func join(_ head: String, _ entries: [[String]], _ tail: String) -> String {
        var size = head.utf8.count + tail.utf8.count
        for job in entries {
            for piece in job { size += piece.utf8.count }
        }
        var xml = ""
        xml.reserveCapacity(size)
        xml += head
        for job in entries {
            for piece in job { xml += piece }
        }
        xml += tail
        return xml
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Fri, 10 Dec 2008 22:49:39 GMT` (RFC 822 as RFC 1123 amends it), in English
    /// whatever the machine's locale.
    static func rfc822(_ seconds: Int64) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday],
                                        from: Date(timeIntervalSince1970: TimeInterval(seconds)))
        func pad(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return "\(weekdays[(c.weekday ?? 1) - 1]), \(pad(c.day)) \(months[(c.month ?? 1) - 1]) \(c.year ?? 1970) "
            + "\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second)) GMT"
    }

    /// Midnight UTC at the start of `date`, in seconds since 1970.
    static func seconds(_ date: CalendarDate) -> Int64 {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let moment = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) ?? Date(timeIntervalSince1970: 0)
        return Int64(moment.timeIntervalSince1970)
    }

    /// When the feed last changed, for `lastBuildDate`: the newest of the listed jobs'
    /// last commits (or posting days, outside git), as `AtomFeed.head` takes the newest
    /// entry; the build date when nothing is listed. Never the wall clock: an unchanged
    /// site writes an unchanged feed.
    static func lastBuildDate(_ site: ResolvedSite, listed: [Int]) -> String {
        let newest = listed.lazy.map { index -> Int64 in
            let job = site.jobs[index].job
            return site.lastCommit[job.file.relativePath] ?? seconds(job.posted)
        }.max()
        return rfc822(newest ?? seconds(site.buildDate))
    }
}
