#!/usr/bin/env node
// Proves search works in a real browser from file://, with the scripts SiteGen writes into a site:
// opens the page in Debian's Chromium (through playwright-core), runs every query with the lunr.js
// and index the page loaded by <script> tags, and compares the results with real lunr.js 2.3.9
// building the same documents in Node.
//
//   node browser-search.js --page /abs/site/search-test.html --documents docs.json --queries queries.json
//
// The page must set window.searchIndex (a lunr.Index) when it has loaded. Exits 0 when every query
// gives the same refs, order, scores and matches, 1 otherwise, 2 on bad usage.
'use strict';
const fs = require('fs');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');
const { buildWithRealLunr, searchSummary, Differences, compareOutcomes, parseArgs } = require('./common');

const USAGE = 'node browser-search.js --page site/page.html --documents docs.json --queries queries.json';

async function main() {
  const args = parseArgs(process.argv.slice(2), ['page', 'documents', 'queries'], USAGE);
  const corpus = JSON.parse(fs.readFileSync(args.documents, 'utf8'));
  const queries = JSON.parse(fs.readFileSync(args.queries, 'utf8'));
  const realIndex = buildWithRealLunr(corpus);
  const diff = new Differences();

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox'], // root in a container has no user namespace for Chromium's sandbox
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => diff.add('page', `uncaught error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') diff.add('page', `console error: ${m.text()}`); });
    page.on('request', (r) => { if (!r.url().startsWith('file:')) diff.add('page', `requested ${r.url()}; the site must work offline`); });

    await page.goto(pathToFileURL(args.page).href);
    await page.waitForFunction(() => window.searchIndex !== undefined, null, { timeout: 30000 });
    // The same summary function runs in the page, so both sides are reduced identically.
    const inBrowser = await page.evaluate(({ queries, summarySource }) => {
      const summarise = new Function(`return (${summarySource})`)();
      return queries.map((q) => summarise(window.searchIndex, q));
    }, { queries, summarySource: searchSummary.toString() });

    queries.forEach((query, i) => compareOutcomes(query, searchSummary(realIndex, query), inBrowser[i], diff, 'the browser'));
    const answered = inBrowser.filter((o) => o.results && o.results.length > 0).length;

    if (diff.any) {
      console.log(diff.lines.join('\n'));
      console.log(`DIFFERENT: ${diff.summary}.`);
      process.exitCode = 1;
    } else {
      console.log(`IDENTICAL: ${queries.length} queries (${answered} with results) give the same refs, order, scores and matches in ${await browser.version()} from file:// as in lunr.js under Node.`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
