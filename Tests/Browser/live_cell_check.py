#!/usr/bin/env python3
"""The live cells' script against the engine, in a real browser.

For every live cell on the built site's pages, the page's own script (window.lstmbookLive.trace)
runs the cell's embedded weights on the author's sequence and on random ones, with every
forget-gate bias the cell offers; `lstmbook trace --json` runs the same weights. Every gate's
pre-activation and activation, c and h must agree to 1e-12. Random cells of every kind (LSTM,
GRU in both forms, plain RNN; 1 to 5 units) go through the same script, so kinds no lesson uses
are covered too. Then the page itself: an edit typed into an input field must redraw the table
and the diagram with the engine's numbers, the URL fragment it leaves must restore the edit on
reload, and the slider must move from the keyboard. Word cells ({live-review}) read the review
as written, with "Amazing" made "Awful", and word salads; the verdict is compared too.

    Tests/Browser/live_cell_check.py [SITE_DIR] [LSTMBOOK]   (default: output/, .build/release/lstmbook)
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser  # noqa: E402

TOLERANCE = 1e-12
GATES = {"lstm": 4, "gru": 3, "gru_reset_before": 3, "rnn": 1}
TYPES = {"lstm": "lstm", "gru": "gru", "gru_reset_before": "gru", "rnn": "simple_rnn"}


def model_json(weights, bias=None, dense=None):
    """The cell as an lstmbook-model/1 file, with the page's Dense layer on top or a zero one
    (trace needs one)."""
    u, cell = weights["units"], weights["cell"]
    b = [row[:] for row in weights["b"]]
    if bias is not None:
        for j in range(u):
            b[0][u + j] = bias
    layer = {"type": TYPES[cell], "units": u, "input_dim": len(weights["W"]), "kernel": weights["W"], "recurrent_kernel": weights["U"],
             "bias": b if len(b) > 1 else b[0]}
    if cell.startswith("gru"):
        layer["reset_after"] = cell == "gru"
    kernel, bias_out, activation = ([[k] for k in dense[0]], [dense[1]], "sigmoid") if dense else ([[0.0]] * u, [0.0], "linear")
    top = {"type": "dense", "units": 1, "input_dim": u, "activation": activation, "kernel": kernel, "bias": bias_out}
    return {"format": "lstmbook-model/1", "layers": [layer, top]}


def engine_run(lstmbook, weights, xs, bias, folder, dense=None):
    """`lstmbook trace --json` on the cell: its steps and the model's output."""
    model = os.path.join(folder, "model.json")
    sequence = os.path.join(folder, "input.json")
    with open(model, "w") as f:
        json.dump(model_json(weights, bias, dense), f)
    with open(sequence, "w") as f:
        json.dump([x if isinstance(x, list) else [x] for x in xs], f)
    out = subprocess.run([lstmbook, "trace", "--model", model, "--input", "@" + sequence, "--json"],
                         capture_output=True, text=True, check=True)
    report = json.loads(out.stdout)
    return report["steps"], report["output"]


def engine_trace(lstmbook, weights, xs, bias, folder):
    return engine_run(lstmbook, weights, xs, bias, folder)[0]


def differences(engine, page):
    """The largest |engine − page| over every number, and where it is."""
    worst, where = 0.0, ""
    if len(engine) != len(page):
        return float("inf"), f"{len(engine)} steps from the engine, {len(page)} from the page"
    for t, (e, p) in enumerate(zip(engine, page), start=1):
        pairs = [("h", e["h"], p["h"])]
        if e.get("c") is not None or p.get("c") is not None:
            pairs.append(("c", e.get("c") or [], p.get("c") or []))
        for g in p["gates"]:
            engine_gate = e["gates"].get(g["name"], {})
            pairs.append((g["name"] + " pre", engine_gate.get("preactivation", []), g["preactivation"]))
            pairs.append((g["name"], engine_gate.get("activation", []), g["activation"]))
        if set(e["gates"]) != {g["name"] for g in p["gates"]}:
            return float("inf"), f"step {t}: gates {sorted(e['gates'])} from the engine, {[g['name'] for g in p['gates']]} from the page"
        for name, a, b in pairs:
            if len(a) != len(b):
                return float("inf"), f"step {t} {name}: {len(a)} units from the engine, {len(b)} from the page"
            for j, (x, y) in enumerate(zip(a, b)):
                if abs(x - y) > worst or x != x or y != y:
                    worst, where = abs(x - y) if x == x and y == y else float("inf"), f"step {t} {name} unit {j + 1}: {x!r} vs {y!r}"
    return worst, where


def random_weights(rng, cell, units):
    K = GATES[cell] * units
    rows = 2 if cell == "gru" else 1
    draw = lambda n: [rng.uniform(-1.5, 1.5) for _ in range(n)]  # noqa: E731
    return {"cell": cell, "units": units, "W": [draw(K)], "U": [draw(K) for _ in range(units)], "b": [draw(K) for _ in range(rows)]}


