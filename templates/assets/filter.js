// Filters on the matrices and the escalation table: by authority, council type, nation, region and theme.
// Progressive enhancement: the page renders the form hidden and every row shown, so without JavaScript nothing is
// filtered and no control shows. The facets of each authority come from a JSON block the build wrote from the register
// of UK councils; nothing is fetched, so it works from file:// as from a server. Hidden rows and columns get the
// hidden attribute, so printing prints what is shown, and the status line (printed too) says which filter is on.
// The choice is kept in the address (?type=LBO&theme=…) where the browser allows it, so a filtered table can be shared.
(function () {
  "use strict";
  var form = document.querySelector("div.table-filter");
  if (!form) return;
  var dataElement = document.getElementById(form.getAttribute("data-data"));
  var status = document.getElementById(form.getAttribute("data-status"));
  if (!dataElement || !status) return;
  var facetsBySlug = JSON.parse(dataElement.textContent);
  var rowNoun = form.getAttribute("data-row-noun") || "";
  var rowNouns = form.getAttribute("data-row-nouns") || "";
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var tables = Array.prototype.slice.call(document.querySelectorAll("table[data-filter-table]"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section[data-authority]"));
  var slugs = Object.keys(facetsBySlug);

  function selectFor(name) {
    for (var i = 0; i < selects.length; i++) if (selects[i].name === name) return selects[i];
    return null;
  }

  function value(name) {
    var select = selectFor(name);
    return select ? select.value : "";
  }

  function matches(slug) {
    var f = facetsBySlug[slug];
    if (!f) return true;
    var authority = value("authority"), type = value("type"), nation = value("nation"), region = value("region");
    return (!authority || authority === slug) && (!type || type === f.type) && (!nation || nation === f.nation) && (!region || region === f.region);
  }

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  // Columns are authorities where the header row names them (theme and expectations matrices); rows are authorities
  // where the row does (escalation routes). A row with a theme is shown when the theme filter allows it.
  function apply() {
    var theme = value("theme");
    var shownAuthorities = slugs.filter(matches).length;
    var rows = 0, shownRows = 0;
    tables.forEach(function (table) {
      var header = table.tHead && table.tHead.rows[0];
      var columns = [];
      if (header) {
        for (var c = 0; c < header.cells.length; c++) {
          var slug = header.cells[c].getAttribute("data-authority");
          if (slug) columns.push({ index: c, show: matches(slug) });
        }
      }
      Array.prototype.forEach.call(table.rows, function (row) {
        columns.forEach(function (column) {
          var cell = row.cells[column.index];
          if (cell) cell.hidden = !column.show;
        });
        if (row.parentNode.tagName !== "TBODY") return;
        var show = true;
        var rowSlug = row.getAttribute("data-authority");
        if (rowSlug) show = matches(rowSlug);
        var rowTheme = row.getAttribute("data-theme");
        if (rowTheme !== null) {
          rows += 1;
          show = show && (!theme || theme === rowTheme);
          if (show) shownRows += 1;
        }
        row.hidden = !show;
      });
    });
    sections.forEach(function (section) { section.hidden = !matches(section.getAttribute("data-authority")); });

    var on = selects.filter(function (s) { return s.value; }).map(function (s) {
      var option = s.options[s.selectedIndex];
      var label = form.querySelector("label[for='" + s.id + "']");
      return (label ? label.textContent : s.name) + ": " + (option.getAttribute("data-label") || option.textContent);
    });
    var text = shownAuthorities === slugs.length
      ? "Showing all " + plural(slugs.length, "authority", "authorities")
      : "Showing " + shownAuthorities + " of " + plural(slugs.length, "authority", "authorities");
    if (rowNoun && rows > 0) text += shownRows === rows ? " and all " + plural(rows, rowNoun, rowNouns) : " and " + shownRows + " of " + plural(rows, rowNoun, rowNouns);
    text += ".";
    if (on.length > 0) text = "Filtered by " + on.join("; ") + ". " + text;
    if (shownAuthorities === 0) text += " No authority matches: choose “Show all” or another value.";
    status.textContent = text;
    status.classList.toggle("is-filtered", on.length > 0);
    return on.length > 0;
  }

  function remember() {
    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); else params.delete(s.name); });
    var query = params.toString();
    try {
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    } catch (e) {
      // Some browsers refuse to change a file:// address; the filter still works, only the address does not show it.
    }
  }

  var params = new URLSearchParams(window.location.search);
  selects.forEach(function (s) {
    var wanted = params.get(s.name);
    if (!wanted) return;
    for (var i = 0; i < s.options.length; i++) {
      if (s.options[i].value === wanted) s.selectedIndex = i;
    }
  });
  selects.forEach(function (s) {
    s.addEventListener("change", function () { apply(); remember(); });
  });
  var clear = form.querySelector(".table-filter-clear");
  if (clear) {
    clear.addEventListener("click", function () {
      selects.forEach(function (s) { s.selectedIndex = 0; });
      apply();
      remember();
      selects[0].focus();
    });
  }
  form.hidden = false;
  status.hidden = false;
  apply();
  document.documentElement.setAttribute("data-table-filter", "ready");
})();
