/// `job.interview`: a How We Interview process (docs/themes.md, "job.interview").
enum InterviewContext {
    static func make(_ process: InterviewProcess, bodyHTML: String?) -> [String: Any] {
        var interview: [String: Any] = ["title": process.title, "name": process.name]
        interview["stages"] = process.stages.enumerated().map { index, stage -> [String: Any] in
            var s: [String: Any] = ["number": index + 1, "name": stage.name]
            s.setText("duration", stage.duration)
            s.setText("format", stage.format)
            if !stage.assesses.isEmpty { s["assesses"] = stage.assesses; s["assessesText"] = stage.assesses.joined(separator: ", ") }
            return s
        }
        if let html = bodyHTML, !html.isEmpty { interview["bodyHTML"] = html }
        return interview
    }

    /// The theme's `job-interview` partial rendered once per process, by process name:
    /// every job of a department shares it, so pages paste it instead of rendering it again.
    /// `contexts` are each process's `make`, by name; `render` is given the context
    /// without `site` and `t`, which it adds.
    static func sections(_ content: RenderedContent, contexts: [String: Any], render: ([String: Any]) -> String) -> [String: String] {
        guard content.site.theme.library.getTemplate(named: "job-interview") != nil else { return [:] }
        var sections: [String: String] = [:]
        for (name, interview) in contexts {
            let context: [String: Any] = ["job": ["interview": interview, "hasInterview": true]]
            sections[name] = render(context)
        }
        return sections
    }
}
