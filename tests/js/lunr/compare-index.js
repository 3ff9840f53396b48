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
const lunr = require('lunr');

const SCORE_TOLERANCE = 1e-6;
const MAX_DIFFERENCES_PER_SECTION = 25;

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) usage(`unexpected argument ${argv[i]}`);
    args[argv[i].slice(2)] = argv[i + 1];
  }
  for (const required of ['documents', 'index', 'queries']) if (!args[required]) usage(`--${required} is required`);
  return args;
}

function usage(message) {
  console.error(`compare-index.js: ${message}`);
  console.error('usage: node compare-index.js --documents docs.json --index index.json --queries queries.json [--query-lunr lunr.js] [--report report.json]');
  process.exit(2);
}

function buildWithRealLunr(corpus) {
  // The ref lives under a key no field can have (lunr forbids '/' in field names).
  const refKey = '/ref';
  return lunr(function () {
    this.ref(refKey);
    for (const field of corpus.fields) {
      // lunr reads each field from the document object by name.
      this.field(field.name, field.boost === undefined ? undefined : { boost: field.boost });
    }
    for (const doc of corpus.documents) {
      const flat = Object.assign(Object.create(null), doc.fields, { [refKey]: doc.ref });
      this.add(flat, doc.boost === undefined ? undefined : { boost: doc.boost });
    }
  });
}

class Differences {
  constructor() { this.lines = []; this.counts = {}; }
  add(section, message) {
    this.counts[section] = (this.counts[section] || 0) + 1;
    if (this.counts[section] <= MAX_DIFFERENCES_PER_SECTION) this.lines.push(`[${section}] ${message}`);
    else if (this.counts[section] === MAX_DIFFERENCES_PER_SECTION + 1) this.lines.push(`[${section}] ... further differences in this section not shown`);
  }
  get any() { return this.lines.length > 0; }
}

const show = (value) => JSON.stringify(value);

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

function matchedTerms(result) {
  const metadata = result.matchData.metadata;
  return Object.keys(metadata).sort().map((term) => `${term}:${Object.keys(metadata[term]).sort().join('+')}`).join(' ');
}

function runQuery(index, query) {
  try { return { results: index.search(query) }; } catch (e) { return { error: `${e.name}: ${e.message}` }; }
}

function compareQueries(realIndex, csharpIndex, queries, diff) {
  const report = [];
  for (const query of queries) {
    const expected = runQuery(realIndex, query), actual = runQuery(csharpIndex, query);
    report.push({ query, results: expected.results ? expected.results.length : -1, error: expected.error || null });
    const label = `query ${show(query)}`;
    if (expected.error || actual.error) {
      if (expected.error !== actual.error) diff.add('queries', `${label}: lunr ${expected.error || 'ok'}, C# index ${actual.error || 'ok'}`);
      continue;
    }
    const e = expected.results, a = actual.results;
    if (e.length !== a.length) diff.add('queries', `${label}: ${e.length} results from lunr's index, ${a.length} from the C# index`);
    for (let i = 0; i < Math.min(e.length, a.length); i++) {
      if (e[i].ref !== a[i].ref) { diff.add('queries', `${label} rank ${i + 1}: lunr ${show(e[i].ref)} (${e[i].score}), C# ${show(a[i].ref)} (${a[i].score})`); break; }
      if (Math.abs(e[i].score - a[i].score) > SCORE_TOLERANCE) diff.add('queries', `${label} ${show(e[i].ref)}: score lunr ${e[i].score}, C# ${a[i].score}`);
      if (matchedTerms(e[i]) !== matchedTerms(a[i])) diff.add('queries', `${label} ${show(e[i].ref)}: matched lunr [${matchedTerms(e[i])}], C# [${matchedTerms(a[i])}]`);
    }
  }
  return report;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const corpus = JSON.parse(fs.readFileSync(args.documents, 'utf8'));
  const queries = JSON.parse(fs.readFileSync(args.queries, 'utf8'));
  const csharpBytes = fs.readFileSync(args.index);
  const queryLunr = args['query-lunr'] ? require(path.resolve(args['query-lunr'])) : lunr;
  if (queryLunr.version !== '2.3.9') usage(`the query lunr is version ${queryLunr.version}, not 2.3.9`);

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

  const report = compareQueries(realIndex, csharpIndex, queries, diff);
  if (args.report) fs.writeFileSync(args.report, JSON.stringify({ identicalBytes, indexBytes: csharpBytes.length, queries: report }, null, 1));

  const answered = report.filter((r) => r.results > 0).length;
  if (diff.any) {
    console.log(diff.lines.join('\n'));
    console.log(`DIFFERENT: ${Object.entries(diff.counts).map(([s, n]) => `${n} in ${s}`).join(', ')}.`);
    process.exit(1);
  }
  console.log(`IDENTICAL: ${corpus.documents.length} documents, ${csharpBytes.length} bytes byte-for-byte equal to lunr's; ` +
    `${queries.length} queries (${answered} with results) give the same refs, order, scores and matches.`);
}

main();
