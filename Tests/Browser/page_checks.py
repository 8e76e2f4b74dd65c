#!/usr/bin/env python3
"""Loads every page of a built site in headless Chromium and checks what a reader sees.

For each page, with JavaScript on and off, light and dark, 1280 and 375 CSS px wide:
  - every figure, and every SVG in it that the page means to show, has non-zero size;
  - nothing sticks out past the right edge of the viewport, except inside an element made to
    scroll sideways (overflow-x: auto or scroll);
  - no text inside a figure renders smaller than 11 CSS px (SVG text at its scaled size), and
    none passes the edge of its SVG (which would cut it off);
  - the page requests nothing but files next to it (it must work opened from disk), and every
    link it has to the site (downloads, other lessons, their figures) names a file and an id that exist.
Prints one line per problem (page, mode, element, measured value) and exits 1 if there are any.

    Tests/Browser/page_checks.py [SITE_DIR]      (default: output/)
"""
import os
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402

MIN_TEXT_PX = 11
WIDTHS = (1280, 375)

# Runs in the page; returns a list of [element, problem] pairs. An element is named by a short
# CSS-like path (its figure's id first) and, for text, its words.
MEASURE = r"""
(() => {
  const minText = %(min_text)s;
  const problems = [];
  const vw = document.documentElement.clientWidth;
  function name(el) {
    const figure = el.closest("figure[id]");
    let label = el.tagName.toLowerCase();
    if (el.id) label += "#" + el.id;
    else if (el.classList && el.classList.length) label += "." + Array.from(el.classList).slice(0, 2).join(".");
    const text = (el.textContent || "").trim().replace(/\s+/g, " ").slice(0, 40);
    return (figure && figure !== el ? "#" + figure.id + " " : "") + label + (text && el.tagName !== "FIGURE" ? " \"" + text + "\"" : "");
  }
  function shown(el) {
    const style = getComputedStyle(el);
    return style.display !== "none" && style.visibility !== "hidden";
  }
  // A stepper panel is meant to be hidden unless its radio is checked (or there is no stylesheet).
  function meantToShow(el) {
    const panel = el.closest(".cs-panel");
    const radio = panel && document.getElementById(panel.id.replace(/-step-(\d+)$/, "-t$1"));
    return radio ? radio.checked : true;
  }
  for (const figure of document.querySelectorAll("figure")) {
    const box = figure.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) problems.push([name(figure), "figure is " + box.width.toFixed(1) + "×" + box.height.toFixed(1) + " px"]);
    for (const svg of figure.querySelectorAll("svg")) {
      if (svg.parentElement.closest("svg")) continue;
      if (!meantToShow(svg)) continue;
      const r = svg.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0) problems.push([name(svg), "SVG is " + r.width.toFixed(1) + "×" + r.height.toFixed(1) + " px"]);
    }
  }
  // An <svg> clips what it draws: text that passes its SVG's box on screen is cut off (a label
  // placed outside the viewBox), which the overflow check below cannot see.
  for (const svg of document.querySelectorAll("figure svg")) {
    if (svg.parentElement.closest("svg") || !meantToShow(svg)) continue;
    const box = svg.getBoundingClientRect();
    if (box.width <= 0) continue;
    for (const t of svg.querySelectorAll("text")) {
      const r = t.getBoundingClientRect();
      if (r.width <= 0 || !t.textContent.trim()) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        problems.push([name(t), "text is cut off by its SVG: " + r.left.toFixed(1) + "–" + r.right.toFixed(1) + " px in a box " +
                       box.left.toFixed(1) + "–" + box.right.toFixed(1) + " px"]);
      }
    }
  }
  function inScroller(el) {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === "auto" || o === "scroll") return true;
    }
    return false;
  }
  // Overflow: report the outermost elements whose right edge passes the viewport's.
  const wide = [];
  // An <svg> clips what it draws, so its box stands for everything inside it.
  for (const el of document.body.querySelectorAll("*:not(svg *)")) {
    if (!shown(el) || inScroller(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > vw + 0.5 && !wide.some(w => w.contains(el))) wide.push(el);
  }
  for (const el of wide) {
    problems.push([name(el), "overflows the page: right edge at " + el.getBoundingClientRect().right.toFixed(1) + " px of " + vw]);
  }
  const pageWidth = document.documentElement.scrollWidth;
  if (pageWidth > vw + 0.5 && !wide.length) problems.push(["html", "page scrolls sideways: " + pageWidth + " px wide in a " + vw + " px viewport"]);
  // Text inside figures: SVG text at its computed size times the SVG's scale on screen.
  for (const figure of document.querySelectorAll("figure")) {
    for (const t of figure.querySelectorAll("svg text")) {
      if (!t.textContent.trim() || !meantToShow(t) || !t.getScreenCTM()) continue;
      const r = t.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0) continue;
      const m = t.getScreenCTM();
      const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
      if (px < minText - 0.01) problems.push([name(t), "text renders at " + px.toFixed(1) + " px"]);
    }
    const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || el.closest("svg") || !shown(el)) continue;
      if (el.closest("script, style")) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < minText - 0.01 && el.getBoundingClientRect().width > 0) problems.push([name(el), "text renders at " + px.toFixed(1) + " px"]);
    }
  }
  return problems;
})()
""" % {"min_text": MIN_TEXT_PX}


