/// The site's only script, and nothing depends on it: pages are complete without it. It adds a
/// light/dark switch that remembers the reader's choice, and previous / next / play buttons to
/// the cell steppers (which work without it through their radio buttons).
package enum SiteScript {
    package static let javascript = #"""
(function () {
  "use strict";
  var root = document.documentElement;
  var stored = null;
  try { stored = localStorage.getItem("lstmbook-theme"); } catch (e) {}
  if (stored === "light" || stored === "dark") root.setAttribute("data-theme", stored);

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector(".theme-switch");
    if (!button) return;
    function current() {
      var pinned = root.getAttribute("data-theme");
      if (pinned) return pinned;
      return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    }
    // The page's own language, as the rest of the page: Chinese pages say it in Chinese.
    var zh = (root.getAttribute("lang") || "").indexOf("zh") === 0;
    var words = zh
      ? { dark: "深色主题", light: "浅色主题", to: function (t) { return "切换到" + (t === "dark" ? "深色" : "浅色") + "主题"; } }
      : { dark: "Dark theme", light: "Light theme", to: function (t) { return "Switch to the " + t + " theme"; } };
    function label() {
      var next = current() === "dark" ? "light" : "dark";
      button.textContent = words[next];
      button.setAttribute("aria-label", words.to(next));
    }
    button.hidden = false;
    label();
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("lstmbook-theme", next); } catch (e) {}
      label();
    });
  });

  document.addEventListener("DOMContentLoaded", function () {
    var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var say = (root.getAttribute("lang") || "").indexOf("zh") === 0
      ? { previous: "上一步", next: "下一步", play: "播放", pause: "暂停", playLabel: "依次播放各个时间步" }
      : { previous: "Previous step", next: "Next step", play: "Play", pause: "Pause", playLabel: "Play the steps in turn" };
    Array.prototype.forEach.call(document.querySelectorAll(".cell-stepper"), function (stepper) {
      var radios = stepper.querySelectorAll(".cs-radio");
      if (radios.length < 2) return;
      var timer = null;
      function index() {
        for (var k = 0; k < radios.length; k++) if (radios[k].checked) return k;
        return 0;
      }
      function go(k) {
        radios[(k + radios.length) % radios.length].checked = true;
      }
      function stop() {
        if (timer !== null) { clearInterval(timer); timer = null; play.textContent = say.play; play.setAttribute("aria-pressed", "false"); }
      }
      function make(text, label, action) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "cs-step-button";
        b.textContent = text;
        b.setAttribute("aria-label", label);
        b.addEventListener("click", action);
        // Appended, not inserted among the tabs: the stylesheet shows a panel by the rule
        // ":checked + .cs-tab + .cs-panel", which any element between tab and panel breaks.
        // Flex order still draws the buttons in the tab row, before the panels (order: 1).
        stepper.appendChild(b);
        return b;
      }
      make("◀", say.previous, function () { stop(); go(index() - 1); });
      make("▶", say.next, function () { stop(); go(index() + 1); });
      var play = make(say.play, say.playLabel, function () {
        if (timer !== null) { stop(); return; }
        play.textContent = say.pause;
        play.setAttribute("aria-pressed", "true");
        timer = setInterval(function () { go(index() + 1); }, still ? 2500 : 1600);
      });
      play.setAttribute("aria-pressed", "false");
      Array.prototype.forEach.call(radios, function (r) { r.addEventListener("change", function (e) { if (e.isTrusted) stop(); }); });
    });
  });
})();
"""#
}
