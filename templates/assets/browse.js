/* The document listing's instant filters. Without this file the listing works: every facet value links to its
   pre-rendered page and the pages are paginated. With it, the facet lists become select boxes that combine
   (a type AND a year AND a goal…) plus a title filter, applied in the browser to /api/browse.json.
   No inline script, no libraries; cards are built with textContent, so no document text is parsed as HTML. */
(function () {
  'use strict';

  var facets = document.querySelector('[data-browse-facets]');
  var results = document.querySelector('[data-browse-results]');
  var count = document.querySelector('[data-browse-count]');
  if (!facets || !results || !count || !window.fetch) return;

  var form = document.createElement('form');
  form.className = 'browse-filter';
  form.setAttribute('role', 'search');
  form.setAttribute('aria-label', 'Filter documents');
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  var text = field('Title contains', document.createElement('input'));
  text.control.type = 'search';
  text.control.name = 'q';
  form.appendChild(text.label);

  var selects = [];
  Array.prototype.forEach.call(facets.querySelectorAll('details[data-facet]'), function (details) {
    var select = document.createElement('select');
    select.name = details.getAttribute('data-facet');
    var any = document.createElement('option');
    any.value = '';
    any.textContent = 'Any';
    select.appendChild(any);
    Array.prototype.forEach.call(details.querySelectorAll('a[data-value]'), function (a) {
      var option = document.createElement('option');
      option.value = a.getAttribute('data-value');
      var counted = a.querySelector('.count');
      var name = a.firstChild ? a.firstChild.textContent.trim() : '';
      option.textContent = counted ? name + ' (' + counted.textContent.trim() + ')' : name;
      if (a.getAttribute('aria-current')) option.selected = true;
      select.appendChild(option);
    });
    var f = field(details.getAttribute('data-label'), select);
    form.appendChild(f.label);
    selects.push(select);
    details.hidden = true;
  });

  var clear = document.createElement('button');
  clear.type = 'reset';
  clear.textContent = 'Clear filters';
  form.appendChild(clear);
  var heading = facets.querySelector('h2');
  facets.insertBefore(form, heading ? heading.nextSibling : facets.firstChild);

  var original = results.innerHTML;
  var originalCount = count.textContent;
  var index = null;

  function field(name, control) {
    var label = document.createElement('label');
    var span = document.createElement('span');
    span.textContent = name;
    label.appendChild(span);
    label.appendChild(control);
    return { label: label, control: control };
  }

  function load(then) {
    if (index) return then();
    fetch(facets.getAttribute('data-index')).then(function (r) { return r.json(); }).then(function (data) {
      index = data;
      then();
    });
  }

  function active() {
    return selects.some(function (s) { return s.value !== ''; }) || text.control.value.trim() !== '';
  }

  function apply() {
    if (!active()) {
      results.innerHTML = original;   // the page as built: its own documents and pagination
      count.textContent = originalCount;
      return;
    }
    load(function () {
      var words = text.control.value.trim().toLowerCase();
      var found = index.filter(function (d) {
        if (words && d.title.toLowerCase().indexOf(words) < 0) return false;
        return selects.every(function (s) {
          return s.value === '' || (d.terms[s.name] || []).indexOf(s.value) >= 0;
        });
      });
      render(found);
    });
  }

  function render(found) {
    var list = document.createElement('ol');
    list.className = 'document-list';
    found.slice(0, 200).forEach(function (d) {
      var li = document.createElement('li');
      li.className = 'card document-card type-' + d.typeKey;
      add(li, 'p', 'card-type', d.type);
      var h = add(li, 'h3', 'card-title', '');
      var a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.title;
      h.appendChild(a);
      var facts = [d.countries, d.year].filter(Boolean).join(' · ');
      if (facts) add(li, 'p', 'card-facts document-facts', facts);
      if (d.excerpt) add(li, 'p', 'excerpt', d.excerpt);
      list.appendChild(li);
    });
    results.textContent = '';
    results.appendChild(list);
    if (found.length > 200) add(results, 'p', 'note', 'The first 200 are shown: add a filter to narrow the list.');
    count.textContent = found.length + (found.length === 1 ? ' document' : ' documents') + ' match';
  }

  function add(parent, tag, className, content) {
    var el = document.createElement(tag);
    el.className = className;
    el.textContent = content;
    parent.appendChild(el);
    return el;
  }

  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  if (active()) apply();
})();
