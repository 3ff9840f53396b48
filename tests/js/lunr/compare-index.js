#!/usr/bin/env node
// Proves an index written by SiteGen's C# builder is the index real lunr.js 2.3.9 builds.
//
//   node compare-index.js --documents docs.json --index csharp-index.json --queries queries.json
//                         [--query-lunr path/to/lunr.min.js] [--report report.json]
//
// docs.json:    {"fields":[{"name":"heading","boost":5},...],
//                "documents":[{"ref":"seed002/p17","boost":1,"fields":{"heading":"...","text":"..."}},...]}
// queries.json: ["bullied", "heading:confidential", ...]
//
// It builds an index from docs.json with real lunr, then
//   1. compares the C# index file with JSON.stringify(real index) byte for byte and, when they
//      differ, walks both structures to say where (field vectors, inverted index, header);
//   2. loads the C# index with lunr.Index.load (from --query-lunr when given, e.g. the copy SiteGen
//      embeds and ships, else the test tools' lunr) and runs every query on both indexes, reporting
//      any difference in refs, their order, scores beyond 1e-6, or matched terms and fields.
// Exits 0 when nothing differs, 1 when something does, 2 on bad usage. --report writes per-query
// result counts so the caller can check the queries were not vacuous.
'use strict';
const fs = require('fs');
const path = require('path');
const { lunr, buildWithRealLunr, searchSummary, Differences, compareOutcomes, parseArgs, show } = require('./common');

const USAGE = 'node compare-index.js --documents docs.json --index index.json --queries queries.json [--query-lunr lunr.js] [--report report.json]';

function compareStructures(expected, actual, diff) {
  const expectedKeys = Object.keys(expected), actualKeys = Object.keys(actual);
  if (show(expectedKeys) !== show(actualKeys)) diff.add('header', `top-level keys: lunr ${show(expectedKeys)}, C# ${show(actualKeys)}`);
  for (const key of ['version', 'fields', 'pipeline']) {
    if (show(expected[key]) !== show(actual[key])) diff.add('header', `${key}: lunr ${show(expected[key])}, C# ${show(actual[key])}`);
  }

  const termByIndex = new Map();
  for (const [term, posting] of expected.invertedIndex || []) termByIndex.set(posting._index, term);
  const describeTerm = (index) => (termByIndex.has(index) ? `${index} (${show(termByIndex.get(index))})` : `${index}`);

  const ev = expected.fieldVectors || [], av = actual.fieldVectors || [];
  if (ev.length !== av.length) diff.add('fieldVectors', `count: lunr ${ev.length}, C# ${av.length}`);
  for (let i = 0; i < Math.min(ev.length, av.length); i++) {
    const [eRef, eElements] = ev[i], [aRef, aElements] = av[i];
    if (eRef !== aRef) { diff.add('fieldVectors', `#${i}: lunr ${show(eRef)}, C# ${show(aRef)}`); continue; }
    if (show(eElements) === show(aElements)) continue;
    if (eElements.length !== aElements.length) {
      diff.add('fieldVectors', `${show(eRef)}: ${eElements.length / 2} terms in lunr, ${aElements.length / 2} in C#`);
    }
    for (let j = 0; j < Math.min(eElements.length, aElements.length); j += 2) {
      if (eElements[j] !== aElements[j]) {
        diff.add('fieldVectors', `${show(eRef)} element ${j / 2}: term index lunr ${describeTerm(eElements[j])}, C# ${describeTerm(aElements[j])}`);
        break;
      }
      if (eElements[j + 1] !== aElements[j + 1]) {
        diff.add('fieldVectors', `${show(eRef)} term ${describeTerm(eElements[j])}: score lunr ${eElements[j + 1]}, C# ${aElements[j + 1]}`);
      }
    }
  }

  const ei = new Map(expected.invertedIndex || []), ai = new Map(actual.invertedIndex || []);
  const expectedTerms = (expected.invertedIndex || []).map(([t]) => t);
  const actualTerms = (actual.invertedIndex || []).map(([t]) => t);
  for (const term of expectedTerms) if (!ai.has(term)) diff.add('invertedIndex', `term ${show(term)} only in lunr's index`);
  for (const term of actualTerms) if (!ei.has(term)) diff.add('invertedIndex', `term ${show(term)} only in the C# index`);
  const common = expectedTerms.filter((t) => ai.has(t));
  const actualCommon = actualTerms.filter((t) => ei.has(t));
  if (show(common) !== show(actualCommon)) diff.add('invertedIndex', 'terms are in a different order than lunr sorts them');
  for (const term of common) {
    const e = ei.get(term), a = ai.get(term);
    if (show(e) === show(a)) continue;
    if (e._index !== a._index) diff.add('invertedIndex', `${show(term)}: _index lunr ${e._index}, C# ${a._index}`);
    if (show(Object.keys(e)) !== show(Object.keys(a))) diff.add('invertedIndex', `${show(term)}: posting keys lunr ${show(Object.keys(e))}, C# ${show(Object.keys(a))}`);
    for (const field of Object.keys(e)) {
      if (field === '_index' || show(e[field]) === show(a[field])) continue;
      diff.add('invertedIndex', `${show(term)} in ${field}: lunr ${show(e[field])}, C# ${show(a[field])}`);
    }
  }
}

