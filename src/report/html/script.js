// The HTML report's only script (its hash is in the page's Content-Security-Policy):
// sorting of the tables marked `sortable` (click a header; numeric columns sort by
// number, largest first) and the filter of the locations table. The page reads in full
// without it: the controls stay hidden and the tables keep the report's order.
(function () {
  "use strict";
  var each = function (list, f) { Array.prototype.forEach.call(list, f); };

  // A cell's sort key: its `data-v` when it has one (`~120` is 120), else its text.
  function key(row, i, numeric) {
    var cell = row.cells[i];
    var v = cell.hasAttribute("data-v") ? cell.getAttribute("data-v") : cell.textContent;
    if (!numeric) return v.trim().toLowerCase();
    var n = parseFloat(v);
    return isNaN(n) ? -Infinity : n;
  }

  function compare(a, b) {
    if (typeof a === "number") return a - b;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  each(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells;
    var body = table.tBodies[0];
    each(heads, function (th, i) {
      var button = document.createElement("button");
      button.type = "button";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var numeric = th.classList.contains("num");
        var was = th.getAttribute("aria-sort");
        var up = was ? was === "descending" : !numeric;
        each(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", up ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows).map(function (row, at) {
          return { row: row, key: key(row, i, numeric), at: at };
        });
        rows.sort(function (a, b) {
          var c = compare(a.key, b.key);
          return (up ? c : -c) || a.at - b.at;
        });
        each(rows, function (r) { body.appendChild(r.row); });
      });
    });
  });

  var controls = document.getElementById("location-filter");
  var table = document.getElementById("locations-table");
  if (!controls || !table) return;
  var text = controls.querySelector("input");
  var category = controls.querySelector("select[name=category]");
  var sensitivity = controls.querySelector("select[name=class]");
  var shown = document.getElementById("locations-shown");
  var none = document.getElementById("locations-none");
  function apply() {
    var q = text.value.trim().toLowerCase();
    var n = 0;
    each(table.tBodies[0].rows, function (row) {
      var ok = (!category.value || row.getAttribute("data-category") === category.value)
        && (!sensitivity.value || row.getAttribute("data-class") === sensitivity.value)
        && (!q || row.textContent.toLowerCase().indexOf(q) !== -1);
      row.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = String(n);
    none.hidden = n !== 0;
  }
  text.addEventListener("input", apply);
  category.addEventListener("change", apply);
  sensitivity.addEventListener("change", apply);
  controls.hidden = false;
  apply();
})();
