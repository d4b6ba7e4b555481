/// `job.interview`: a How We Interview process (docs/themes.md, "job.interview").
enum InterviewContext {
    static func make(_ process: InterviewProcess, bodyHTML: String?) -> [String: TemplateValue] {
        var interview: [String: TemplateValue] = ["title": .text(process.title), "name": .text(process.name)]
        interview["stages"] = .list(process.stages.enumerated().map { index, stage -> TemplateValue in
            var s: [String: TemplateValue] = ["number": .int(index + 1), "name": .text(stage.name)]
            s.setText("duration", stage.duration)
            s.setText("format", stage.format)
            if !stage.assesses.isEmpty {
                s["assesses"] = .list(stage.assesses.map { .text($0) })
                s["assessesText"] = .text(stage.assesses.joined(separator: ", "))
            }
            return .object(s)
        })
        if let html = bodyHTML, !html.isEmpty { interview["bodyHTML"] = .text(html) }
        return interview
    }

    /// The theme's `job-interview` partial rendered once per process, by process name:
    /// every job of a department shares it, so pages paste it instead of rendering it again.
    /// `contexts` are each process's `make`, by name; `render` is given the context
    /// without `site` and `t`, which it adds.
    static func sections(_ content: RenderedContent, contexts: [String: TemplateValue], render: ([String: Any]) -> String) -> [String: String] {
        guard content.site.theme.library.getTemplate(named: "job-interview") != nil else { return [:] }
        var sections: [String: String] = [:]
        for (name, interview) in contexts {
            let context: [String: Any] = ["job": TemplateValue.object(["interview": interview, "hasInterview": .bool(true)])]
            sections[name] = render(context)
        }
        return sections
    }
}
