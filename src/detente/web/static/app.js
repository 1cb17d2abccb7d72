// detente dashboard: vanilla JS, no build step. Every piece of article text is inserted with
// textContent (through el()), never innerHTML, so markup inside articles stays inert text.
"use strict";

const state = { dyad: "USA-RUS", docsOffset: 0, docsLimit: 25, map: null, loaded: {} };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svgEl(tag, attrs, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

// append children, flattening arrays (Node.append does not), strings as text nodes
function put(node, ...children) {
  for (const c of children.flat(2)) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
function fmt(v, d = 2) { return v === null || v === undefined ? "–" : (typeof v === "number" && !Number.isInteger(v) ? v.toFixed(d) : String(v)); }
function status(text) { document.getElementById("status").textContent = text; }

async function api(path, options) {
  const res = await fetch(path, options);
  if (!res.ok) {
    let detail = res.statusText;
    try { detail = JSON.stringify((await res.json()).detail); } catch (e) { /* not JSON */ }
    throw new Error(`${res.status} ${detail}`);
  }
  return res.json();
}

function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") p.set(k, v);
  return p.toString();
}

function goldClass(g) { return g === null || g === undefined ? "" : g > 0 ? "coop" : g < 0 ? "conf" : ""; }

// One event (or a timeline source entry) as evidence: its sentence, document and offsets.
function evidenceItem(ev) {
  const link = ev.doc_id ? el("button", { class: "link", onclick: () => openDocument(ev.doc_id) }, "open document") : null;
  const url = ev.url ? el("a", { href: safeUrl(ev.url), target: "_blank", rel: "noopener noreferrer" }, ev.url) : null;
  return el("div", { class: "evidence-item" },
    el("div", {}, el("b", {}, `${ev.source || "?"} → ${ev.target || "?"}`), ` ${ev.cameo || ""} ${ev.plover || ""} `,
      el("span", { class: goldClass(ev.goldstein) }, `Goldstein ${fmt(ev.goldstein, 1)}`), ev.date ? ` · ${ev.date}` : ""),
    ev.sentence ? el("blockquote", { class: "sentence" }, ev.sentence) : null,
    el("div", { class: "muted" }, where(ev), " ", link, " ", url));
}

// Where one mention stands: outlet, document, sentence number and raw character offsets (the provenance
// standard: every event, claim, stance and index point traces to a document, a sentence and offsets in it).
// THE one formatter of provenance: every view (index, timeline, network, map, scenario, sources, claims) calls
// it, so they all read "outlet · doc · sentence N · [start–end]". ``outlet`` defaults to the event listing's
// ``doc_source`` (an event's ``source`` is its actor); claim members and stance rows pass theirs. A restating
// sentence of the same document is given without doc_id (`{sentence_idx, start, end}`): "sentence N · [s–e]".
// Imported rows (GDELT) have no sentence or offsets: their origin stands in for the document.
function provenance(m, outlet = m.doc_source) {
  const has = (v) => v !== null && v !== undefined;
  return [outlet, m.doc_id || m.origin, has(m.sentence_idx) ? `sentence ${m.sentence_idx}` : null,
    has(m.start) && has(m.end) ? `[${m.start}–${m.end}]` : null].filter(Boolean).join(" · ");
}

// provenance() in a span.where (what the tests and a reader's eye look for)
function where(m, outlet) { return el("span", { class: "where" }, provenance(m, outlet)); }

// "also stated in: sentence N · [s–e], …": the other sentences of the same document restating one statement
// (claim members' ``mentions``, stance rows' ``also_in``: counted once, kept as provenance, docs/sources.md)
function alsoStated(self, others) {
  const rest = (others || []).filter((x) => x.sentence_idx !== self.sentence_idx);
  if (!rest.length) return null;
  return el("div", { class: "muted also" }, "also stated in: " + rest.map((x) => provenance({ sentence_idx: x.sentence_idx, start: x.start, end: x.end })).join(", "));
}

// The mentions behind one counted event: every sentence of its document that states it. A headline restated
// in the lead is one counted event with two mentions (docs/relations_index.md); closed until expanded.
function mentionsBlock(mentions) {
  if (!mentions || !mentions.length) return null;
  const n = mentions.length;
  return el("details", { class: "mentions", "data-mentions": n },
    el("summary", {}, `${n} ${n === 1 ? "mention" : "mentions"}`, el("span", { class: "muted" }, n > 1 ? " counted once: the same event stated again in its document" : "")),
    el("ol", { class: "mention-list" }, mentions.map((m) => el("li", { class: "mention", "data-event": m.event_id, "data-doc": m.doc_id,
      "data-sentence": m.sentence_idx, "data-start": m.start, "data-end": m.end },
      m.sentence ? el("blockquote", { class: "sentence" }, m.sentence) : null,
      el("div", { class: "muted" }, where(m), " ",
        m.doc_id ? el("button", { class: "link", onclick: () => openDocument(m.doc_id) }, "open document") : null,
        m.url && !m.doc_id ? el("a", { href: safeUrl(m.url), target: "_blank", rel: "noopener noreferrer" }, m.url) : null)))));
}

function safeUrl(u) {
  try { const p = new URL(u); return p.protocol === "http:" || p.protocol === "https:" ? p.href : "#"; } catch (e) { return "#"; }
}

// ---------------------------------------------------------------- relations index
let indexChart = null;
async function loadIndex() {
  const data = await api(`/api/index?${qs({ dyad: state.dyad })}`);
  const rows = data.rows;
  const total = rows.reduce((a, r) => a + r.events, 0);
  const canvas = document.getElementById("index-chart");
  canvas.dataset.points = String(rows.length);
  canvas.dataset.total = String(total);
  document.getElementById("index-summary").textContent = `${data.dyad}: ${total} events in ${rows.length} periods`;
  const colours = ["#3b82f6", "#16a34a", "#f59e0b", "#dc2626"];
  const names = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
  const datasets = names.map((n, q) => ({ type: "bar", label: n, data: rows.map((r) => r[`quad${q + 1}`]),
    backgroundColor: colours[q], stack: "quad", yAxisID: "y" }));
  datasets.unshift({ type: "line", label: "net cooperation", data: rows.map((r) => r.net_cooperation),
    borderColor: "#111827", backgroundColor: "#111827", yAxisID: "y1", pointRadius: 4, spanGaps: false });
  if (indexChart) indexChart.destroy();
  if (window.Chart) {
    indexChart = new window.Chart(canvas, {
      data: { labels: rows.map((r) => r.period), datasets },
      options: { animation: false, responsive: true, interaction: { mode: "index", intersect: false },
        scales: { y: { stacked: true, beginAtZero: true, title: { display: true, text: "events" } },
          x: { stacked: true }, y1: { position: "right", min: -1, max: 1, grid: { drawOnChartArea: false },
            title: { display: true, text: "net cooperation" } } },
        onClick: (_e, items) => { if (items.length) showIndexEvidence(rows[items[0].index].period); } },
    });
    window.__indexChart = indexChart;
  }
  const table = clear(document.getElementById("index-table"));
  table.append(el("tr", {}, ["period", "events", ...names, "mean Goldstein", "net cooperation"].map((h) => el("th", {}, h))));
  for (const r of rows) {
    const evidence = () => showIndexEvidence(r.period);
    table.append(el("tr", {}, el("td", {}, r.period),
      el("td", { class: "num" }, el("button", { class: "link index-events", onclick: evidence }, r.events)),
      [1, 2, 3, 4].map((q) => el("td", { class: "num" }, r[`quad${q}`])),
      el("td", { class: `num ${goldClass(r.goldstein_mean)}` }, fmt(r.goldstein_mean)),
      el("td", { class: "num" }, fmt(r.net_cooperation))));
  }
  if (!rows.length) table.append(el("tr", {}, el("td", {}, "No dated events for this dyad.")));
}

async function showIndexEvidence(period) {
  const box = clear(document.getElementById("index-evidence"));
  const data = await api(`/api/index/events?${qs({ dyad: state.dyad, period, limit: 200 })}`);
  // one item per counted event (what the index counts), each with its mentions (the sentences behind it)
  const mentions = data.items.reduce((a, ev) => a + (ev.mentions || []).length, 0);
  put(box, el("h3", {}, `Events behind ${period} (${data.items.length})`),
    el("p", { class: "muted", id: "index-evidence-summary" }, `${data.items.length} counted events, ${mentions} mentions: `,
      "a document's restatements of one event count once; expand an event for every sentence stating it."),
    data.items.map((ev) => put(evidenceItem(ev), mentionsBlock(ev.mentions))));
}

// ---------------------------------------------------------------- forecast (fan chart)
function fanChart(svg, history, rows) {
  clear(svg);
  const W = 800, H = 300, left = 50, right = 20, top = 14, bottom = 34;
  const observed = history.slice(-48);
  const periods = [...observed.map((h) => h.period), ...rows.map((r) => r.period)];
  const values = [...observed.map((h) => h.value), ...rows.flatMap((r) => [r.mean, r.lo95, r.hi95])].filter((v) => v !== null);
  if (!periods.length || !values.length) { svg.append(svgEl("text", { x: 20, y: 30 }, "Nothing to forecast for this dyad.")); return; }
  let lo = Math.min(...values), hi = Math.max(...values);
  if (hi - lo < 1e-9) { lo -= 1; hi += 1; }
  const x = (i) => left + (i * (W - left - right)) / Math.max(1, periods.length - 1);
  const y = (v) => top + ((hi - v) * (H - top - bottom)) / (hi - lo);
  svg.append(svgEl("line", { x1: left, y1: H - bottom, x2: W - right, y2: H - bottom, stroke: "#9ca3af" }));
  svg.append(svgEl("text", { x: 4, y: top + 10 }, fmt(hi)), svgEl("text", { x: 4, y: H - bottom }, fmt(lo)));
  const every = Math.max(1, Math.floor(periods.length / 10));
  periods.forEach((p, i) => { if (i % every === 0) svg.append(svgEl("text", { x: x(i) - 14, y: H - bottom + 16 }, p)); });
  // the observed line breaks at months without a value: it never joins across a gap
  let run = [];
  const flush = () => { if (run.length > 1) svg.append(svgEl("polyline", { class: "observed", points: run.join(" "), fill: "none", stroke: "#111827", "stroke-width": 1.5 })); run = []; };
  observed.forEach((h, i) => {
    if (h.value === null) { flush(); return; }
    run.push(`${x(i).toFixed(1)},${y(h.value).toFixed(1)}`);
    svg.append(svgEl("circle", { class: "observed-point", cx: x(i), cy: y(h.value), r: 2.5, fill: "#111827" }, svgEl("title", {}, `${h.period}: ${fmt(h.value)}`)));
  });
  flush();
  if (!rows.length) return;
  const lastIdx = observed.length - 1;
  const anchor = observed.length && observed[lastIdx].value !== null ? [[x(lastIdx), y(observed[lastIdx].value)]] : [];
  const at = (r, i) => x(observed.length + i);
  for (const [cls, a, b, colour] of [["band95", "lo95", "hi95", "#bfdbfe"], ["band80", "lo80", "hi80", "#60a5fa"]]) {
    const ok = rows.filter((r) => r[a] !== null && r[b] !== null);
    if (!ok.length) continue;
    const upper = [...anchor, ...rows.map((r, i) => [at(r, i), y(r[b] ?? r.mean)])];
    const lower = [...rows.map((r, i) => [at(r, i), y(r[a] ?? r.mean)]).reverse(), ...anchor];
    svg.append(svgEl("polygon", { class: cls, points: [...upper, ...lower].map((p) => p.map((v) => v.toFixed(1)).join(",")).join(" "), fill: colour, "fill-opacity": 0.7, stroke: "none" },
      svgEl("title", {}, `${cls === "band95" ? 95 : 80}% interval`)));
  }
  const path = [...anchor, ...rows.map((r, i) => [at(r, i), y(r.mean)])];
  svg.append(svgEl("polyline", { class: "forecast", points: path.map((p) => p.map((v) => v.toFixed(1)).join(",")).join(" "), fill: "none", stroke: "#1d4ed8", "stroke-width": 2, "stroke-dasharray": "5 3" }));
  rows.forEach((r, i) => svg.append(svgEl("circle", { class: "forecast-point", cx: at(r, i), cy: y(r.mean), r: 3, fill: "#1d4ed8" },
    svgEl("title", {}, `${r.period}: ${fmt(r.mean)} (80% ${fmt(r.lo80)}..${fmt(r.hi80)}, 95% ${fmt(r.lo95)}..${fmt(r.hi95)})`))));
}

async function loadForecast() {
  const target = document.getElementById("forecast-target").value;
  const horizon = document.getElementById("forecast-horizon").value;
  const data = await api(`/api/forecast?${qs({ dyad: state.dyad, target, horizon })}`);
  const history = data.history.filter((h) => h.dyad === data.dyad);
  const svg = document.getElementById("forecast-svg");
  svg.dataset.rows = String(data.rows.length);
  fanChart(svg, history, data.rows);
  const model = data.rows.length ? data.rows[0].model : "none";
  const fallback = data.rows.find((r) => r.fallback);
  document.getElementById("forecast-summary").textContent = `${data.dyad} ${data.target}: ${data.rows.length} months ahead, model ${model}` +
    (fallback ? ` (fallback: ${fallback.fallback})` : "") + (data.problems.length && !data.rows.length ? ` — ${data.problems[0]}` : "");
  const table = clear(document.getElementById("forecast-table"));
  table.append(el("tr", {}, ["period", "forecast", "80% interval", "95% interval", "model"].map((h) => el("th", {}, h))));
  for (const r of data.rows) {
    table.append(el("tr", {}, el("td", {}, r.period), el("td", { class: "num" }, fmt(r.mean)),
      el("td", { class: "num" }, `${fmt(r.lo80)} … ${fmt(r.hi80)}`), el("td", { class: "num" }, `${fmt(r.lo95)} … ${fmt(r.hi95)}`),
      el("td", {}, r.fallback ? `${r.model} (${r.fallback})` : r.model)));
  }
}

// ---------------------------------------------------------------- timeline
async function loadTimeline() {
  const data = await api(`/api/timeline?${qs({ dyad: state.dyad, limit: 500 })}`);
  const list = clear(document.getElementById("timeline-list"));
  if (!data.items.length) put(list, el("li", { class: "muted" }, "No dated events for this dyad."));
  for (const t of data.items) {
    const li = el("li", { class: "event", "data-event": t.sources[0] && t.sources[0].event_id },
      el("span", { class: "muted" }, t.date), " ", el("b", {}, `${t.source} → ${t.target}`), ` ${t.cameo} ${t.plover || ""} `,
      el("span", { class: goldClass(t.goldstein) }, fmt(t.goldstein, 1)), t.count > 1 ? ` ×${t.count}` : "",
      t.mentions > t.count ? el("span", { class: "muted" }, ` (${t.mentions} mentions)`) : "");
    li.addEventListener("click", () => {
      list.querySelectorAll("li.selected").forEach((n) => n.classList.remove("selected"));
      li.classList.add("selected");
      const box = clear(document.getElementById("event-detail"));
      put(box, el("h3", {}, `${t.date}: ${t.source_name || t.source} → ${t.target_name || t.target}`),
        el("p", { class: "muted" }, `${t.count} counted ${t.count === 1 ? "event" : "events"}, ${t.mentions} ${t.mentions === 1 ? "mention" : "mentions"} (a document's restatements count once)`),
        t.sources.map((s) => evidenceItem({ ...s, source: t.source, target: t.target, cameo: t.cameo, plover: t.plover,
          goldstein: t.goldstein, date: t.date })));
    });
    list.append(li);
  }
}

// ---------------------------------------------------------------- actor network
function goldColour(g) {
  if (g === null || g === undefined) return "#9ca3af";
  const t = Math.max(-1, Math.min(1, g / 10));
  const r = t < 0 ? 220 : Math.round(220 - 180 * t), gr = t > 0 ? 160 : Math.round(160 + 0 * t), b = 60;
  return t < 0 ? `rgb(${r},${Math.round(160 * (1 + t))},${b})` : `rgb(${r},${gr},${b})`;
}

function circleLayout(ids, w, h) {
  const pos = {}, n = ids.length, cx = w / 2, cy = h / 2, rad = Math.min(w, h) / 2 - 70;
  ids.forEach((id, i) => { const a = (2 * Math.PI * i) / Math.max(1, n) - Math.PI / 2; pos[id] = [cx + rad * Math.cos(a), cy + rad * Math.sin(a)]; });
  return pos;
}

function arrowDefs(svg) {
  svg.append(svgEl("defs", {}, svgEl("marker", { id: `arrow-${svg.id}`, viewBox: "0 0 10 10", refX: 9, refY: 5,
    markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, svgEl("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#6b7280" }))));
}

function drawGraph(svg, nodes, edges, onEdge, label) {
  clear(svg); arrowDefs(svg);
  const pos = circleLayout(nodes.map((n) => n.id), 640, Number(svg.getAttribute("viewBox").split(" ")[3]));
  const maxW = Math.max(1, ...edges.map((e) => e.count));
  for (const e of edges) {
    const [x1, y1] = pos[e.from], [x2, y2] = pos[e.to];
    const dx = x2 - x1, dy = y2 - y1, len = Math.hypot(dx, dy) || 1;
    const line = svgEl("line", { class: "edge", x1: x1 + (dx / len) * 10, y1: y1 + (dy / len) * 10, x2: x2 - (dx / len) * 12,
      y2: y2 - (dy / len) * 12, stroke: e.colour, "stroke-width": 1 + (4 * e.count) / maxW, "marker-end": `url(#arrow-${svg.id})`,
      onclick: () => onEdge(e) }, svgEl("title", {}, e.title));
    svg.append(line);
  }
  for (const n of nodes) {
    const [x, y] = pos[n.id];
    svg.append(svgEl("circle", { cx: x, cy: y, r: 7, fill: "#1d4ed8" }, svgEl("title", {}, label(n))));
    svg.append(svgEl("text", { x: x + 9, y: y + 4 }, label(n).slice(0, 28)));
  }
}

async function loadNetwork() {
  const data = await api("/api/network?top=60");
  const svg = document.getElementById("network-svg");
  const edges = data.edges.map((e) => ({ from: e.source, to: e.target, count: e.events, colour: goldColour(e.goldstein_mean),
    title: `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${fmt(e.goldstein_mean)}`, raw: e }));
  drawGraph(svg, data.nodes, edges, async (e) => {
    const box = clear(document.getElementById("network-detail"));
    const ev = await api(`/api/events?${qs({ dyad: `${e.from}-${e.to}`, directed: true, limit: 100 })}`);
    const exact = ev.items.filter((x) => x.source === e.from && x.target === e.to);
    // an edge counts events as the index does; each mention (sentence) behind them is listed with its provenance
    put(box, el("h3", {}, e.title), el("p", { class: "muted", id: "network-evidence-summary" },
      `${exact.length} ${exact.length === 1 ? "mention" : "mentions"} (sentences) behind ${e.count} counted ${e.count === 1 ? "event" : "events"}`),
    exact.map(evidenceItem));
  }, (n) => `${n.id} (${n.events})`);
  if (!data.nodes.length) svg.append(svgEl("text", { x: 20, y: 30 }, "No events between actors yet."));
}

// ---------------------------------------------------------------- cognitive map and scenario
async function loadMap() {
  const source = document.getElementById("map-source").value;
  const data = await api(`/api/map?${qs({ source })}`);
  state.map = data;
  const select = document.getElementById("map-source");
  if (select.options.length === 1) for (const s of data.sources) select.append(el("option", { value: s }, s));
  const names = {};
  data.concepts.forEach((c, i) => { names[c.id] = data.names[i]; });
  const degree = {};
  for (const e of data.edges) { degree[e.from] = (degree[e.from] || 0) + 1; degree[e.to] = (degree[e.to] || 0) + 1; }
  // the 40 best-connected concepts are drawn (a circle of hundreds is unreadable); all can be clamped
  const drawn = new Set(Object.keys(degree).sort((a, b) => degree[b] - degree[a]).slice(0, 40));
  const nodes = data.concepts.filter((c) => degree[c.id]).map((c) => ({ id: c.id, label: names[c.id] }));
  const edges = data.edges.filter((e) => drawn.has(e.from) && drawn.has(e.to)).map((e) => ({ from: e.from, to: e.to, count: e.claims.length,
    colour: e.weight > 0 ? "#15803d" : e.weight < 0 ? "#b91c1c" : "#9ca3af",
    title: `${names[e.from]} → ${names[e.to]}: weight ${fmt(e.weight)} (${e.claims.length} claims)`, raw: e }));
  drawGraph(document.getElementById("map-svg"), nodes.filter((n) => drawn.has(n.id)), edges, (e) => {
    const box = clear(document.getElementById("map-detail"));
    put(box, el("h4", {}, e.title), e.raw.claims.map((c) => el("div", {},
      el("blockquote", {}, `${c.cause} ⇒ (${c.polarity}) ${c.effect}`),
      el("div", { class: "muted" }, where(c, c.source), " ",
        el("button", { class: "link", onclick: () => openDocument(c.doc_id) }, "open document")))));
  }, (n) => n.label);
  const box = clear(document.getElementById("scenario-concepts"));
  const ranked = nodes.map((n) => ({ ...n, degree: data.edges.filter((e) => e.from === n.id).length })).sort((a, b) => b.degree - a.degree);
  for (const n of ranked) {
    put(box, el("label", {}, el("input", { type: "checkbox", class: "clamp", "data-name": n.label }), " ",
      el("input", { type: "number", class: "clamp-value", min: -1, max: 1, step: 0.1, value: 1, "aria-label": `value for ${n.label}` }),
      " ", n.label, el("span", { class: "muted" }, ` (${n.degree} out)`)));
  }
  if (!nodes.length) put(box, el("p", { class: "muted" }, "No causal claims stored yet."));
}

async function runScenario() {
  const clamp = {};
  document.querySelectorAll("#scenario-concepts label").forEach((label) => {
    const box = label.querySelector("input.clamp");
    if (box.checked) clamp[box.dataset.name] = Number(label.querySelector("input.clamp-value").value);
  });
  // the server's defaults are those of `detente simulate` (kosko, tanh); the form starts on them
  const body = { clamp, rule: document.getElementById("scenario-rule").value, top: 100,
    transfer: document.getElementById("scenario-transfer").value, source: document.getElementById("map-source").value || null };
  const out = document.getElementById("scenario-outcome");
  const table = clear(document.getElementById("scenario-result"));
  if (!Object.keys(clamp).length) { out.textContent = "Tick at least one concept to clamp."; return; }
  const res = await api("/api/simulate", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  out.textContent = `${res.outcome} after ${res.steps} steps (baseline: ${res.baseline.outcome})` + res.unreached.map((u) => `; ${u}`).join("");
  table.append(el("tr", {}, ["concept", "baseline", "scenario", "change", "path (weight · sources · sentence)"].map((h) => el("th", {}, h))));
  let still = res.unmoved;
  for (const r of res.moved) {
    const changed = Math.abs(r.difference) > 1e-6;
    if (!changed) { still += 1; continue; }
    table.append(el("tr", { class: changed ? "changed" : "" }, el("td", {}, r.concept), el("td", { class: "num" }, fmt(r.baseline, 3)),
      el("td", { class: "num" }, fmt(r.scenario, 3)), el("td", { class: `num ${r.difference > 0 ? "coop" : r.difference < 0 ? "conf" : ""}` },
        (r.difference > 0 ? "+" : "") + fmt(r.difference, 3)),
      el("td", {}, (r.paths || []).slice(0, 1).flatMap((p) => p.edges.map((e) => el("div", { class: "muted" },
        `${e.from} → ${e.to} (${fmt(e.weight, 2)} · ${e.sources.join(", ")}) `, el("q", {}, (e.claims[0] || {}).sentence || ""),
        e.claims[0] ? [" ", where(e.claims[0])] : ""))))));
  }
  const more = Object.keys(res.final).length - res.unmoved - res.moved.length;
  table.append(el("tr", {}, el("td", { class: "muted", colspan: 5 },
    `${still} concepts did not move` + (more > 0 ? `; ${more} more moved less than those shown` : ""))));
}

// ---------------------------------------------------------------- sources
async function loadSources() {
  const data = await api("/api/sources");
  const table = clear(document.getElementById("sources-table"));
  table.append(el("tr", {}, ["source", "documents", "stance (actor: score)", "dominant narrative", "framing hits / 1000 words", "techniques"].map((h) => el("th", {}, h))));
  for (const s of data.items) {
    const stance = s.stance.map((r) => el("button", { class: `link ${goldClass(r.score)}`, onclick: () => showStance(s, r) },
      `${r.actor}: ${r.score > 0 ? "+" : ""}${fmt(r.score)}`));
    const fr = s.framing;
    table.append(el("tr", {}, el("td", {}, s.source), el("td", { class: "num" }, s.documents.length),
      el("td", {}, stance.length ? stance.flatMap((b) => [b, " "]) : "–"),
      el("td", {}, fr.dominant_narrative || "–"),
      el("td", { class: "num" }, el("button", { class: "link", onclick: () => showFraming(s) }, fmt(fr.per_1000))),
      el("td", {}, Object.entries(fr.techniques || {}).map(([k, v]) => `${k} ${v.count}`).join(", ") || "–")));
  }
}

function showStance(s, r) {
  const box = clear(document.getElementById("sources-detail"));
  put(box, el("h3", {}, `${s.source} on ${r.actor}: ${fmt(r.score)} (${r.sentences} sentences)`),
    r.top.map((t) => el("div", { class: "stance-sentence", "data-doc": t.doc_id, "data-sentence": t.sentence_idx },
      el("blockquote", {}, t.text || ""), el("div", { class: "muted" },
        `contribution ${fmt(t.contribution)} · ${(t.reasons || []).join("; ")} · `, where(t, s.named === false ? null : s.source), " ",
        t.doc_id ? el("button", { class: "link", onclick: () => openDocument(t.doc_id) }, "open document") : null),
      alsoStated(t, t.also_in))));
}

function showFraming(s) {
  const box = clear(document.getElementById("sources-detail"));
  put(box, el("h3", {}, `${s.source}: framing phrases`));
  for (const [kind, bucket] of [["narrative", s.framing.narratives], ["technique", s.framing.techniques]]) {
    for (const [name, v] of Object.entries(bucket || {})) {
      put(box, el("div", {}, el("b", {}, `${kind} ${name}: ${v.count}`), " ", v.phrases.map((p) => `“${p.phrase}” ×${p.count}`).join(", ")));
    }
  }
  put(box, el("div", {}, "documents: ", s.documents.map((d) => el("button", { class: "link", onclick: () => openDocument(d) }, d)).flatMap((b) => [b, " "])));
}

// ---------------------------------------------------------------- claims
async function loadClaims() {
  const status = document.getElementById("claims-status").value;
  const data = await api(`/api/claims?${qs({ status, limit: 200 })}`);
  const list = clear(document.getElementById("claims-list"));
  if (!data.items.length) put(list, el("li", { class: "muted" }, "No claims."));
  for (const c of data.items) {
    put(list, el("li", { class: "claim" }, el("span", { class: `badge ${c.status}` }, c.status), el("b", {}, c.label || c.claim || ""),
      el("div", { class: "muted" }, c.why || "", ` · ${(c.documents || []).length} documents`),
      // a member is one statement of one document; its ``mentions`` are the sentences restating it there
      (c.members || []).map((m) => el("div", { class: "member", "data-doc": m.doc_id, "data-sentence": m.sentence_idx },
        el("blockquote", {}, m.text || m.sentence || ""),
        el("div", { class: "muted" }, where(m, m.source), " ",
          el("button", { class: "link", onclick: () => openDocument(m.doc_id) }, "open document")),
        alsoStated(m, m.mentions)))));
  }
}

// ---------------------------------------------------------------- documents
async function loadDocuments() {
  const data = await api(`/api/documents?${qs({ limit: state.docsLimit, offset: state.docsOffset })}`);
  const table = clear(document.getElementById("documents-table"));
  table.append(el("tr", {}, ["document", "source", "date", "events", "causal", "framing"].map((h) => el("th", {}, h))));
  for (const d of data.items) {
    table.append(el("tr", {}, el("td", {}, el("button", { class: "link doc-link", "data-id": d.id, onclick: () => openDocument(d.id) }, d.title || d.id)),
      el("td", {}, d.source || ""), el("td", {}, d.published || ""), el("td", { class: "num" }, d.events),
      el("td", { class: "num" }, d.causal_claims), el("td", { class: "num" }, d.framing_hits)));
  }
  const last = Math.min(data.total, data.offset + data.items.length);
  document.getElementById("docs-page").textContent = `${data.total ? data.offset + 1 : 0}–${last} of ${data.total}`;
  document.getElementById("docs-prev").disabled = data.offset === 0;
  document.getElementById("docs-next").disabled = last >= data.total;
}

// Split the clean text at every highlight boundary; each piece gets the classes of the spans covering it.
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  const usable = spans.filter((s) => s.clean_start !== null && s.clean_end !== null && s.clean_end > s.clean_start);
  for (const s of usable) { cuts.add(Math.min(s.clean_start, text.length)); cuts.add(Math.min(s.clean_end, text.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = usable.filter((s) => s.clean_start <= a && s.clean_end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { frag.append(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(covering.map((s) => `hl-${s.kind}`))].join(" ");
    frag.append(el("span", { class: kinds, title: covering.map((s) => `${s.kind}: ${s.label}`).join("\n") }, piece));
  }
  return frag;
}

async function openDocument(id) {
  showView("documents", false);
  const doc = await api(`/api/documents/${encodeURIComponent(id)}`);
  const view = clear(document.getElementById("document-view"));
  const counts = {};
  for (const h of doc.highlights) counts[h.kind] = (counts[h.kind] || 0) + 1;
  view.append(el("h3", {}, doc.title || doc.id),
    el("div", { class: "muted" }, [doc.source, doc.published, doc.url].filter(Boolean).join(" · ")),
    el("div", { class: "muted" }, Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(", ") || "no highlights"),
    el("div", { class: "doc-text", "data-id": doc.id }, highlighted(doc.clean_text, doc.highlights)));
}

// ---------------------------------------------------------------- wiring
const loaders = { index: loadIndex, forecast: loadForecast, timeline: loadTimeline, network: loadNetwork, map: loadMap, sources: loadSources,
  claims: loadClaims, documents: loadDocuments };

async function showView(name, load = true) {
  document.querySelectorAll("#tabs button").forEach((b) => b.classList.toggle("active", b.dataset.view === name));
  document.querySelectorAll("main .view").forEach((v) => { v.hidden = v.id !== `view-${name}`; });
  if (load || !state.loaded[name]) {
    status("loading…");
    try { await loaders[name](); state.loaded[name] = true; status(""); } catch (e) { status(`error: ${e.message}`); }
  }
  document.body.dataset.view = name;
}

async function init() {
  document.querySelectorAll("#tabs button").forEach((b) => b.addEventListener("click", () => showView(b.dataset.view)));
  const dyadInput = document.getElementById("dyad");
  const setDyad = (value) => {
    if (!/^[A-Za-z0-9]{2,12}-[A-Za-z0-9]{2,12}$/.test(value)) { status("dyad must look like USA-RUS"); return; }
    state.dyad = value.toUpperCase(); dyadInput.value = state.dyad; state.loaded = {};
    document.getElementById("report-link").href = `/report?${qs({ dyad: state.dyad })}`;
    showView(document.body.dataset.view || "index");
  };
  dyadInput.addEventListener("change", () => setDyad(dyadInput.value.trim()));
  const list = document.getElementById("dyad-list");
  list.addEventListener("change", () => { if (list.value) setDyad(list.value); });
  document.getElementById("scenario-run").addEventListener("click", () => runScenario().catch((e) => status(`error: ${e.message}`)));
  document.getElementById("map-source").addEventListener("change", () => loadMap());
  document.getElementById("claims-status").addEventListener("change", () => loadClaims());
  for (const id of ["forecast-target", "forecast-horizon"]) document.getElementById(id).addEventListener("change", () => loadForecast().catch((e) => status(`error: ${e.message}`)));
  document.getElementById("docs-prev").addEventListener("click", () => { state.docsOffset = Math.max(0, state.docsOffset - state.docsLimit); loadDocuments(); });
  document.getElementById("docs-next").addEventListener("click", () => { state.docsOffset += state.docsLimit; loadDocuments(); });
  try {
    const d = await api("/api/dyads?top=20");
    put(list, el("option", { value: "" }, "frequent dyads…"), d.items.map((x) => el("option", { value: x.dyad }, `${x.dyad} (${x.events})`)));
  } catch (e) { /* the list is a convenience */ }
  await showView("index");
  document.body.dataset.ready = "1";
}

document.addEventListener("DOMContentLoaded", init);
