// mougraph's offline graph viewer: a canvas, pan (drag), zoom (wheel, buttons), hover for
// the node's details and the sentence it was read from. No libraries, no network.
// Data: {title, directed, nodes:[{id,label,alt?,type,group,x,y,size,color,evidence?,details}],
//        edges:[{source,target,label,weight}], types:[{name,color,count}] (the legend's
//        groups: node types, organisation kinds or communities; a node's "group" names its)
// URL hash "#node=<id>" opens with that node centred and its details shown.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var canvas = document.getElementById("graph");
  var ctx = canvas.getContext("2d");
  var tip = document.getElementById("tip");
  var byId = {};
  var hidden = {};                 // type name -> true when switched off in the legend
  var view = { x: 0, y: 0, k: 1 }; // screen = world * k + (x, y)
  var k0 = 1;                      // the zoom that fits everything: node sizes scale from it
  // thousands of nodes get smaller dots (zoom in to see them bigger)
  var crowd = Math.max(0.3, Math.min(1, Math.sqrt(150 / Math.max(data.nodes.length, 1))));
  var hover = null, pinned = null, hoverEdge = null;
  var touched = false;             // once the user pans or zooms, a resize keeps their view
  var dpr = window.devicePixelRatio || 1;
  var FONT = getComputedStyle(document.body).fontFamily;

  data.nodes.forEach(function (n) { n.neighbours = {}; byId[n.id] = n; });
  data.edges.forEach(function (e) {
    e.s = byId[e.source]; e.t = byId[e.target];
    if (e.s && e.t) { e.s.neighbours[e.t.id] = true; e.t.neighbours[e.s.id] = true; }
  });
  var edges = data.edges.filter(function (e) { return e.s && e.t; });
  var maxWeight = edges.reduce(function (m, e) { return Math.max(m, e.weight || 1); }, 1);
  // the biggest nodes get their labels first when space is short
  var bySize = data.nodes.slice().sort(function (a, b) { return b.size - a.size; });

  document.getElementById("title").textContent = data.title;
  document.title = data.title;

  function visible(n) { return !hidden[n.group || n.type]; }

  function resize() {
    dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(canvas.clientWidth * dpr);
    canvas.height = Math.round(canvas.clientHeight * dpr);
    if (!touched) fit();
    draw();
  }

  function fit() {
    var nodes = data.nodes.filter(visible);
    if (!nodes.length) { view = { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2, k: 1 }; return; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    nodes.forEach(function (n) {
      x0 = Math.min(x0, n.x); x1 = Math.max(x1, n.x); y0 = Math.min(y0, n.y); y1 = Math.max(y1, n.y);
    });
    // the free area: the whole window less the title (top left), the legend (right) and
    // the tools (bottom), so at first sight no node hides under a panel
    var area = freeArea(), pad = 36;
    var w = area.right - area.left, h = area.bottom - area.top;
    var k = Math.min((w - 2 * pad - 120) / Math.max(x1 - x0, 1),  // 120: room for names
                     (h - 2 * pad) / Math.max(y1 - y0, 1));
    k = Math.max(Math.min(k, 4), 0.01);
    view = { k: k, x: (area.left + area.right) / 2 - k * (x0 + x1) / 2,
             y: (area.top + area.bottom) / 2 - k * (y0 + y1) / 2 };
    k0 = k;
  }

  function freeArea() {
    var W = canvas.clientWidth, H = canvas.clientHeight;
    var head = document.getElementById("head").getBoundingClientRect();
    var side = document.getElementById("legend").getBoundingClientRect();
    var tools = document.getElementById("tools").getBoundingClientRect();
    var right = side.width && side.left > W / 2 ? side.left - 4 : W;
    var top = head.height && head.bottom < H / 3 ? head.bottom : 0;
    var bottom = tools.height && tools.top > H / 2 ? tools.top : H;
    return { left: 0, top: top, right: right, bottom: bottom };
  }

  function sx(n) { return n.x * view.k + view.x; }
  function sy(n) { return n.y * view.k + view.y; }
  function radius(n) {
    var zoom = Math.max(0.5, Math.min(Math.sqrt(view.k / k0), 3));
    return (3 + n.size * 0.25) * zoom * crowd;
  }

  function draw() {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
    var focus = pinned || hover;
    ctx.lineCap = "round";
    edges.forEach(function (e) {
      if (!visible(e.s) || !visible(e.t)) return;
      var lit = (focus && (e.s === focus || e.t === focus)) || e === hoverEdge;
      ctx.strokeStyle = lit ? "rgba(40,40,40,.85)" : focus ? "rgba(150,150,150,.15)" : "rgba(120,120,120,.45)";
      ctx.lineWidth = 0.8 + 3 * ((e.weight || 1) - 1) / Math.max(maxWeight - 1, 1) + (lit ? 0.7 : 0);
      var x1 = sx(e.s), y1 = sy(e.s), x2 = sx(e.t), y2 = sy(e.t);
      ctx.beginPath(); ctx.moveTo(x1, y1); ctx.lineTo(x2, y2); ctx.stroke();
      if (data.directed) arrow(x1, y1, x2, y2, radius(e.t));
    });
    var shown = 0;
    data.nodes.forEach(function (n) {
      if (!visible(n)) return;
      shown++;
      var dim = focus && n !== focus && !focus.neighbours[n.id];
      ctx.globalAlpha = dim ? 0.25 : 1;
      ctx.beginPath(); ctx.arc(sx(n), sy(n), radius(n), 0, 2 * Math.PI);
      ctx.fillStyle = n.color; ctx.fill();
      ctx.lineWidth = n === focus ? 3 : 1; ctx.strokeStyle = "#fff"; ctx.stroke();
    });
    ctx.globalAlpha = 1;
    canvas.setAttribute("data-drawn", String(shown));
    labels(focus);
  }

  function arrow(x1, y1, x2, y2, r) {
    var a = Math.atan2(y2 - y1, x2 - x1), L = 7;
    var tx = x2 - Math.cos(a) * r, ty = y2 - Math.sin(a) * r;
    ctx.beginPath(); ctx.moveTo(tx, ty);
    ctx.lineTo(tx - L * Math.cos(a - 0.4), ty - L * Math.sin(a - 0.4));
    ctx.lineTo(tx - L * Math.cos(a + 0.4), ty - L * Math.sin(a + 0.4));
    ctx.closePath(); ctx.fillStyle = ctx.strokeStyle; ctx.fill();
  }

  // labels where they fit: biggest first, right of the dot, else left, above or below;
  // a label that would cover another label or a dot is left out (zoom in to see it)
  function labels(focus) {
    var boxes = [], drawn = 0, W = canvas.clientWidth, H = canvas.clientHeight;
    data.nodes.forEach(function (n) {
      if (!visible(n)) return;
      var r = radius(n), x = sx(n), y = sy(n);
      if (x > -r && x < W + r && y > -r && y < H + r) boxes.push([x - r, y - r, x + r, y + r, n]);
    });
    ctx.font = "12px " + FONT; ctx.textBaseline = "middle";
    var order = focus ? [focus].concat(bySize.filter(function (n) { return focus.neighbours[n.id]; }))
                      : bySize;
    order.forEach(function (n) {
      if (!visible(n)) return;
      var text = short(n.label), w = ctx.measureText(text).width, r = radius(n) + 3;
      var cx = sx(n), cy = sy(n);
      var spots = [[cx + r, cy], [cx - r - w, cy], [cx - w / 2, cy - r - 7], [cx - w / 2, cy + r + 7]];
      for (var s = 0; s < spots.length; s++) {
        var x = spots[s][0], y = spots[s][1];
        var box = [x - 1, y - 8, x + w + 1, y + 8];
        if (box[0] < 0 || box[2] > W || box[1] < 0 || box[3] > H) continue;
        if (boxes.some(function (b) {
          return b[4] !== n && box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1];
        })) continue;
        boxes.push(box); drawn++;
        ctx.lineWidth = 3; ctx.strokeStyle = "rgba(251,251,250,.9)"; ctx.strokeText(text, x, y);
        ctx.fillStyle = "#222"; ctx.fillText(text, x, y);
        return;
      }
    });
    canvas.setAttribute("data-labels", String(drawn));
  }

  function short(text) { return text.length > 24 ? text.slice(0, 23) + "…" : text; }

  function nodeAt(px, py) {
    var best = null, bestD = Infinity;
    data.nodes.forEach(function (n) {
      if (!visible(n)) return;
      var dx = sx(n) - px, dy = sy(n) - py, d = Math.sqrt(dx * dx + dy * dy);
      if (d <= radius(n) + 4 && d < bestD) { best = n; bestD = d; }
    });
    return best;
  }

  // the edge nearest to the mouse, within a few pixels of its line
  function edgeAt(px, py) {
    var best = null, bestD = 5;
    edges.forEach(function (e) {
      if (!visible(e.s) || !visible(e.t)) return;
      var x1 = sx(e.s), y1 = sy(e.s), dx = sx(e.t) - x1, dy = sy(e.t) - y1;
      var len2 = dx * dx + dy * dy;
      var u = len2 ? Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2)) : 0;
      var ex = x1 + u * dx - px, ey = y1 + u * dy - py, d = Math.sqrt(ex * ex + ey * ey);
      if (d < bestD) { best = e; bestD = d; }
    });
    return best;
  }

  function showEdge(e, px, py) {
    tip.textContent = "";
    tip.removeAttribute("data-node");
    var head = document.createElement("div");
    var b = document.createElement("b");
    b.textContent = e.s.label + (data.directed ? " → " : " — ") + e.t.label;
    head.appendChild(b); tip.appendChild(head);
    var d = document.createElement("div"); d.className = "attrs";
    d.textContent = "weight: " + (e.weight || 1);
    tip.appendChild(d);
    if (e.label) {
      var q = document.createElement("blockquote"); q.textContent = e.label; tip.appendChild(q);
    }
    tip.setAttribute("data-edge", e.source + " " + e.target);
    place(px, py);
  }

  function show(n, px, py) {
    tip.removeAttribute("data-edge");
    if (!n) { tip.style.display = "none"; tip.removeAttribute("data-node"); return; }
    tip.textContent = "";
    var head = document.createElement("div");
    var b = document.createElement("b"); b.textContent = n.label; head.appendChild(b);
    var t = document.createElement("span"); t.className = "type"; t.textContent = n.type;
    head.appendChild(t); tip.appendChild(head);
    if (n.details) {
      var d = document.createElement("div"); d.className = "attrs"; d.textContent = n.details;
      tip.appendChild(d);
    }
    if (n.evidence) {
      var q = document.createElement("blockquote"); q.textContent = n.evidence; tip.appendChild(q);
    }
    tip.setAttribute("data-node", n.id);
    place(px, py);
  }

  // beside the mouse, inside the window, and never over the legend: a tooltip that would
  // cover it goes to the legend's left instead (or below it when there is no room left)
  function place(px, py) {
    tip.style.display = "block";
    var w = tip.offsetWidth, h = tip.offsetHeight, W = canvas.clientWidth, H = canvas.clientHeight;
    var x = px + 16, y = py + 16;
    if (x + w > W - 8) x = Math.max(8, px - w - 16);
    if (y + h > H - 8) y = Math.max(8, py - h - 16);
    var side = document.getElementById("legend").getBoundingClientRect();
    if (side.width && x < side.right && x + w > side.left && y < side.bottom && y + h > side.top) {
      if (side.left - w - 8 >= 8) x = side.left - w - 8;
      else y = Math.min(side.bottom + 8, Math.max(8, H - h - 8));
    }
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }

  function zoomAt(px, py, factor) {
    touched = true;
    var k = Math.max(0.005, Math.min(view.k * factor, 60));
    view.x = px - (px - view.x) * (k / view.k);
    view.y = py - (py - view.y) * (k / view.k);
    view.k = k;
    draw();
    if (pinned) show(pinned, sx(pinned), sy(pinned));
  }

  function focusOn(n) {
    if (!n) return;
    touched = true;
    hidden[n.group || n.type] = false; legend();
    view.x = canvas.clientWidth / 2 - n.x * view.k;
    view.y = canvas.clientHeight / 2 - n.y * view.k;
    pinned = n; draw(); show(n, sx(n), sy(n));
  }

  var drag = null;
  canvas.addEventListener("mousedown", function (ev) {
    drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y, moved: false };
    canvas.classList.add("dragging");
  });
  window.addEventListener("mouseup", function (ev) {
    if (drag && !drag.moved) {           // a click pins (or unpins) the node under the mouse
      pinned = nodeAt(ev.clientX, ev.clientY);
      draw(); show(pinned, ev.clientX, ev.clientY);
    }
    drag = null; canvas.classList.remove("dragging");
  });
  window.addEventListener("mousemove", function (ev) {
    if (drag) {
      var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = touched = true;
      view.x = drag.vx + dx; view.y = drag.vy + dy; draw();
      if (pinned) show(pinned, sx(pinned), sy(pinned));
      return;
    }
    if (ev.target !== canvas || pinned) return;
    var n = nodeAt(ev.clientX, ev.clientY);
    var e = n ? null : edgeAt(ev.clientX, ev.clientY);  // nodes win over edges
    if (n !== hover || e !== hoverEdge) { hover = n; hoverEdge = e; draw(); }
    if (e) showEdge(e, ev.clientX, ev.clientY); else show(n, ev.clientX, ev.clientY);
  });
  canvas.addEventListener("mouseleave", function () {
    if (!pinned) { hover = null; hoverEdge = null; show(null); draw(); }
  });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    zoomAt(ev.clientX, ev.clientY, Math.exp(-ev.deltaY * 0.0015));
  }, { passive: false });
  document.getElementById("zoom-in").onclick = function () {
    zoomAt(canvas.clientWidth / 2, canvas.clientHeight / 2, 1.4);
  };
  document.getElementById("zoom-out").onclick = function () {
    zoomAt(canvas.clientWidth / 2, canvas.clientHeight / 2, 1 / 1.4);
  };
  document.getElementById("fit").onclick = function () {
    pinned = null; touched = false; show(null); fit(); draw();
  };
  var search = document.getElementById("search");
  var names = document.getElementById("names");
  bySize.forEach(function (n) {
    var o = document.createElement("option"); o.value = n.label; names.appendChild(o);
  });
  // a name as typed: spaces and case do not matter; any other name (altLabel) counts too
  function key(text) { return String(text || "").replace(/\s+/g, "").toLowerCase(); }
  data.nodes.forEach(function (n) {
    n.keys = [key(n.label)].concat(n.alt ? n.alt.split("; ").map(key) : []);
  });
  function lookUp(q) {
    q = key(q);
    if (!q) return null;
    var exact = bySize.filter(function (n) { return n.keys.indexOf(q) >= 0; });
    var part = bySize.filter(function (n) {
      return n.keys.some(function (k) { return k.indexOf(q) >= 0; });
    });
    return exact[0] || part[0] || null;
  }
  function find() {
    var found = lookUp(search.value);
    search.classList.toggle("missing", !found && search.value.trim() !== "");
    search.title = found || !search.value.trim() ? "" : "no node is called so";
    focusOn(found);
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") find(); });

  function legend() {
    var box = document.getElementById("legend");
    box.textContent = "";
    data.types.forEach(function (t) {
      var row = document.createElement("div");
      row.setAttribute("data-group", t.name);
      if (hidden[t.name]) row.className = "off";
      var dot = document.createElement("span"); dot.className = "dot"; dot.style.background = t.color;
      row.appendChild(dot);
      row.appendChild(document.createTextNode(t.name + " (" + t.count + ")"));
      row.title = "show / hide";
      row.onclick = function () { hidden[t.name] = !hidden[t.name]; legend(); draw(); };
      box.appendChild(row);
    });
  }

  function fromHash() {
    var m = /^#node=(.+)$/.exec(location.hash);
    if (m) focusOn(byId[decodeURIComponent(m[1])]);
  }

  legend();
  // the panels get their text before the first fit, which keeps the drawing clear of them
  var status = document.getElementById("status");
  status.textContent = data.nodes.length + " nodes, " + edges.length + " edges · drag to pan, " +
    "wheel to zoom, hover or click a node for its source sentence, hover an edge for its signings";
  status.setAttribute("data-nodes", String(data.nodes.length));
  status.setAttribute("data-edges", String(edges.length));
  window.addEventListener("resize", resize);
  window.addEventListener("hashchange", fromHash);
  canvas.width = Math.round(canvas.clientWidth * dpr);
  canvas.height = Math.round(canvas.clientHeight * dpr);
  fit();
  draw();
  fromHash();
  // a read-only handle for scripts (embedding pages, browser tests): where a node is drawn
  window.mougraphViewer = {
    position: function (id) {
      var n = byId[id];
      return n ? { x: sx(n), y: sy(n), r: radius(n) } : null;
    },
    zoom: function () { return view.k / k0; },
    shown: function () { return tip.style.display === "none" ? null : tip.getAttribute("data-node"); },
    find: function (name) { var n = lookUp(name); return n ? n.id : null; },
    shownEdge: function () {
      return tip.style.display === "none" ? null : tip.getAttribute("data-edge");
    }
  };
  document.body.setAttribute("data-ready", "true");
})();
