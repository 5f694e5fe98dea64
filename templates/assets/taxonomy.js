/* A large taxonomy's filter box: typing hides the terms (and the letter groups left empty) that do not contain the
   text, accents and case ignored. Without this file the box stays hidden and the A–Z jumps do the work. */
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
  var items = [];
  groups.forEach(function (group) {
    Array.prototype.forEach.call(group.querySelectorAll('li'), function (li) {
      var a = li.querySelector('a');
      items.push({ li: li, group: group, text: fold(a ? a.textContent : li.textContent) });
    });
  });
  box.hidden = false;
  input.addEventListener('input', function () {
    var words = fold(input.value.trim());
    var shown = 0;
    items.forEach(function (item) {
      var match = !words || item.text.indexOf(words) >= 0;
      item.li.hidden = !match;
      if (match) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('li:not([hidden])');
    });
    count.textContent = words ? shown + (shown === 1 ? ' term' : ' terms') : '';
  });
})();
