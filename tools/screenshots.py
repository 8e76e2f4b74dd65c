#!/usr/bin/env python3
"""Screenshots of the built site at true widths: every page (or the pages named), 1280 and 375 CSS px,
light and dark, with JavaScript on (and off with --no-js too), into a folder.

A headless window given --window-size=375 is wider than 375 CSS px (Chromium keeps a minimum
window width), so the widths are set by device-metrics emulation, as Tests/Browser does.

    tools/screenshots.py output screenshots [--no-js] [PAGE.html ...]
"""
import argparse
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "Tests" / "Browser"))
from cdp import Browser  # noqa: E402

WIDTHS = {"desktop": 1280, "phone": 375}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site")
    parser.add_argument("out")
    parser.add_argument("pages", nargs="*", help="page file names (default: every page)")
    parser.add_argument("--no-js", action="store_true", help="also take each picture with JavaScript off")
    args = parser.parse_intermixed_args()
    site, out = pathlib.Path(args.site).resolve(), pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pages = [site / name for name in args.pages] or sorted(site.glob("*.html"))
    scripts = [True, False] if args.no_js else [True]
    with Browser() as browser:
        page = browser.new_page()
        for path in pages:
            for label, width in WIDTHS.items():
                for dark in (False, True):
                    for javascript in scripts:
                        page.emulate(width, dark=dark, javascript=javascript)
                        page.goto(path.as_uri())
                        shown = page.evaluate("document.documentElement.clientWidth")
                        if shown != width:
                            raise SystemExit(f"screenshots: {path.name} is {shown} px wide, not {width}")
                        suffix = ("-dark" if dark else "-light") + ("" if javascript else "-nojs")
                        page.screenshot(str(out / f"{path.stem}-{label}{suffix}.png"))
            print(f"screenshots: {out}/{path.stem}-{{desktop,phone}}-{{light,dark}}.png")


if __name__ == "__main__":
    main()
