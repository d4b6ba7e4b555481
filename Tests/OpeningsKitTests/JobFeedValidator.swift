import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import OpeningsKit

/// A feed read back with Foundation's `XMLParser` (so it is well-formed XML, or parsing
/// throws), as a tree that remembers whether each element's text came in CDATA.
final class FeedNode {
    let name: String
    var children: [FeedNode] = []
    /// The element's own text, CDATA and plain alike, as a reader gets it.
    var text = ""
    /// The part of `text` that was not in a CDATA section.
    var plainText = ""
    var cdataSections = 0

    init(name: String) { self.name = name }

    func child(_ name: String) -> FeedNode? { children.first { $0.name == name } }
    func all(_ name: String) -> [FeedNode] { children.filter { $0.name == name } }
    /// The text of the child `name`; nil when there is no such child.
    func value(_ name: String) -> String? { child(name)?.text }

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ xml: String) throws -> FeedNode {
        let builder = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseError(description: "not well-formed XML at line \(parser.lineNumber), column \(parser.columnNumber): "
                + "\(parser.parserError.map { "\($0)" } ?? "no root element")")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [FeedNode] = []
        var root: FeedNode?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            stack.append(FeedNode(name: name))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
            stack.last?.plainText += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            stack.last?.text += String(decoding: block, as: UTF8.self)
            stack.last?.cdataSections += 1
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let node = stack.removeLast()
            if let parent = stack.last { parent.children.append(node) } else { root = node }
        }
    }
}

/// The rules of the vendors' documents, checked on a feed's bytes. Each problem is a
/// sentence naming the entry (`job 3 (ENG-1@denver-co-us)`) and the rule it breaks.
///
/// - Indeed: "XML feed reference", docs.indeed.com/indeed-apply/xml-feed.
/// - LinkedIn: "XML Feeds Development Guide",
///   learn.microsoft.com/linkedin/talent/job-postings/xml-feeds-development-guide.
enum JobFeedValidator {
    /// What a feed must hold: the identifier of every listed job at every place
    /// (`referencenumber`, `partnerJobId`), and nothing else.
    typealias Expected = Set<String>

    // MARK: Indeed

    static let indeedRequired = ["title", "date", "referencenumber", "requisitionid", "url", "company", "sourcename", "city",
                                 "description"]
    static let indeedJobTypes: Set<String> = ["fulltime", "parttime", "contract", "internship", "temporary"]
    /// "Please include one of the following: Fully remote, COVID-19, WFH Flexible".
    static let indeedRemoteTypes: Set<String> = ["Fully remote", "COVID-19", "WFH Flexible"]

