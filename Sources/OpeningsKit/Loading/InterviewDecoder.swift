import Foundation

/// `Content/interview/<name>.md` → `InterviewProcess`.
enum InterviewDecoder {
    static func decode(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> InterviewProcess? {
        guard let document = MarkdownDocument.read(file, diagnostics: &diagnostics),
              var reader = MappingReader(document.frontMatter, subject: "interview front matter", file: file, diagnostics: &diagnostics)
        else { return nil }
        defer { diagnostics += reader.diagnostics }
        let name = ((file.relativePath as NSString).lastPathComponent as NSString).deletingPathExtension
        let title = reader.string("title", required: true)
        let departments = reader.stringList("departments") ?? []
        var stages: [InterviewProcess.Stage] = []
        if let node = reader.value("stages", required: true) {
            if case .sequence(let items) = node.kind {
                for item in items {
                    guard var stage = MappingReader(item, subject: "interview stage", file: file, diagnostics: &reader.diagnostics) else { continue }
                    stage.recognise(FieldAliases.interviewStage, known: ["name", "duration", "format", "assesses"])
                    let stageName = stage.string("name", required: true)
                    let duration = stage.string("duration")
                    let format = stage.string("format")
                    let assesses = stage.stringList("assesses") ?? []
                    stage.reportUnknownKeys()
                    reader.diagnostics += stage.diagnostics
                    if let stageName { stages.append(.init(name: stageName, duration: duration, format: format, assesses: assesses)) }
                }
                if items.isEmpty { reader.error(node, "`stages` is empty", hint: "list at least one stage") }
            } else {
                reader.error(node, "`stages` must be a list of stages with `name`, `duration`, `format` and `assesses`")
            }
        }
        reader.reportUnknownKeys()
        guard let title else { return nil }
        return InterviewProcess(file: file, name: name, title: title, departments: departments, stages: stages,
                                body: document.body, bodyFirstLine: document.bodyFirstLine, keyLocations: reader.keyLocations)
    }
}
