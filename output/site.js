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