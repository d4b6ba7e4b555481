import Foundation

/// `openings import greenhouse|lever|ashby SOURCE`: a hosted job board's public API
/// response as Openings postings, one per job, in the response's order. Each vendor's
/// documented response and its mapping live in `JobBoards/`; docs/import.md lists
/// what goes where and what is left out. Postings only: Ashby's unlisted jobs are
/// left out, as the company's own board leaves them out.
public enum JobBoardImporter {
    public enum Vendor: String, Sendable, CaseIterable { case greenhouse, lever, ashby }

    /// The postings in one saved (or fetched) API response; `source` names it in messages.
    /// Anything but the vendor's JSON (another vendor's, a saved web page, an error
    /// response) is one `Failure` saying what was expected.
    public static func read(_ data: Data, vendor: Vendor, source: String) throws -> [ImportedPosting] {
        let fail = { (what: String) in Failure("\(source): this is not \(expected(vendor)): \(what)") }
        let trimmed = data.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if trimmed.first == UInt8(ascii: "<") {
            throw fail("it is an HTML page (a saved web page?), not JSON; save the API address instead")
        }
        guard let json = try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) else {
            throw fail(trimmed.isEmpty ? "it is empty" : "it is not valid JSON")
        }
        let kinds = recognise(json)
        guard let kind = kinds.first(where: { $0.vendor == vendor }) else {
            if let other = kinds.first {
                throw fail("it looks like \(name(other.vendor)); import it with `openings import \(other.vendor.rawValue) \(source)`")
            }
            throw fail(describe(json))
        }
        do {
            switch vendor {
            case .greenhouse:
                let jobs = try GreenhouseBoard.decode(data, single: kind.single)
                // Without `?content=true` the list has no descriptions at all.
                if !jobs.isEmpty, jobs.allSatisfy({ $0.content == nil }) {
                    throw Failure("\(source): the Greenhouse jobs have no descriptions; save "
                        + "https://boards-api.greenhouse.io/v1/boards/BOARD/jobs?content=true (with `?content=true`)")
                }
                return jobs.map(GreenhouseBoard.posting)
            case .lever:
                return try LeverPostings.decode(data, single: kind.single).map(LeverPostings.posting)
            case .ashby:
                let jobs = try AshbyJobBoard.decode(data)
                var postings = jobs.map(AshbyJobBoard.posting)
                if jobs.allSatisfy({ $0.compensation == nil }) {
                    for index in postings.indices {
                        postings[index].notes.append("the response has no `compensation`: if the board shows pay, "
                            + "save it with `?includeCompensation=true`")
                    }
                }
                return postings
            }
        } catch let error as DecodingError {
            throw fail(explain(error, snakeCase: vendor == .greenhouse))
        }
    }

    static func expected(_ vendor: Vendor) -> String {
        switch vendor {
        case .greenhouse: GreenhouseBoard.expected
        case .lever: LeverPostings.expected
        case .ashby: AshbyJobBoard.expected
        }
    }

    static func name(_ vendor: Vendor) -> String {
        switch vendor {
        case .greenhouse: "Greenhouse's job board JSON"
        case .lever: "Lever's postings JSON"
        case .ashby: "Ashby's job board JSON"
        }
    }

    /// Which vendors' responses `json` has the shape of, by the keys each documents:
    /// Greenhouse's `absolute_url`, Lever's `text` with `hostedUrl` or `categories`,
    /// Ashby's `jobUrl` and `descriptionHtml`. `{"jobs": []}` fits two.
    static func recognise(_ json: Any) -> [(vendor: Vendor, single: Bool)] {
        func isGreenhouse(_ job: [String: Any]) -> Bool { job["absolute_url"] != nil || job["internal_job_id"] != nil }
        func isLever(_ posting: [String: Any]) -> Bool {
            posting["text"] != nil && (posting["hostedUrl"] != nil || posting["categories"] != nil)
        }
        func isAshby(_ job: [String: Any]) -> Bool {
            job["jobUrl"] != nil || job["descriptionHtml"] != nil || job["isListed"] != nil
        }
        if let list = json as? [Any] {
            let postings = list.compactMap { $0 as? [String: Any] }
            return postings.count == list.count && (postings.isEmpty || isLever(postings[0])) ? [(.lever, false)] : []
        }
        guard let object = json as? [String: Any] else { return [] }
        if let jobs = object["jobs"] as? [Any] {
            let items = jobs.compactMap { $0 as? [String: Any] }
            guard items.count == jobs.count else { return [] }
            guard let first = items.first else {
                if object["meta"] != nil { return [(.greenhouse, false)] }
                if object["apiVersion"] != nil { return [(.ashby, false)] }
                return [(.greenhouse, false), (.ashby, false)]
            }
            if isGreenhouse(first) { return [(.greenhouse, false)] }
            if isAshby(first) { return [(.ashby, false)] }
            return []
        }
        if isGreenhouse(object), object["id"] != nil { return [(.greenhouse, true)] }
        if isLever(object), object["id"] != nil { return [(.lever, true)] }
        return []
    }

    /// What the JSON is instead, in a few words.
    static func describe(_ json: Any) -> String {
        if let object = json as? [String: Any] {
            for key in ["error", "message"] {
                if let text = object[key] as? String { return "it is an error response (`\(text)`)" }
            }
            let keys = object.keys.sorted().prefix(6).map { "`\($0)`" }
            return keys.isEmpty ? "it is an empty JSON object" : "it is a JSON object with \(keys.joined(separator: ", "))"
        }
        if json is [Any] { return "it is a JSON array of something else" }
        return "it is a single JSON value"
    }

    /// A decoding error as the place in the response and what was wrong there, with
    /// the keys as the response writes them (Greenhouse's `pay_input_ranges`, which the
    /// decoder knows as `payInputRanges`).
    static func explain(_ error: DecodingError, snakeCase: Bool) -> String {
        func written(_ key: String) -> String {
            guard snakeCase else { return key }
            var result = ""
            for character in key {
                if character.isUppercase { result += "_" + character.lowercased() } else { result.append(character) }
            }
            return result
        }
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + written(key.stringValue) }
            }
            return text.isEmpty ? "the response" : "`\(text)`"
        }
        func kind(_ type: Any.Type) -> String {
            if type == String.self { return "text" }
            if type == Bool.self { return "true or false" }
            if type == Double.self || type == Int.self || type == Int64.self { return "a number" }
            return "\(type)".hasPrefix("Array") ? "a list" : "an object"
        }
        switch error {
        case .typeMismatch(let type, let context): return "\(path(context.codingPath)) is not \(kind(type))"
        case .valueNotFound(let type, let context): return "\(path(context.codingPath)) is null where \(kind(type)) was expected"
        case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])) is missing"
        case .dataCorrupted(let context): return "\(path(context.codingPath)) cannot be read"
        @unknown default: return "it cannot be read"
        }
    }
}
