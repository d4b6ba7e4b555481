/// The script the preview server adds to every page: reload on a successful build,
/// the problems of a failed one — in an overlay over the last good page, or, on the
/// page served while no build has succeeded yet (`ProblemsPage`), in place of its list.
enum ClientScript {
    static let path = "/_openings/live.js"
    static let eventsPath = "/_openings/events"

    static let tag = "<script src=\"\(path)\" defer></script>\n"

    static let source = #"""
    (function () {
      "use strict";
      var overlay = null;
      function hide() { if (overlay) { overlay.remove(); overlay = null; } }
      function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
      // One finding as the problems page lists it: location, severity, message, hint; text only, never HTML.
      function item(problem) {
        var li = document.createElement("li");
        li.style.cssText = "margin:0 0 12px;white-space:pre-wrap";
        if (problem.location) {
          var code = document.createElement("code");
          code.textContent = problem.location;
          li.appendChild(code);
          li.appendChild(document.createTextNode(" "));
        }
        var severity = document.createElement("strong");
        severity.textContent = problem.severity;
        li.appendChild(severity);
        li.appendChild(document.createTextNode(": " + problem.message));
        if (problem.hint) {
          var hint = document.createElement("div");
          hint.textContent = problem.hint;
          hint.style.cssText = "opacity:.8";
          li.appendChild(hint);
        }
        return li;
      }
      function fill(list, problems) {
        while (list.firstChild) { list.removeChild(list.firstChild); }
        problems.forEach(function (problem) { list.appendChild(item(problem)); });
      }
      function show(state) {
        var problems = state.problems || [];
        // The problems page (no build has succeeded yet): update its list, no overlay.
        var page = document.getElementById("openings-problems");
        if (page) {
          fill(page, problems);
          var count = document.getElementById("openings-count");
          if (count) { count.textContent = plural(problems.length, "problem"); }
          return;
        }
        hide();
        overlay = document.createElement("div");
        overlay.setAttribute("role", "alertdialog");
        overlay.setAttribute("aria-label", "The site has errors");
        overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);" +
          "color:#fff;font:14px/1.5 ui-monospace,monospace;padding:24px";
        var title = document.createElement("h2");
        title.textContent = "The site has " + plural(problems.length, "problem") + ". " + (state.hasSite
          ? "The last good version stays available; fix the files and this page reloads."
          : "No version of it has been built yet; fix the files and this page reloads.");
        title.style.cssText = "font:600 16px/1.4 system-ui,sans-serif;margin:0 0 16px";
        overlay.appendChild(title);
        var list = document.createElement("ol");
        fill(list, problems);
        overlay.appendChild(list);
        document.body.appendChild(overlay);
      }
      var source = new EventSource("/_openings/events");
      source.addEventListener("reload", function () { location.reload(); });
      source.addEventListener("problems", function (event) { show(JSON.parse(event.data)); });
    })();
    """#
}