def main(site, lstmbook):
    rng = random.Random(20261202)
    failures = comparisons = 0
    worst_seen = 0.0
    pages = sorted(n for n in os.listdir(site) if n.endswith(".html") and "live-cell" in open(os.path.join(site, n), encoding="utf-8").read())
    if not pages:
        print(f"live cells: no page in {site}/ has a live cell")
        return 1
    with Browser() as browser, tempfile.TemporaryDirectory() as folder:
        page = browser.new_page()
        page.emulate(1280)

        def compare(label, weights, xs, bias):
            nonlocal failures, comparisons, worst_seen
            engine = engine_trace(lstmbook, weights, xs, bias, folder)
            ours = page.evaluate(f"lstmbookLive.trace({json.dumps(weights)}, {json.dumps(xs)}, {json.dumps(bias)})")
            worst, where = differences(engine, ours)
            comparisons += 1
            worst_seen = max(worst_seen, worst)
            if worst > TOLERANCE:
                failures += 1
                print(f"{label} | input {xs} | b_f {bias} | differs by {worst:.3g} at {where}")

        for name in pages:
            url = "file://" + os.path.abspath(os.path.join(site, name))
            page.goto(url)
            cells = page.evaluate("Array.from(document.querySelectorAll('.live-cell')).map(c => "
                                  "({id: c.closest('figure').id, data: JSON.parse(c.querySelector('.live-data').textContent)}))")
            for cell in cells:
                data, label = cell["data"], f"{name} #{cell['id']}"
                if "vocabulary" in data:
                    review_failures, review_worst = check_review(page, label, data, lstmbook, folder, rng)
                    failures += review_failures
                    worst_seen = max(worst_seen, review_worst)
                    comparisons += 4
                    continue
                n = len(data["input"])
                sequences = [data["input"]] + [[round(rng.uniform(-3, 3), 3) for _ in range(n)] for _ in range(3)]
                sequences += [[round(rng.uniform(-3, 3), 3) for _ in range(rng.randint(1, 12))] for _ in range(2)]
                for xs in sequences:
                    for bias in [None] + data["forgetBiases"]:
                        compare(label, data["weights"], xs, bias)
            ui_failures = check_page(page, url, [c for c in cells if "vocabulary" not in c["data"]], lstmbook, folder)
            failures += ui_failures
        # Every kind of cell, whatever the lessons use, through the same script.
        for cell in GATES:
            for units in (1, 2, 3, 5):
                weights = random_weights(rng, cell, units)
                for _ in range(3):
                    xs = [round(rng.uniform(-3, 3), 4) for _ in range(rng.randint(1, 12))]
                    compare(f"random {cell} ×{units}", weights, xs, rng.choice([None, 2.5]) if cell == "lstm" else None)
    print(f"live cells: {comparisons} sequences compared with lstmbook trace on {len(pages)} pages, "
          f"largest difference {worst_seen:.3g} (allowed {TOLERANCE:g}); {failures} failures")
    return 1 if failures else 0


def check_review(page, label, data, lstmbook, folder, rng):
    """A word-reading cell: the review as written, "Amazing" made "Awful", and random word salads
    (with a word the vocabulary lacks) encoded by the page, run by the page and by the engine;
    every gate and the verdict after the last word must agree."""
    failures, worst_seen = 0, 0.0
    known = data["vocabulary"][1:]
    texts = [data["review"], data["review"].replace("Amazing", "Awful")]
    texts += [" ".join(rng.choice(known) for _ in range(rng.randint(3, 40))) + " zebra" for _ in range(2)]
    if page.evaluate("lstmbookLive.encode({vocabulary: ['<unk>'], length: 0}, \"Don't STOP…now! 太棒了\").words") != \
            ["dont", "stop", "now", "太", "棒", "了"]:
        print(f"{label} | the page splits words differently from {{review}}'s tokenizer")
        failures += 1
    for text in texts:
        encoded = page.evaluate(f"lstmbookLive.encode(JSON.parse({json.dumps(json.dumps(data))}), {json.dumps(text)})")
        steps, output = engine_run(lstmbook, data["weights"], encoded["steps"], None, folder, (data["dense"], data["denseBias"]))
        ours = page.evaluate(f"(() => {{ const d = JSON.parse({json.dumps(json.dumps(data))}); const e = lstmbookLive.encode(d, {json.dumps(text)});"
                             " const s = lstmbookLive.trace(d.weights, e.steps, null); return [s, lstmbookLive.verdict(d, s[s.length - 1].h)]; })()")
        worst, where = differences(steps, ours[0])
        if abs(output[0] - ours[1]) > worst:
            worst, where = abs(output[0] - ours[1]), f"the verdict: {output[0]!r} vs {ours[1]!r}"
        worst_seen = max(worst_seen, worst)
        if worst > TOLERANCE:
            failures += 1
            print(f"{label} | review {text[:40]!r}… | differs by {worst:.3g} at {where}")
    return failures, worst_seen


