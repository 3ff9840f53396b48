// The compare page: lines up the chosen authorities' clauses theme by theme. The choice lives in the query string
// (?a=hackney&a=haringey&t=confidentiality, or ?a=hackney,haringey), so a comparison can be bookmarked and shared.
// Each authority's clauses come from data/compare/<slug>.js, loaded with a script element rather than fetch(),
// because browsers block fetch() on file:// and the site must work opened straight from disk.
// Everything from the data is inserted as text, never as HTML.
(function () {
  "use strict";
  var indexElement = document.getElementById("compare-index");
  var result = document.getElementById("compare-result");
  if (!indexElement || !result) return;
  var index = JSON.parse(indexElement.textContent);
  var bySlug = {};
  index.authorities.forEach(function (a) { bySlug[a.slug] = a; });
  var themeTitles = {};
  index.themes.forEach(function (t) { themeTitles[t.id] = t; });

  var params = new URLSearchParams(window.location.search);
  var chosen = [];
  params.getAll("a").forEach(function (value) {
    value.split(",").forEach(function (slug) {
      slug = slug.trim();
      if (bySlug[slug] && chosen.indexOf(slug) < 0) chosen.push(slug);
    });
  });
  var fromQuery = chosen.length > 0;
  // ?of=hackney&peers=type: an authority and its peers (assets/peers.js), when no authorities are named.
  var peerChoice = !fromQuery && window.SiteGenPeers ? window.SiteGenPeers.fromQuery(index, params) : null;
  if (peerChoice) {
    chosen = peerChoice.slugs;
    fromQuery = true;
  }
  if (!fromQuery) {
    (result.getAttribute("data-default") || "").split(",").forEach(function (slug) {
      if (bySlug[slug]) chosen.push(slug);
    });
  }
  var theme = params.get("t") || "";
  if (!themeTitles[theme]) theme = "";

  var boxes = document.querySelectorAll(".compare-form input[name=a]");
  // defaultChecked and defaultSelected also set the attributes, so the choice shows in the page's markup too.
  for (var i = 0; i < boxes.length; i++) boxes[i].checked = boxes[i].defaultChecked = chosen.indexOf(boxes[i].value) >= 0;
  var select = document.getElementById("compare-theme");
  index.themes.forEach(function (t) {
    var option = document.createElement("option");
    option.value = t.id;
    option.textContent = t.title;
    if (t.id === theme) option.selected = option.defaultSelected = true;
    select.appendChild(option);
  });

  function element(name, attributes, text) {
    var e = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function message(text) {
    result.textContent = "";
    result.appendChild(element("p", { "class": "notice" }, text));
  }

  if (chosen.length === 0) {
    message("Choose at least one authority above, then press Compare.");
    return;
  }

  var data = {};
  // The data scripts, and the page's other deferred scripts (assets/pick.js says where the site is published, which
  // the downloads need): the comparison is drawn when both are in.
  var pending = chosen.length + 1;
  function done() {
    pending -= 1;
    if (pending === 0) render();
  }
  if (document.readyState === "complete") done();
  else document.addEventListener("DOMContentLoaded", done);
  window.SiteGenCompare = {
    add: function (d) { data[d.slug] = d; }
  };
  result.setAttribute("aria-busy", "true");
  chosen.forEach(function (slug) {
    var script = document.createElement("script");
    script.src = bySlug[slug].script;
    script.onload = script.onerror = done;
    document.head.appendChild(script);
  });

  // The address of this comparison, whichever way it was chosen, in the form the compare form submits.
  function canonicalQuery() {
    var q = peerChoice ? "?of=" + encodeURIComponent(peerChoice.of) + "&peers=" + encodeURIComponent(peerChoice.kind)
      : "?a=" + chosen.map(encodeURIComponent).join(",");
    return q + (theme ? "&t=" + encodeURIComponent(theme) : "");
  }

  function render() {
    result.removeAttribute("aria-busy");
    result.textContent = "";
    var missing = chosen.filter(function (slug) { return !data[slug]; });
    if (missing.length > 0) {
      message("The data for " + missing.map(function (s) { return bySlug[s].name; }).join(", ") + " could not be loaded. Rebuild the site and try again.");
      return;
    }
    var names = chosen.map(function (s) { return bySlug[s].name; });
    var heading = element("h2", { id: "comparison" }, "Comparing " + names.join(", ") + (theme ? ": " + themeTitles[theme].title : ""));
    result.appendChild(heading);
    if (!fromQuery) result.appendChild(element("p", { "class": "meta" }, "Showing every authority whose full text SiteGen holds. Choose others above."));
    if (peerChoice) result.appendChild(element("p", { "class": "meta peer-description" }, peerChoice.description));
    var siteTitle = document.title.split(" – ").slice(-1)[0];
    document.title = "Compare " + names.join(", ") + " – " + siteTitle;
    if (window.SiteGenCompareExport) {
      window.SiteGenCompareExport.offer(result, {
        authorities: chosen.map(function (s) { return bySlug[s]; }),
        themes: index.themes,
        theme: theme,
        data: data,
        description: peerChoice ? peerChoice.description : null,
        site: siteTitle,
        query: canonicalQuery()
      });
    }

    var wrap = element("div", { "class": "table-wrap", role: "region", "aria-labelledby": "comparison", tabindex: "0" });
    var table = element("table", { "class": "data-table compare-table" });
    table.appendChild(element("caption", {}, "Clauses by theme, side by side" + (theme ? "" : " (themes on which none of them has a clause are left out)")));
    var head = element("thead");
    var headRow = element("tr");
    headRow.appendChild(element("th", { scope: "col" }, "Theme"));
    chosen.forEach(function (slug) {
      var th = element("th", { scope: "col" });
      th.appendChild(element("a", { href: bySlug[slug].href }, bySlug[slug].name));
      if (bySlug[slug].is_extract) {
        th.appendChild(document.createTextNode(" "));
        th.appendChild(element("span", { "class": "tag tag-extract" }, "extract"));
      }
      headRow.appendChild(th);
    });
    head.appendChild(headRow);
    table.appendChild(head);

    var body = element("tbody");
    var rows = 0;
    index.themes.forEach(function (t) {
      if (theme && t.id !== theme) return;
      var any = chosen.some(function (slug) { return (data[slug].themes[t.id] || []).length > 0; });
      if (!any && !theme) return;
      var tr = element("tr", { "data-theme": t.id });
      var th = element("th", { scope: "row" });
      th.appendChild(element("a", { href: t.href }, t.title));
      tr.appendChild(th);
      chosen.forEach(function (slug) {
        var d = data[slug];
        var td = element("td", { "data-authority": slug });
        var items = d.themes[t.id] || [];
        var review = (d.review && d.review[t.id]) || [];
        if (items.length === 0) {
          td.appendChild(element("span", { "class": "none" }, bySlug[slug].is_extract ? "Not in extract" : "Nothing on this theme"));
        } else {
          var list = element("ol");
          items.forEach(function (n) {
            var clause = d.clauses[n];
            // The data-pick-* attributes let assets/pick.js offer Copy and Add to appendix on the clause.
            var li = element("li", { "data-pick-href": clause.href, "data-pick-cite": clause.citation, "data-pick-themes": t.title });
            li.appendChild(element("a", { href: clause.href, title: clause.citation }, clause.number));
            li.appendChild(document.createTextNode(" "));
            li.appendChild(element("span", { "class": "pick-text" }, clause.text));
            if (review.indexOf(n) >= 0) {
              li.appendChild(document.createTextNode(" "));
              li.appendChild(element("span", { "class": "tag tag-needs-review", title: "SiteGen put this clause on the theme from evidence it is not sure of: check it before relying on it." }, "Needs review"));
            }
            list.appendChild(li);
          });
          td.appendChild(list);
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
      rows += 1;
    });
    table.appendChild(body);
    wrap.appendChild(table);
    result.appendChild(wrap);
    if (rows === 0) message("None of the chosen authorities has a clause on this theme.");
  }
})();
