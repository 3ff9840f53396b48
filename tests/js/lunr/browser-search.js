#!/usr/bin/env node
// Proves search works in a real browser from file://, with the scripts SiteGen writes into a site. The C# test
// (BrowserSearchTests) opens the page in Debian's Chromium through PuppeteerSharp, runs every query there with the
// lunr.js and index the page loaded by <script> tags, reduced by summary.js, and writes the outcomes to a file;
// this script compares them with real lunr.js 2.3.9 building the same documents in Node.
//
//   node browser-search.js --documents docs.json --queries queries.json --outcomes in-browser.json
//
// Exits 0 when every query gives the same refs, order, scores and matches, 1 otherwise, 2 on bad usage.
'use strict';
const fs = require('fs');
const { buildWithRealLunr, searchSummary, Differences, compareOutcomes, parseArgs } = require('./common');

const USAGE = 'node browser-search.js --documents docs.json --queries queries.json --outcomes in-browser.json';

const args = parseArgs(process.argv.slice(2), ['documents', 'queries', 'outcomes'], USAGE);
const corpus = JSON.parse(fs.readFileSync(args.documents, 'utf8'));
const queries = JSON.parse(fs.readFileSync(args.queries, 'utf8'));
const inBrowser = JSON.parse(fs.readFileSync(args.outcomes, 'utf8'));
const realIndex = buildWithRealLunr(corpus);
const diff = new Differences();

if (!Array.isArray(inBrowser) || inBrowser.length !== queries.length) {
  diff.add('page', `the browser answered ${Array.isArray(inBrowser) ? inBrowser.length : 'no list of'} outcomes for ${queries.length} queries`);
} else {
  queries.forEach((query, i) => compareOutcomes(query, searchSummary(realIndex, query), inBrowser[i], diff, 'the browser'));
}
const answered = Array.isArray(inBrowser) ? inBrowser.filter((o) => o && o.results && o.results.length > 0).length : 0;

if (diff.any) {
  console.log(diff.lines.join('\n'));
  console.log(`DIFFERENT: ${diff.summary}.`);
  process.exitCode = 1;
} else {
  console.log(`IDENTICAL: ${queries.length} queries (${answered} with results) give the same refs, order, scores and matches in the browser from file:// as in lunr.js under Node.`);
}
