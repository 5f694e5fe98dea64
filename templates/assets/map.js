/* The /map/ page's behaviour: zoom and pan (wheel, drag, pinch, buttons, keys), tooltips on hover and focus,
   filters by type, year range and goal kept in the URL hash (so Back from a place returns to the same filters),
   the list of documents beside the map narrowed to the filters, and markers grouped so that every tap target is at
   least 24 × 24 CSS px (WCAG 2.5.8) and none overlaps another: markers too close to tap apart at the current zoom
   become one numbered group, which zooms in when selected (or lists its places when zooming cannot part them).
   Every word shown comes from the page (#map-strings, from the interface strings), none from this file.
   The page works without this file: the SVG's markers are links and the list and tables below carry every document,
   country and place. No inline script, no libraries. */
(function () {
  'use strict';

  var root = document.getElementById('world-map');
  var dataBlock = document.getElementById('map-data');
  if (!root || !dataBlock) return;
  var svg = root.querySelector('svg.map-svg');
  var frame = root.querySelector('.map-frame');
  var tooltip = root.querySelector('.map-tooltip');
  var form = root.querySelector('form.map-filters');
  var zoomBar = root.querySelector('.map-zoom');
  var status = root.querySelector('.map-status');
  var stringsBlock = document.getElementById('map-strings');
  if (!stringsBlock) return;
  var data = JSON.parse(dataBlock.textContent);
  var S = JSON.parse(stringsBlock.textContent);
  var SVG_NS = 'http://www.w3.org/2000/svg';

  var BREAKS = [1, 5, 20, 50, 100];        // ChoroplethScale.Breaks
  var MAX_ZOOM = 24;
  var MIN_TARGET = 24;   // CSS px: WCAG 2.5.8 (target size, minimum)
  var MIN_DOT = 4;       // CSS px: the smallest marker drawn, so a one-document place stays visible on a phone
  var vb = svg.viewBox.baseVal;
  var W = vb.width, H = vb.height;
  var view = { x: 0, y: 0, w: W, h: H };
  var radiusFactor = parseFloat(svg.getAttribute('data-radius-factor')) || 1;
  var minRadius = parseFloat(svg.getAttribute('data-min-radius')) || 3;

  var markers = Array.prototype.map.call(svg.querySelectorAll('a.map-marker'), function (a) {
    var circle = a.querySelector('circle');
    var title = circle.querySelector('title');
    if (title) circle.removeChild(title);   // our tooltip replaces the native one
    // The tap target: a transparent square at least MIN_TARGET px wide around the drawn circle.
    var hit = document.createElementNS(SVG_NS, 'rect');
    hit.setAttribute('class', 'map-hit');
    a.insertBefore(hit, circle);
    return {
      el: a, circle: circle, hit: hit, index: +a.getAttribute('data-loc'), name: a.getAttribute('data-name'),
      href: a.getAttribute('href'), uncertain: a.classList.contains('map-uncertain'),
      x: +a.getAttribute('data-x'), y: +a.getAttribute('data-y'),
      count: +a.getAttribute('data-count'), matching: []
    };
  });
  var markerLayer = svg.querySelector('g.map-markers');
  var clusterLayer = document.createElementNS(SVG_NS, 'g');
  clusterLayer.setAttribute('class', 'map-clusters');
  markerLayer.parentNode.insertBefore(clusterLayer, markerLayer.nextSibling);
  var clusterPool = [];
  var docList = root.querySelector('.map-docs-list');
  var docItems = Array.prototype.map.call(docList.querySelectorAll('li[data-d]'), function (li) {
    return { el: li, d: +li.getAttribute('data-d') };
  });
  var docsCount = root.querySelector('.map-docs-count');
  var docsEmpty = root.querySelector('.map-docs-empty');
  // A long list is cut in the page; the rest comes from data-list, fetched once, when filters or "show more" need it.
  var listBox = root.querySelector('.map-docs-scroll');
  var listUrl = listBox.getAttribute('data-list');
  var listLimit = +listBox.getAttribute('data-limit') || 0;
  var listPartial = root.querySelector('.map-docs-partial span');
  var listMore = root.querySelector('.map-docs-more');
  var fullList = null, listLoading = false, listShown = listLimit, currentMatch = null;
  var countryLinks = {};
  Array.prototype.forEach.call(svg.querySelectorAll('a.map-country'), function (a) {
    countryLinks[a.getAttribute('data-iso')] = a;
  });

  // The page's words come as data (the CSP allows no inline script): plural forms chosen by the browser's rules.
  var pluralRules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(S.lang) : null;
  var numberFormat = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(S.lang) : null;
  function plural(forms, n) {
    var category = pluralRules ? pluralRules.select(n) : 'other';
    return (forms[category] || forms.other).replace('{count}', numberFormat ? numberFormat.format(n) : String(n));
  }
  function fill(text, values) { return text.replace(/\{(\d)\}/g, function (_, i) { return values[+i]; }); }
  function format(n) { return numberFormat ? numberFormat.format(n) : String(n); }
  function documentsText(n) { return plural(S.documents, n); }
  function placesText(n) { return plural(S.places, n); }
  function placeName(m) { return m.uncertain ? fill(S.uncertainPlace, [m.name, S.uncertain]) : m.name; }
  function radius(count) { return Math.max(minRadius, radiusFactor * Math.sqrt(count)); }
  function shadeClass(count) {
    if (count <= 0) return 'c-none';
    var cls = 0;
    for (var i = 0; i < BREAKS.length; i++) if (count >= BREAKS[i]) cls = i;
    return 'c' + cls;
  }

  /* ---------- view: zoom and pan ---------- */

  function zoomLevel() { return W / view.w; }

  function clampView() {
    view.w = Math.min(W, Math.max(W / MAX_ZOOM, view.w));
    view.h = view.w * H / W;
    view.x = Math.min(W - view.w, Math.max(0, view.x));
    view.y = Math.min(H - view.h, Math.max(0, view.y));
  }

  function render() {
    clampView();
    svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].map(function (v) { return +v.toFixed(3); }).join(' '));
    root.setAttribute('data-zoom', zoomLevel().toFixed(2));
    hideTooltip();
    if (groupList) hideGroupList();
    layoutMarkers();
  }

  /* ---------- markers and groups: every target at least MIN_TARGET px, none overlapping ---------- */

  // A marker's drawn radius in CSS px: area proportional to its documents, at least MIN_DOT.
  function dotRadius(count, base) { return Math.max(MIN_DOT, radius(count) * base); }
  function groupRadius(count) { return Math.max(12, 4 + 3.5 * String(count).length); }
  function targetSide(r) { return Math.max(MIN_TARGET, 2 * r + 4); }

  // Places whose square targets would overlap at this zoom are merged into one group at their weighted centre,
  // repeatedly, until no two targets overlap. A grid as wide as the largest target keeps each round linear, and the
  // last round (no merge) checked every pair that could touch, so the result has no overlap.
  function groupsFor(shown, pxPerUnit, base) {
    var nodes = shown.slice().sort(function (a, b) { return b.count - a.count || a.index - b.index; })
      .map(function (m) {
        var r = dotRadius(m.count, base);
        return {
          x: m.x * pxPerUnit, y: m.y * pxPerUnit, weight: m.count, count: m.count, members: [m],
          r: r, side: targetSide(r)
        };
      });
    for (var round = 0; round < 1000; round++) {
      var cell = 1;
      nodes.forEach(function (n) { cell = Math.max(cell, n.side); });
      var grid = new Map();
      nodes.forEach(function (n, i) {
        var key = Math.floor(n.x / cell) + ',' + Math.floor(n.y / cell);
        if (!grid.has(key)) grid.set(key, []);
        grid.get(key).push(i);
      });
      var dead = [];
      var merged = false;
      for (var i = 0; i < nodes.length; i++) {
        if (dead[i]) continue;
        var a = nodes[i];
        var gx = Math.floor(a.x / cell), gy = Math.floor(a.y / cell);
        for (var dx = -1; dx <= 1; dx++) {
          for (var dy = -1; dy <= 1; dy++) {
            var cellNodes = grid.get((gx + dx) + ',' + (gy + dy));
            if (!cellNodes) continue;
            for (var k = 0; k < cellNodes.length; k++) {
              var j = cellNodes[k];
              if (j <= i || dead[j]) continue;
              var b = nodes[j];
              var reach = (a.side + b.side) / 2;
              if (Math.abs(a.x - b.x) >= reach || Math.abs(a.y - b.y) >= reach) continue;
              var w = a.weight + b.weight;
              a.x = (a.x * a.weight + b.x * b.weight) / w;
              a.y = (a.y * a.weight + b.y * b.weight) / w;
              a.weight = w;
              a.count += b.count;
              a.members = a.members.concat(b.members);
              a.r = groupRadius(a.count);
              a.side = targetSide(a.r);
              dead[j] = true;
              merged = true;
            }
          }
        }
      }
      if (!merged) break;
      nodes = nodes.filter(function (n, i) { return !dead[i]; });
    }
    return nodes;
  }

  function layoutMarkers() {
    var box = svg.getBoundingClientRect();
    if (!box.width) return;
    var pxPerUnit = box.width / view.w, unit = 1 / pxPerUnit, base = box.width / W;
    var shown = markers.filter(function (m) { return m.count > 0; });
    var groups = groupsFor(shown, pxPerUnit, base);
    var used = 0;
    markers.forEach(function (m) { m.group = null; });
    groups.forEach(function (g) {
      if (g.members.length === 1) {
        var m = g.members[0];
        m.el.removeAttribute('display');
        place(m.circle, m.hit, m.x, m.y, g.r * unit, g.side * unit);
        return;
      }
      var c = clusterPool[used] || newCluster();
      used++;
      c.group = g;
      g.members.forEach(function (m) { m.el.setAttribute('display', 'none'); m.group = g; });
      var names = g.members.slice(0, 4).map(placeName).join(', ') + (g.members.length > 4 ? ', …' : '');
      c.el.setAttribute('aria-label', fill(S.cluster, [placesText(g.members.length), documentsText(g.count), names]));
      c.el.setAttribute('data-places', g.members.length);
      c.el.setAttribute('data-count', g.count);
      c.el.removeAttribute('display');
      // A group holding a point lost at sea says so in its outline too (dashed), not only in its label.
      c.el.classList.toggle('map-uncertain', g.members.every(function (m) { return m.uncertain; }));
      c.el.classList.toggle('map-some-uncertain', g.members.some(function (m) { return m.uncertain; }));
      place(c.circle, c.hit, g.x * unit, g.y * unit, g.r * unit, g.side * unit);
      c.text.textContent = numberFormat ? numberFormat.format(g.count) : String(g.count);
      c.text.setAttribute('x', (g.x * unit).toFixed(3));
      c.text.setAttribute('y', (g.y * unit).toFixed(3));
      c.text.setAttribute('font-size', (11 * unit).toFixed(3));
    });
    markers.forEach(function (m) { if (!m.count) m.el.setAttribute('display', 'none'); });
    for (var i = used; i < clusterPool.length; i++) {
      clusterPool[i].el.setAttribute('display', 'none');
      clusterPool[i].group = null;
    }
    root.setAttribute('data-targets', groups.length);
    var legend = root.querySelector('.map-legend-cluster');
    if (legend) legend.hidden = used === 0;
  }

  function place(circle, hit, x, y, r, side) {
    circle.setAttribute('cx', x.toFixed(3));
    circle.setAttribute('cy', y.toFixed(3));
    circle.setAttribute('r', r.toFixed(3));
    hit.setAttribute('x', (x - side / 2).toFixed(3));
    hit.setAttribute('y', (y - side / 2).toFixed(3));
    hit.setAttribute('width', side.toFixed(3));
    hit.setAttribute('height', side.toFixed(3));
  }

  function newCluster() {
    var el = document.createElementNS(SVG_NS, 'g');
    el.setAttribute('class', 'map-cluster');
    el.setAttribute('role', 'button');
    el.setAttribute('tabindex', '0');
    var hit = document.createElementNS(SVG_NS, 'rect');
    hit.setAttribute('class', 'map-hit');
    var circle = document.createElementNS(SVG_NS, 'circle');
    var text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('aria-hidden', 'true');
    el.appendChild(hit); el.appendChild(circle); el.appendChild(text);
    clusterLayer.appendChild(el);
    var c = { el: el, hit: hit, circle: circle, text: text, group: null };
    el.addEventListener('click', function (e) { e.preventDefault(); if (c.group) openGroup(c.group, el); });
    el.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); if (c.group) openGroup(c.group, el); }
    });
    clusterPool.push(c);
    return c;
  }

  // Zoom in on a group's places; when even the closest zoom cannot part them (two points for one country a few
  // metres apart), list them instead, as links.
  function openGroup(g, from) {
    var xs = g.members.map(function (m) { return m.x; }), ys = g.members.map(function (m) { return m.y; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var box = svg.getBoundingClientRect();
    var spreadAtMax = Math.max(maxX - minX, maxY - minY) * box.width / W * MAX_ZOOM;
    if (zoomLevel() >= MAX_ZOOM * 0.99 || spreadAtMax < MIN_TARGET) { showGroupList(g, from); return; }
    var w = Math.max((maxX - minX) * 2.5, (maxY - minY) * 2.5 * W / H, W / MAX_ZOOM);
    view.w = Math.min(view.w / 1.6, w);
    view.h = view.w * H / W;
    view.x = (minX + maxX) / 2 - view.w / 2;
    view.y = (minY + maxY) / 2 - view.h / 2;
    render();
  }

  var groupList = document.createElement('div');
  groupList.className = 'map-group-list';
  groupList.hidden = true;
  frame.appendChild(groupList);

  function showGroupList(g, from) {
    while (groupList.firstChild) groupList.removeChild(groupList.firstChild);
    var list = document.createElement('ul');
    g.members.slice().sort(function (a, b) { return a.index - b.index; }).forEach(function (m) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = m.href;
      link.textContent = placeName(m) + ': ' + documentsText(m.count);
      item.appendChild(link);
      list.appendChild(item);
    });
    groupList.appendChild(list);
    groupList.hidden = false;
    var c = from.getBoundingClientRect(), f = frame.getBoundingClientRect();
    groupList.style.left = Math.max(0, Math.min(c.left - f.left, f.width - groupList.offsetWidth)) + 'px';
    groupList.style.top = Math.max(0, Math.min(c.bottom - f.top + 4, f.height - groupList.offsetHeight)) + 'px';
    list.querySelector('a').focus();
  }

  function hideGroupList() { groupList.hidden = true; }
  groupList.addEventListener('keydown', function (e) { if (e.key === 'Escape') { hideGroupList(); frame.focus(); } });
  document.addEventListener('pointerdown', function (e) { if (!groupList.contains(e.target)) hideGroupList(); });

  function zoomAt(cx, cy, k) {
    var newW = Math.min(W, Math.max(W / MAX_ZOOM, view.w / k));
    var ratio = newW / view.w;
    view.x = cx - (cx - view.x) * ratio;
    view.y = cy - (cy - view.y) * ratio;
    view.w = newW;
    render();
  }

  function zoomCentre(k) { zoomAt(view.x + view.w / 2, view.y + view.h / 2, k); }
  function pan(dx, dy) { view.x += dx; view.y += dy; render(); }
  function reset() { view = { x: 0, y: 0, w: W, h: H }; render(); }

  function toMap(clientX, clientY) {
    var r = svg.getBoundingClientRect();
    return { x: view.x + (clientX - r.left) / r.width * view.w, y: view.y + (clientY - r.top) / r.height * view.h };
  }

  svg.addEventListener('wheel', function (e) {
    e.preventDefault();
    var p = toMap(e.clientX, e.clientY);
    zoomAt(p.x, p.y, Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)));
  }, { passive: false });

  // Pointer events cover mouse drag, one-finger pan and two-finger pinch alike.
  var pointers = new Map();
  var dragged = false;
  var pinchStart = null;

  svg.addEventListener('pointerdown', function (e) {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    dragged = false;
    if (pointers.size === 2) pinchStart = pinchState();
  });

  svg.addEventListener('pointermove', function (e) {
    var last = pointers.get(e.pointerId);
    if (!last) return;
    var r = svg.getBoundingClientRect();
    if (pointers.size === 1) {
      var dx = e.clientX - last.x, dy = e.clientY - last.y;
      if (!dragged && Math.abs(dx) + Math.abs(dy) < 4) return;
      if (!dragged) { dragged = true; svg.setPointerCapture(e.pointerId); root.classList.add('map-dragging'); }
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      pan(-dx / r.width * view.w, -dy / r.height * view.h);
    } else if (pointers.size === 2 && pinchStart) {
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      dragged = true;
      var now = pinchState();
      var centre = toMap(now.cx, now.cy);
      zoomAt(centre.x, centre.y, now.distance / pinchStart.distance);
      pinchStart = now;
    }
  });

  function endPointer(e) {
    pointers.delete(e.pointerId);
    if (pointers.size < 2) pinchStart = null;
    root.classList.remove('map-dragging');
  }
  svg.addEventListener('pointerup', endPointer);
  svg.addEventListener('pointercancel', endPointer);

  function pinchState() {
    var p = Array.from(pointers.values());
    return {
      cx: (p[0].x + p[1].x) / 2, cy: (p[0].y + p[1].y) / 2,
      distance: Math.max(1, Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y))
    };
  }

  // A drag that ends on a marker or country must not follow its link.
  svg.addEventListener('click', function (e) {
    if (dragged) { e.preventDefault(); e.stopPropagation(); dragged = false; }
  }, true);

  zoomBar.addEventListener('click', function (e) {
    var button = e.target.closest('button[data-zoom]');
    if (!button) return;
    var action = button.getAttribute('data-zoom');
    if (action === 'in') zoomCentre(1.6);
    else if (action === 'out') zoomCentre(1 / 1.6);
    else reset();
  });

  frame.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var step = view.w / 8;
    var handled = true;
    switch (e.key) {
      case '+': case '=': zoomCentre(1.6); break;
      case '-': case '_': zoomCentre(1 / 1.6); break;
      case '0': reset(); break;
      case 'ArrowLeft': pan(-step, 0); break;
      case 'ArrowRight': pan(step, 0); break;
      case 'ArrowUp': pan(0, -step * H / W); break;
      case 'ArrowDown': pan(0, step * H / W); break;
      case 'Escape': hideTooltip(); hideGroupList(); break;
      default: handled = false;
    }
    if (handled) e.preventDefault();
  });

  /* ---------- tooltip ---------- */

  var tooltipFor = null;

  function showTooltip(m) {
    tooltipFor = m;
    while (tooltip.firstChild) tooltip.removeChild(tooltip.firstChild);
    var heading = document.createElement('strong');
    heading.textContent = placeName(m);
    tooltip.appendChild(heading);
    var count = document.createElement('span');
    count.textContent = ': ' + documentsText(m.matching.length);
    tooltip.appendChild(count);
    var titled = m.matching.filter(function (d) { return data.docs[d].length > 3; }).slice(0, 5);
    if (titled.length) {
      var list = document.createElement('ul');
      titled.forEach(function (d) {
        var item = document.createElement('li');
        var doc = data.docs[d];
        item.textContent = doc[3] + (doc[1] ? ' (' + doc[1] + ')' : '');
        item.dir = 'auto';   // a title may be Arabic in an English list
        list.appendChild(item);
      });
      tooltip.appendChild(list);
      if (m.matching.length > titled.length) {
        var more = document.createElement('p');
        more.textContent = fill(S.more, [m.matching.length - titled.length]);
        tooltip.appendChild(more);
      }
    }
    tooltip.hidden = false;
    m.el.setAttribute('aria-describedby', tooltip.id);
    var c = m.circle.getBoundingClientRect();
    var f = frame.getBoundingClientRect();
    var left = c.left - f.left + c.width / 2 + 12;
    var top = c.top - f.top + c.height / 2 + 12;
    if (left + tooltip.offsetWidth > f.width) left = Math.max(0, c.left - f.left - tooltip.offsetWidth - 12);
    if (top + tooltip.offsetHeight > f.height) top = Math.max(0, c.top - f.top - tooltip.offsetHeight - 12);
    tooltip.style.left = left + 'px';   // CSSOM, not a style attribute: allowed by the CSP
    tooltip.style.top = top + 'px';
  }

  function hideTooltip() {
    if (tooltipFor) tooltipFor.el.removeAttribute('aria-describedby');
    tooltipFor = null;
    tooltip.hidden = true;
  }

  markers.forEach(function (m) {
    m.el.addEventListener('pointerenter', function () { if (!pointers.size) showTooltip(m); });
    m.el.addEventListener('pointerleave', hideTooltip);
    m.el.addEventListener('focus', function () {
      // Bring a marker reached by Tab into view when zoomed in.
      var cx = +m.circle.getAttribute('cx'), cy = +m.circle.getAttribute('cy');
      if (cx < view.x || cx > view.x + view.w || cy < view.y || cy > view.y + view.h) {
        view.x = cx - view.w / 2; view.y = cy - view.h / 2; render();
      }
      showTooltip(m);
    });
    m.el.addEventListener('blur', hideTooltip);
  });

  /* ---------- filters ---------- */

  var typeSelect = form.elements.type, fromInput = form.elements.from, toInput = form.elements.to, sdgSelect = form.elements.sdg;
  if (data.years.length === 2) {
    [fromInput, toInput].forEach(function (input) { input.min = data.years[0]; input.max = data.years[1]; });
    fromInput.placeholder = data.years[0];
    toInput.placeholder = data.years[1];
  }

  function readForm() {
    return {
      type: typeSelect.value, from: parseInt(fromInput.value, 10) || 0,
      to: parseInt(toInput.value, 10) || 0, sdg: parseInt(sdgSelect.value, 10) || 0
    };
  }

  function writeForm(state) {
    typeSelect.value = data.types.indexOf(state.type) >= 0 ? state.type : '';
    fromInput.value = state.from || '';
    toInput.value = state.to || '';
    sdgSelect.value = state.sdg >= 1 && state.sdg <= 17 ? String(state.sdg) : '';
  }

  function stateFromUrl() {
    var params = new URLSearchParams(location.search);
    new URLSearchParams(location.hash.replace(/^#/, '')).forEach(function (v, k) { params.set(k, v); });
    return {
      type: params.get('type') || '', from: parseInt(params.get('from'), 10) || 0,
      to: parseInt(params.get('to'), 10) || 0, sdg: parseInt(params.get('sdg'), 10) || 0
    };
  }

  function writeUrl(state) {
    var params = new URLSearchParams();
    if (state.type) params.set('type', state.type);
    if (state.from) params.set('from', state.from);
    if (state.to) params.set('to', state.to);
    if (state.sdg) params.set('sdg', state.sdg);
    var text = params.toString();
    var url = location.pathname + location.search + (text ? '#' + text : '');
    if (url !== location.pathname + location.search + location.hash) history.replaceState(null, '', url);
  }

  function matcher(state) {
    var typeBit = state.type ? data.types.indexOf(state.type) : -1;
    return function (d) {
      var doc = data.docs[d];
      if (typeBit >= 0 && !(doc[0] & (1 << typeBit))) return false;
      if ((state.from || state.to) && !doc[1]) return false;   // no year: cannot be in a year range
      if (state.from && doc[1] < state.from) return false;
      if (state.to && doc[1] > state.to) return false;
      if (state.sdg && !(doc[2] & (1 << state.sdg))) return false;
      return true;
    };
  }

  function apply(state) {
    var match = matcher(state);
    var shownPlaces = 0;
    markers.forEach(function (m) {
      m.matching = data.locs[m.index].filter(match);
      m.count = m.matching.length;
      m.el.setAttribute('aria-label', placeName(m) + ': ' + documentsText(m.count));
      m.el.setAttribute('data-count', m.count);
      if (m.count) shownPlaces++;   // drawn or grouped by layoutMarkers
      var row = root.parentNode.querySelector('#map-places tr[data-loc="' + m.index + '"]');
      if (row) { row.querySelector('.map-count').textContent = m.count; row.hidden = !m.count; }
    });
    data.countries.forEach(function (c) {
      var count = c.d.filter(match).length;
      var link = countryLinks[c.iso];
      if (link) {
        link.setAttribute('aria-label', c.name + ': ' + documentsText(count));
        link.querySelector('path').setAttribute('class', shadeClass(count));
        var title = link.querySelector('title');
        if (title) title.textContent = c.name + ': ' + documentsText(count);
      }
      var row = root.parentNode.querySelector('#map-countries tr[data-iso="' + c.iso + '"]');
      if (row) { row.querySelector('.map-count').textContent = count; row.hidden = !count; }
    });
    var total = 0;
    for (var d = 0; d < data.docs.length; d++) if (match(d)) total++;
    var filtered = !!(state.type || state.from || state.to || state.sdg);
    currentMatch = match;
    listShown = listLimit;
    showList(filtered);
    docsCount.textContent = documentsText(total);
    docsEmpty.hidden = total > 0;
    status.textContent = filtered
      ? fill(S.status, [documentsText(total), placesText(shownPlaces)])
      : '';
    root.setAttribute('data-visible-markers', shownPlaces);
    render();
  }

  /* ---------- the list beside the map ---------- */

  function showList(filtered) {
    var match = currentMatch;
    if (!listUrl) { docItems.forEach(function (item) { item.el.hidden = !match(item.d); }); return; }
    if (!fullList) {
      // Until the rest arrives (or if it cannot), the page's own items are narrowed.
      docItems.forEach(function (item) { item.el.hidden = !match(item.d); });
      if (filtered || listShown > listLimit) { loadList(); listMore.hidden = true; return; }
      listMore.hidden = false;
      listMore.textContent = fill(S.listMore, [format(Math.min(listLimit, data.docs.length - docItems.length))]);
      return;
    }
    var matching = fullList.filter(function (e) { return match(e[0]); });
    while (docList.firstChild) docList.removeChild(docList.firstChild);
    matching.slice(0, listShown).forEach(function (e) {
      var item = document.createElement('li');
      item.setAttribute('data-d', e[0]);
      var link = document.createElement('a');
      link.href = e[2];
      link.textContent = e[1];
      if (e[3]) link.lang = e[3];
      link.dir = 'auto';
      item.appendChild(link);
      if (e[4]) {
        var meta = document.createElement('span');
        meta.className = 'map-doc-meta';
        meta.textContent = e[4];
        item.appendChild(document.createTextNode(' '));
        item.appendChild(meta);
      }
      docList.appendChild(item);
    });
    var shown = Math.min(listShown, matching.length);
    listPartial.textContent = fill(S.showing, [format(shown), format(matching.length)]);
    listPartial.parentNode.hidden = shown >= matching.length;
    listMore.hidden = shown >= matching.length;
    listMore.textContent = fill(S.listMore, [format(Math.min(listLimit, matching.length - shown))]);
  }

  function loadList() {
    if (listLoading || !window.fetch) return;
    listLoading = true;
    root.setAttribute('data-list', 'loading');
    fetch(listUrl).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); }).then(function (rows) {
      fullList = rows;
      root.setAttribute('data-list', 'loaded');
      showList(true);
    }).catch(function () {
      // The page's own items stay, with the link to every document.
      listLoading = false;
      root.setAttribute('data-list', 'failed');
    });
  }

  if (listMore) listMore.addEventListener('click', function () {
    listShown += listLimit;
    if (fullList) showList(true); else { listMore.hidden = true; loadList(); }
  });

  function onFilterChange() {
    var state = readForm();
    writeUrl(state);
    apply(state);
  }

  form.addEventListener('input', onFilterChange);
  form.addEventListener('change', onFilterChange);
  form.addEventListener('submit', function (e) { e.preventDefault(); onFilterChange(); });
  form.addEventListener('reset', function () { setTimeout(onFilterChange, 0); });
  window.addEventListener('hashchange', function () { var s = stateFromUrl(); writeForm(s); apply(s); });

  /* ---------- start ---------- */

  form.hidden = false;
  zoomBar.hidden = false;
  frame.setAttribute('tabindex', '0');
  frame.setAttribute('role', 'group');
  frame.setAttribute('aria-label', S.view);
  // Targets are sized in screen pixels: a new width (a phone turned) groups them anew.
  var resizeQueued = false;
  window.addEventListener('resize', function () {
    if (resizeQueued) return;
    resizeQueued = true;
    requestAnimationFrame(function () { resizeQueued = false; layoutMarkers(); });
  });
  var initial = stateFromUrl();
  writeForm(initial);
  apply(initial);
  root.setAttribute('data-ready', 'true');
  if (window.performance && performance.mark) performance.mark('map-ready');   // read by the budget measurement
})();
