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
              case .mapping(let countries) = root.kind else { preconditionFailure("Data/subdivision-changes.yml is not a mapping") }
        var table: [String: Change] = [:]
        for (countryNode, entry) in countries {
            guard let country = countryNode.scalar, var reader = MappingReader(entry, subject: "change", file: file, diagnostics: &diagnostics)
            else { continue }
            let changed = reader.string("changed", required: true)
            _ = reader.string("source", required: true)
            _ = reader.date("reviewed", required: true)
            if let changed, let codes = reader.value("codes", required: true), case .mapping(let pairs) = codes.kind {
                for (old, new) in pairs {
                    if let old = old.scalar, let new = new.scalar { table["\(country)-\(old)"] = Change(current: new, changed: changed) }
                }
            }
            reader.reportUnknownKeys()
            diagnostics += reader.diagnostics
        }
        // The table is compiled in; a mistake in it is the build's, caught by the first test that reads it.
        precondition(diagnostics.isEmpty, "Data/subdivision-changes.yml: \(diagnostics.map(\.formatted))")
        return table
    }()

    /// The change for `code` (without prefix) in `country`, if it is a withdrawn code.
    static func change(country: String, code: String) -> Change? {
        table["\(country)-\(code)"]
    }
}