function main() {
  const args = parseArgs(process.argv.slice(2), ['documents', 'index', 'queries'], USAGE);
  const corpus = JSON.parse(fs.readFileSync(args.documents, 'utf8'));
  const queries = JSON.parse(fs.readFileSync(args.queries, 'utf8'));
  const csharpBytes = fs.readFileSync(args.index);
  const queryLunr = args['query-lunr'] ? require(path.resolve(args['query-lunr'])) : lunr;
  if (queryLunr.version !== '2.3.9') { console.error(`the query lunr is version ${queryLunr.version}, not 2.3.9`); process.exit(2); }

  const realIndex = buildWithRealLunr(corpus);
  const realJson = JSON.stringify(realIndex);
  const diff = new Differences();

  const identicalBytes = Buffer.compare(Buffer.from(realJson, 'utf8'), csharpBytes) === 0;
  const csharpJson = JSON.parse(csharpBytes.toString('utf8'));
  if (!identicalBytes) {
    diff.add('bytes', `the C# index (${csharpBytes.length} bytes) is not JSON.stringify of lunr's (${Buffer.byteLength(realJson)} bytes)`);
    compareStructures(JSON.parse(realJson), csharpJson, diff);
  }

  let csharpIndex;
  const warnings = [];
  const warn = console.warn;
  console.warn = (...m) => warnings.push(m.join(' ')); // lunr.Index.load reports a version mismatch this way
  try { csharpIndex = queryLunr.Index.load(csharpJson); } finally { console.warn = warn; }
  for (const w of warnings) diff.add('load', `lunr.Index.load warned: ${w}`);

  const report = [];
  for (const query of queries) {
    const expected = searchSummary(realIndex, query);
    compareOutcomes(query, expected, searchSummary(csharpIndex, query), diff, 'the C# index');
    report.push({ query, results: expected.results ? expected.results.length : -1, error: expected.error || null });
  }
  if (args.report) fs.writeFileSync(args.report, JSON.stringify({ identicalBytes, indexBytes: csharpBytes.length, queries: report }, null, 1));

  if (diff.any) {
    console.log(diff.lines.join('\n'));
    console.log(`DIFFERENT: ${diff.summary}.`);
    process.exit(1);
  }
  const answered = report.filter((r) => r.results > 0).length;
  console.log(`IDENTICAL: ${corpus.documents.length} documents, ${csharpBytes.length} bytes byte-for-byte equal to lunr's; ` +
    `${queries.length} queries (${answered} with results) give the same refs, order, scores and matches.`);
}

main();
