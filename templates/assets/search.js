// SiteGen search page. lunr.js searches the index SiteGen built (search/index.js); what results show comes
// from search/documents.js. Both are plain scripts loaded by <script> tags, so search works from a folder on
// disk (file://), a web server root or a subpath alike, and nothing typed ever leaves the browser.
// The pure functions are exported as SiteGenSearch so that tests can run them under Node with real lunr.js.
(function (global) {
  "use strict";

  // --- The search text rule, the same as SiteSearchText.Normalise in C# --------------------------------
  // lunr splits words only at spaces and hyphens, so SiteGen indexes text with every other non-word
  // character turned into a space and possessive 's dropped; queries and highlighting must do the same.
  var POSSESSIVE = /(\p{L}\p{M}*)['\u2019]s(?![\p{L}\p{N}\p{M}])/gu;
  var NON_WORD = /[^\p{L}\p{N}\p{M}.]/gu;
  var NON_WORD_KEEPING_WILDCARDS = /[^\p{L}\p{N}\p{M}.*]/gu;

  function normaliseText(text, keepWildcards) {
    return String(text).replace(POSSESSIVE, "$1").replace(keepWildcards ? NON_WORD_KEEPING_WILDCARDS : NON_WORD, " ");
  }

  // lunr's trimmer (ASCII \W at either end), sparing the wildcard a user typed.
  function trimWord(word) {
    return word.replace(/^[^\w*]+/, "").replace(/[^\w*]+$/, "");
  }

  // --- Queries -----------------------------------------------------------------------------------------
  // lunr trims and filters indexed words but only stems query words, so "conduct?" or "member/officer"
  // would find nothing as typed. This keeps the syntax a user may type (+word -word field:word word*
  // word~1 word^10) and gives every word the treatment indexed words had.
  function prepareQuery(raw, fieldNames) {
    var clauses = [];
    var words = [];
    String(raw).split(/\s+/).forEach(function (part) {
      if (!part) return;
      var presence = "";
      if (part.charAt(0) === "+" || part.charAt(0) === "-") {
        presence = part.charAt(0);
        part = part.slice(1);
      }
      var field = "";
      var colon = part.indexOf(":");
      if (colon > 0 && fieldNames.indexOf(part.slice(0, colon).toLowerCase()) >= 0) {
        field = part.slice(0, colon).toLowerCase() + ":";
        part = part.slice(colon + 1);
      }
      var suffix = "";
      var modifiers = /(?:[~^]\d+)+$/.exec(part);
      if (modifiers) {
        suffix = modifiers[0];
        part = part.slice(0, modifiers.index);
      }
      normaliseText(part.toLowerCase(), true).split(/[\s\-]+/).forEach(function (word) {
        word = trimWord(word);
        if (!word || /^\*+$/.test(word)) return; // a bare * would list everything
        clauses.push(presence + field + word + suffix);
        if (presence !== "-") words.push(word.replace(/\*/g, ""));
      });
    });
    return { query: clauses.join(" "), words: words.filter(Boolean) };
  }

  // Runs the prepared query; if lunr still refuses it, searches for its plain words instead.
  function runQuery(index, raw, fieldNames) {
    var prepared = prepareQuery(raw, fieldNames);
    var words = prepared.words;
    if (!prepared.query) return { results: [], query: "", words: words, fellBack: false };
    try {
      return { results: index.search(prepared.query), query: prepared.query, words: words, fellBack: false };
    } catch (error) {
      if (!(error instanceof global.lunr.QueryParseError)) throw error;
      var plain = words.join(" ");
      return { results: plain ? index.search(plain) : [], query: plain, words: words, fellBack: true };
    }
  }

  // True when every word is one lunr leaves out of the index ("the", "of", "must" …), so nothing can match.
  function onlyCommonWords(words) {
    return words.length > 0 && words.every(function (word) {
      return !global.lunr.stopWordFilter(new global.lunr.Token(word.toLowerCase(), {}));
    });
  }

  // --- Highlighting ------------------------------------------------------------------------------------
  // The index keeps no positions (they would make it much bigger), so a result's matched terms are found
  // again in its text by running each word through lunr's own tokenizer, trimmer and stemmer.
  var stems = new Map();

  function indexTerms(word) {
    var cached = stems.get(word);
    if (cached) return cached;
    var terms = [];
    normaliseText(word, false).split(" ").forEach(function (piece) {
      if (!piece) return;
      global.lunr.tokenizer(piece).forEach(function (token) {
        var trimmed = global.lunr.trimmer(token);
        if (trimmed && trimmed.toString()) terms.push(global.lunr.stemmer(trimmed).toString());
      });
    });
    stems.set(word, terms);
    return terms;
  }

  // [start, end) ranges of the words in text that produce one of the matched index terms.
  function highlightRanges(text, matchedTerms) {
    var ranges = [];
    var word = /[^\s\-]+/g;
    var m;
    while ((m = word.exec(text)) !== null) {
      var terms = indexTerms(m[0]);
      for (var i = 0; i < terms.length; i++) {
        if (matchedTerms.has(terms[i])) {
          // Mark the word without the punctuation around it: ‘bullied’ → bullied.
          var lead = /^[^\p{L}\p{N}]*/u.exec(m[0])[0].length;
          var trail = /[^\p{L}\p{N}]*$/u.exec(m[0].slice(lead))[0].length;
          ranges.push([m.index + lead, m.index + m[0].length - trail]);
          break;
        }
      }
    }
    return ranges;
  }

  // The part of text to show: up to `length` characters around the densest run of matches, cut at spaces.
  function snippet(text, ranges, length) {
    if (text.length <= length) return { start: 0, end: text.length };
    var bestStart = 0;
    var bestCount = 0;
    for (var i = 0; i < ranges.length; i++) {
      var count = 0;
      for (var j = i; j < ranges.length && ranges[j][1] <= ranges[i][0] + length * 0.7; j++) count++;
      if (count > bestCount) {
        bestCount = count;
        bestStart = ranges[i][0];
      }
    }
    var start = Math.max(0, bestStart - Math.floor(length * 0.3));
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space < 0 || space > bestStart ? start : space + 1;
    }
    var end = Math.min(text.length, start + length);
    if (end < text.length) {
      var back = text.lastIndexOf(" ", end);
      if (back > start) end = back;
    }
    return { start: start, end: end };
  }

  var api = {
    normaliseText: normaliseText,
    prepareQuery: prepareQuery,
    runQuery: runQuery,
    onlyCommonWords: onlyCommonWords,
    indexTerms: indexTerms,
    highlightRanges: highlightRanges,
    snippet: snippet,
  };
  global.SiteGenSearch = api;

  if (typeof document === "undefined") return; // loaded by a test under Node

  // --- The page ----------------------------------------------------------------------------------------
  var PAGE_SIZE = 20;
  var SNIPPET_LENGTH = 260;
  var DEBOUNCE_MS = 150;

  function start() {
    var form = document.getElementById("search");
    if (!form) return;
    var input = document.getElementById("search-input");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var more = document.getElementById("search-more");
    var root = form.getAttribute("data-root") || "";

    if (!global.lunr || !global.SITEGEN_SEARCH_INDEX || !global.SITEGEN_SEARCH_DOCUMENTS) {
      status.textContent = "Search is not available: the files in the search folder could not be loaded. " +
        "Check that the whole site folder was copied, including search/.";
      form.setAttribute("data-state", "failed");
      return;
    }
    var index = global.lunr.Index.load(global.SITEGEN_SEARCH_INDEX);
    var data = global.SITEGEN_SEARCH_DOCUMENTS;
    var documents = data.documents;
    var fieldNames = data.fields;
    var facets = data.facets.map(function (facet, f) {
      var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type="checkbox"][name="' + facet.name + '"]'));
      return {
        name: facet.name,
        label: facet.label,
        values: facet.values,
        boxes: facet.values.map(function (value) {
          return boxes.filter(function (box) { return box.value === value; })[0] || null;
        }),
        position: f,
      };
    });
    performance.mark("sitegen-search-ready");

    var shown = 0;
    var current = [];
    var currentTerms = new Set();
    var timer = 0;
    var firstResults = true;

    function selected(facet) {
      var values = [];
      facet.boxes.forEach(function (box, v) { if (box && box.checked) values.push(v); });
      return values;
    }

    function passes(doc, facet, chosen) {
      if (chosen.length === 0) return true;
      var values = doc.facets[facet.position];
      for (var i = 0; i < values.length; i++) if (chosen.indexOf(values[i]) >= 0) return true;
      return false;
    }

    function search() {
      clearTimeout(timer);
      var raw = input.value;
      var chosen = facets.map(selected);
      var filtering = chosen.some(function (c) { return c.length > 0; });
      var outcome;
      if (raw.trim()) {
        outcome = runQuery(index, raw, fieldNames);
      } else {
        // No words but a filter: list everything the filters let through, in document order.
        outcome = { results: filtering ? documents.map(function (_, i) { return { ref: String(i), score: 0 }; }) : [], query: "", words: [], fellBack: false };
      }
      var hits = outcome.results.map(function (r) { return { doc: documents[Number(r.ref)], result: r }; });

      // Counts per facet value among the hits that pass every other facet's filter.
      facets.forEach(function (facet, f) {
        var counts = facet.values.map(function () { return 0; });
        hits.forEach(function (hit) {
          for (var g = 0; g < facets.length; g++) if (g !== f && !passes(hit.doc, facets[g], chosen[g])) return;
          hit.doc.facets[f].forEach(function (v) { counts[v]++; });
        });
        facet.boxes.forEach(function (box, v) {
          if (!box) return;
          var count = box.parentNode.querySelector(".facet-count");
          var shownCount = raw.trim() || filtering ? counts[v] : Number(count.getAttribute("data-total"));
          count.textContent = "(" + shownCount + ")";
          box.parentNode.classList.toggle("facet-option-empty", shownCount === 0);
        });
      });

      current = hits.filter(function (hit) {
        return facets.every(function (facet, f) { return passes(hit.doc, facet, chosen[f]); });
      });
      currentTerms = new Set();
      current.forEach(function (hit) {
        if (hit.result.matchData) Object.keys(hit.result.matchData.metadata).forEach(function (t) { currentTerms.add(t); });
      });
      list.textContent = "";
      shown = 0;
      showMore(false);
      announce(raw.trim(), outcome, chosen, filtering);
      reflectInUrl(raw, chosen);
      form.setAttribute("data-results-for", raw);
      performance.mark("sitegen-search-results");
      if (firstResults && (raw.trim() || filtering)) {
        firstResults = false;
        performance.mark("sitegen-search-first-results");
      }
    }

    function showMore(moveFocus) {
      var from = shown;
      var to = Math.min(current.length, shown + PAGE_SIZE);
      for (var i = from; i < to; i++) list.appendChild(renderResult(current[i].doc));
      shown = to;
      more.hidden = shown >= current.length;
      more.textContent = "Show " + Math.min(PAGE_SIZE, current.length - shown) + " more of " + current.length + " results";
      if (moveFocus && list.children[from]) list.children[from].querySelector("a").focus();
    }

    function announce(query, outcome, chosen, filtering) {
      var filters = [];
      facets.forEach(function (facet, f) {
        chosen[f].forEach(function (v) { filters.push(facet.values[v]); });
      });
      var filterText = filters.length ? " (filtered: " + filters.join(", ") + ")" : "";
      var text;
      if (!query && !filtering) {
        text = "Type a word to search " + describeCorpus() + ".";
      } else if (current.length === 0 && query && onlyCommonWords(outcome.words)) {
        text = "No results: \u201c" + query + "\u201d is too common to search for. Try a more specific word.";
      } else if (current.length === 0) {
        text = (query ? "No results for \u201c" + query + "\u201d" : "Nothing matches these filters") + filterText +
          ". Try fewer words, another form of the word, or a filter less.";
      } else {
        text = current.length + (current.length === 1 ? " result" : " results") +
          (query ? " for \u201c" + query + "\u201d" : "") + filterText + ".";
        if (outcome.fellBack) text += " The search syntax was not understood, so these are results for the words alone.";
      }
      status.textContent = text;
    }

    function describeCorpus() {
      var kinds = { clause: 0, report: 0, page: 0 };
      documents.forEach(function (d) { kinds[d.kind]++; });
      return kinds.clause + " protocol clauses, " + kinds.report + " report paragraphs and " + kinds.page + " pages";
    }

    function reflectInUrl(raw, chosen) {
      var params = [];
      if (raw) params.push("q=" + encodeURIComponent(raw));
      facets.forEach(function (facet, f) {
        chosen[f].forEach(function (v) { params.push(encodeURIComponent(facet.name) + "=" + encodeURIComponent(facet.values[v])); });
      });
      var url = window.location.pathname + (params.length ? "?" + params.join("&") : "");
      try {
        window.history.replaceState(null, "", url);
      } catch (e) {
        // Some browsers refuse to change a file:// address; the search still works, only sharing it does not.
      }
    }

    function renderResult(doc) {
      var item = element("li", "search-result");
      var heading = element("h3", "search-result-heading");
      var link = element("a");
      link.href = root + doc.url;
      link.textContent = doc.title;
      heading.appendChild(link);
      item.appendChild(heading);

      var meta = element("p", "search-result-meta");
      if (doc.kind !== "clause") {
        // A clause's title is its citation, which names the authority; a report's or page's title does not.
        meta.appendChild(tag(doc.kind === "report" ? "Report" : "Page"));
        if (doc.source) {
          var source = element("span", "search-result-source");
          source.textContent = doc.source;
          meta.appendChild(source);
        }
      }
      facets.forEach(function (facet, f) {
        if (facet.name === "kind" || facet.name === "authority") return;
        doc.facets[f].forEach(function (v) { meta.appendChild(tag(facet.values[v])); });
      });
      if (doc.section) {
        var section = element("span", "search-result-section");
        appendHighlighted(section, doc.section, 0, doc.section.length);
        meta.appendChild(section);
      }
      if (meta.childNodes.length) item.appendChild(meta);
      // Spaces between the parts, so that they are read as separate words (flex layout ignores them).
      for (var m = meta.childNodes.length - 1; m > 0; m--) meta.insertBefore(document.createTextNode(" "), meta.childNodes[m]);

      if (doc.text) {
        var text = element("p", "search-result-snippet");
        var part = snippet(doc.text, highlightRanges(doc.text, currentTerms), SNIPPET_LENGTH);
        if (part.start > 0) text.appendChild(document.createTextNode("\u2026 "));
        appendHighlighted(text, doc.text, part.start, part.end);
        if (part.end < doc.text.length) text.appendChild(document.createTextNode(" \u2026"));
        item.appendChild(text);
      }
      return item;
    }

    // Appends text[start, end) with the matched words in <mark>; text only ever goes in as text nodes.
    function appendHighlighted(parent, text, start, end) {
      var at = start;
      highlightRanges(text, currentTerms).forEach(function (range) {
        if (range[0] < start || range[1] > end) return;
        if (range[0] > at) parent.appendChild(document.createTextNode(text.slice(at, range[0])));
        var mark = element("mark");
        mark.textContent = text.slice(range[0], range[1]);
        parent.appendChild(mark);
        at = range[1];
      });
      if (at < end) parent.appendChild(document.createTextNode(text.slice(at, end)));
    }

    function tag(text) {
      var span = element("span", "tag tag-quiet");
      span.textContent = text;
      return span;
    }

    function element(name, className) {
      var e = document.createElement(name);
      if (className) e.className = className;
      return e;
    }

    // Start from the address: ?q=bullying&authority=Hackney, as the header box and shared links give it.
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    var anyFilter = false;
    facets.forEach(function (facet) {
      var wanted = params.getAll(facet.name);
      facet.boxes.forEach(function (box) {
        if (box) box.checked = wanted.indexOf(box.value) >= 0;
        anyFilter = anyFilter || (box && box.checked);
      });
    });
    // On a narrow screen the filters would push every result below the fold: fold them away unless in use.
    var filters = document.getElementById("search-filters");
    if (filters && !anyFilter && window.matchMedia && window.matchMedia("(max-width: 45rem)").matches) filters.open = false;

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(search, DEBOUNCE_MS);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      search();
    });
    form.addEventListener("change", function (event) {
      if (event.target && event.target.type === "checkbox") search();
    });
    more.addEventListener("click", function () { showMore(true); });

    form.setAttribute("data-state", "ready");
    search();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(typeof window !== "undefined" ? window : globalThis);
