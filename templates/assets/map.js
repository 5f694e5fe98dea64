/* The /map/ page's behaviour: zoom and pan (wheel, drag, pinch, buttons, keys), tooltips on hover and focus,
   filters by type, year range and goal kept in the URL hash. The page works without this file: the SVG's
   markers are links and the tables below list every country and place. No inline script, no libraries. */
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
  var data = JSON.parse(dataBlock.textContent);

  var BREAKS = [1, 5, 20, 50, 100];        // ChoroplethScale.Breaks
  var MAX_ZOOM = 24;
  var vb = svg.viewBox.baseVal;
  var W = vb.width, H = vb.height;
  var view = { x: 0, y: 0, w: W, h: H };
  var radiusFactor = parseFloat(svg.getAttribute('data-radius-factor')) || 1;
  var minRadius = parseFloat(svg.getAttribute('data-min-radius')) || 3;

  var markers = Array.prototype.map.call(svg.querySelectorAll('a.map-marker'), function (a) {
    var circle = a.querySelector('circle');
    var title = circle.querySelector('title');
    if (title) circle.removeChild(title);   // our tooltip replaces the native one
    return {
      el: a, circle: circle, index: +a.getAttribute('data-loc'), name: a.getAttribute('data-name'),
      x: +a.getAttribute('data-x'), y: +a.getAttribute('data-y'),
      sx: +circle.getAttribute('cx'), sy: +circle.getAttribute('cy'),
      count: +a.getAttribute('data-count'), matching: []
    };
  });
  var countryLinks = {};
  Array.prototype.forEach.call(svg.querySelectorAll('a.map-country'), function (a) {
    countryLinks[a.getAttribute('data-iso')] = a;
  });

  function documentsText(n) { return n === 1 ? '1 document' : n + ' documents'; }
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
    var z = zoomLevel();
    // Markers keep their size on screen and slide from their spread spot to their true one: crowds separate.
    markers.forEach(function (m) {
      m.circle.setAttribute('cx', (m.x + (m.sx - m.x) / z).toFixed(3));
      m.circle.setAttribute('cy', (m.y + (m.sy - m.y) / z).toFixed(3));
      m.circle.setAttribute('r', (radius(m.count) / z).toFixed(3));
    });
    root.setAttribute('data-zoom', z.toFixed(2));
    hideTooltip();
  }

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
      case 'Escape': hideTooltip(); break;
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
    heading.textContent = m.name;
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
        list.appendChild(item);
      });
      tooltip.appendChild(list);
      if (m.matching.length > titled.length) {
        var more = document.createElement('p');
        more.textContent = 'and ' + (m.matching.length - titled.length) + ' more; follow the link for all.';
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
  data.types.forEach(function (t, i) {
    var option = document.createElement('option');
    option.value = t;
    option.textContent = (data.typeNames && data.typeNames[i]) || t;   // "Learning plan", not "learningplan"
    typeSelect.appendChild(option);
  });
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
      var label = m.name + ': ' + documentsText(m.count);
      m.el.setAttribute('aria-label', label);
      m.el.setAttribute('data-count', m.count);
      if (m.count) { m.el.removeAttribute('display'); shownPlaces++; } else m.el.setAttribute('display', 'none');
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
    var filtered = state.type || state.from || state.to || state.sdg;
    status.textContent = filtered
      ? documentsText(total) + ' match the filters; ' + shownPlaces + (shownPlaces === 1 ? ' place' : ' places') + ' on the map.'
      : '';
    root.setAttribute('data-visible-markers', shownPlaces);
    render();
  }

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
  frame.setAttribute('aria-label', 'Map view. Plus and minus zoom, arrow keys pan, 0 resets; Tab moves between places.');
  var initial = stateFromUrl();
  writeForm(initial);
  apply(initial);
  root.setAttribute('data-ready', 'true');
  if (window.performance && performance.mark) performance.mark('map-ready');   // read by the budget measurement
})();
