/// Values on hover and focus, appended to site.js. Every chart element that carries a `<title>`
/// (a line chart's hover columns, a bar, a heatmap cell) is a value target. Without this script
/// the browser shows those titles as tooltips on hover; with it, the value is printed in a
/// readout under the chart, the chart takes keyboard focus, and the arrow keys (Home, End)
/// step through the values. The titles move to `data-value` so the two do not show at once.
/// A live cell's figures are left alone: its own script rewrites their titles as the reader edits.
enum ChartScript {
    static let javascript = #"""
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".figure-graphic > svg.svgplot"), function (svg) {
      if (svg.closest(".live-cell")) return;
      var targets = [];
      Array.prototype.forEach.call(svg.querySelectorAll("title"), function (title) {
        var target = title.parentNode;
        if (target === svg) return;
        target.setAttribute("data-value", title.textContent);
        target.removeChild(title);
        targets.push(target);
      });
      if (targets.length === 0) return;
      var readout = document.createElement("p");
      readout.className = "chart-readout";
      readout.setAttribute("aria-live", "polite");
      svg.parentNode.appendChild(readout);
      svg.setAttribute("tabindex", "0");
      svg.setAttribute("aria-keyshortcuts", "ArrowLeft ArrowRight Home End");
      var current = -1;
      function show(k) {
        if (current >= 0) targets[current].classList.remove("is-current");
        current = k;
        if (k < 0) { readout.textContent = ""; return; }
        targets[k].classList.add("is-current");
        readout.textContent = targets[k].getAttribute("data-value");
      }
      svg.addEventListener("pointerover", function (e) {
        var k = targets.indexOf(e.target);
        if (k >= 0) show(k);
      });
      svg.addEventListener("pointerleave", function () { if (document.activeElement !== svg) show(-1); });
      svg.addEventListener("focus", function () { if (current < 0) show(0); });
      svg.addEventListener("blur", function () { show(-1); });
      svg.addEventListener("keydown", function (e) {
        var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
        if (e.key === "Home") show(0);
        else if (e.key === "End") show(targets.length - 1);
        else if (step) show(Math.min(targets.length - 1, Math.max(0, current + step)));
        else return;
        e.preventDefault();
      });
    });
  });
})();
"""#
}