def summarised(found):
    """One line per figure for its small texts (how many, the smallest and which), others as found."""
    small = {}
    out = []
    for element, problem in found:
        if problem.startswith("text renders at "):
            figure = element.split(" ", 1)[0] if element.startswith("#") else "(no figure id)"
            px = float(problem.split()[3])
            count, smallest, which = small.get(figure, (0, None, None))
            if smallest is None or px < smallest:
                smallest, which = px, element
            small[figure] = (count + 1, smallest, which)
        else:
            out.append((element, problem))
    for figure, (count, smallest, which) in small.items():
        out.append((which, f"{count} text{'s' if count > 1 else ''} in {figure} under {MIN_TEXT_PX} px, smallest {smallest:.1f} px"))
    return out


def broken_link(site, page, href):
    """What is wrong with a link of `page` that stays on the site, or None."""
    if href.startswith(("http:", "https:", "mailto:")):
        return None
    path, _, anchor = href.partition("#")
    target = os.path.join(site, urllib.parse.unquote(path)) if path else os.path.join(site, page)
    if not os.path.isfile(target):
        return "no such file"
    if anchor and target.endswith(".html"):
        with open(target, encoding="utf-8") as f:
            if f'id="{anchor}"' not in f.read():
                return f"{os.path.basename(target)} has no id {anchor}"
    return None


def check(site):
    pages = sorted(name for name in os.listdir(site) if name.endswith(".html"))
    if not pages:
        print(f"page checks: no pages in {site}/ (build the site first)")
        return 1
    problems = 0
    loads = 0
    with Browser() as browser:
        page = browser.new_page()
        for javascript in (True, False):
            for name in pages:
                # One load per page and script setting; colour scheme and width are media
                # features, re-evaluated live when the emulation changes.
                page.emulate(WIDTHS[0], javascript=javascript)
                url = "file://" + os.path.abspath(os.path.join(site, name))
                page.goto(url)
                loads += 1
                base = os.path.dirname(url) + "/"
                for request in page.requests:
                    if not request.startswith(base) and not request.startswith("data:"):
                        print(f"{name} | JS {'on' if javascript else 'off'} | request | fetches {request}")
                        problems += 1
                # Every link on the page to a file beside it (downloads, other lessons, their
                # figures) names a file that exists, and an id that the linked page has.
                if javascript:
                    for href in page.evaluate("Array.from(document.querySelectorAll('a[href]'), a => a.getAttribute('href'))"):
                        problem = broken_link(site, name, href)
                        if problem:
                            print(f"{name} | link | {href} | {problem}")
                            problems += 1
                for dark in (False, True):
                    for width in WIDTHS:
                        page.emulate(width, dark=dark, javascript=javascript)
                        mode = f"{width}px {'dark' if dark else 'light'} JS {'on' if javascript else 'off'}"
                        for element, problem in summarised(page.evaluate(MEASURE)):
                            print(f"{name} | {mode} | {element} | {problem}")
                            problems += 1
    print(f"page checks: {len(pages)} pages, {loads} loads, 8 modes each, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    started = time.time()
    status = check(sys.argv[1] if len(sys.argv) > 1 else "output")
    print(f"page checks: {time.time() - started:.1f} s")
    sys.exit(status)
