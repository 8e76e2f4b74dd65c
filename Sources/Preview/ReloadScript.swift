import Foundation

/// What the preview adds to every page it serves: a script that reloads the page when a new
/// build is published, and panels for problems the page itself may not show. Pages are
/// complete without the script; with JavaScript off the author reloads by hand.
enum ReloadScript {
    /// Answers with the current build's id as text. Under `/__lstmbook/`, a name no site file has.
    static let buildPath = "/__lstmbook/build"

    /// Asks for the build id every second and reloads when it differs from the one this page
    /// was served with; keeps the scroll position across the reload. Polling rather than a
    /// long-held request: browsers allow few connections per host, and tabs holding one each
    /// would stall page loads. A failed poll (the server restarting) just tries again.
    static func tag(buildID: String) -> String {
        """
        <script>
        (function () {
          "use strict";
          var build = "\(buildID)", key = "lstmbook-scroll:" + location.pathname;
          try {
            var y = sessionStorage.getItem(key);
            if (y !== null) {
              sessionStorage.removeItem(key);
              window.addEventListener("load", function () { window.scrollTo(0, Number(y)); });
            }
          } catch (e) {}
          function poll() {
            fetch("\(buildPath)", { cache: "no-store" })
              .then(function (response) { return response.ok ? response.text() : null; })
              .then(function (current) {
                if (current && current.trim() !== build) {
                  try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) {}
                  location.reload();
                } else {
                  setTimeout(poll, 1000);
                }
              }, function () { setTimeout(poll, 1000); });
          }
          setTimeout(poll, 1000);
        })();
        </script>

        """
    }

    /// The page with `panels` at the top of its main content (in line with the lesson, below
    /// the site's header) or else of its body, and the script at the end of the body.
    static func decorate(_ page: Data, panels: String, buildID: String) -> Data {
        var html = String(decoding: page, as: UTF8.self)
        if !panels.isEmpty, let open = html.range(of: "<main") ?? html.range(of: "<body"),
           let end = html[open.upperBound...].firstIndex(of: ">") {
            html.insert(contentsOf: "\n" + panels, at: html.index(after: end))
        }
        let script = tag(buildID: buildID)
        if let close = html.range(of: "</body>", options: .backwards) {
            html.insert(contentsOf: script, at: close.lowerBound)
        } else {
            html += script
        }
        return Data(html.utf8)
    }
}
