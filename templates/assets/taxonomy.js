/* A large taxonomy's filter box: typing hides the terms (and the letter or region groups left empty) that do not
   contain the text, accents and case ignored. Without this file the box stays hidden and the A–Z jumps do the work. */
(function () {
  'use strict';
  var box = document.querySelector('[data-term-filter]');
  var list = document.querySelector('[data-term-list]');
  if (!box || !list) return;
  var input = box.querySelector('input');
  var count = box.querySelector('[data-term-count]');
  var groups = Array.prototype.slice.call(list.querySelectorAll('[data-letter-group]'));
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  // Groups nest (the countries' regions hold sub-regions), so each term is taken once, from its own list. A named
  // group (a region, not a letter) lends its name: "africa" keeps every country of Africa.
  var items = Array.prototype.map.call(list.querySelectorAll('[data-letter-group] li'), function (li) {
    var a = li.querySelector('a');
    var names = [a ? a.textContent : li.textContent];
    for (var g = li.closest('[data-group-name]'); g; g = g.parentElement.closest('[data-group-name]')) {
      names.push(g.getAttribute('data-group-name'));
    }
    return { li: li, texts: names.map(fold) };
  });
  // "n terms" in the site's language: the plural forms come as data-i18n-* on the box (English fallbacks).
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(box.getAttribute('data-i18n-lang') || 'en') : null;
  function terms(n) {
    var form = (rules ? rules.select(n) : (n === 1 ? 'one' : 'other')) === 'one' ? 'one' : 'other';
    var text = box.getAttribute('data-i18n-' + form) || (form === 'one' ? '{count} term' : '{count} terms');
    return text.replace('{count}', String(n));
  }
  box.hidden = false;
  input.addEventListener('input', function () {
    var words = fold(input.value.trim());
    var shown = 0;
    items.forEach(function (item) {
      var match = !words || item.texts.some(function (text) { return text.indexOf(words) >= 0; });
      item.li.hidden = !match;
      if (match) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('li:not([hidden])');
    });
    count.textContent = words ? terms(shown) : '';
  });
})();
