// SiteGen search page. The lunr index SiteGen built is split into term shards (search/terms/N.js) and what
// results show into chunks (search/docs/N.js); search/meta.js says which shard holds which terms. A query loads
// only the shards its words need, and lunr.js answers it from an index rebuilt from them: the same results and
// scores as the whole index. Every file is a plain script that calls SITEGEN_SEARCH_DATA with JSON text, added
// by a <script> tag, so search works from a folder on disk (file://), a web server root or a subpath alike, and
// nothing typed ever leaves the browser. The pure functions and the store are exported as SiteGenSearch so that
// tests can run them under Node with real lunr.js.
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
  // With options.all, every plain word is required (lunr's +word), so that several words find what has all of
  // them; common words lunr leaves out of the index are not made required, or nothing could ever match.
  // Also returns the query's parts ({presence, field, word, suffix}), so that theme phrases can be added to it.
  function prepareQuery(raw, fieldNames, options) {
    var all = Boolean(options && options.all);
    var parts = [];
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
        var wordPresence = presence || (all && !isCommonWord(word) ? "+" : "");
        parts.push({ presence: wordPresence, field: field, word: word, suffix: suffix, typed: presence !== "" || field !== "" || suffix !== "" || word.indexOf("*") >= 0 });
        if (presence !== "-") words.push(word.replace(/\*/g, ""));
      });
    });
    return { query: queryString(parts), words: words.filter(Boolean), parts: parts };
  }

  function queryString(parts) {
    return parts.map(function (p) { return p.presence + p.field + p.word + p.suffix; }).join(" ");
  }

  // --- Theme phrases -----------------------------------------------------------------------------------
  // search/phrases.js maps an index term to the phrases of the taxonomy's themes it is a phrase of (SearchThemePhrases
  // in C#): "bullying" is also searched as harassment, intimidate, undue pressure …. Only a plain word is expanded
  // (not +word, -word, field:word, word*, word~1 or word^2: whoever types those asks for that word exactly).
  // Each expanded word becomes a group: a result satisfies it by holding the word, or every word of one of its
  // phrases (the index keeps no positions, so in any order). With all words (the default), a result must satisfy every
  // group and hold every other word; with "match any word", one group or other word is enough. lunr is asked for the
  // typed words at twice the weight of the added ones, so a result that uses the word typed ranks above one that only
  // uses a phrase for it; the groups are then checked against the terms lunr says each result matched.
  function expandQuery(prepared, phrases, options) {
    var none = { query: prepared.query, groups: [], added: [], applied: false };
    if (!phrases || !phrases.terms) return none;
    var groups = [];
    var added = [];
    prepared.parts.forEach(function (part, i) {
      if (part.typed || isCommonWord(part.word)) return;
      var terms = indexTerms(part.word);
      if (terms.length !== 1 || !Object.prototype.hasOwnProperty.call(phrases.terms, terms[0])) return;
      var expansion = phrases.terms[terms[0]];
      var list = expansion[1].map(function (p) { return phrases.phrases[p]; });
      groups.push({ part: i, word: part.word, alternatives: [[terms[0]]].concat(list.map(function (p) { return p[2]; })) });
      added.push({
        word: part.word,
        themes: expansion[0].map(function (t) { return phrases.themes[t][1]; }),
        phrases: list.map(function (p) { return p[0]; }),
      });
    });
    if (!groups.length) return none;
    if (options && options.exact) return { query: prepared.query, groups: [], added: added, applied: false };

    var parts = prepared.parts.map(function (part) {
      if (part.presence === "-") return part;
      var boost = /\^(\d+)/.exec(part.suffix);
      var suffix = boost ? part.suffix.replace(/\^\d+/, "^" + Number(boost[1]) * 2) : part.suffix + "^2";
      return { presence: part.presence, field: part.field, word: part.word, suffix: suffix, typed: part.typed };
    });
    var inQuery = {};
    prepared.parts.forEach(function (part) { inQuery[part.word] = true; });
    var typedTerms = {};
    prepared.parts.forEach(function (part) {
      if (part.presence !== "-") indexTerms(part.word).forEach(function (t) { typedTerms[t] = true; });
    });
    var addedOnly = {};
    groups.forEach(function (group) {
      // The word itself is one way to satisfy its group, not a requirement of its own.
      parts[group.part] = { presence: "", field: "", word: parts[group.part].word, suffix: parts[group.part].suffix };
      phrases.terms[indexTerms(group.word)[0]][1].forEach(function (p) {
        var phrase = phrases.phrases[p];
        phrase[1].forEach(function (word, w) {
          if (!typedTerms[phrase[2][w]]) addedOnly[phrase[2][w]] = true;
          if (inQuery[word]) return;
          inQuery[word] = true;
          parts.push({ presence: "", field: "", word: word, suffix: "" });
        });
      });
    });
    return { query: queryString(parts), groups: groups, added: added, applied: true, addedOnly: addedOnly };
  }

  // The terms of a result worth marking: those of the words typed, and of the phrases it holds whole. lunr also matched
  // words of phrases it holds only in part ("member" of "concern … member"), which would be noise.
  function markedTerms(result, expanded) {
    var matched = Object.keys(result.matchData ? result.matchData.metadata : {});
    if (!expanded.applied) return matched;
    var whole = {};
    expanded.groups.forEach(function (group) {
      group.alternatives.forEach(function (terms) {
        if (terms.every(function (t) { return matched.indexOf(t) >= 0; })) terms.forEach(function (t) { whole[t] = true; });
      });
    });
    return matched.filter(function (t) { return whole[t] || !expanded.addedOnly[t]; });
  }

  // True when a lunr result satisfies the expanded query's groups, judged by the terms lunr matched in it.
  function satisfiesGroups(result, expanded, all) {
    if (!expanded.applied) return true;
    var matched = result.matchData ? result.matchData.metadata : {};
    function has(term) { return Object.prototype.hasOwnProperty.call(matched, term); }
    function satisfied(group) {
      return group.alternatives.some(function (terms) { return terms.every(has); });
    }
    if (all) return expanded.groups.every(satisfied);
    return expanded.groups.some(satisfied) || Object.keys(matched).some(function (t) { return !expanded.addedOnly[t]; });
  }

  // Runs the prepared query; if lunr still refuses it, searches for its plain words instead.
  function runQuery(index, raw, fieldNames, options) {
    var prepared = prepareQuery(raw, fieldNames, options);
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

  // True when lunr leaves the word out of the index ("the", "of", "must" …).
  function isCommonWord(word) {
    return !global.lunr.stopWordFilter(new global.lunr.Token(word.toLowerCase(), {}));
  }

  // True when every word is one lunr leaves out of the index, so nothing can match.
  function onlyCommonWords(words) {
    return words.length > 0 && words.every(isCommonWord);
  }

  // --- Clause ids ----------------------------------------------------------------------------------------
  // A clause id as protocols number them: 7.2(g), 3.4, 12, 5.1.3(a)(ii), with an optional trailing full stop.
  var CLAUSE_ID = /^\d+(?:\.\d+)*(?:\([a-z0-9]{1,6}\))*\.?$/i;

  function canonicalId(id) {
    return String(id).toLowerCase().replace(/\s+/g, "").replace(/\.$/, "");
  }

  // Finds clause ids typed as such ("7.2(g)", "hackney 7.2(g)", "Haringey 3.4", "Tower Hamlets 7.2(g)").
  // clauses is meta.clauses: [position, authority, number] for every clause. A word is taken as naming an
  // authority only when it is one of the words of an authority's name. Returns null unless the query holds a
  // clause id that some clause has (of the named authorities, if any are named); otherwise the positions of
  // the clauses with that id, in document order, and the words left over for the ordinary search.
  function findClauseIds(raw, clauses) {
    if (!clauses || !clauses.length) return null;
    var parts = String(raw).trim().split(/\s+/).filter(Boolean);
    var ids = parts.filter(function (p) { return CLAUSE_ID.test(p); });
    if (!ids.length) return null;
    var wanted = ids.map(canonicalId);
    var others = parts.filter(function (p) { return !CLAUSE_ID.test(p); });
    function nameWords(name) { return normaliseText(String(name).toLowerCase(), false).split(/\s+/).filter(Boolean); }
    var authorityWords = {};
    clauses.forEach(function (c) { nameWords(c[1]).forEach(function (w) { authorityWords[w] = true; }); });
    var named = others.map(function (p) { return nameWords(p); }).filter(function (ws) {
      return ws.length > 0 && ws.every(function (w) { return authorityWords[w]; });
    });
    var namedWords = [].concat.apply([], named);
    var rest = others.filter(function (p) {
      var ws = nameWords(p);
      return !(ws.length > 0 && ws.every(function (w) { return authorityWords[w]; }));
    });
    var positions = [];
    clauses.forEach(function (c) {
      if (wanted.indexOf(canonicalId(c[2])) < 0) return;
      if (namedWords.length) {
        var words = nameWords(c[1]);
        if (!namedWords.every(function (w) { return words.indexOf(w) >= 0; })) return;
      }
      positions.push(c[0]);
    });
    if (!positions.length) return null;
    // A bare number ("2010", "12") is a clause id only beside an authority's name: alone it is more likely a year.
    if (!namedWords.length && ids.every(function (id) { return /^\d+\.?$/.test(id); })) return null;
    return { positions: positions, rest: rest.join(" ") };
  }

  // lunr's results with protocol clauses first, then everything else, each in lunr's order (a stable sort):
  // a report paragraph that quotes a clause never ranks above the clauses themselves. The scores are lunr's.
  function clausesFirst(results, clauses) {
    var isClause = {};
    (clauses || []).forEach(function (c) { isClause[c[0]] = true; });
    return results.filter(function (r) { return isClause[Number(r.ref)]; })
      .concat(results.filter(function (r) { return !isClause[Number(r.ref)]; }));
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

  // --- The sharded index -------------------------------------------------------------------------------
  // Each data file calls SITEGEN_SEARCH_DATA(kind, id, 'JSON text'); whoever asked for it is waiting on its slot.
  var slots = {};

  function slot(key) {
    var s = slots[key];
    if (!s) {
      s = slots[key] = { requested: false, done: false };
      s.promise = new Promise(function (resolve, reject) { s.resolve = resolve; s.reject = reject; });
    }
    return s;
  }

  global.SITEGEN_SEARCH_DATA = function (kind, id, text) {
    var s = slot(kind + "/" + id);
    if (s.done) return;
    s.done = true;
    s.resolve(JSON.parse(text));
  };

  // A store over the search folder. load(path) runs one file of it (a <script> tag in a page, the file itself
  // under Node) and returns a promise that settles once the file has run.
  function createStore(load) {
    var built = {};

    function get(kind, id, path) {
      var s = slot(kind + "/" + id);
      if (!s.requested && !s.done) { // meta.js comes with the page, by a script tag of its own
        s.requested = true;
        Promise.resolve().then(function () { return load(path); }).then(function () {
          if (!s.done) s.reject(new Error("search/" + path + " did not register its data"));
        }, function (error) {
          if (!s.done) s.reject(error || new Error("search/" + path + " could not be loaded"));
        });
      }
      return s.promise;
    }

    function meta() { return get("meta", 0, "meta.js"); }

    // The last shard whose first term is at or before term (terms sort by UTF-16 code units, as in lunr).
    function shardOf(m, term) {
      var lo = 0, hi = m.shards.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (m.shards[mid] <= term) lo = mid; else hi = mid - 1;
      }
      return lo;
    }

    // The shards that can hold a term the query could expand to, by lunr's own pipeline and parser.
    function shardsFor(m, query, pipeline) {
      var wanted = {};
      var all = false;
      query.clauses.forEach(function (clause) {
        var terms = clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
        terms.forEach(function (term) {
          var star = term.indexOf("*");
          if ("editDistance" in clause || star === 0) { all = true; return; }
          if (star < 0) { wanted[shardOf(m, term)] = true; return; }
          var prefix = term.slice(0, star);
          for (var i = shardOf(m, prefix), last = shardOf(m, prefix + "\uffff"); i <= last; i++) wanted[i] = true;
        });
      });
      if (all) return m.shards.map(function (_, i) { return i; });
      return Object.keys(wanted).map(Number).sort(function (a, b) { return a - b; });
    }

    // A serialised lunr index holding exactly the shards' terms, with their term indexes and weights: the field
    // vectors hold each document's weights for those terms, which are all a query on them reads.
    function serialised(m, shards, negated) {
      var inverted = [];
      var elements = {};
      shards.forEach(function (entries) {
        entries.forEach(function (entry) {
          var term = entry[0], termIndex = entry[1];
          var posting = { _index: termIndex };
          m.fields.forEach(function (field, f) {
            var flat = entry[2 + f], docs = {}, doc = 0;
            for (var i = 0; i < flat.length; i += 2) {
              doc += flat[i];
              docs[doc] = {};
              var ref = field + "/" + doc;
              (elements[ref] || (elements[ref] = [])).push([termIndex, flat[i + 1]]);
            }
            posting[field] = docs;
          });
          inverted.push([term, posting]);
        });
      });
      function flatten(pairs) {
        var out = [];
        pairs.sort(function (a, b) { return a[0] - b[0]; }).forEach(function (p) { out.push(p[0], p[1]); });
        return out;
      }
      var vectors = [];
      if (negated) {
        // A query of only -words scores every document: lunr then lists every field vector, in document order.
        for (var d = 0; d < m.documents; d++) {
          m.fields.forEach(function (field) { vectors.push([field + "/" + d, flatten(elements[field + "/" + d] || [])]); });
        }
      } else {
        Object.keys(elements).forEach(function (ref) { vectors.push([ref, flatten(elements[ref])]); });
      }
      return { version: m.lunr, fields: m.fields, fieldVectors: vectors, invertedIndex: inverted, pipeline: m.pipeline };
    }

    // lunr's results for a query string, as the whole index would give them. Rejects with lunr.QueryParseError.
    function search(queryString) {
      return meta().then(function (m) {
        var lunr = global.lunr;
        var query = new lunr.Query(m.fields);
        new lunr.QueryParser(queryString, query).parse();
        var ids = shardsFor(m, query, lunr.Pipeline.load(m.pipeline));
        var negated = query.isNegated();
        var key = ids.join(",") + (negated ? "!" : "");
        return Promise.all(ids.map(function (i) { return get("terms", i, "terms/" + i + ".js"); })).then(function (shards) {
          var index = built[key];
          if (!index) {
            built = {}; // keep one: a query's shards are usually the next query's too
            index = built[key] = lunr.Index.load(serialised(m, shards, negated));
          }
          return index.search(queryString);
        });
      });
    }

    // What results show for documents (by position), from the chunks that hold them.
    function documents(positions) {
      return meta().then(function (m) {
        var chunks = {};
        positions.forEach(function (p) { chunks[Math.floor(p / m.chunk)] = true; });
        var ids = Object.keys(chunks).map(Number);
        return Promise.all(ids.map(function (c) { return get("docs", c, "docs/" + c + ".js"); })).then(function (loaded) {
          var byChunk = {};
          ids.forEach(function (c, i) { byChunk[c] = loaded[i]; });
          return positions.map(function (p) {
            var d = byChunk[Math.floor(p / m.chunk)][p % m.chunk];
            return { position: p, kind: d[0], url: d[1], title: d[2], source: d[3], number: d[4], section: d[5], text: d[6], facets: d[7] };
          });
        });
      });
    }

    // Per facet, each document's value positions: facets()[f][doc] is an array (empty when it has none).
    var decodedFacets = null;
    function facets() {
      return meta().then(function (m) {
        return get("facets", 0, "facets.js").then(function (data) {
          if (decodedFacets) return decodedFacets;
          decodedFacets = data.map(function (values) {
            var byDoc = new Array(m.documents);
            for (var d = 0; d < m.documents; d++) byDoc[d] = [];
            values.forEach(function (runs, v) {
              var at = 0;
              for (var i = 0; i < runs.length; i += 2) {
                at += runs[i];
                for (var k = 0; k < runs[i + 1]; k++) byDoc[at + k].push(v);
                at += runs[i + 1];
              }
            });
            return byDoc;
          });
          return decodedFacets;
        });
      });
    }

    // The theme phrases (search/phrases.js), or null when the site has none or the file is missing: search then
    // goes on with the words typed only.
    var phrasesLoaded = null;
    function phrases() {
      if (!phrasesLoaded) phrasesLoaded = get("phrases", 0, "phrases.js").then(null, function () { return null; });
      return phrasesLoaded;
    }

    return { meta: meta, search: search, documents: documents, facets: facets, phrases: phrases, shardsFor: shardsFor };
  }

  // Runs the prepared query on the store, with the theme phrases of options.phrases (search/phrases.js) unless
  // options.exact; if lunr refuses it, searches for its plain words instead. The outcome's added lists, per typed word,
  // the phrases it was also searched under (or would have been, with options.exact).
  function runQueryAsync(store, raw, fieldNames, options) {
    var prepared = prepareQuery(raw, fieldNames, options);
    var words = prepared.words;
    if (!prepared.query) return Promise.resolve({ results: [], query: "", words: words, fellBack: false, added: [], expanded: false });
    var expanded = expandQuery(prepared, options && options.phrases, options);
    var all = Boolean(options && options.all);
    return store.search(expanded.query).then(function (results) {
      return {
        results: results.filter(function (r) { return satisfiesGroups(r, expanded, all); }).map(function (r) {
          return expanded.applied ? { ref: r.ref, score: r.score, matchData: r.matchData, marked: markedTerms(r, expanded) } : r;
        }),
        query: expanded.query, words: words, fellBack: false, added: expanded.added, expanded: expanded.applied,
      };
    }, function (error) {
      if (!(error instanceof global.lunr.QueryParseError)) throw error;
      var plain = words.join(" ");
      return (plain ? store.search(plain) : Promise.resolve([])).then(function (results) {
        return { results: results, query: plain, words: words, fellBack: true, added: [], expanded: false };
      });
    });
  }

  // What the search page shows for what was typed: a clause id goes straight to its clause(s), first; the
  // other words are searched (all of them, unless options.all is false) with protocol clauses first.
  // options: { all, exact }; the theme phrases are loaded with the first query that has words to search.
  function findAsync(store, m, raw, options) {
    var found = findClauseIds(raw, m.clauses);
    var text = found ? found.rest : raw;
    var searching = !text.trim() ? Promise.resolve({ results: [], query: "", words: [], fellBack: false, added: [], expanded: false })
      : (store.phrases ? store.phrases() : Promise.resolve(null)).then(function (phrases) {
        return runQueryAsync(store, text, m.fields, { all: options && options.all, exact: options && options.exact, phrases: phrases });
      });
    return searching.then(function (outcome) {
      var results = clausesFirst(outcome.results, m.clauses);
      var clauseIds = [];
      if (found) {
        var direct = found.positions.map(function (p) { return { ref: String(p), score: Infinity, matchData: null, clauseId: true }; });
        results = direct.concat(results.filter(function (r) { return found.positions.indexOf(Number(r.ref)) < 0; }));
        clauseIds = found.positions;
      }
      return {
        results: results, query: outcome.query, words: outcome.words, fellBack: outcome.fellBack, clauseIds: clauseIds,
        added: outcome.added || [], expanded: Boolean(outcome.expanded),
      };
    });
  }

  // Report paragraphs that quote a clause which is itself among the results are taken out of the list and shown under
  // that clause ("quoted in …"), under the first of their quoted clauses in the list's order. quotes is meta.quotes:
  // [paragraph position, clause position, …]. Returns the positions kept, in order, and by clause the paragraphs folded.
  function foldQuotations(positions, quotes) {
    var listed = {};
    positions.forEach(function (p, i) { if (!(p in listed)) listed[p] = i; });
    var quoting = {};
    (quotes || []).forEach(function (q) { quoting[q[0]] = q.slice(1); });
    var under = {};
    var folded = {};
    positions.forEach(function (p) {
      var clauses = quoting[p];
      if (!clauses) return;
      var best = -1;
      clauses.forEach(function (c) { if (c in listed && (best < 0 || listed[c] < listed[best])) best = c; });
      if (best < 0) return;
      (under[best] || (under[best] = [])).push(p);
      folded[p] = true;
    });
    return { positions: positions.filter(function (p) { return !folded[p]; }), quotedIn: under };
  }

  var api = {
    normaliseText: normaliseText,
    prepareQuery: prepareQuery,
    runQuery: runQuery,
    runQueryAsync: runQueryAsync,
    findClauseIds: findClauseIds,
    clausesFirst: clausesFirst,
    expandQuery: expandQuery,
    satisfiesGroups: satisfiesGroups,
    foldQuotations: foldQuotations,
    findAsync: findAsync,
    createStore: createStore,
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

  // Loads search/<path> by a <script> tag: the one way to read a file that works from file:// too.
  function loadScript(base) {
    return function (path) {
      return new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = base + path;
        script.async = true;
        script.onload = function () { resolve(); };
        script.onerror = function () { reject(new Error("Could not load " + base + path)); };
        document.head.appendChild(script);
      });
    };
  }

  function start() {
    var form = document.getElementById("search");
    if (!form) return;
    var input = document.getElementById("search-input");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var more = document.getElementById("search-more");
    var anyBox = document.getElementById("search-any");
    var exactBox = document.getElementById("search-exact");
    var expansionNote = document.getElementById("search-expansion");
    var root = form.getAttribute("data-root") || "";

    function failed() {
      status.textContent = "Search is not available: the files in the search folder could not be loaded. " +
        "Check that the whole site folder was copied, including search/.";
      form.setAttribute("data-state", "failed");
    }

    if (!global.lunr) { failed(); return; }
    var store = createStore(loadScript(root + "search/"));
    store.meta().then(function (m) { ready(m); }, failed);

    function ready(m) {
    var fieldNames = m.fields;
    var facets = m.facets.map(function (facet, f) {
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
    var facetData = null; // loaded after the first results, or before them when a filter is chosen
    performance.mark("sitegen-search-ready");

    var shown = 0;
    var current = [];
    var quotedIn = {}; // clause position → report paragraphs quoting it, listed under it
    var markedByDoc = {}; // position → the terms to mark in that result
    var currentTerms = new Set();
    var timer = 0;
    var firstResults = true;
    var generation = 0;
    var lastHits = [];
    var lastChosen = [];
    var lastTyped = false;

    function selected(facet) {
      var values = [];
      facet.boxes.forEach(function (box, v) { if (box && box.checked) values.push(v); });
      return values;
    }

    function passes(doc, f, chosen) {
      if (chosen.length === 0) return true;
      var values = facetData[f][doc];
      for (var i = 0; i < values.length; i++) if (chosen.indexOf(values[i]) >= 0) return true;
      return false;
    }

    // Counts per facet value among the hits that pass every other facet's filter.
    function updateCounts(hits, chosen, typed) {
      if (!facetData) return;
      facets.forEach(function (facet, f) {
        var counts = facet.values.map(function () { return 0; });
        hits.forEach(function (hit) {
          for (var g = 0; g < facets.length; g++) if (g !== f && !passes(hit.doc, g, chosen[g])) return;
          facetData[f][hit.doc].forEach(function (v) { counts[v]++; });
        });
        facet.boxes.forEach(function (box, v) {
          if (!box) return;
          var count = box.parentNode.querySelector(".facet-count");
          var shownCount = typed ? counts[v] : Number(count.getAttribute("data-total"));
          count.textContent = "(" + shownCount + ")";
          box.parentNode.classList.toggle("facet-option-empty", shownCount === 0);
        });
      });
    }

    function search() {
      clearTimeout(timer);
      var mine = ++generation;
      var raw = input.value;
      var chosen = facets.map(selected);
      var filtering = chosen.some(function (c) { return c.length > 0; });
      var searching;
      var anyWord = Boolean(anyBox && anyBox.checked);
      var exact = Boolean(exactBox && exactBox.checked);
      if (raw.trim()) {
        searching = findAsync(store, m, raw, { all: !anyWord, exact: exact });
      } else {
        // No words but a filter: list everything the filters let through, in document order.
        var everything = [];
        if (filtering) for (var d = 0; d < m.documents; d++) everything.push({ ref: String(d), score: 0 });
        searching = Promise.resolve({ results: everything, query: "", words: [], fellBack: false });
      }
      var needFacets = filtering ? store.facets() : Promise.resolve(facetData);
      Promise.all([searching, needFacets]).then(function (done) {
        if (mine !== generation) return;
        var outcome = done[0];
        facetData = done[1] || facetData;
        var hits = outcome.results.map(function (r) { return { doc: Number(r.ref), result: r }; });
        var typed = Boolean(raw.trim() || filtering);
        lastHits = hits;
        lastChosen = chosen;
        lastTyped = typed;
        updateCounts(hits, chosen, typed);
        current = filtering ? hits.filter(function (hit) {
          return facets.every(function (facet, f) { return passes(hit.doc, f, chosen[f]); });
        }) : hits;
        // After the filters: a quotation is folded under its clause only when that clause is shown.
        var folded = foldQuotations(current.map(function (hit) { return hit.doc; }), m.quotes);
        var kept = {};
        folded.positions.forEach(function (p) { kept[p] = true; });
        var quoting = current.filter(function (hit) { return !kept[hit.doc]; });
        current = current.filter(function (hit) { return kept[hit.doc]; });
        quotedIn = folded.quotedIn;
        currentTerms = new Set();
        markedByDoc = {};
        current.concat(quoting).forEach(function (hit) {
          var marked = hit.result.marked || (hit.result.matchData ? Object.keys(hit.result.matchData.metadata) : []);
          marked.forEach(function (t) { currentTerms.add(t); });
          markedByDoc[hit.doc] = new Set(marked);
        });
        shown = 0;
        return showMore(false, true).then(function () {
          if (mine !== generation) return;
          announce(raw.trim(), outcome, chosen, filtering, anyWord);
          showExpansion(outcome, exact);
          reflectInUrl(raw, chosen, anyWord, exact);
          form.setAttribute("data-results-for", raw);
          performance.mark("sitegen-search-results");
          if (firstResults && typed) {
            firstResults = false;
            performance.mark("sitegen-search-first-results");
          }
          if (!facetData) {
            // Counts follow the first results: they need facets.js, which the results themselves do not.
            store.facets().then(function (data) {
              facetData = data;
              if (mine === generation) updateCounts(lastHits, lastChosen, lastTyped);
            }, function () {});
          }
        });
      }).catch(function (error) {
        if (mine !== generation) return;
        status.textContent = "Search failed: " + (error && error.message ? error.message : error);
      });
    }

    // Shows the next page of results, once the chunks that describe them have loaded.
    function showMore(moveFocus, replace) {
      var from = shown;
      var to = Math.min(current.length, shown + PAGE_SIZE);
      var mine = generation;
      var positions = current.slice(from, to).map(function (hit) { return hit.doc; });
      var quoting = [].concat.apply([], positions.map(function (p) { return quotedIn[p] || []; }));
      return store.documents(positions.concat(quoting)).then(function (docs) {
        if (mine !== generation) return;
        if (replace) list.textContent = "";
        var byPosition = {};
        docs.forEach(function (doc) { byPosition[doc.position] = doc; });
        docs.slice(0, positions.length).forEach(function (doc) {
          list.appendChild(renderResult(doc, (quotedIn[doc.position] || []).map(function (p) { return byPosition[p]; })));
        });
        shown = to;
        more.hidden = shown >= current.length;
        more.textContent = "Show " + Math.min(PAGE_SIZE, current.length - shown) + " more of " + current.length + " results";
        if (moveFocus && list.children[from]) list.children[from].querySelector("a").focus();
      });
    }

    function announce(query, outcome, chosen, filtering, anyWord) {
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
        if (outcome.clauseIds && outcome.clauseIds.length) {
          text += " The clause " + (outcome.clauseIds.length === 1 ? "with that number comes" : "s with that number come") + " first.";
        }
      }
      if (current.length === 0 && query && !anyWord && outcome.words && outcome.words.filter(function (w) { return !isCommonWord(w); }).length > 1) {
        text += " Or tick \u201cMatch any word\u201d.";
      }
      status.textContent = text;
    }

    // "Also searched: harassment, intimidate … (the theme Bullying, harassment and undue pressure)", with a button to
    // search the words typed only; or, when that is ticked, what was left out and a button to add it back.
    function showExpansion(outcome, exact) {
      if (!expansionNote) return;
      expansionNote.textContent = "";
      var added = outcome.added || [];
      expansionNote.hidden = added.length === 0;
      if (!added.length) return;
      var text = element("p", "search-expansion-text");
      text.appendChild(document.createTextNode(exact ? "Not searched: " : "Also searched: "));
      added.forEach(function (a, i) {
        if (i > 0) text.appendChild(document.createTextNode("; "));
        a.phrases.forEach(function (phrase, k) {
          if (k > 0) text.appendChild(document.createTextNode(", "));
          var b = element("b", "search-expansion-phrase");
          b.textContent = phrase.replace(/\.\.\./g, "\u2026");
          text.appendChild(b);
        });
        text.appendChild(document.createTextNode(" (for \u201c" + a.word + "\u201d: " +
          (a.themes.length === 1 ? "the theme " : "the themes ") + a.themes.join(", ") + ")"));
      });
      text.appendChild(document.createTextNode(". "));
      var button = element("button", "search-expansion-toggle");
      button.type = "button";
      button.textContent = exact ? "Search these phrases too" : "Search only the words typed";
      button.addEventListener("click", function () {
        if (!exactBox) return;
        exactBox.checked = !exact;
        search();
      });
      text.appendChild(button);
      expansionNote.appendChild(text);
    }

    function describeCorpus() {
      return m.kinds.clause + " protocol clauses, " + m.kinds.report + " report paragraphs and " + m.kinds.page + " pages";
    }

    function reflectInUrl(raw, chosen, anyWord, exact) {
      var params = [];
      if (raw) params.push("q=" + encodeURIComponent(raw));
      if (anyWord) params.push("any=1");
      if (exact) params.push("exact=1");
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

    // A result; quotations are the report paragraphs that quote it, shown as "Quoted in …" under it.
    // data-position and data-kind are for other scripts on the page (a basket's buttons) to find the clause.
    function renderResult(doc, quotations) {
      var item = element("li", "search-result");
      item.setAttribute("data-position", String(doc.position));
      item.setAttribute("data-kind", doc.kind);
      var terms = markedByDoc[doc.position] || currentTerms;
      if (doc.kind === "clause") {
        // For assets/pick.js, which offers Copy and Add to appendix on the clause; the text may be shortened (" …").
        item.setAttribute("data-pick-href", root + doc.url);
        item.setAttribute("data-pick-cite", doc.title);
        item.setAttribute("data-pick-text", doc.text || "");
      }
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
        appendHighlighted(section, doc.section, 0, doc.section.length, terms);
        meta.appendChild(section);
      }
      if (meta.childNodes.length) item.appendChild(meta);
      // Spaces between the parts, so that they are read as separate words (flex layout ignores them).
      for (var k = meta.childNodes.length - 1; k > 0; k--) meta.insertBefore(document.createTextNode(" "), meta.childNodes[k]);

      if (doc.text) {
        var text = element("p", "search-result-snippet");
        var part = snippet(doc.text, highlightRanges(doc.text, terms), SNIPPET_LENGTH);
        if (part.start > 0) text.appendChild(document.createTextNode("\u2026 "));
        appendHighlighted(text, doc.text, part.start, part.end, terms);
        if (part.end < doc.text.length) text.appendChild(document.createTextNode(" \u2026"));
        item.appendChild(text);
      }
      if (quotations && quotations.length) {
        var quoted = element("p", "search-result-quoted");
        quoted.appendChild(document.createTextNode("Quoted in "));
        quotations.forEach(function (q, i) {
          if (i > 0) quoted.appendChild(document.createTextNode("; "));
          var a = element("a");
          a.href = root + q.url;
          a.textContent = q.title;
          quoted.appendChild(a);
        });
        item.appendChild(quoted);
      }
      return item;
    }

    // Appends text[start, end) with the matched words in <mark>; text only ever goes in as text nodes.
    function appendHighlighted(parent, text, start, end, terms) {
      var at = start;
      highlightRanges(text, terms).forEach(function (range) {
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
    if (anyBox) anyBox.checked = params.get("any") === "1";
    if (exactBox) exactBox.checked = params.get("exact") === "1";
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
    more.addEventListener("click", function () { showMore(true, false); });

    form.setAttribute("data-state", "ready");
    search();
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(typeof window !== "undefined" ? window : globalThis);