def check_page(page, url, cells, lstmbook, folder):
    """Types a new value into the first input of each cell's controls, compares the redrawn table
    with the engine's numbers, then reloads with the URL fragment left behind and checks it."""
    failures = 0
    for cell in cells:
        data, fig = cell["data"], cell["id"]
        xs = list(data["input"])
        xs[0] = -1.25 if xs[0] != -1.25 else 0.75
        shown = page.evaluate(f"""(() => {{
            const root = document.getElementById({json.dumps(fig)});
            const field = root.querySelector('.live-xs input');
            field.value = '{xs[0]}'.replace('-', '\u2212');
            field.dispatchEvent(new Event('input', {{bubbles: true}}));
            const table = root.querySelector('.live-table tbody');
            const diagram = root.querySelector('.live-diagram svg');
            return {{hash: location.hash, rows: table ? Array.from(table.rows).map(r => Array.from(r.cells).map(c => c.textContent)) : null,
                     labels: diagram ? Array.from(diagram.querySelectorAll('text.cd-value')).map(t => t.textContent) : [],
                     boxes: diagram ? Array.from(diagram.querySelectorAll('.cd-gate-box')).map(b =>
                         [b.querySelector('title').textContent.split(' = ')[0], b.querySelector('.cd-pre').textContent]) : []}};
        }})()""")
        steps = engine_trace(lstmbook, data["weights"], xs, None, folder)
        failures += check_diagram(url, fig, data, steps, shown)
        if shown["rows"] is not None:
            last = steps[-1]
            want = fmt(last["h"][0], 3)
            got = shown["rows"][-1][-1].split(",")[0]
            if data["weights"]["cell"] != "rnn" and got != want:
                failures += 1
                print(f"{url} #{fig} | after typing x1 = {xs[0]} the table shows h = {got}, the engine {want}")
        if not shown["hash"].startswith("#") or fig + "=" not in shown["hash"]:
            failures += 1
            print(f"{url} #{fig} | an edit left no state in the URL fragment (hash {shown['hash']!r})")
            continue
        page.goto(url.split("#")[0] + shown["hash"])
        restored = page.evaluate(f"Array.from(document.getElementById({json.dumps(fig)}).querySelectorAll('.live-xs input')).map(f => f.value)")
        if [float(v.replace("\u2212", "-")) for v in restored] != xs:
            failures += 1
            print(f"{url} #{fig} | the fragment {shown['hash']} restored {restored}, not {xs}")
        page.goto(url)
        failures += check_keyboard(page, url, fig, data)
    return failures


def check_diagram(url, fig, data, steps, shown):
    """After an edit the diagram shows the engine's numbers: h at its step, and each gate box's
    weighted sum."""
    if not shown["boxes"]:
        return 0
    s = data["diagramStep"]
    step = steps[s - 1]
    want = {f"h{s}": fmt(step["h"][0], 2)}
    for symbol, pre in shown["boxes"]:
        want["box " + symbol] = fmt(step["gates"]["g" if symbol == "h̃" else symbol]["preactivation"][0], 2)
    got = {"box " + symbol: pre for symbol, pre in shown["boxes"]}
    for label in shown["labels"]:
        if " = " in label:
            name, value = label.split(" = ", 1)
            got.setdefault(name, value)
    wrong = {k: (got.get(k), v) for k, v in want.items() if got.get(k) != v}
    if wrong:
        print(f"{url} #{fig} | after an edit the diagram shows (page, engine) {wrong}")
    return 1 if wrong else 0


def check_keyboard(page, url, fig, data):
    """The slider works from the keyboard: focused, ArrowRight moves its step's input and the
    input field shows the new value."""
    s = data["sliderStep"]
    before = page.evaluate(f"(() => {{ const s = document.getElementById({json.dumps(fig)}).querySelector('.live-slider input');"
                           " s.focus(); return [document.activeElement === s, s.value]; })()")
    for kind in ("keyDown", "keyUp"):
        page.send("Input.dispatchKeyEvent", {"type": kind, "key": "ArrowRight", "code": "ArrowRight", "windowsVirtualKeyCode": 39})
    after = page.evaluate(f"(() => {{ const root = document.getElementById({json.dumps(fig)});"
                          f" return [root.querySelector('.live-slider input').value, root.querySelectorAll('.live-xs input')[{s - 1}].value]; }})()")
    moved = before[0] and float(after[0]) > float(before[1]) and float(after[1].replace("\u2212", "-")) == float(after[0])
    if not moved:
        print(f"{url} #{fig} | ArrowRight on the focused slider did not move x{s}: {before} → {after}")
    return 0 if moved else 1


def fmt(v, d):
    """As the page prints numbers: fixed decimals, a true minus, no −0."""
    scaled = round(abs(v) * 10 ** d)
    return ("" if scaled == 0 or v > 0 else "\u2212") + f"{abs(v):.{d}f}"


if __name__ == "__main__":
    started = time.time()
    site = sys.argv[1] if len(sys.argv) > 1 else "output"
    binary = sys.argv[2] if len(sys.argv) > 2 else ".build/release/lstmbook"
    status = main(site, binary)
    print(f"live cells: {time.time() - started:.1f} s")
    sys.exit(status)
