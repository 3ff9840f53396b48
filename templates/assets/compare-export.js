// The compare page's "Download this comparison": the authorities the reader chose, as a Word document and a workbook
// written in the browser by assets/ooxml.js, laid out as the build's compare-all files are (a table or sheet per six
// authorities, a row per theme, each clause's text with its citation). Citations link to the published site when
// site.json has a baseUrl (the page then has a canonical link, which assets/pick.js reads); from a copy opened on a
// computer they are plain text, because a link to a file:// address would break as soon as the file is sent on.
// The buttons are made here, so without JavaScript none shows and the page's compare-all links remain.
(function () {
  "use strict";
  var PER_TABLE = 6;
  var REVIEW_NOTE = "Needs review: SiteGen put the clause on this theme from evidence it is not sure of (a heading alone, a loose or passing mention); check the clause before relying on it.";
  var EXTRACT_NOTE = "Not in extract: SiteGen holds only an extract of this authority's protocol; silence in the extract is not silence in the protocol.";

  function publishedRoot() { return window.SiteGenPick ? window.SiteGenPick.publishedRoot : null; }

  function list(names) {
    return names.length <= 1 ? names.join("") : names.slice(0, -1).join(", ") + " and " + names[names.length - 1];
  }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  /**
   * The comparison as tables: one per six authorities, each with a row per theme on which one of its authorities has
   * a clause (or only the chosen theme), in taxonomy order. Pure: the same comparison gives the same tables.
   * comparison: { authorities: [{ slug, name, is_extract, href }], themes: [{ id, title, href }], theme, data: { slug: { clauses, themes } } }
   */
  function tables(comparison) {
    var out = [];
    var all = comparison.authorities;
    for (var start = 0; start < all.length; start += PER_TABLE) {
      var group = all.slice(start, start + PER_TABLE);
      var first = start + 1;
      var last = start + group.length;
      var label = "Authorities " + first + (last > first ? "\u2013" + last : "");
      var rows = [];
      comparison.themes.forEach(function (t) {
        if (comparison.theme && t.id !== comparison.theme) return;
        // Each clause with whether the reading that puts it on this theme needs review.
        var cells = group.map(function (a) {
          var d = comparison.data[a.slug];
          var review = (d.review && d.review[t.id]) || [];
          return (d.themes[t.id] || []).map(function (n) { return { clause: d.clauses[n], review: review.indexOf(n) >= 0 }; });
        });
        if (!comparison.theme && cells.every(function (c) { return c.length === 0; })) return;
        rows.push({ theme: t, cells: cells });
      });
      out.push({
        label: label,
        caption: "Clauses by theme, side by side" + (all.length > PER_TABLE ? ": " + label.toLowerCase() + " of " + all.length + " (" + group[0].name + " to " + group[group.length - 1].name + ")" : ""),
        authorities: group,
        rows: rows
      });
    }
    return out;
  }

  function notes(comparison, table) {
    var n = [comparison.theme ? "Only the theme chosen on the compare page is shown." : "Themes on which none of these authorities has a clause are left out."];
    if (table.authorities.some(function (a) { return a.is_extract; })) n.push(EXTRACT_NOTE);
    if (table.rows.some(function (r) { return r.cells.some(function (c) { return c.some(function (e) { return e.review; }); }); })) n.push(REVIEW_NOTE);
    return n;
  }

  function none(a) { return a.is_extract ? "Not in extract" : "Nothing on this theme"; }

  function absolute(href) { var root = publishedRoot(); return root ? root + href : null; }

  // Every clause cited, in the order the tables cite them, each once.
  function sources(parts) {
    var seen = {};
    var out = [];
    parts.forEach(function (table) {
      table.rows.forEach(function (row) {
        row.cells.forEach(function (entries) {
          entries.forEach(function (e) {
            var c = e.clause;
            if (seen[c.href]) return;
            seen[c.href] = true;
            out.push(c);
          });
        });
      });
    });
    return out;
  }

  function title(comparison) {
    var theme = comparison.themes.filter(function (t) { return t.id === comparison.theme; })[0];
    return "Authorities compared side by side" + (theme ? ": " + theme.title : "");
  }

  function introduction(comparison) {
    var names = comparison.authorities.map(function (a) { return a.name + (a.is_extract ? " (extract)" : ""); });
    var lines = [list(names) + " compared theme by theme: each clause quoted from the protocol's own text, with its citation."];
    if (comparison.description) lines.push(comparison.description);
    if (comparison.site) lines.push("From " + comparison.site + ".");
    return lines;
  }

  /** The Word document's blocks (assets/ooxml.js). */
  function wordBlocks(comparison) {
    var parts = tables(comparison);
    var blocks = [{ paragraph: [title(comparison)], style: "Title" }];
    introduction(comparison).forEach(function (line) { blocks.push({ paragraph: [line] }); });
    var page = absolute("compare.html" + comparison.query);
    if (page) blocks.push({ paragraph: ["This comparison on the site: ", { text: page, link: page }] });
    parts.forEach(function (table) {
      var columns = table.authorities.length + 1;
      var header = [[[{ text: "Theme", bold: true }]]].concat(table.authorities.map(function (a) {
        var runs = [{ text: a.name, bold: true, link: absolute(a.href) }];
        if (a.is_extract) runs.push(" ", { text: "(extract)", italic: true });
        return [runs];
      }));
      var rows = table.rows.map(function (row) {
        return [[[{ text: row.theme.title, bold: true, link: absolute(row.theme.href) }]]].concat(row.cells.map(function (clauses, i) {
          if (clauses.length === 0) return [[{ text: none(table.authorities[i]), italic: true }]];
          var paragraphs = [];
          clauses.forEach(function (e) {
            var c = e.clause;
            var lines = String(c.text).split("\n").filter(function (l) { return l.trim() !== ""; });
            if (lines.length === 0) lines = [""];
            lines.forEach(function (line, k) {
              paragraphs.push([line].concat(k === lines.length - 1 ? [" (", { text: c.citation, link: absolute(c.href) }, ")"].concat(e.review ? [{ text: " (Needs review)", bold: true, italic: true }] : []) : []));
            });
          });
          return paragraphs;
        }));
      });
      blocks.push({
        table: {
          caption: table.caption,
          header: header,
          rows: rows,
          // The theme column narrower than the clauses' columns; smaller print as the columns grow narrower.
          weights: [2].concat(table.authorities.map(function () { return 3; })),
          size: columns > 5 ? 16 : columns > 3 ? 18 : null,
          notes: notes(comparison, table)
        }
      });
    });
    blocks.push({ paragraph: ["Sources"], style: "Heading1" });
    sources(parts).forEach(function (c, i) {
      var url = absolute(c.href);
      blocks.push({ paragraph: [(i + 1) + ". " + c.citation].concat(url ? [": ", { text: url, link: url }] : []) });
    });
    if (!publishedRoot()) blocks.push({ paragraph: ["The clauses are taken from this site as opened on your computer; it has no published address to link to."] });
    return blocks;
  }

  /** The workbook's sheets (assets/ooxml.js): one per table, then every citation. */
  function sheets(comparison) {
    var parts = tables(comparison);
    var out = [];
    var citations = [];
    parts.forEach(function (table) {
      var header = ["Theme"].concat(table.authorities.map(function (a) { return a.name + (a.is_extract ? " (extract)" : ""); }));
      var rows = table.rows.map(function (row) {
        return [row.theme.title].concat(row.cells.map(function (clauses, i) {
          if (clauses.length === 0) return none(table.authorities[i]);
          clauses.forEach(function (e) {
            var url = absolute(e.clause.href);
            citations.push([table.label, row.theme.title, table.authorities[i].name, { text: e.clause.citation, link: url, tip: url ? e.clause.citation : null }, e.review ? "Needs review" : ""]);
          });
          // A cell links to one address: its first clause's. The Citations sheet links every one.
          var first = absolute(clauses[0].clause.href);
          return {
            text: clauses.map(function (e) { return String(e.clause.text) + " (" + e.clause.citation + ")" + (e.review ? " (Needs review)" : ""); }).join("\n\n"),
            link: first,
            tip: first ? clauses[0].clause.citation : null
          };
        }));
      });
      out.push({ name: table.label, caption: table.caption, header: header, rows: rows, landscape: header.length > 3 });
    });
    out.push({
      name: "Citations",
      caption: "Every clause cited in this workbook" + (publishedRoot() ? ", linked to its page" : " (this copy of the site has no published address, so the citations are not linked)"),
      header: ["Sheet", "Theme", "Authority", "Citation", "Reading"],
      rows: citations,
      landscape: false
    });
    return out;
  }

  function fileName(comparison, ext) {
    var slugs = comparison.authorities.map(function (a) { return a.slug; });
    var name = "comparison-" + (slugs.length <= 3 ? slugs.join("-") : slugs.slice(0, 3).join("-") + "-and-" + (slugs.length - 3) + "-more");
    return name + (comparison.theme ? "-" + comparison.theme : "") + "." + ext;
  }

  function counts(comparison) {
    var parts = tables(comparison);
    var rows = parts.reduce(function (n, t) { return n + t.rows.length; }, 0);
    return plural(comparison.authorities.length, "authority", "authorities") + ", " + plural(sources(parts).length, "clause", "clauses")
      + ", " + plural(parts.length, "table", "tables") + " (" + plural(rows, "theme row", "theme rows") + ")";
  }

  /** Adds "Download this comparison: Word (.docx) · Excel (.xlsx)" to <container>, with a status line and, for an unpublished site, a note. */
  function offer(container, comparison) {
    var box = document.createElement("div");
    box.className = "compare-export";
    var p = document.createElement("p");
    p.appendChild(document.createTextNode("Download this comparison: "));
    var word = document.createElement("button");
    word.type = "button";
    word.className = "button compare-docx";
    word.textContent = "Word (.docx)";
    var excel = document.createElement("button");
    excel.type = "button";
    excel.className = "button compare-xlsx";
    excel.textContent = "Excel (.xlsx)";
    p.appendChild(word);
    p.appendChild(document.createTextNode(" \u00b7 "));
    p.appendChild(excel);
    box.appendChild(p);
    if (!publishedRoot()) {
      var note = document.createElement("p");
      note.className = "meta compare-export-note";
      note.textContent = "This copy of the site has no published address (site.json has no baseUrl), so the files cite each clause without a link: a link to a page on this computer would break once the file is sent on.";
      box.appendChild(note);
    }
    var status = document.createElement("p");
    status.className = "compare-export-status";
    status.setAttribute("role", "status");
    box.appendChild(status);
    function download(kind) {
      if (!window.SiteGenOoxml) {
        status.textContent = "The Office writer (assets/ooxml.js) did not load. Reload the page and try again.";
        return;
      }
      var name = fileName(comparison, kind);
      window.SiteGenOoxml.save(name, kind === "docx" ? window.SiteGenOoxml.docx(wordBlocks(comparison)) : window.SiteGenOoxml.xlsx(sheets(comparison)), kind);
      status.textContent = "Downloaded " + name + ": " + counts(comparison) + (publishedRoot() ? ", every citation linked to the published site." : ", citations without links.");
    }
    word.addEventListener("click", function () { download("docx"); });
    excel.addEventListener("click", function () { download("xlsx"); });
    container.appendChild(box);
  }

  window.SiteGenCompareExport = {
    offer: offer,
    tables: tables,
    documentParts: function (comparison, kind) {
      return kind === "docx" ? window.SiteGenOoxml.docx(wordBlocks(comparison)) : window.SiteGenOoxml.xlsx(sheets(comparison));
    }
  };
})();
