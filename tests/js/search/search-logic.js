#!/usr/bin/env node
// Runs the search page's own functions (assets/search.js, exported as SiteGenSearch) under Node, with the
// lunr.js and the sharded index and document chunks a built site ships (read through the page's own store), so the C# tests (SearchLogicTests) can hold the query,
// text and highlighting rules to what they promise without a browser:
//
//   node search-logic.js --site /abs/_site --requests requests.json
//
// requests.json: { "normalise": ["text", …], "prepare": ["typed query", …], "search": ["typed query", …],
//                  "highlight": [{ "text": "…", "query": "typed query" }, …],
//                  "lunrQueries": ["raw lunr query", …] }
// Prints { normalise: [string], prepare: [{query, words}], search: [{prepared, fellBack, onlyCommonWords, results: [{url, title, kind, score, matches: {term: [field]}}]}],
//          highlight: [[marked word, …]], lunrQueries: [{results: [url…]} or {error}] }.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
  if (!args.site || !args.requests) {
    console.error('usage: node search-logic.js --site /abs/_site --requests requests.json');
    process.exit(2);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const requests = JSON.parse(fs.readFileSync(args.requests, 'utf8'));
const context = vm.createContext({ console });
for (const file of ['search/lunr.min.js', 'assets/search.js']) {
  vm.runInContext(fs.readFileSync(path.join(args.site, file), 'utf8'), context, { filename: file });
}
const api = vm.runInContext('SiteGenSearch', context);
// The page's own store over the site's shards, each file run as its script tag would run it.
const store = api.createStore((file) => {
  vm.runInContext(fs.readFileSync(path.join(args.site, 'search', file), 'utf8'), context, { filename: file });
  return Promise.resolve();
});

async function main() {
  const meta = await store.meta();
  const all = await store.documents(Array.from({ length: meta.documents }, (_, i) => i));

  function describe(results) {
    return results.map((r) => {
      const doc = all[Number(r.ref)];
      const matches = {};
      if (r.matchData) Object.keys(r.matchData.metadata).sort().forEach((t) => { matches[t] = Object.keys(r.matchData.metadata[t]).sort(); });
      return { url: doc.url, title: doc.title, kind: doc.kind, score: r.score, matches };
    });
  }

  const out = {};
  out.normalise = (requests.normalise || []).map((text) => api.normaliseText(text, false));
  out.prepare = (requests.prepare || []).map((raw) => {
    const p = api.prepareQuery(raw, meta.fields);
    return { query: p.query, words: Array.from(p.words) };
  });
  out.search = [];
  for (const raw of requests.search || []) {
    const outcome = await api.runQueryAsync(store, raw, meta.fields);
    out.search.push({ prepared: outcome.query, fellBack: outcome.fellBack, onlyCommonWords: api.onlyCommonWords(outcome.words), results: describe(outcome.results) });
  }
  out.highlight = [];
  for (const { text, query } of requests.highlight || []) {
    const outcome = await api.runQueryAsync(store, query, meta.fields);
    const terms = new Set();
    outcome.results.forEach((r) => Object.keys(r.matchData.metadata).forEach((t) => terms.add(t)));
    out.highlight.push(api.highlightRanges(text, terms).map(([start, end]) => text.slice(start, end)));
  }
  out.lunrQueries = [];
  for (const q of requests.lunrQueries || []) {
    try {
      out.lunrQueries.push({ results: describe(await store.search(q)).map((r) => r.url) });
    } catch (e) {
      out.lunrQueries.push({ error: `${e.name}: ${e.message}` });
    }
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => { console.error(e && e.stack || e); process.exit(1); });
