// Pick and cite. On any clause marked with data-pick-href (a link to the clause) and data-pick-cite (its citation),
// this adds "Copy" (the clause text with its citation, linked to the published site when the site has a baseUrl) and
// "Add to appendix" (a basket kept in the browser). basket.html lists the picks, reorders and groups them, and offers
// a Word document, report lines and print. Every control is made here, so without JavaScript none is shown.
// The clause text is data-pick-text, or the entry data-pick-key names in the page's table of texts it cites more than
// once (#sitegen-pick-texts), or else the text of the .pick-text elements that belong to the clause.
// Text always goes into the page as text, never as HTML; assets/ooxml.js writes (and escapes) the Word document.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.URL) return;
  // The site root: this file is <root>assets/pick.js.
  var rootUrl = new URL("../", script.src).href;
  var KEY = "sitegen-basket:" + rootUrl;
  var NAME_PREFIX = "sitegen-basket:";
  var PROTOCOL_HREF = /^protocols\/([^\/?#]+)\.html#(.+)$/;

  // Where the published site lives, from the page's canonical link (written only when site.json has a baseUrl):
  // the canonical address less this page's path below the root. Never a file:// address.
  var publishedRoot = (function () {
    var canonical = document.querySelector("link[rel=canonical]");
    if (!canonical || !/^https?:$/i.test(new URL(canonical.href).protocol)) return null;
    var here = location.href.split("#")[0].split("?")[0];
    if (here.indexOf(rootUrl) !== 0) return null;
    var below = here.slice(rootUrl.length);
    var href = canonical.href;
    if (below === "") return href;
    return href.slice(-below.length) === below ? href.slice(0, href.length - below.length) : null;
  })();
  // The compare page's downloads (assets/compare.js) cite clauses at the same published address.
  window.SiteGenPick = { rootUrl: rootUrl, publishedRoot: publishedRoot };

  var stylesheet = document.createElement("link");
  stylesheet.rel = "stylesheet";
  stylesheet.href = rootUrl + "assets/pick.css";
  document.head.appendChild(stylesheet);

  // ---- The basket, kept in localStorage; where a browser refuses that (some file:// settings, private windows),
  // in the tab's window.name, which lasts while the tab is open; else only in this page, and the page says so.
  var store = (function () {
    try {
      var ls = window.localStorage;
      ls.setItem(KEY + "?", "1");
      ls.removeItem(KEY + "?");
      return {
        kind: "local",
        get: function () { return ls.getItem(KEY); },
        set: function (v) { ls.setItem(KEY, v); }
      };
    } catch (e) { /* fall through */ }
    try {
      if (typeof window.name === "string") {
        return {
          kind: "tab",
          get: function () { return window.name.indexOf(NAME_PREFIX) === 0 ? window.name.slice(NAME_PREFIX.length) : null; },
          set: function (v) { window.name = NAME_PREFIX + v; }
        };
      }
    } catch (e) { /* fall through */ }
    var memory = null;
    return { kind: "page", get: function () { return memory; }, set: function (v) { memory = v; } };
  })();

  function load() {
    var basket = { group: "none", picks: [] };
    try {
      var saved = JSON.parse(store.get() || "null");
      if (saved && Array.isArray(saved.picks)) {
        basket.picks = saved.picks.filter(function (p) { return p && typeof p.id === "string" && typeof p.text === "string"; });
        if (saved.group === "theme" || saved.group === "authority") basket.group = saved.group;
      }
    } catch (e) { /* a damaged basket starts empty */ }
    return basket;
  }

  var lastSaveFailed = false;
  function save(basket) {
    try {
      store.set(JSON.stringify(basket));
      lastSaveFailed = false;
    } catch (e) {
      lastSaveFailed = true;
    }
    changed(basket);
  }

  // Each Add button follows the basket; buttons that search or compare removed from the page are dropped.
  var watchers = [];
  function changed(basket) {
    basket = basket || load();
    watchers = watchers.filter(function (w) { return w.el.isConnected; });
    watchers.forEach(function (w) { w.refresh(basket); });
  }

  function storeNote() {
    if (lastSaveFailed) return "Your browser refused to keep the basket (it may be full or blocked). Download the Word document now so that nothing is lost.";
    if (store.kind === "local") return "The basket is kept by this browser on this computer, for this copy of the site, until you clear it.";
    if (store.kind === "tab") return "This browser does not let the site keep the basket, so it lasts only while this tab stays open. Download the Word document before you close the tab.";
    return "This browser does not let the site keep the basket, so it is lost when you leave this page. Pick clauses on this page and download the Word document here.";
  }

  function indexOf(basket, id) {
    for (var i = 0; i < basket.picks.length; i++) if (basket.picks[i].id === id) return i;
    return -1;
  }

  // ---- What a marked element holds.
  function pickFrom(el) {
    var href = new URL(el.getAttribute("data-pick-href"), location.href).href;
    if (href.indexOf(rootUrl) !== 0) return null;
    var path = href.slice(rootUrl.length);
    var m = PROTOCOL_HREF.exec(path);
    if (!m) return null;
    var number = decodeURIComponent(m[2]);
    var cite = el.getAttribute("data-pick-cite") || "";
    var text = el.getAttribute("data-pick-text");
    if (text === null && el.hasAttribute("data-pick-key")) text = sharedText(el.getAttribute("data-pick-key"));
    if (text === null) {
      var parts = [];
      var all = el.querySelectorAll(".pick-text");
      for (var i = 0; i < all.length; i++) {
        if (owner(all[i]) !== el) continue;
        if (all[i].tagName === "UL" || all[i].tagName === "OL") {
          var items = all[i].children;
          for (var j = 0; j < items.length; j++) parts.push("\u2022 " + flat(items[j].textContent));
        } else {
          parts.push(flat(all[i].textContent));
        }
      }
      text = parts.join("\n");
    }
    var themes = (el.getAttribute("data-pick-themes") || "").split("|").filter(function (t) { return t !== ""; });
    return {
      id: decodeURIComponent(m[1]) + "/" + number,
      authority: cite.split(",")[0],
      number: number,
      cite: cite,
      text: text,
      href: path,
      themes: themes,
      shortened: / \u2026$/.test(text)
    };
  }

  // A text the page cites in several cells is written once, in the page's table (data-pick-key is its index).
  var sharedTexts;
  function sharedText(key) {
    if (sharedTexts === undefined) {
      var table = document.getElementById("sitegen-pick-texts");
      try { sharedTexts = table ? JSON.parse(table.textContent) : []; } catch (e) { sharedTexts = []; }
    }
    var text = sharedTexts[Number(key)];
    return typeof text === "string" ? text : null;
  }

  function owner(node) { return node.parentElement ? node.parentElement.closest("[data-pick-href]") : null; }
  function flat(s) { return s.replace(/\s+/g, " ").trim(); }

  function publishedUrl(pick) { return publishedRoot ? publishedRoot + pick.href : null; }

  // ---- Copying: rich text (the citation a link) with a plain-text fallback, through the copy event, which every
  // browser allows on a click from file:// as from a web server; the async clipboard is the second try.
  function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  function citedText(pick) {
    var url = publishedUrl(pick);
    var body = pick.text.split("\n").join(" ");
    return {
      plain: body + " (" + pick.cite + (url ? ", " + url : "") + ")",
      html: "<p>" + escapeHtml(body) + " (" + (url ? "<a href=\"" + escapeHtml(url) + "\">" + escapeHtml(pick.cite) + "</a>" : escapeHtml(pick.cite)) + ")</p>"
    };
  }

  function copy(plain, html) {
    var done = false;
    function onCopy(event) {
      event.clipboardData.setData("text/plain", plain);
      if (html) event.clipboardData.setData("text/html", html);
      event.preventDefault();
      done = true;
    }
    document.addEventListener("copy", onCopy, true);
    try { document.execCommand("copy"); } catch (e) { /* next try */ } finally { document.removeEventListener("copy", onCopy, true); }
    if (done) return Promise.resolve();
    if (navigator.clipboard && window.ClipboardItem && html) {
      return navigator.clipboard.write([new window.ClipboardItem({
        "text/plain": new Blob([plain], { type: "text/plain" }),
        "text/html": new Blob([html], { type: "text/html" })
      })]);
    }
    if (navigator.clipboard) return navigator.clipboard.writeText(plain);
    return Promise.reject(new Error("no clipboard"));
  }

  // ---- A status line shared by every control, read out by screen readers.
  var status = null;
  var statusTimer = null;
  function say(text, withLink) {
    // The line clears itself after a while, unless the reader is on its link.
    clearTimeout(statusTimer);
    statusTimer = setTimeout(function hide() {
      if (status.contains(document.activeElement) || status.matches(":hover")) statusTimer = setTimeout(hide, 4000);
      else status.textContent = "";
    }, 12000);
    if (!status) {
      status = document.createElement("div");
      status.className = "pick-status";
      status.setAttribute("role", "status");
      (document.getElementById("main") || document.body).appendChild(status);
    }
    status.textContent = text;
    if (withLink && !document.getElementById("basket")) {
      var count = load().picks.length;
      status.appendChild(document.createTextNode(" "));
      var a = document.createElement("a");
      a.href = rootUrl + "basket.html";
      a.textContent = "Open the appendix basket (" + count + (count === 1 ? " clause)" : " clauses)");
      status.appendChild(a);
    }
  }

  function button(label, hidden, className) {
    var b = document.createElement("button");
    b.type = "button";
    if (className) b.className = className;
    b.appendChild(document.createTextNode(label));
    if (hidden) {
      var span = document.createElement("span");
      span.className = "visually-hidden";
      span.textContent = " " + hidden;
      b.appendChild(span);
    }
    return b;
  }

  function setLabel(b, label) { b.firstChild.nodeValue = label; }

  // ---- Copy and Add to appendix on every marked clause, including those search and compare add later.
  function offer(el) {
    if (el.getAttribute("data-pick-ready")) return;
    var pick = pickFrom(el);
    if (!pick) return;
    el.setAttribute("data-pick-ready", "1");
    var actions = document.createElement("span");
    actions.className = "pick-actions";
    var copyButton = button("Copy", pick.cite + " with its citation", "pick-copy");
    var addButton = button("", pick.cite, "pick-add");
    function refresh(basket) {
      var inBasket = indexOf(basket, pick.id) >= 0;
      setLabel(addButton, inBasket ? "In appendix: remove" : "Add to appendix");
      addButton.setAttribute("data-in-basket", inBasket ? "true" : "false");
    }
    refresh(load());
    watchers.push({ el: el, refresh: refresh });
    copyButton.addEventListener("click", function () {
      var t = citedText(pick);
      copy(t.plain, t.html).then(function () { say("Copied " + pick.cite + " with its text."); },
        function () { say("Your browser did not allow copying. Select the text and copy it yourself."); });
    });
    addButton.addEventListener("click", function () {
      var basket = load();
      var at = indexOf(basket, pick.id);
      if (at >= 0) {
        basket.picks.splice(at, 1);
        save(basket);
        say("Removed " + pick.cite + " from the appendix.", true);
      } else {
        basket.picks.push(pick);
        save(basket);
        say(lastSaveFailed ? storeNote() : "Added " + pick.cite + " to the appendix." + (store.kind === "local" ? "" : " " + storeNote()), true);
      }
    });
    actions.appendChild(copyButton);
    actions.appendChild(document.createTextNode(" "));
    actions.appendChild(addButton);
    var slot = null;
    var slots = el.querySelectorAll("[data-pick-slot]");
    for (var i = 0; i < slots.length && !slot; i++) if (slots[i].closest("[data-pick-href]") === el) slot = slots[i];
    (slot || el).appendChild(actions);
  }

  function offerAll(root) {
    if (root.nodeType !== 1) return;
    if (root.hasAttribute("data-pick-href")) offer(root);
    var marked = root.querySelectorAll("[data-pick-href]");
    for (var i = 0; i < marked.length; i++) offer(marked[i]);
  }

  offerAll(document.body);
  if (window.MutationObserver) {
    new MutationObserver(function (records) {
      records.forEach(function (r) { for (var i = 0; i < r.addedNodes.length; i++) offerAll(r.addedNodes[i]); });
    }).observe(document.body, { childList: true, subtree: true });
  }
  window.addEventListener("storage", function (e) { if (e.key === KEY) changed(); });

  // ---- The basket page.
  var host = document.getElementById("basket");
  if (!host) return;
  var noScript = document.getElementById("basket-no-script");
  if (noScript) noScript.hidden = true;

  var GROUPS = { none: "Order picked", theme: "Theme", authority: "Authority" };

  function groupKey(pick, group) {
    if (group === "theme") return pick.themes && pick.themes.length ? pick.themes[0] : "No theme";
    if (group === "authority") return pick.authority;
    return "";
  }

  // The picks in groups, each group where its first pick stands, picks in their order within it.
  function grouped(basket) {
    var groups = [];
    var byKey = {};
    basket.picks.forEach(function (p) {
      var key = groupKey(p, basket.group);
      if (!byKey.hasOwnProperty(key)) { byKey[key] = { title: key, picks: [] }; groups.push(byKey[key]); }
      byKey[key].picks.push(p);
    });
    return groups;
  }

  function displayed(basket) {
    var out = [];
    grouped(basket).forEach(function (g) { out = out.concat(g.picks); });
    return out;
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function localHref(pick) { return rootUrl + pick.href; }

  var focusAfter = null;

  function render() {
    var basket = load();
    host.textContent = "";
    host.appendChild(element("p", "basket-store", storeNote()));
    if (basket.picks.length === 0) {
      host.appendChild(element("p", "notice", "No clauses are in the basket yet. Use “Add to appendix” beside a clause on an authority's page, a theme page, the compare page or in search results, then come back here."));
      return;
    }

    var toolbar = element("div", "basket-toolbar");
    var label = element("label", "", "Group by ");
    label.htmlFor = "basket-group";
    var select = element("select");
    select.id = "basket-group";
    Object.keys(GROUPS).forEach(function (k) {
      var o = element("option", "", GROUPS[k]);
      o.value = k;
      if (k === basket.group) o.selected = true;
      select.appendChild(o);
    });
    select.addEventListener("change", function () {
      var b = load();
      b.group = select.value;
      b.picks = displayed(b);
      save(b);
      focusAfter = { selector: "#basket-group" };
      render();
    });
    toolbar.appendChild(label);
    toolbar.appendChild(select);
    var docx = button("Download Word (.docx)", null, "basket-docx");
    docx.addEventListener("click", function () { download(load()); });
    var lines = button("Copy report lines", null, "basket-lines");
    lines.addEventListener("click", function () {
      copy(reportLines(load()), null).then(function () { say("Copied the report lines. Paste them into a report's Markdown in content/reports."); },
        function () { say("Your browser did not allow copying. Select the report lines below and copy them yourself."); });
    });
    var print = button("Print", null, "basket-print");
    print.addEventListener("click", function () { window.print(); });
    var clear = button("Clear the basket", null, "basket-clear");
    clear.addEventListener("click", function () {
      var before = load();
      save({ group: before.group, picks: [] });
      render();
      var undo = button("Undo", null, "basket-undo");
      undo.addEventListener("click", function () { save(before); focusAfter = { selector: ".basket-docx" }; render(); });
      host.appendChild(undo);
      undo.focus();
      say("The basket is empty. Undo puts the " + before.picks.length + " clauses back.");
    });
    [docx, lines, print, clear].forEach(function (b) { toolbar.appendChild(document.createTextNode(" ")); toolbar.appendChild(b); });
    host.appendChild(toolbar);

    grouped(basket).forEach(function (g, gi) {
      var section = element("section", "basket-group");
      var heading = element("h2", "", basket.group === "none" ? "Picked clauses (" + g.picks.length + ")" : g.title + " (" + g.picks.length + ")");
      heading.id = "basket-group-" + gi;
      section.setAttribute("aria-labelledby", heading.id);
      section.appendChild(heading);
      var list = element("ol", "basket-list");
      g.picks.forEach(function (p, i) {
        var li = element("li", "basket-item");
        li.setAttribute("data-id", p.id);
        var cite = element("p", "basket-cite");
        var a = element("a", "", p.cite);
        a.href = localHref(p);
        cite.appendChild(a);
        li.appendChild(cite);
        p.text.split("\n").forEach(function (t) { li.appendChild(element("p", "basket-text", t)); });
        if (p.shortened) li.appendChild(element("p", "meta", "Shortened in the search result: add it from its authority's page for the whole text."));
        var actions = element("div", "basket-item-actions");
        var up = button("Move up", p.cite, "basket-up");
        var down = button("Move down", p.cite, "basket-down");
        var copyOne = button("Copy", p.cite + " with its citation", "pick-copy");
        var remove = button("Remove", p.cite, "basket-remove");
        up.disabled = i === 0;
        down.disabled = i === g.picks.length - 1;
        up.addEventListener("click", function () { move(p.id, -1, ".basket-up"); });
        down.addEventListener("click", function () { move(p.id, 1, ".basket-down"); });
        copyOne.addEventListener("click", function () {
          var t = citedText(p);
          copy(t.plain, t.html).then(function () { say("Copied " + p.cite + " with its text."); }, function () { say("Your browser did not allow copying."); });
        });
        remove.addEventListener("click", function () {
          var b = load();
          var at = indexOf(b, p.id);
          if (at >= 0) b.picks.splice(at, 1);
          save(b);
          focusAfter = { selector: ".basket-docx" };
          render();
          say("Removed " + p.cite + ".");
        });
        [up, down, copyOne, remove].forEach(function (b, k) { if (k) actions.appendChild(document.createTextNode(" ")); actions.appendChild(b); });
        li.appendChild(actions);
        list.appendChild(li);
      });
      section.appendChild(list);
      host.appendChild(section);
    });

    var linesHeading = element("h2", "", "Report lines");
    linesHeading.id = "basket-lines-heading";
    host.appendChild(linesHeading);
    host.appendChild(element("p", "", "Paste these into a report's Markdown (content/reports) to quote each clause and to compare them side by side; sitegen build checks them. “Copy report lines” copies them."));
    var pre = element("pre", "basket-report-lines", reportLines(basket));
    pre.setAttribute("aria-labelledby", linesHeading.id);
    host.appendChild(pre);

    // After a re-render, focus returns to the control used (on the same clause), so keyboard users keep their place.
    if (focusAfter) {
      var target = null;
      if (focusAfter.id) {
        var items = host.querySelectorAll(".basket-item");
        for (var k = 0; k < items.length; k++) {
          if (items[k].getAttribute("data-id") !== focusAfter.id) continue;
          target = items[k].querySelector(focusAfter.selector);
          if (target && target.disabled) target = items[k].querySelector("button:not([disabled])");
        }
      } else {
        target = host.querySelector(focusAfter.selector);
      }
      if (target) target.focus();
      focusAfter = null;
    }
  }

  function move(id, by, which) {
    var b = load();
    var order = displayed(b);
    var at = -1;
    for (var i = 0; i < order.length; i++) if (order[i].id === id) at = i;
    var to = at + by;
    if (at < 0 || to < 0 || to >= order.length || groupKey(order[to], b.group) !== groupKey(order[at], b.group)) return;
    var moved = order[at];
    order[at] = order[to];
    order[to] = moved;
    b.picks = order;
    save(b);
    focusAfter = { selector: which, id: id };
    render();
    say("Moved " + moved.cite + (by < 0 ? " up." : " down."));
  }

  // ---- Report lines, in the syntax of src/SiteGen/Reports/ReferenceSyntax.cs: one [[quote authority/number]] per
  // clause, then one [[compare …]] with a row per group ("label" then clause ids, rows separated by ";").
  function reportLines(basket) {
    var quotes = displayed(basket).map(function (p) { return "[[quote " + p.id + "]]"; });
    var rows = grouped(basket).map(function (g) {
      var label = basket.group === "none" ? "" : "\"" + g.title.replace(/["\u201c\u201d]/g, "'") + "\" ";
      return label + g.picks.map(function (p) { return p.id; }).join(" ");
    });
    return quotes.join("\n\n") + "\n\n[[compare " + rows.join(" ; ") + "]]\n";
  }

  // ---- The Word document: a comparison table (a column per authority, a row per group, as [[compare]] lays it
  // out) with each clause's citation, then the source of every clause. assets/ooxml.js writes the file.
  function documentParts(basket) {
    var groups = grouped(basket);
    var authorities = [];
    displayed(basket).forEach(function (p) { if (authorities.indexOf(p.authority) < 0) authorities.push(p.authority); });
    var labelled = basket.group !== "none";
    function citation(p) { return ["(", { text: p.cite, link: publishedUrl(p) }, ")"]; }

    var header = [];
    if (labelled) header.push([[{ text: GROUPS[basket.group], bold: true }]]);
    authorities.forEach(function (a) { header.push([[{ text: a, bold: true }]]); });
    var rows = groups.map(function (g) {
      var row = [];
      if (labelled) row.push([[{ text: g.title, bold: true }]]);
      authorities.forEach(function (a) {
        var paragraphs = [];
        g.picks.filter(function (p) { return p.authority === a; }).forEach(function (p) {
          var lines = p.text.split("\n");
          lines.forEach(function (t, i) { paragraphs.push([t].concat(i === lines.length - 1 ? [" "].concat(citation(p)) : [])); });
        });
        row.push(paragraphs.length ? paragraphs : [["Not picked"]]);
      });
      return row;
    });

    var blocks = [
      { paragraph: ["Appendix: clauses compared"], style: "Title" },
      { paragraph: [basket.picks.length + (basket.picks.length === 1 ? " clause" : " clauses") + " from " + authorities.length + (authorities.length === 1 ? " authority" : " authorities") + ", quoted from each protocol's own text, with the paragraph each comes from."] },
      { table: { caption: "Clauses compared" + (labelled ? " by " + GROUPS[basket.group].toLowerCase() : ""), header: header, rows: rows } },
      { paragraph: ["Sources"], style: "Heading1" }
    ];
    displayed(basket).forEach(function (p, i) {
      var url = publishedUrl(p);
      var runs = [(i + 1) + ". " + p.cite + (p.shortened ? " (text shortened)" : "")];
      if (url) runs.push(": ", { text: url, link: url });
      blocks.push({ paragraph: runs });
    });
    if (!publishedRoot) blocks.push({ paragraph: ["The clauses are taken from this site as opened on your computer; it has no published address to link to."] });
    return window.SiteGenOoxml.docx(blocks);
  }

  function download(basket) {
    if (!window.SiteGenOoxml) {
      say("The Word writer (assets/ooxml.js) did not load. Reload the page and try again.");
      return;
    }
    window.SiteGenOoxml.save("appendix.docx", documentParts(basket), "docx");
    say("Downloaded appendix.docx with " + basket.picks.length + (basket.picks.length === 1 ? " clause." : " clauses."));
  }

  window.SiteGenBasket = { reportLines: function () { return reportLines(load()); }, documentParts: function () { return documentParts(load()); } };

  render();
  // Picks made in another tab show here too.
  window.addEventListener("storage", function (e) { if (e.key === KEY) render(); });
})();
