/// The compliance report as Markdown (to read or paste into a ticket), JSON (for
/// tools) and CSV (for a spreadsheet). Every value from a posting is escaped for its
/// format: Markdown punctuation and HTML, CSV quoting and spreadsheet formulas.
extension ComplianceReport {
    static let disclaimer = "This report summarises the laws in Openings' table (Data/pay-transparency.yml) for authoring-time review. It is not legal advice: confirm with counsel."

    public func markdown() -> String {
        var out = "# Pay-transparency report: \(ReportMarkdown.text(siteTitle))\n\n"
        out += "As of \(asOf). \(postings.count) posting\(postings.count == 1 ? "" : "s")"
        out += employees.map { "; employer headcount \($0) (site.yml `employees`)" } ?? "; employer headcount not set, so every headcount threshold is taken as met"
        out += ".\(mode == .off ? " `pay_transparency: off`: no law is applied." : "")\n\n\(Self.disclaimer)\n\n"
        if !leftOut.isEmpty {
            out += "**\(leftOut.count) posting file\(leftOut.count == 1 ? " has errors that keep it" : "s have errors that keep them") out of the site and out of this report**; `openings check` says what to fix:\n\n"
            out += leftOut.map { "- `\($0.replacingAll("`", with: "'"))`\n" }.joined() + "\n"
        }

        out += "## By jurisdiction\n\n"
        let totals = totals
        if totals.isEmpty {
            out += "No law in the table binds any posting on \(asOf).\n\n"
        } else {
            out += "| Jurisdiction | Code | Postings | Pass | Review | Fail |\n| --- | --- | ---: | ---: | ---: | ---: |\n"
            for total in totals {
                out += "| \(ReportMarkdown.text(total.name)) | \(total.code) | \(total.postings) | \(total.pass) | \(total.review) | \(total.fail) |\n"
            }
            out += "\n"
        }

        let coming = comingLaws
        out += "## Coming next\n\nLaws that cover these postings' places but do not bind them on \(asOf): enacted ones bind from their date; pending ones never produce findings until enacted.\n\n"
        if coming.isEmpty {
            out += "None.\n\n"
        } else {
            out += "| Jurisdiction | Status | From | Postings | What a posting must show | Source |\n| --- | --- | --- | ---: | --- | --- |\n"
            for (law, count) in coming {
                out += "| \(ReportMarkdown.text(law.name)) (\(law.code)) | \(law.status.label) | \(law.from?.description ?? "not set") | \(count) | \(ReportMarkdown.text(law.shows)) | \(ReportMarkdown.link(law.citation, law.source)) |\n"
            }
            out += "\n"
        }

        out += "## By posting\n\n"
        for posting in postings {
            var marks: [String] = []
            if posting.draft { marks.append("draft") }
            if posting.closed { marks.append("closed") }
            out += "### \(ReportMarkdown.text(posting.title)) (\(ReportMarkdown.text(posting.id)))\(marks.isEmpty ? "" : " — \(marks.joined(separator: ", "))")\n\n"
            out += "`\(posting.path.replacingAll("`", with: "'"))` · \(posting.places.isEmpty ? "no place" : ReportMarkdown.text(posting.places)) · **\(posting.outcome.rawValue)**\n\n"
            if posting.laws.isEmpty {
                out += "No law in the table binds this posting on \(asOf).\n\n"
            } else {
                out += "| Law | Why it applies | Requires | Result | Citation |\n| --- | --- | --- | --- | --- |\n"
                for law in posting.laws {
                    var result = law.outcome.rawValue
                    if !law.gaps.isEmpty { result += ": " + law.gaps.joined(separator: "; ") }
                    if let date = law.enforcedFrom { result += " (enforced from \(date))" }
                    out += "| \(ReportMarkdown.text(law.name)) | \(ReportMarkdown.text(law.because)) | \(ReportMarkdown.text(law.requires.joined(separator: ", "))) | \(ReportMarkdown.text(result)) | \(ReportMarkdown.link(law.citation, law.source)) |\n"
                }
                out += "\n"
            }
            if !posting.upcoming.isEmpty {
                out += "Coming: " + posting.upcoming.map { "\(ReportMarkdown.text($0.name)) (\($0.status.label)\($0.from.map { ", from \($0)" } ?? ""))" }.joined(separator: "; ") + ".\n\n"
            }
        }
        return out
    }

    /// Per upcoming law, how many postings it covers, in table order of first sight.
    var comingLaws: [(Upcoming, Int)] {
        var order: [String] = []
        var seen: [String: (Upcoming, Int)] = [:]
        for posting in postings {
            for law in posting.upcoming {
                let key = "\(law.code) \(law.from?.description ?? "")"
                if let entry = seen[key] { seen[key] = (entry.0, entry.1 + 1) } else { order.append(key); seen[key] = (law, 1) }
            }
        }
        return order.map { seen[$0]! }.sorted { ($0.0.from?.description ?? "9999") < ($1.0.from?.description ?? "9999") }
    }

    public func json() -> String {
        func law(_ law: LawResult) -> JSONValue {
            .object(["code": .string(law.code), "name": .string(law.name), "because": .string(law.because),
                     "requires": .array(law.requires.map { .string($0) }), "outcome": .string(law.outcome.rawValue),
                     "gaps": .array(law.gaps.map { .string($0) }), "enforcedFrom": JSONValue.string(law.enforcedFrom?.description),
                     "citation": .string(law.citation), "source": .string(law.source)])
        }
        func upcoming(_ law: Upcoming) -> JSONValue {
            .object(["code": .string(law.code), "name": .string(law.name), "status": .string(law.status.rawValue),
                     "from": JSONValue.string(law.from?.description), "because": .string(law.because), "shows": .string(law.shows),
                     "citation": .string(law.citation), "source": .string(law.source)])
        }
        let document: JSONValue = .object([
            "site": .string(siteTitle), "asOf": .string(asOf.description),
            "employees": employees.map { .number(Double($0)) } ?? .null, "payTransparency": .string(mode.rawValue),
            "notice": .string(Self.disclaimer), "leftOut": .array(leftOut.map { .string($0) }),
            "totals": .array(totals.map { total in
                .object(["code": .string(total.code), "name": .string(total.name), "postings": .number(Double(total.postings)),
                         "pass": .number(Double(total.pass)), "review": .number(Double(total.review)), "fail": .number(Double(total.fail))])
            }),
            "postings": .array(postings.map { posting in
                .object(["path": .string(posting.path), "id": .string(posting.id), "title": .string(posting.title),
                         "places": .string(posting.places), "draft": .bool(posting.draft), "closed": .bool(posting.closed),
                         "outcome": .string(posting.outcome.rawValue), "laws": .array(posting.laws.map(law)),
                         "upcoming": .array(posting.upcoming.map(upcoming))])
            }),
        ])
        return document.serialized(pretty: true)
    }

    /// One row per posting and law, upcoming laws included (their result is empty); a
    /// posting no law covers has one row with no law, so every posting is listed.
    public func csv() -> String {
        var rows = [["as_of", "path", "id", "title", "places", "draft", "closed", "code", "jurisdiction", "status", "from",
                     "why", "requires", "result", "gaps", "citation", "source"]]
        for posting in postings {
            let head = [asOf.description, posting.path, posting.id, posting.title, posting.places,
                        posting.draft ? "yes" : "no", posting.closed ? "yes" : "no"]
            for law in posting.laws {
                rows.append(head + [law.code, law.name, "binding", "", law.because, law.requires.joined(separator: "; "),
                                    law.outcome.rawValue, law.gaps.joined(separator: "; "), law.citation, law.source])
            }
            for law in posting.upcoming {
                rows.append(head + [law.code, law.name, law.status.rawValue, law.from?.description ?? "", law.because, law.shows,
                                    "", "", law.citation, law.source])
            }
            if posting.laws.isEmpty && posting.upcoming.isEmpty {
                rows.append(head + ["", "", "none", "", "", "", ComplianceReport.Outcome.pass.rawValue, "", "", ""])
            }
        }
        for path in leftOut {
            rows.append([asOf.description, path, "", "", "", "", "", "", "", "", "", "", "", "unreadable", "the file has errors: see openings check", "", ""])
        }
        return CSV.document(rows)
    }
}

extension PayTransparencyLaw.Status {
    var label: String {
        switch self {
        case .inForce: return "in force"
        case .enacted: return "enacted"
        case .pending: return "pending"
        }
    }
}

/// Text from postings and the table inside generated Markdown: no markup, no HTML.
enum ReportMarkdown {
    /// The importers' Markdown escaping (`HTMLToMarkdown.escape`), plus what a table
    /// row or a one-line heading cannot hold: `|` and line breaks.
    static func text(_ value: String) -> String {
        HTMLToMarkdown.escape(value).replacingAll("|", with: "\\|").replacingAll("\r\n", with: " ")
            .replacingAll("\n", with: " ").replacingAll("\r", with: " ")
    }

    /// `[citation](https://…)`; the address only when it is https (the table's rule).
    static func link(_ label: String, _ url: String) -> String {
        guard url.hasPrefix("https://"), !url.contains(where: { $0 == " " || $0 == ")" || $0 == "(" || $0 == "<" || $0 == ">" }) else { return text(label) }
        return "[\(text(label))](\(url))"
    }
}

/// RFC 4180 CSV, with cells a spreadsheet would run as a formula made plain text.
enum CSV {
    static func document(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ value: String) -> String {
        var value = value
        // OWASP "CSV injection": `=`, `+`, `-`, `@`, tab or CR first make a formula.
        if let first = value.first, "=+-@\t\r".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
    }
}
