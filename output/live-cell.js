(function () {
"use strict";
function sigmoid(x) { return 1 / (1 + Math.exp(-x)); }
function trace(w, xs, forgetBias) {
var u = w.units, cell = w.cell, U = w.U, b = w.b[0].slice(), bh = w.b[1];
var K = b.length, steps = [], h = [], c = [], t, j, k, p;
if (forgetBias !== null && forgetBias !== undefined) for (j = 0; j < u; j++) b[u + j] = forgetBias;
for (t = 0; t < xs.length; t++) {
var z = [], nh = [], nc = [], acts = [];
var recur = function (from, to, v) { for (k = from; k < to; k++) for (p = 0; p < u; p++) z[k] += v[p] * U[p][k]; };
var x = typeof xs[t] === "number" ? [xs[t]] : xs[t];
for (k = 0; k < K; k++) { z[k] = b[k]; for (p = 0; p < x.length; p++) z[k] += x[p] * w.W[p][k]; }
if (cell === "lstm") {
if (t > 0) recur(0, K, h);
for (j = 0; j < u; j++) {
var i = sigmoid(z[j]), f = sigmoid(z[u + j]), g = Math.tanh(z[2 * u + j]), o = sigmoid(z[3 * u + j]);
acts[j] = i; acts[u + j] = f; acts[2 * u + j] = g; acts[3 * u + j] = o;
nc[j] = f * (t > 0 ? c[j] : 0) + i * g;
nh[j] = o * Math.tanh(nc[j]);
}
} else if (cell === "rnn") {
if (t > 0) recur(0, u, h);
for (j = 0; j < u; j++) nh[j] = acts[j] = Math.tanh(z[j]);
} else {
var after = cell === "gru", m = [], rh = [];
if (after) {
for (k = 0; k < 2 * u; k++) z[k] += bh[k];
for (j = 0; j < u; j++) m[j] = bh[2 * u + j];
}
if (t > 0) {
recur(0, 2 * u, h);
if (after) for (j = 0; j < u; j++) for (p = 0; p < u; p++) m[j] += h[p] * U[p][2 * u + j];
}
for (j = 0; j < u; j++) {
acts[u + j] = sigmoid(z[u + j]);
if (after) z[2 * u + j] += acts[u + j] * m[j];
else rh[j] = t > 0 ? acts[u + j] * h[j] : 0;
}
if (!after && t > 0) for (j = 0; j < u; j++) for (p = 0; p < u; p++) z[2 * u + j] += rh[p] * U[p][2 * u + j];
for (j = 0; j < u; j++) {
acts[j] = sigmoid(z[j]);
acts[2 * u + j] = Math.tanh(z[2 * u + j]);
nh[j] = acts[j] * (t > 0 ? h[j] : 0) + (1 - acts[j]) * acts[2 * u + j];
}
}
var names = { lstm: ["i", "f", "g", "o"], rnn: ["h"] }[cell] || ["z", "r", "g"];
steps.push({ x: xs[t], c: cell === "lstm" ? nc : null, h: nh, gates: names.map(function (name, n) {
return { name: name, preactivation: z.slice(n * u, n * u + u), activation: acts.slice(n * u, n * u + u) };
}) });
h = nh; c = nc;
}
return steps;
}
function tokens(text) {
var out = [], word = "", end = function () { if (word) out.push(word); word = ""; };
Array.from(text.toLowerCase()).forEach(function (ch) {
var n = ch.codePointAt(0);
var cjk = (n >= 0x3040 && n <= 0x30ff) || (n >= 0x3400 && n <= 0x4dbf) || (n >= 0x4e00 && n <= 0x9fff) ||
(n >= 0xf900 && n <= 0xfaff) || (n >= 0x20000 && n <= 0x3ffff);
if (cjk) { end(); out.push(ch); }
else if (/[\p{L}\p{N}]/u.test(ch)) word += ch;
else if (ch !== "'" && ch !== "\u2019") end();
});
end();
return out;
}
function encode(data, text) {
var words = tokens(text), V = data.vocabulary.length, pad = Math.max(0, data.length - words.length), steps = [];
for (var t = 0; t < pad; t++) steps.push(new Array(V).fill(0));
words.forEach(function (word) { var x = new Array(V).fill(0); x[Math.max(0, data.vocabulary.indexOf(word))] = 1; steps.push(x); });
return { words: words, pad: pad, steps: steps };
}
function verdict(data, h) {
var y = data.denseBias;
for (var k = 0; k < h.length; k++) y += data.dense[k] * h[k];
return sigmoid(y);
}
window.lstmbookLive = { trace: trace, encode: encode, verdict: verdict };
function fmt(v, d) {
var scale = Math.pow(10, d), scaled = Math.round(Math.abs(v) * scale);
return (scaled === 0 || v > 0 ? "" : "\u2212") + (scaled / scale).toFixed(d);
}
function gate(step, name) {
for (var n = 0; n < step.gates.length; n++) if (step.gates[n].name === name) return step.gates[n];
}
function el(tag, props, parent) {
var e = document.createElement(tag);
for (var key in props) if (key === "text") e.textContent = props[key]; else e.setAttribute(key, props[key]);
if (parent) parent.appendChild(e);
return e;
}
var sub = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089";
function subscript(n) { return String(n).replace(/\d/g, function (d) { return sub[d]; }); }
var cells = [];
function fragment() {
var parts = cells.filter(function (c) { return c.changed(); }).map(function (c) { return c.id + "=" + c.encode(); });
try { history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search); } catch (e) {}
}
function drawDiagram(svg, steps, s, cell, words) {
var now = steps[s - 1], before = steps[s - 2], a = function (n) { return gate(now, n).activation[0]; };
var hPrev = before ? before.h[0] : 0, v = { };
v["x" + s] = now.x; v["h" + (s - 1)] = hPrev; v["h" + s] = now.h[0];
if (cell === "lstm") {
var cPrev = before ? before.c[0] : 0;
v["c" + (s - 1)] = cPrev; v["c" + s] = now.c[0]; v["f·c" + (s - 1)] = a("f") * cPrev;
v["i·g"] = a("i") * a("g"); v["tanh c" + s] = Math.tanh(now.c[0]);
["i", "f", "g", "o"].forEach(function (n) { v[n] = a(n); });
} else {
v["z·h" + (s - 1)] = a("z") * hPrev; v["(1 − z)·h̃"] = (1 - a("z")) * a("g"); v["1 − z"] = 1 - a("z");
v["h̃"] = a("g"); v.z = a("z"); v.r = a("r");
}
var said = [];
Array.prototype.forEach.call(svg.querySelectorAll("text.cd-value"), function (t) {
var text = t.textContent, at = text.indexOf(" = ");
if (at < 0) return;
var key = text.slice(0, at), node = t.lastChild;
if (!(key in v)) return;
node.textContent = node.textContent.slice(0, node.textContent.indexOf(" = ") + 3) + fmt(v[key], 2);
said.push(key + " = " + fmt(v[key], 2));
});
Array.prototype.forEach.call(svg.querySelectorAll(".cd-gate-box"), function (box) {
var title = box.querySelector("title"), m = /^(\S+) = (\S+)\([^)]*\) = [^;；]*([;；].*)$/.exec(title.textContent);
if (!m) return;
var g = gate(now, m[1] === "h̃" ? "g" : m[1]), pre = fmt(g.preactivation[0], 2);
title.textContent = m[1] + " = " + m[2] + "(" + pre + ") = " + fmt(g.activation[0], 2) + m[3].replace(/[−\d.]+(?= is| 是)/, pre);
box.querySelector(".cd-pre").textContent = pre;
});
svg.querySelector("desc").textContent = words.chosen.replace("{s}", s) + said.join(", ") + ".";
}
function drawHeatmap(svg, steps, data) {
var rects = svg.querySelectorAll(".plot-cells rect"), texts = svg.querySelectorAll(".plot-cell-values text");
var diverging = data.gates[0] === "h", prefix = diverging ? "div-" : "heat-", count = diverging ? 11 : 9, lo = diverging ? -1 : 0;
var n = 0, T = steps.length;
data.gates.forEach(function (name) {
for (var j = 0; j < data.weights.units; j++) {
for (var t = 0; t < T; t++, n++) {
var value = gate(steps[t], name).activation[j], k = Math.min(Math.max(Math.floor((value - lo) / (1 - lo) * count), 0), count - 1);
var rect = rects[n], title = rect && rect.querySelector("title");
if (!rect) return;
rect.setAttribute("class", prefix + k);
if (title) title.textContent = title.textContent.replace(/: .*$/, ": " + fmt(value, 2));
if (texts[n]) { texts[n].textContent = fmt(value, 2); texts[n].setAttribute("class", "plot-cell-value on-" + prefix + k); }
}
}
});
}
function drawTable(table, steps, cell) {
var vec = function (values) { return values.map(function (x) { return fmt(x, 3); }).join(", "); };
Array.prototype.forEach.call(table.tBodies[0].rows, function (row, t) {
var step = steps[t], cols = [vec([step.x])].concat(step.gates.map(function (g) { return vec(g.activation); }));
if (step.c) cols.push(vec(step.c));
if (cell !== "rnn") cols.push(vec(step.h));
cols.forEach(function (text, n) { if (row.cells[n + 1]) row.cells[n + 1].textContent = text; });
});
}
function parse(text) {
var value = Number(String(text).trim().replace("\u2212", "-").replace(",", "."));
return text !== "" && isFinite(value) && Math.abs(value) <= 100 ? value : null;
}
function setUp(root, data) {
var words = data.words, cell = data.weights.cell;
var figure = root.closest("figure"), id = figure ? figure.id : root.id, s = data.sliderStep;
var state = { x: data.input.slice(), bias: null };
var box = el("div", { "class": "live-controls" });
root.insertBefore(box, root.querySelector(".live-view, .live-table"));
var inputs = el("fieldset", { "class": "live-xs" }, box);
el("legend", { text: words.inputs }, inputs);
var fields = data.input.map(function (x, t) {
var label = el("label", { text: "x" + subscript(t + 1) + " " }, inputs);
return el("input", { type: "text", inputmode: "decimal", size: "5", value: String(x), "aria-label": words.inputs + ", " + (t + 1) }, label);
});
var sliderLabel = el("label", { "class": "live-slider", text: words.slider + " " + s + " (x" + subscript(s) + ") " }, box);
var slider = el("input", { type: "range", min: String(data.sliderRange[0]), max: String(data.sliderRange[1]), step: "0.01" }, sliderLabel);
var radios = [];
if (data.forgetBiases.length) {
var set = el("fieldset", { "class": "live-bias" }, box);
el("legend", { text: words.bias }, set);
[null].concat(data.forgetBiases).forEach(function (value) {
var label = el("label", {}, set);
var radio = el("input", { type: "radio", name: id + "-bias", value: value === null ? "" : String(value) }, label);
label.appendChild(document.createTextNode(" " + (value === null ? words.own : fmt(value, 2)) + " "));
radio.addEventListener("change", function () { state.bias = value; update(); });
radios.push(radio);
});
}
var reset = el("button", { type: "button", text: words.reset }, box);
var status = el("p", { "class": "live-status", "aria-live": "polite" }, box);
var author = JSON.stringify(state);
var me = {
id: id,
changed: function () { return JSON.stringify(state) !== author; },
encode: function () { return state.x.join(",") + (state.bias === null ? "" : ";b" + state.bias); },
decode: function (text) {
var parts = text.split(";"), xs = parts[0].split(",").map(parse), bias = null;
if (xs.length !== data.input.length || xs.indexOf(null) >= 0) return false;
if (parts[1] && parts[1][0] === "b") {
bias = parse(parts[1].slice(1));
if (data.forgetBiases.indexOf(bias) < 0) return false;
}
state.x = xs; state.bias = bias;
return true;
}
};
function show() {
fields.forEach(function (f, t) { if (parse(f.value) !== state.x[t]) f.value = String(state.x[t]); f.removeAttribute("aria-invalid"); });
slider.value = String(state.x[s - 1]);
slider.setAttribute("aria-valuetext", fmt(state.x[s - 1], 2));
radios.forEach(function (r) { r.checked = r.value === (state.bias === null ? "" : String(state.bias)); });
}
function update() {
var steps = trace(data.weights, state.x, state.bias), last = steps[steps.length - 1];
var diagram = root.querySelector(".live-diagram svg"), heat = root.querySelector(".live-gates svg");
var table = root.querySelector(".live-table table"), n = subscript(steps.length);
if (diagram) drawDiagram(diagram, steps, data.diagramStep, cell, words);
if (heat) drawHeatmap(heat, steps, data);
if (table) drawTable(table, steps, cell);
status.textContent = (last.c ? "c" + n + " = " + fmt(last.c[0], 3) + ", " : "") + "h" + n + " = " + fmt(last.h[0], 3);
show();
fragment();
}
fields.forEach(function (f, t) {
f.addEventListener("input", function () {
var value = parse(f.value);
if (value === null) { f.setAttribute("aria-invalid", "true"); return; }
state.x[t] = value;
update();
});
});
slider.addEventListener("input", function () { state.x[s - 1] = Number(slider.value); update(); });
reset.addEventListener("click", function () { state = JSON.parse(author); update(); });
me.update = update;
cells.push(me);
return me;
}
function setUpReview(root, data) {
var figure = root.closest("figure"), id = figure ? figure.id : root.id, words = data.words, u = data.memoryUnit;
var box = el("div", { "class": "live-controls" });
root.insertBefore(box, root.querySelector(".live-verdict"));
var label = el("label", { "class": "live-text", text: words.review }, box);
var field = el("textarea", { rows: "3" }, label);
field.value = data.review;
var reset = el("button", { type: "button", text: words.reset }, box);
var verdictLine = root.querySelector(".live-verdict strong"), body = root.querySelector(".live-table tbody");
var me = {
id: id,
changed: function () { return field.value !== data.review; },
encode: function () { return encodeURIComponent(field.value); },
decode: function (text) { field.value = text.slice(0, 600); return true; }
};
function update() {
var input = encode(data, field.value), steps = trace(data.weights, input.steps, null).slice(input.pad);
while (body.rows.length) body.deleteRow(0);
steps.forEach(function (step, t) {
var row = body.insertRow(), word = input.words[t], known = data.vocabulary.indexOf(word) > 0;
var th = el("th", { scope: "row", text: known ? word : word + " *" }, row);
if (!known) th.setAttribute("title", words.unknown);
[step.c[u], verdict(data, step.h)].concat(["f", "i", "o"].map(function (n) { return gate(step, n).activation[u]; }))
.forEach(function (v) { el("td", { text: fmt(v, 3) }, row); });
});
verdictLine.textContent = steps.length ? fmt(verdict(data, steps[steps.length - 1].h), 3) : "\u2014";
fragment();
}
field.addEventListener("input", update);
reset.addEventListener("click", function () { field.value = data.review; update(); });
verdictLine.parentNode.setAttribute("aria-live", "polite");
me.update = update;
cells.push(me);
return me;
}
function start() {
var style = el("style", { text:
".live-controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:0 0 1rem;font:.95rem var(--sans,system-ui,sans-serif)}" +
".live-controls fieldset{border:1px solid var(--faint,#ccc);border-radius:6px;margin:0;padding:.3rem .6rem .5rem;min-width:0}" +
".live-xs{display:flex;flex-wrap:wrap;gap:.4rem .6rem}.live-xs input{width:4.2em;font:inherit}.live-controls label{white-space:nowrap}" +
".live-bias label{display:inline-block;margin-right:.6rem}" +
".live-slider{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}.live-slider input{width:min(16rem,75vw)}" +
".live-controls [aria-invalid=true]{outline:2px solid #c0392b}.live-status{flex-basis:100%;margin:0;font-variant-numeric:tabular-nums}" +
".live-controls button{font:inherit;padding:.2rem .6rem}.live-text{flex-basis:100%}" +
".live-text textarea{display:block;width:100%;box-sizing:border-box;font:inherit}" });
document.head.appendChild(style);
var made = Array.prototype.map.call(document.querySelectorAll(".live-cell"), function (root) {
var data = JSON.parse(root.querySelector(".live-data").textContent);
return data.vocabulary ? setUpReview(root, data) : setUp(root, data);
});
var restored = null;
location.hash.slice(1).split("&").forEach(function (part) {
var at = part.indexOf("="), id = decodeURIComponent(part.slice(0, at));
made.forEach(function (c) { if (at > 0 && c.id === id && c.decode(decodeURIComponent(part.slice(at + 1)))) restored = restored || c; });
});
made.forEach(function (c) { c.update(); });
if (restored) document.getElementById(restored.id).scrollIntoView();
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();