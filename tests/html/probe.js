// SPDX-License-Identifier: MIT
// Drives the page's own script the way a reader would, then writes what
// happened into <pre id="probe"> as JSON for test_dom.py to check.
(function () {
  'use strict';
  var out = {};
  var heat = document.querySelector('table.heatmap');
  var id = heat.id, rows = function () { return Array.prototype.slice.call(heat.tBodies[0].rows); };
  var column = function (c) {
    return rows().map(function (r) { return r.cells[c].getAttribute('data-v') || ''; });
  };
  var sortButton = heat.tHead.rows[0].cells[1].querySelector('button');
  sortButton.click();
  out.sortedFirst = column(1);
  out.sortFirst = heat.tHead.rows[0].cells[1].getAttribute('aria-sort');
  sortButton.click();
  out.sortedAgain = column(1);
  out.sortAgain = heat.tHead.rows[0].cells[1].getAttribute('aria-sort');
  heat.tHead.rows[0].cells[0].querySelector('button').click();
  out.itemsAscending = rows().map(function (r) { return r.cells[0].querySelector('a').textContent; });

  var box = document.getElementById(id + '-q');
  box.value = PROBE_QUERY;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  out.queryShown = rows().filter(function (r) { return !r.hidden; }).length;
  out.queryCount = document.getElementById(id + '-n').textContent;
  box.value = '';
  var select = document.getElementById(id + '-s');
  select.value = 'part';
  select.dispatchEvent(new Event('input', { bubbles: true }));
  out.partShown = rows().filter(function (r) { return !r.hidden; }).map(function (r) {
    return r.cells[0].querySelector('a').textContent;
  });

  var link = heat.querySelector('tbody td a');
  link.click();
  var panel = document.getElementById(id + '-p');
  out.panelHidden = panel.hidden;
  out.panelText = panel.textContent;
  out.cellLabel = link.getAttribute('aria-label');

  document.querySelector('input[name=lang][value=en]').click();
  out.jaDisplay = getComputedStyle(document.querySelector('.l-ja')).display;
  out.enDisplay = getComputedStyle(document.querySelector('.l-en')).display;

  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
