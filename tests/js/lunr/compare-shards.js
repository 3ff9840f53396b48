#!/usr/bin/env node
// Proves the sharded search index a site ships answers every query exactly as one real lunr.js 2.3.9 index
// over the same documents does: the same refs, in the same order, with the same scores (compared exactly)
// and the same matched terms and fields.
//
//   node compare-shards.js --documents docs.json --shards /abs/search --search-js /abs/assets/search.js
//                          --queries queries.json [--report report.json]
//
// docs.json: as for compare-index.js, refs being document positions ("0", "1", …) as a site's are.
// --shards: the folder holding meta.js and terms/N.js (SearchShards). The shards are read through the
// search page's own store (assets/search.js, createStore), which rebuilds a lunr index from the shards a
// query needs and runs lunr's search on it; the reference is lunr(…) over docs.json.
// Exits 0 when nothing differs, 1 when something does. --report writes, per query, the result count and
// how many shards it loaded, so the caller can check the queries found things and loaded few shards.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { lunr, buildWithRealLunr, Differences, parseArgs, show } = require('./common');

const USAGE = 'node compare-shards.js --documents docs.json --shards search/ --search-js search.js --queries queries.json [--report report.json]';

function summary(results) {
  return results.map((r) => ({
    ref: r.ref,
    score: r.score,
    matched: Object.keys(r.matchData.metadata).sort()
      .map((term) => `${term}:${Object.keys(r.matchData.metadata[term]).sort().join('+')}`).join(' '),
  }));
}

async function main() {
  const args = parseArgs(process.argv.slice(2), ['documents', 'shards', 'search-js', 'queries'], USAGE);
  const corpus = JSON.parse(fs.readFileSync(args.documents, 'utf8'));
  const queries = JSON.parse(fs.readFileSync(args.queries, 'utf8'));
  const reference = buildWithRealLunr(corpus);

  // The page's script in a context of its own, with the same lunr, loading files as a page's script tags would.
  const context = vm.createContext({ console, lunr });
  vm.runInContext(fs.readFileSync(args['search-js'], 'utf8'), context, { filename: 'search.js' });
  const api = vm.runInContext('SiteGenSearch', context);
  const loaded = [];
  const store = api.createStore((file) => {
    loaded.push(file);
    vm.runInContext(fs.readFileSync(path.join(args.shards, file), 'utf8'), context, { filename: file });
    return Promise.resolve();
  });
  const meta = await store.meta();

  const diff = new Differences();
  const report = [];
  for (const query of queries) {
    let expected, actual;
    try { expected = { results: summary(reference.search(query)) }; } catch (e) { expected = { error: `${e.name}: ${e.message}` }; }
    const before = new Set(loaded.filter((f) => f.startsWith('terms/')));
    let shardsUsed = 0;
    try {
      const parsed = new lunr.Query(meta.fields);
      new lunr.QueryParser(query, parsed).parse();
      shardsUsed = store.shardsFor(meta, parsed, lunr.Pipeline.load(meta.pipeline)).length;
    } catch (e) { /* reported below as an error on both sides */ }
    try { actual = { results: summary(await store.search(query)) }; } catch (e) { actual = { error: `${e.name}: ${e.message}` }; }
    void before;
    const label = `query ${show(query)}`;
    if (expected.error || actual.error) {
      if (expected.error !== actual.error) diff.add('queries', `${label}: lunr ${expected.error || 'ok'}, shards ${actual.error || 'ok'}`);
    } else {
      const e = expected.results, a = actual.results;
      if (e.length !== a.length) diff.add('queries', `${label}: ${e.length} results from one lunr index, ${a.length} from the shards`);
      for (let i = 0; i < Math.min(e.length, a.length); i++) {
        if (e[i].ref !== a[i].ref) { diff.add('queries', `${label} rank ${i + 1}: lunr ${show(e[i].ref)} (${e[i].score}), shards ${show(a[i].ref)} (${a[i].score})`); break; }
        if (e[i].score !== a[i].score) diff.add('queries', `${label} ${show(e[i].ref)}: score lunr ${e[i].score}, shards ${a[i].score}`);
        if (e[i].matched !== a[i].matched) diff.add('queries', `${label} ${show(e[i].ref)}: matched lunr [${e[i].matched}], shards [${a[i].matched}]`);
      }
    }
    report.push({ query, results: expected.results ? expected.results.length : 0, error: expected.error || null, shards: shardsUsed, totalShards: meta.shards.length });
  }
  if (args.report) fs.writeFileSync(args.report, JSON.stringify({ queries: report }));
  if (diff.any) {
    console.error(`The shards differ from one lunr index (${diff.summary}):\n${diff.lines.join('\n')}`);
    process.exit(1);
  }
  console.log(`${queries.length} queries: the shards give exactly what one lunr index gives.`);
}

main().catch((e) => { console.error(e && e.stack || e); process.exit(1); });
