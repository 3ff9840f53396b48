#!/usr/bin/env node
// The benchmark's search figures (never run by the tests): opens a site's search in headless Chromium and reports
// when the first results were on screen and how many bytes, gzipped, the page had loaded by then.
//
//   node search-timing.js --site /abs/_site --engine sitegen|pagefind --via server|file --query bullying
//
// server: a local HTTP server that gzips every response (as GitHub Pages does) and counts the bytes it sends.
// file:   the site opened from file://; bytes are each loaded file's gzip size, for comparison.
// sitegen opens search.html?q=…; pagefind opens pagefind-bench.html?q=…, a page that runs Pagefind's own API and
// shows the first 20 results' titles and excerpts. Prints one JSON object.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const zlib = require('zlib');
const { chromium } = require('playwright-core');

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const site = path.resolve(args.site);
const query = args.query || 'bullying';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, zlib.gzipSync(fs.readFileSync(file)).length);
  return gzipCache.get(file);
}

function serve() {
  const sent = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const file = path.join(site, decodeURIComponent(url.pathname));
    if (!file.startsWith(site) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
    const body = fs.readFileSync(file);
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    if (/\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      const gz = zlib.gzipSync(body);
      sent.push({ path: url.pathname, bytes: gz.length });
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': gz.length });
      res.end(gz);
    } else {
      sent.push({ path: url.pathname, bytes: body.length });
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': body.length });
      res.end(body);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, sent, root: `http://127.0.0.1:${server.address().port}/` })));
}

async function main() {
  const pageName = args.engine === 'pagefind' ? 'pagefind-bench.html' : 'search.html';
  let server = null;
  let root;
  if (args.via === 'server') {
    server = await serve();
    root = server.root;
  } else {
    root = 'file://' + site + '/';
  }
  const browser = await chromium.launch({ executablePath: process.env.SITEGEN_BROWSER || '/usr/bin/chromium', args: ARGS });
  const out = { engine: args.engine, via: args.via, query };
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(root + pageName + '?q=' + encodeURIComponent(query));
    const done = args.engine === 'pagefind'
      ? () => document.body.hasAttribute('data-done')
      : (q) => document.getElementById('search').getAttribute('data-results-for') === q && document.querySelectorAll('#search-results > li').length > 0;
    try {
      await page.waitForFunction(done, query, { timeout: 60000 });
    } catch (e) {
      out.error = 'no results within 60 s' + (errors.length ? ': ' + errors.slice(0, 3).join(' | ') : '');
      return out;
    }
    const atResults = requested.slice();
    const sentAtResults = server ? server.sent.slice() : null;
    const timing = await page.evaluate((engine) => {
      const mark = performance.getEntriesByName(engine === 'pagefind' ? 'first-results' : 'sitegen-search-first-results')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        firstResults: mark ? mark.startTime : null,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        results: engine === 'pagefind' ? Number(document.body.getAttribute('data-done')) : Number((/^(\d+)/.exec(document.getElementById('search-status').textContent) || [0, 0])[1]),
        resources: performance.getEntriesByType('resource').map((r) => r.name),
      };
    }, args.engine);
    out.firstResultsMs = Math.round(timing.firstResults);
    out.domContentLoadedMs = Math.round(timing.domContentLoaded);
    out.results = timing.results;
    // Bytes by the time the first results showed, and once the page had settled (facet counts come after the results).
    await page.waitForLoadState('networkidle').catch(() => {});
    const measure = (urls, sent) => {
      const files = sent ? sent : urls.filter((u) => u.startsWith('file://')).map((u) => {
        const p = decodeURIComponent(new URL(u).pathname).slice(site.length);
        return { path: p, bytes: gzipSize(path.join(site, p)) };
      });
      const searchFolder = args.engine === 'pagefind' ? '/pagefind/' : '/search/';
      return { files: files.length, bytes: files.reduce((n, f) => n + f.bytes, 0), searchBytes: files.filter((f) => f.path.startsWith(searchFolder)).reduce((n, f) => n + f.bytes, 0) };
    };
    const first = measure(atResults, sentAtResults);
    const settled = measure(requested, server ? server.sent : null);
    out.files = first.files;
    out.bytesGzip = first.bytes;
    out.searchBytesGzip = first.searchBytes;
    out.settledFiles = settled.files;
    out.settledBytesGzip = settled.bytes;
    if (errors.length) out.pageErrors = errors.slice(0, 3);
    return out;
  } finally {
    await browser.close();
    if (server) server.server.close();
  }
}

main().then((out) => { process.stdout.write(JSON.stringify(out) + '\n'); }, (e) => { process.stdout.write(JSON.stringify({ error: String(e && e.message || e) }) + '\n'); });
