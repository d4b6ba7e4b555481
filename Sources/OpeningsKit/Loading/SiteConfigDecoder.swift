/// `Content/site.yml` → `SiteConfig`.
enum SiteConfigDecoder {
    static func decode(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let root: YAMLNode
        switch YAMLReader.parse(file.text, firstLine: 1, file: file) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let node):
            root = node ?? YAMLNode(kind: .mapping([]), line: 1, column: 1)
        }
        guard var reader = MappingReader(root, subject: "site.yml", file: file, diagnostics: &diagnostics) else { return nil }
        defer { diagnostics += reader.diagnostics }

        let title = reader.string("title", required: true)
        var baseURL: BaseURL?
        if let node = reader.value("base_url", required: true), let text = reader.text(node, key: "base_url") {
            baseURL = BaseURL(text)
            if baseURL == nil {
                reader.error(node, "`base_url` `\(text)` is not an absolute http(s) address",
                             hint: "write it like https://careers.example.com/")
            }
        }
        var language = "en-US"
        if let node = reader.value("language"), let text = reader.text(node, key: "language") {
            if isLanguageTag(text) { language = text } else {
                reader.error(node, "`language` `\(text)` is not a BCP 47 language tag", hint: "e.g. en-US, de-DE, fr")
            }
        }
        var theme = "default"
        if let node = reader.value("theme"), let text = reader.text(node, key: "theme") {
            if Slug.isValid(text) || text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_".contains($0)) }) {
                theme = text
            } else {
                reader.error(node, "`theme` `\(text)` is not a theme folder name", hint: "name a folder in Themes/")
            }
        }
        var organization = SiteConfig.Organization(name: title ?? "", url: nil, logo: nil)
        if let node = reader.value("organization"),
           var org = MappingReader(node, subject: "organization", file: file, diagnostics: &reader.diagnostics) {
            if let name = org.string("name", required: true) { organization.name = name }
            if let urlNode = org.value("url"), let url = org.text(urlNode, key: "url") {
                if let problem = URLPolicy.problem(with: url) { org.error(urlNode, "`url` \(problem)") } else { organization.url = url }
            }
            if let logoNode = org.value("logo"), let logo = org.text(logoNode, key: "logo") {
                if let problem = URLPolicy.problem(with: logo, relativeAllowed: true) { org.error(logoNode, "`logo` \(problem)") } else { organization.logo = logo }
            }
            org.reportUnknownKeys()
            reader.diagnostics += org.diagnostics
        }
        var applyURL: String?
        if let node = reader.value("apply_url"), let url = reader.text(node, key: "apply_url") {
            if let problem = URLPolicy.problem(with: url) {
                reader.error(node, "`apply_url` \(problem)", hint: "use an https:// or mailto: address; {id} and {slug} expand")
            } else { applyURL = url }
        }
        let payTransparency = reader.choice("pay_transparency", SiteConfig.PayTransparency.self) ?? .jurisdiction
        let interviewRequired = reader.bool("interview_required") ?? false
        var unsafeHTML = false
        if let node = reader.value("markdown"),
           var markdown = MappingReader(node, subject: "markdown", file: file, diagnostics: &reader.diagnostics) {
            unsafeHTML = markdown.bool("unsafe_html") ?? false
            markdown.reportUnknownKeys()
            reader.diagnostics += markdown.diagnostics
        }
        var employees: Int?
        if let node = reader.value("employees"), let number = reader.number(node, key: "employees") {
            if number < 0 || number != number.rounded() { reader.error(node, "`employees` must be a whole number") }
            else { employees = Int(number) }
        }
        let description = reader.string("description")
        reader.reportUnknownKeys()

        guard let title, let baseURL else { return nil }
        return SiteConfig(title: title, description: description, baseURL: baseURL, language: language, theme: theme,
                          organization: organization, applyURL: applyURL, payTransparency: payTransparency,
                          interviewRequired: interviewRequired, unsafeHTML: unsafeHTML, employees: employees,
                          file: file, keyLocations: reader.keyLocations)
    }

    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
