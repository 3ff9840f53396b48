#!/usr/bin/env node
// Runs the search page's own functions (assets/search.js, exported as SiteGenSearch) under Node, with the
// lunr.js, index and documents a built site ships, so the C# tests (SearchLogicTests) can hold the query,
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
for (const file of ['search/lunr.min.js', 'search/index.js', 'search/documents.js', 'assets/search.js']) {
  vm.runInContext(fs.readFileSync(path.join(args.site, file), 'utf8'), context, { filename: file });
}
const api = vm.runInContext('SiteGenSearch', context);
const lunr = vm.runInContext('lunr', context);
const index = lunr.Index.load(vm.runInContext('SITEGEN_SEARCH_INDEX', context));
const data = vm.runInContext('SITEGEN_SEARCH_DOCUMENTS', context);

function describe(results) {
  return results.map((r) => {
    const doc = data.documents[Number(r.ref)];
    const matches = {};
    if (r.matchData) Object.keys(r.matchData.metadata).sort().forEach((t) => { matches[t] = Object.keys(r.matchData.metadata[t]).sort(); });
    return { url: doc.url, title: doc.title, kind: doc.kind, score: r.score, matches };
  });
}

const out = {};
out.normalise = (requests.normalise || []).map((text) => api.normaliseText(text, false));
out.prepare = (requests.prepare || []).map((raw) => {
  const p = api.prepareQuery(raw, data.fields);
  return { query: p.query, words: Array.from(p.words) };
});
out.search = (requests.search || []).map((raw) => {
  const outcome = api.runQuery(index, raw, data.fields);
  return { prepared: outcome.query, fellBack: outcome.fellBack, onlyCommonWords: api.onlyCommonWords(outcome.words), results: describe(outcome.results) };
});
out.highlight = (requests.highlight || []).map(({ text, query }) => {
  const outcome = api.runQuery(index, query, data.fields);
  const terms = new Set();
  outcome.results.forEach((r) => Object.keys(r.matchData.metadata).forEach((t) => terms.add(t)));
  return api.highlightRanges(text, terms).map(([start, end]) => text.slice(start, end));
});
out.lunrQueries = (requests.lunrQueries || []).map((q) => {
  try {
    return { results: describe(index.search(q)).map((r) => r.url) };
  } catch (e) {
    return { error: `${e.name}: ${e.message}` };
  }
});
process.stdout.write(JSON.stringify(out) + '\n');
