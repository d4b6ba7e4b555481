/// The script the preview server adds to every page: reload on a successful build,
/// an overlay listing every finding when the content is broken.
enum ClientScript {
    static let path = "/_openings/live.js"
    static let eventsPath = "/_openings/events"

    static let tag = "<script src=\"\(path)\" defer></script>\n"

    static let source = #"""
    (function () {
      "use strict";
      var overlay = null;
      function hide() { if (overlay) { overlay.remove(); overlay = null; } }
      function show(lines) {
        hide();
        overlay = document.createElement("div");
        overlay.setAttribute("role", "alertdialog");
        overlay.setAttribute("aria-label", "The site has errors");
        overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);" +
          "color:#fff;font:14px/1.5 ui-monospace,monospace;padding:24px";
        var title = document.createElement("h2");
        title.textContent = "The site has " + lines.length + " problem" + (lines.length === 1 ? "" : "s") +
          ". The last good version stays available; fix the files and this page reloads.";
        title.style.cssText = "font:600 16px/1.4 system-ui,sans-serif;margin:0 0 16px";
        overlay.appendChild(title);
        var list = document.createElement("ol");
        lines.forEach(function (line) {
          var item = document.createElement("li");
          item.textContent = line;
          item.style.cssText = "margin:0 0 8px;white-space:pre-wrap";
          list.appendChild(item);
        });
        overlay.appendChild(list);
        document.body.appendChild(overlay);
      }
      var source = new EventSource("/_openings/events");
      source.addEventListener("reload", function () { location.reload(); });
      source.addEventListener("problems", function (event) { show(JSON.parse(event.data)); });
    })();
    """#
}
