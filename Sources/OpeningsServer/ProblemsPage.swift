import OpeningsKit

/// The page every path gets while no build has succeeded, so there is no site to
/// show: the problems, escaped, each with its place and how to fix it. The live-reload
/// script keeps the list current and loads the site once a build succeeds.
enum ProblemsPage {
    static func html(_ problems: [LiveReload.Problem]) -> String {
        func escape(_ text: String) -> String { Escaping.html(text) }
        var items = ""
        for problem in problems {
            items += "<li>"
            if let location = problem.location { items += "<code>\(escape(location))</code> " }
            items += "<strong>\(escape(problem.severity))</strong>: \(escape(problem.message))"
            if let hint = problem.hint { items += "<div class=\"hint\">\(escape(hint))</div>" }
            items += "</li>\n"
        }
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>The site could not be built</title>
            <style>
            body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; }
            main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
            h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
            ol { padding-left: 1.5rem; }
            li { margin: 0 0 1rem; white-space: pre-wrap; }
            code { font: .9em ui-monospace, monospace; background: #f2f2f2; padding: .1em .3em; border-radius: 3px; }
            .hint { opacity: .8; }
            @media (prefers-color-scheme: dark) { body { color: #eee; background: #161616; } code { background: #2a2a2a; } }
            </style>
            </head>
            <body>
            <main>
            <h1>The site could not be built</h1>
            <p>No version of the site has been built yet, so there is nothing else to show.
            Fix the <span id="openings-count">\(count)</span> below; this page loads the site by itself once a build succeeds.</p>
            <ol id="openings-problems">
            \(items)</ol>
            </main>
            \(ClientScript.tag)</body>
            </html>

            """
    }
}