    static func indeed(_ xml: String, expected: Expected) -> [String] {
        var problems: [String] = []
        if !xml.hasPrefix(#"<?xml version="1.0" encoding="utf-8"?>"#) { problems.append("no XML declaration with the encoding first") }
        problems += entitiesOutsideCDATA(xml)
        let root: FeedNode
        do { root = try FeedNode.parse(xml) } catch { return problems + ["\(error)"] }
        if root.name != "source" { problems.append("the root is <\(root.name)>, not <source>") }
        var references: Set<String> = []
        for (number, job) in root.all("job").enumerated() {
            let name = "job \(number + 1) (\(job.value("referencenumber") ?? "?"))"
            func problem(_ text: String) { problems.append("\(name): \(text)") }
            for element in indeedRequired where (job.value(element) ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problem("required <\(element)> is missing or empty")
            }
            // "All job content must be wrapped in <![CDATA[]]> nodes."
            for child in job.children where child.cdataSections == 0 || !child.plainText.allSatisfy(\.isWhitespace) {
                problem("<\(child.name)> is not in CDATA")
            }
            if let reference = job.value("referencenumber"), !references.insert(reference).inserted {
                problem("<referencenumber> \(reference) is not unique")
            }
            if let date = job.value("date"), isoDate(date) == nil { problem("<date> \(date) is not an ISO 8601 date and time") }
            if let url = job.value("url"), !(url.hasPrefix("https://") || url.hasPrefix("http://")) { problem("<url> is not absolute") }
            let city = job.value("city") ?? ""
            if let country = job.value("country"), !country.isEmpty, !isCountryCode(country) { problem("<country> \(country) is not a country code") }
            if job.child("country") == nil, city != "Remote" { problem("<country> is missing") }
            if let state = job.value("state"), ["US", "CA"].contains(job.value("country") ?? ""), city != "Remote",
               !(state.count == 2 && state.allSatisfy(\.isUppercase)) {
                problem("<state> \(state) is not a postal abbreviation")
            }
            if let remote = job.value("remotetype"), !indeedRemoteTypes.contains(remote) { problem("<remotetype> \(remote) is not one of Indeed's") }
            // "To post a job remotely in the US": city Remote, state and postal code present but blank.
            if city == "Remote" {
                if job.value("state") != "" || job.value("postalcode") != "" { problem("a remote place needs empty <state> and <postalcode>") }
                if job.child("remotetype") == nil { problem("a remote place has no <remotetype>") }
            }
            if let type = job.value("jobtype"), !indeedJobTypes.contains(type) { problem("<jobtype> \(type) is not one of fulltime, parttime, …") }
            if let email = job.value("email"), !email.contains("@") || email.lowercased().hasPrefix("mailto:") { problem("<email> \(email) is not an address") }
            if let salary = job.value("salary"), salary.isEmpty { problem("<salary> is empty") }
            if let closes = job.value("expirationdate"), CalendarDate(iso: closes) == nil { problem("<expirationdate> \(closes) is not a date") }
            // "Do not include other types of information, such as salary … job location".
            if let title = job.value("title") {
                if let salary = job.value("salary"), title.contains(salary) { problem("<title> has the salary in it") }
                if city != "Remote", !city.isEmpty, title.contains(city) { problem("<title> has the city in it") }
            }
        }
        return problems + completeness(references, expected: expected, idElement: "referencenumber")
    }

    // MARK: LinkedIn

    static let linkedInJobTypes: Set<String> = ["FULL_TIME", "PART_TIME", "CONTRACT", "INTERNSHIP", "VOLUNTEER"]
    static let linkedInExperience: Set<String> = ["ENTRY_LEVEL", "MID_SENIOR_LEVEL", "DIRECTOR", "EXECUTIVE", "INTERNSHIP",
                                                  "ASSOCIATE", "NOT_APPLICABLE"]
    static let linkedInWorkplaces: Set<String> = ["On-site", "Hybrid", "Remote"]
    static let linkedInPeriods: Set<String> = ["YEARLY", "MONTHLY", "SEMIMONTHLY", "BIWEEKLY", "WEEKLY", "DAILY", "HOURLY", "ONCE"]
    static let linkedInSalaryTypes: Set<String> = ["BASE_SALARY", "TOTAL_ADDITIONAL"]
    /// The guide's "Mandatory Fields" (Job ID, Company Name, Job Title, Job Description,
    /// Location String, Apply URL).
    static let linkedInRequired = ["partnerJobId", "company", "title", "description", "applyUrl", "location"]

    /// `companyID`: the LinkedIn company id the feed must carry on every job, if any.
    static func linkedIn(_ xml: String, expected: Expected, companyID: String?) -> [String] {
        var problems: [String] = []
        if !xml.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#) { problems.append("no XML declaration with the encoding first") }
        let root: FeedNode
        do { root = try FeedNode.parse(xml) } catch { return problems + ["\(error)"] }
        if root.name != "source" { problems.append("the root is <\(root.name)>, not <source>") }
        let jobs = root.all("job")
        if let date = root.value("lastBuildDate"), rfc822(date) == nil { problems.append("<lastBuildDate> \(date) is not an RFC 822 date") }
        if root.value("expectedJobCount").flatMap({ Int($0) }) != jobs.count {
            problems.append("<expectedJobCount> \(root.value("expectedJobCount") ?? "missing") is not the \(jobs.count) jobs of the feed")
        }
        var ids: Set<String> = []
        for (number, job) in jobs.enumerated() {
            let name = "job \(number + 1) (\(job.value("partnerJobId") ?? "?"))"
            func problem(_ text: String) { problems.append("\(name): \(text)") }
            for element in linkedInRequired where (job.value(element) ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problem("mandatory <\(element)> is missing or empty")
            }
            for child in job.children where child.name != "salaries" && (child.cdataSections == 0 || !child.plainText.allSatisfy(\.isWhitespace)) {
                problem("<\(child.name)> is not in CDATA")
            }
            if let id = job.value("partnerJobId") {
                // "String (max. 40 chars)"; "The unique ID used by the partner".
                if id.count > 40 { problem("<partnerJobId> has \(id.count) characters, more than 40") }
                if !ids.insert(id).inserted { problem("<partnerJobId> \(id) is not unique") }
            }
            // "Requires a minimum of 100 characters to be considered as valid."
            if let description = job.value("description"), visibleText(description).count < 100 {
                problem("<description> has \(visibleText(description).count) characters of text, fewer than 100")
            }
            // "URL starting with https://www" (any https host works; the site's own is not www).
            if let url = job.value("applyUrl"), !url.hasPrefix("https://") { problem("<applyUrl> \(url) is not https") }
            if let companyID, job.value("companyId") != companyID { problem("<companyId> is \(job.value("companyId") ?? "missing"), not \(companyID)") }
            if let workplace = job.value("workplaceTypes"), !linkedInWorkplaces.contains(workplace) { problem("<workplaceTypes> \(workplace) is not On-site, Hybrid or Remote") }
            if job.child("workplaceTypes") == nil { problem("no <workplaceTypes>") }
            if let type = job.value("jobtype"), !linkedInJobTypes.contains(type) { problem("<jobtype> \(type) is not a LinkedIn job type code") }
            if let level = job.value("experienceLevel"), !linkedInExperience.contains(level) { problem("<experienceLevel> \(level) is not one of LinkedIn's") }
            if let country = job.value("country"), !isCountryCode(country) { problem("<country> \(country) is not a country code") }
            if let closes = job.value("expirationDate"), CalendarDate(iso: closes) == nil { problem("<expirationDate> \(closes) is not a date") }
            for salary in job.child("salaries")?.all("salary") ?? [] {
                var ends: [Int] = []
                for end in ["lowEnd", "highEnd"] {
                    guard let node = salary.child(end), let amount = node.value("amount").flatMap({ Int($0) }) else {
                        problem("<salary> has no integer <\(end)><amount>"); continue
                    }
                    ends.append(amount)
                    if ISOCodes.currencies[node.value("currencyCode") ?? ""] == nil { problem("<\(end)> has no ISO 4217 <currencyCode>") }
                }
                if ends.count == 2, ends[0] > ends[1] { problem("<lowEnd> is above <highEnd>") }
                if !linkedInPeriods.contains(salary.value("period") ?? "") { problem("<period> \(salary.value("period") ?? "missing") is not one of LinkedIn's") }
                if !linkedInSalaryTypes.contains(salary.value("type") ?? "") { problem("<type> \(salary.value("type") ?? "missing") is not one of LinkedIn's") }
            }
        }
        return problems + completeness(ids, expected: expected, idElement: "partnerJobId")
    }

    // MARK: Shared

    /// Every listed job is in the feed at each of its places, and nothing else is.
    static func completeness(_ found: Set<String>, expected: Expected, idElement: String) -> [String] {
        expected.subtracting(found).sorted().map { "<\(idElement)> \($0) is missing" }
            + found.subtracting(expected).sorted().map { "<\(idElement)> \($0) is not a listed job at one of its places" }
    }

    /// Indeed: "HTML entities present anywhere in the XML can affect Indeed's ability to
    /// read the XML": outside CDATA, no `&` at all.
    static func entitiesOutsideCDATA(_ xml: String) -> [String] {
        var rest = Substring(xml), outside = ""
        while let open = rest.range(of: "<![CDATA[") {
            outside += rest[..<open.lowerBound]
            guard let close = rest.range(of: "]]>", range: open.upperBound..<rest.endIndex) else { return ["a CDATA section is not closed"] }
            rest = rest[close.upperBound...]
        }
        outside += rest
        return outside.contains("&") ? ["an entity (`&`) outside CDATA"] : []
    }

    static func isCountryCode(_ text: String) -> Bool { text.count == 2 && ISOCodes.countries[text] != nil }

    /// The text a reader sees of HTML: tags removed, the entities HTML needs decoded,
    /// white space collapsed.
    static func visibleText(_ html: String) -> String {
        var text = "", inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false; text.append(" ") } else if !inTag { text.append(character) }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func isoDate(_ text: String) -> Date? {
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssXXXXX"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    static func rfc822(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}
