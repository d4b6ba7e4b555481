/// `Content/bands.yml` → named salary bands.
enum BandsDecoder {
    /// - Parameter broken: gets the names of bands that had errors, or `wholeFile`.
    static func decode(_ file: SourceFile, broken: inout BrokenBands, diagnostics: inout [Diagnostic]) -> [String: SalaryBand] {
        let root: YAMLNode
        switch YAMLReader.parse(file.text, firstLine: 1, file: file) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            broken.wholeFile = true
            return [:]
        case .success(let node):
            guard let node else { return [:] }
            root = node
        }
        guard case .mapping(let entries) = root.kind else {
            diagnostics.append(Diagnostic(.error, at: file.location(line: root.line, column: root.column),
                "bands.yml must map band names to ranges", hint: "e.g. `people-l3: { min: 68000, max: 96000, currency: USD, period: year }`"))
            broken.wholeFile = true
            return [:]
        }
        var bands: [String: SalaryBand] = [:]
        for (key, value) in entries {
            let location = file.location(line: key.line, column: key.column)
            guard let name = key.scalar, !name.isEmpty else {
                diagnostics.append(Diagnostic(.error, at: location, "band names must be plain words"))
                continue
            }
            guard var reader = MappingReader(value, subject: "band `\(name)`", file: file, diagnostics: &diagnostics) else {
                broken.names.insert(name)
                continue
            }
            let range = JobDecoder.readRange(&reader)
            reader.reportUnknownKeys()
            diagnostics += reader.diagnostics
            if let range { bands[name] = SalaryBand(name: name, range: range, location: location) } else { broken.names.insert(name) }
        }
        return bands
    }
}
