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

  // The page's words in the site's language, from data-i18n-* on the facets box (English fallbacks).
  function word(name, fallback) { return facets.getAttribute('data-i18n-' + name) || fallback; }
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(word('lang', 'en')) : null;

  var form = document.createElement('form');
  form.className = 'browse-filter';
  form.setAttribute('role', 'search');
  form.setAttribute('aria-label', word('filter', 'Filter documents'));
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  var text = field(word('title', 'Title contains'), document.createElement('input'));
  text.control.type = 'search';
  text.control.name = 'q';
  form.appendChild(text.label);

  var selects = [];
  Array.prototype.forEach.call(facets.querySelectorAll('details[data-facet]'), function (details) {
    var select = document.createElement('select');
    select.name = details.getAttribute('data-facet');
    var any = document.createElement('option');
    any.value = '';
    any.textContent = word('any', 'Any');
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
  clear.textContent = word('clear', 'Clear filters');
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
      if (d.thumb) {
        // As the pre-rendered cards: decorative (the title is the link), sized before it loads, lazy.
        var picture = add(li, 'picture', 'card-thumb', '');
        var img = document.createElement('img');
        img.src = d.thumb.src;
        img.srcset = d.thumb.srcset;
        img.sizes = '(max-width: 40rem) 100vw, 22rem';
        img.width = d.thumb.width;
        img.height = d.thumb.height;
        img.alt = '';
        img.loading = 'lazy';
        img.decoding = 'async';
        picture.appendChild(img);
      }
      add(li, 'p', 'card-type', d.type);
      var h = add(li, 'h3', 'card-title', '');
      var a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.title;
      if (d.lang) a.lang = d.lang;
      a.dir = 'auto';
      h.appendChild(a);
      var facts = [d.countries, d.year].filter(Boolean).join(' · ');
      if (facts) add(li, 'p', 'card-facts document-facts', facts);
      if (d.excerpt) {
        var excerpt = add(li, 'p', 'excerpt', d.excerpt);
        if (d.lang) excerpt.lang = d.lang;
        excerpt.dir = 'auto';
      }
      list.appendChild(li);
    });
    results.textContent = '';
    results.appendChild(list);
    if (found.length > 200) add(results, 'p', 'note', word('first', 'The first 200 are shown: add a filter to narrow the list.'));
    var one = plural ? plural.select(found.length) === 'one' : found.length === 1;
    count.textContent = (one ? word('match-one', '{count} document matches') : word('match-other', '{count} documents match'))
      .replace('{count}', found.length);
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
