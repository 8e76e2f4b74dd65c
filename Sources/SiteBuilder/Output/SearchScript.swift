/// The site's search, appended to site.js. The search box is `hidden` in the HTML and shown by
/// this script, so without JavaScript no dead control appears. The index (`search-index.js`) is
/// loaded on first use with a `<script>` element, which works from file:// where `fetch` does
/// not. Every term must occur in a section (substring match, so Chinese needs no word
/// splitting); headings count more than text. Results are links; text is set with
/// `textContent`, never as HTML.
enum SearchScript {
    static let javascript = #"""
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector(".site-search");
    if (!form) return;
    var input = form.querySelector("input");
    var list = form.querySelector(".search-results");
    var status = form.querySelector(".search-status");
    form.hidden = false;
    var requested = false;
    function load(then) {
      if (window.lstmbookSearchIndex) { then(); return; }
      if (!requested) {
        requested = true;
        var script = document.createElement("script");
        script.src = form.getAttribute("data-index");
        script.onload = function () { run(); };
        document.head.appendChild(script);
      }
    }
    function snippet(text, term) {
      var at = text.toLowerCase().indexOf(term);
      var start = Math.max(0, at - 60);
      var piece = (start > 0 ? "…" : "") + text.slice(start, at + term.length + 90) + (at + term.length + 90 < text.length ? "…" : "");
      return { text: piece, at: piece.toLowerCase().indexOf(term), length: term.length };
    }
    function run() {
      var query = input.value.trim().toLowerCase();
      list.textContent = "";
      if (!query) { status.textContent = ""; return; }
      if (!window.lstmbookSearchIndex) { load(run); return; }
      var terms = query.split(/\s+/);
      var hits = [];
      window.lstmbookSearchIndex.forEach(function (section) {
        var heading = (section.page + " " + section.heading).toLowerCase();
        var text = section.text.toLowerCase();
        var score = 0;
        for (var k = 0; k < terms.length; k++) {
          var inHeading = heading.indexOf(terms[k]) >= 0, inText = text.indexOf(terms[k]) >= 0;
          if (!inHeading && !inText) return;
          score += (inHeading ? 3 : 0) + (inText ? 1 : 0);
        }
        hits.push({ section: section, score: score });
      });
      hits.sort(function (a, b) { return b.score - a.score; });
      status.textContent = hits.length === 0 ? form.getAttribute("data-none")
        : hits.length === 1 ? form.getAttribute("data-one") : form.getAttribute("data-count").replace("{n}", String(hits.length));
      hits.slice(0, 12).forEach(function (hit) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = hit.section.href;
        var title = document.createElement("strong");
        title.textContent = hit.section.heading === hit.section.page ? hit.section.page : hit.section.page + " › " + hit.section.heading;
        link.appendChild(title);
        var cut = snippet(hit.section.text, terms[0]);
        if (cut.at >= 0) {
          var line = document.createElement("span");
          line.className = "search-snippet";
          line.appendChild(document.createTextNode(cut.text.slice(0, cut.at)));
          var mark = document.createElement("mark");
          mark.textContent = cut.text.slice(cut.at, cut.at + cut.length);
          line.appendChild(mark);
          line.appendChild(document.createTextNode(cut.text.slice(cut.at + cut.length)));
          link.appendChild(line);
        }
        item.appendChild(link);
        list.appendChild(item);
      });
    }
    input.addEventListener("focus", function () { load(function () {}); });
    input.addEventListener("input", run);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var first = list.querySelector("a");
      if (first) first.focus();
    });
    form.addEventListener("keydown", function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (e.key === "Escape") { input.value = ""; run(); input.focus(); }
      else if (e.key === "ArrowDown" && links.length) { e.preventDefault(); links[Math.min(at + 1, links.length - 1)].focus(); }
      else if (e.key === "ArrowUp" && at >= 0) { e.preventDefault(); if (at === 0) input.focus(); else links[at - 1].focus(); }
    });
  });
})();
"""#
}
