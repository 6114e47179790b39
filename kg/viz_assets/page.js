/* newskg network page: draws the JSON block with vis-network; two views, filters, details.
 * Text from articles is only ever written with textContent / text nodes, and
 * vis `title` tooltips are not used, so nothing from the data is parsed as HTML. */
(function () {
  "use strict";
  var timings = { start: performance.now() }; // ms since navigation, for the benchmark
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();
  var KINDS = DATA.kinds, EVENTS = DATA.events, ARTICLES = DATA.articles;
  var EVENT_KINDS = ["meeting", "agreement", "statement", "event"];
  var MAX_LISTED = 40; // events listed in the details panel
  var $ = function (id) { return document.getElementById(id); };

  var api = { ready: false, timings: timings };
  window.newskg = api;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function isEvent(kind) { return EVENT_KINDS.indexOf(kind) >= 0; }

  // ------------------------------------------------------------ the view on screen
  // V holds the current view: its rows, lookups, vis DataSets and network.
  var V = null;

  function prepare(name) {
    var spec = DATA.views[name];
    var v = { name: name, actors: name === "actors", nodes: spec.nodes, edges: spec.edges,
              options: spec.options, large: spec.large, nodeById: {}, edgeById: {},
              shown: { nodes: {}, edges: {} } };
    v.nodes.forEach(function (n) { v.nodeById[n.id] = n; });
    v.edges.forEach(function (e) { v.edgeById[e.id] = e; });
    v.actorNodes = v.nodes.filter(function (n) { return !isEvent(n.kind) && n.kind !== "date" && n.kind !== "place"; });
    return v;
  }

  // ------------------------------------------------------------ filters
  var state = { types: {}, from: "", to: "", undated: true, minWeight: 1 };
  var presentTypes = EVENT_KINDS.filter(function (t) {
    return EVENTS.some(function (e) { return e.type === t; });
  });
  presentTypes.forEach(function (t) { state.types[t] = true; });

  function datePasses(date) {
    if (!date) return state.undated;
    // yyyy, yyyy-mm or yyyy-mm-dd: compare the period it covers with the range.
    var precision = Math.min(date.split("-").length, 3) - 1;
    var first = date + ["-01-01", "-01", ""][precision];
    var last = date + ["-12-31", "-31", ""][precision];
    if (state.from && last < state.from) return false;
    if (state.to && first > state.to) return false;
    return true;
  }

  function eventPasses(ev) { return !!state.types[ev.type] && datePasses(ev.date); }

  function countsLabel(indices) {
    var counts = {};
    indices.forEach(function (i) { counts[EVENTS[i].type] = (counts[EVENTS[i].type] || 0) + 1; });
    return Object.keys(counts).sort().map(function (t) { return plural(counts[t], t); }).join(" · ");
  }

  function rows(v) {
    var mask = EVENTS.map(eventPasses);
    var live = function (item) { return item.ev.filter(function (i) { return mask[i]; }); };
    var nodeRows = [], edgeRows = [], touched = {};
    v.edges.forEach(function (e) {
      var ev = live(e);
      var visible = ev.length >= (v.actors ? Math.max(1, state.minWeight) : 1);
      if (visible) { touched[e.from] = true; touched[e.to] = true; }
      var row = { id: e.id, from: e.from, to: e.to, hidden: !visible };
      if (v.actors) row.width = 1 + 1.5 * Math.log2(Math.max(ev.length, 1));
      if (!v.large) row.label = v.actors ? countsLabel(ev) : e.label;
      edgeRows.push(row);
    });
    v.nodes.forEach(function (n) {
      var visible = live(n).length > 0;
      if (v.actors && state.minWeight > 1) visible = visible && !!touched[n.id];
      var style = KINDS[n.kind] || KINDS.event;
      nodeRows.push({ id: n.id, label: n.label, size: n.size, hidden: !visible,
                      color: style.color, shape: isEvent(n.kind) ? "diamond" : "dot" });
    });
    return { nodes: nodeRows, edges: edgeRows };
  }

  function remember(v, r) {
    r.nodes.forEach(function (n) { v.shown.nodes[n.id] = !n.hidden; });
    r.edges.forEach(function (e) { v.shown.edges[e.id] = !e.hidden; });
  }

  function counts() {
    var count = function (m) { return Object.keys(m).filter(function (k) { return m[k]; }).length; };
    return { view: V.name, nodes: count(V.shown.nodes), edges: count(V.shown.edges),
             totalNodes: V.nodes.length, totalEdges: V.edges.length };
  }

  function showStatus(message) {
    var c = counts();
    $("kg-status").textContent = "Showing " + c.nodes + " of " + plural(c.totalNodes, "node") + ", " +
      c.edges + " of " + plural(c.totalEdges, "edge") + "." + (message ? " " + message : "");
  }

  function apply() {
    var r = rows(V);
    // Send only what changed: DataSet updates redraw, and big graphs have many rows.
    var nodeChanges = r.nodes.filter(function (n) { return V.shown.nodes[n.id] !== !n.hidden; });
    var edgeChanges = V.actors ? r.edges : r.edges.filter(function (e) { return V.shown.edges[e.id] !== !e.hidden; });
    remember(V, r);
    V.nodesDS.update(nodeChanges.map(function (n) { return { id: n.id, hidden: n.hidden }; }));
    V.edgesDS.update(edgeChanges.map(function (e) {
      var u = { id: e.id, hidden: e.hidden };
      if (V.actors) { u.width = e.width; if (!V.large) u.label = e.label; }
      return u;
    }));
    showStatus();
  }

  // ------------------------------------------------------------ details panel
  function articleCitation(index) {
    var cite = el("cite");
    var art = ARTICLES[index];
    if (!art) { cite.textContent = "— source article not in this graph"; return cite; }
    var parts = [art.title || "untitled article", art.outlet, art.issued].filter(Boolean);
    cite.appendChild(document.createTextNode("— " + parts.join(", ")));
    if (art.url && /^https?:\/\//i.test(art.url)) {
      var a = el("a", "open article");
      a.href = art.url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      cite.appendChild(document.createTextNode(" "));
      cite.appendChild(a);
    }
    return cite;
  }

  function row(dl, term, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", term));
    dl.appendChild(el("dd", value));
  }

  function chip(kind) {
    var style = KINDS[kind] || KINDS.event;
    var c = el("span", style.label, "chip");
    c.style.background = style.color;
    return c;
  }

  function renderEvent(ev) {
    var box = el("div", null, "event");
    var head = el("div", null, "event-head");
    head.appendChild(chip(ev.type));
    head.appendChild(document.createTextNode(
      [ev.date || "date unknown", ev.place ? "in " + ev.place : ""].filter(Boolean).join(" ")));
    box.appendChild(head);
    var dl = el("dl");
    row(dl, "Participants", ev.actors.map(function (a) { return a[0] + " (" + a[1] + ")"; }).join("; "));
    row(dl, "Date as written", ev.dateText);
    row(dl, "Status", ev.status);
    row(dl, "Mode", ev.mode);
    row(dl, "Confidence", ev.confidence === null ? null : Number(ev.confidence).toFixed(2));
    row(dl, "Sources", ev.sources);
    row(dl, "Content", ev.content);
    box.appendChild(dl);
    ev.evidence.forEach(function (pair) {
      box.appendChild(el("blockquote", pair[0]));
      box.appendChild(articleCitation(pair[1]));
    });
    return box;
  }

  function renderEvents(body, indices) {
    var passing = indices.filter(function (i) { return eventPasses(EVENTS[i]); });
    if (passing.length < indices.length) {
      body.appendChild(el("p", (indices.length - passing.length) + " more hidden by the filters.", "more"));
    }
    passing.slice(0, MAX_LISTED).forEach(function (i) { body.appendChild(renderEvent(EVENTS[i])); });
    if (passing.length > MAX_LISTED) body.appendChild(el("p", "… and " + (passing.length - MAX_LISTED) + " more.", "more"));
  }

  var pinned = null;

  function showDetails(kind, id) {
    var body = $("kg-details-body");
    body.textContent = "";
    if (!kind) {
      body.appendChild(el("p", "Hover or click a node or an edge.", "hint"));
      return;
    }
    if (kind === "node") {
      var n = V.nodeById[id];
      if (!n) return;
      if (isEvent(n.kind)) {
        body.appendChild(renderEvent(EVENTS[n.ev[0]]));
        body.appendChild(el("p", n.iri, "iri"));
        return;
      }
      var h = el("h3");
      h.appendChild(chip(n.kind));
      h.appendChild(document.createTextNode(n.label));
      body.appendChild(h);
      if (n.posts) body.appendChild(el("p", "Holds: " + n.posts.join("; ")));
      if (n.iri) body.appendChild(el("p", n.iri, "iri"));
      body.appendChild(el("p", plural(n.ev.length, "event") + ": " + countsLabel(n.ev)));
      renderEvents(body, n.ev);
    } else {
      var e = V.edgeById[id];
      if (!e) return;
      body.appendChild(el("h3", V.nodeById[e.from].label + " — " + V.nodeById[e.to].label));
      if (V.actors) body.appendChild(el("p", "Shared: " + countsLabel(e.ev)));
      else if (e.label) body.appendChild(el("p", "Link: " + e.label));
      renderEvents(body, e.ev);
    }
  }

  // ------------------------------------------------------------ network
  function freeze(v) {
    if (v !== V || api.ready) return;
    // Stabilised (or out of time or iterations): stop physics so the page stays responsive.
    v.network.setOptions({ physics: { enabled: false } });
    $("kg-loading").hidden = true;
    api.readyAt = timings.ready = performance.now();
    api.ready = true;
  }

  function draw(name) {
    if (V && V.network) V.network.destroy();
    api.ready = false;
    pinned = null;
    var v = prepare(name);
    V = v;
    var r = rows(v);
    remember(v, r);
    v.nodesDS = new vis.DataSet(r.nodes);
    v.edgesDS = new vis.DataSet(r.edges);
    timings.rows = performance.now();
    $("kg-loading").textContent = "Laying out the network…";
    $("kg-loading").hidden = false;
    var network = new vis.Network($("kg-network"), { nodes: v.nodesDS, edges: v.edgesDS }, v.options);
    timings.network = performance.now();
    v.network = network;
    api.view = name;
    api.network = network;
    api.nodes = v.nodesDS;
    api.edges = v.edgesDS;

    var layoutStart = performance.now();
    network.on("stabilizationProgress", function (p) {
      // Bounded layout: past the budget, stop where we are (ends stabilisation).
      if (performance.now() - layoutStart > DATA.layoutBudgetMs) network.stopSimulation();
      $("kg-loading").textContent = "Laying out the network… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () { freeze(v); });
    network.once("stabilized", function () { freeze(v); });
    if (v.nodes.length === 0 || !(v.options.physics && v.options.physics.enabled)) freeze(v);

    network.on("hoverNode", function (p) { if (!pinned) showDetails("node", p.node); });
    network.on("hoverEdge", function (p) { if (!pinned) showDetails("edge", p.edge); });
    network.on("click", function (p) {
      if (p.nodes.length) pinned = ["node", p.nodes[0]];
      else if (p.edges.length) pinned = ["edge", p.edges[0]];
      else pinned = null;
      if (pinned) showDetails(pinned[0], pinned[1]); else showDetails(null);
    });

    $("kg-weight-box").hidden = !v.actors;
    document.querySelectorAll("input[name=kg-view]").forEach(function (b) { b.checked = b.value === name; });
    var names = $("kg-actor-names");
    names.textContent = "";
    v.actorNodes.slice().sort(function (a, b) { return a.label.localeCompare(b.label); }).forEach(function (n) {
      var opt = el("option");
      opt.value = n.label;
      names.appendChild(opt);
    });
    showDetails(null);
    showStatus();
  }

  function focusActor(query) {
    var q = String(query || "").trim().toLocaleLowerCase();
    if (!q) return null;
    var hit = V.actorNodes.filter(function (n) { return n.label.toLocaleLowerCase() === q; })[0] ||
      V.actorNodes.filter(function (n) { return n.label.toLocaleLowerCase().indexOf(q) >= 0; })[0];
    if (!hit) { showStatus("No actor matches “" + String(query) + "”."); return null; }
    if (!V.shown.nodes[hit.id]) { showStatus(hit.label + " is hidden by the filters."); return hit.id; }
    V.network.selectNodes([hit.id]);
    V.network.focus(hit.id, { scale: 1.4, animation: false });
    pinned = ["node", hit.id];
    showDetails("node", hit.id);
    showStatus("Focused on " + hit.label + ".");
    return hit.id;
  }

  // ------------------------------------------------------------ controls
  presentTypes.forEach(function (t) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = t;
    box.addEventListener("change", function () { state.types[t] = box.checked; apply(); });
    label.appendChild(box);
    label.appendChild(chip(t));
    $("kg-types").appendChild(label);
  });
  var dates = EVENTS.map(function (e) { return e.date; }).filter(Boolean).sort();
  if (dates.length) {
    ["kg-from", "kg-to"].forEach(function (id) {
      $(id).min = (dates[0] + "-01-01").slice(0, 10);
      $(id).max = (dates[dates.length - 1] + "-12-31").slice(0, 10);
    });
  }
  $("kg-from").addEventListener("change", function () { state.from = this.value; apply(); });
  $("kg-to").addEventListener("change", function () { state.to = this.value; apply(); });
  $("kg-undated").addEventListener("change", function () { state.undated = this.checked; apply(); });
  $("kg-min-weight").addEventListener("change", function () {
    state.minWeight = Math.max(1, parseInt(this.value, 10) || 1);
    apply();
  });
  document.querySelectorAll("input[name=kg-view]").forEach(function (b) {
    b.addEventListener("change", function () { if (b.checked && b.value !== V.name) draw(b.value); });
  });
  $("kg-search").addEventListener("change", function () { focusActor(this.value); });
  $("kg-filters").addEventListener("submit", function (e) { e.preventDefault(); focusActor($("kg-search").value); });
  $("kg-reset").addEventListener("click", function () {
    var name = V.name;
    $("kg-filters").reset();
    presentTypes.forEach(function (t) { state.types[t] = true; });
    state.from = state.to = ""; state.undated = true; state.minWeight = 1;
    $("kg-types").querySelectorAll("input").forEach(function (b) { b.checked = true; });
    document.querySelectorAll("input[name=kg-view]").forEach(function (b) { b.checked = b.value === name; });
    pinned = null;
    V.network.unselectAll();
    showDetails(null);
    apply();
    V.network.fit({ animation: false });
  });

  // For tests and scripting: switch view, set filters, read counts.
  api.counts = counts;
  api.setView = draw;
  api.setFilters = function (f) {
    if (f.types) presentTypes.forEach(function (t) { state.types[t] = f.types.indexOf(t) >= 0; });
    if ("from" in f) state.from = f.from || "";
    if ("to" in f) state.to = f.to || "";
    if ("undated" in f) state.undated = !!f.undated;
    if ("minWeight" in f) state.minWeight = f.minWeight;
    apply();
    return counts();
  };
  api.focusActor = focusActor;
  api.showDetails = showDetails;
  draw(DATA.view);
})();
