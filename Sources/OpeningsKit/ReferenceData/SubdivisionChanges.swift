/// ISO 3166-2 codes withdrawn and replaced (`Data/subdivision-changes.yml`): Warsaw's
/// `PL-MZ` became `PL-14` in 2018. Old codes are still common in content, and the
/// place they name is not in doubt, so they are read as the current code with a warning.
enum SubdivisionChanges {
    struct Change: Sendable {
        var current: String
        /// When ISO made the change, as written in the table (`2018-11-26`).
        var changed: String
    }

    /// `PL-MZ` → `14`, changed 2018-11-26.
    static let table: [String: Change] = {
        var diagnostics: [Diagnostic] = []
        let file = SourceFile(relativePath: "Data/subdivision-changes.yml", displayPath: "Data/subdivision-changes.yml",
                              text: EmbeddedData.subdivisionChanges)
        guard case .success(let root?) = YAMLReader.parse(file.text, firstLine: 1, file: file),
              case .mapping(let countries) = root.kind else { return [:] }
        var table: [String: Change] = [:]
        for (countryNode, entry) in countries {
            guard let country = countryNode.scalar, var reader = MappingReader(entry, subject: "change", file: file, diagnostics: &diagnostics),
                  let changed = reader.string("changed"), let codes = reader.value("codes"), case .mapping(let pairs) = codes.kind
            else { continue }
            for (old, new) in pairs {
                if let old = old.scalar, let new = new.scalar { table["\(country)-\(old)"] = Change(current: new, changed: changed) }
            }
        }
        return table
    }()

    /// The change for `code` (without prefix) in `country`, if it is a withdrawn code.
    static func change(country: String, code: String) -> Change? {
        table["\(country)-\(code)"]
    }
}
