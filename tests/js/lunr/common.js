// Shared by the lunr harness scripts: building the reference index with real lunr.js from a
// documents file, summarising search results, and collecting differences.
'use strict';
const lunr = require('lunr');

const SCORE_TOLERANCE = 1e-6;
const MAX_DIFFERENCES_PER_SECTION = 25;

/** Builds the index real lunr 2.3.9 builds from {fields:[{name,boost}], documents:[{ref,boost,fields}]}. */
function buildWithRealLunr(corpus) {
  // The ref lives under a key no field can have (lunr forbids '/' in field names).
  const refKey = '/ref';
  return lunr(function () {
    this.ref(refKey);
    for (const field of corpus.fields) {
      this.field(field.name, field.boost === undefined ? undefined : { boost: field.boost });
    }
    for (const doc of corpus.documents) {
      const flat = Object.assign(Object.create(null), doc.fields, { [refKey]: doc.ref });
      this.add(flat, doc.boost === undefined ? undefined : { boost: doc.boost });
    }
  });
}

// The summary also runs inside a browser page (browser-search.js's caller injects summary.js), so it has its own file.
const searchSummary = require('./summary');

class Differences {
  constructor() { this.lines = []; this.counts = {}; }
  add(section, message) {
    this.counts[section] = (this.counts[section] || 0) + 1;
    if (this.counts[section] <= MAX_DIFFERENCES_PER_SECTION) this.lines.push(`[${section}] ${message}`);
    else if (this.counts[section] === MAX_DIFFERENCES_PER_SECTION + 1) this.lines.push(`[${section}] ... further differences in this section not shown`);
  }
  get any() { return this.lines.length > 0; }
  get summary() { return Object.entries(this.counts).map(([s, n]) => `${n} in ${s}`).join(', '); }
}

const show = (value) => JSON.stringify(value);

/** Compares two searchSummary outcomes for one query: refs, order, scores beyond 1e-6, matches. */
function compareOutcomes(query, expected, actual, diff, actualName) {
  const label = `query ${show(query)}`;
  if (expected.error || actual.error) {
    if (expected.error !== actual.error) diff.add('queries', `${label}: lunr ${expected.error || 'ok'}, ${actualName} ${actual.error || 'ok'}`);
    return;
  }
  const e = expected.results, a = actual.results;
  if (e.length !== a.length) diff.add('queries', `${label}: ${e.length} results from lunr's index, ${a.length} from ${actualName}`);
  for (let i = 0; i < Math.min(e.length, a.length); i++) {
    if (e[i].ref !== a[i].ref) { diff.add('queries', `${label} rank ${i + 1}: lunr ${show(e[i].ref)} (${e[i].score}), ${actualName} ${show(a[i].ref)} (${a[i].score})`); break; }
    if (Math.abs(e[i].score - a[i].score) > SCORE_TOLERANCE) diff.add('queries', `${label} ${show(e[i].ref)}: score lunr ${e[i].score}, ${actualName} ${a[i].score}`);
    if (e[i].matched !== a[i].matched) diff.add('queries', `${label} ${show(e[i].ref)}: matched lunr [${e[i].matched}], ${actualName} [${a[i].matched}]`);
  }
}

/** Reads --name value pairs, insisting on the required ones. */
function parseArgs(argv, required, usageText) {
  const args = {};
  const fail = (message) => { console.error(`${message}\nusage: ${usageText}`); process.exit(2); };
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || i + 1 >= argv.length) fail(`unexpected argument ${argv[i]}`);
    args[argv[i].slice(2)] = argv[i + 1];
  }
  for (const name of required) if (!args[name]) fail(`--${name} is required`);
  return args;
}

module.exports = { lunr, buildWithRealLunr, searchSummary, Differences, compareOutcomes, parseArgs, show };
