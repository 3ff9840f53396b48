// Audits pages with axe-core inside a real Chromium-based browser driven by playwright-core.
// Usage: node axe-pages.js <request.json>. The request names the node_modules folder, the browser, the pages
// (file: URLs) and the axe tags; the result is one JSON document on stdout. Shipped inside SiteGen.
'use strict';

const fs = require('fs');
const path = require('path');

const request = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const { chromium } = require(path.join(request.nodeModules, 'playwright-core'));
const axeSource = fs.readFileSync(path.join(request.nodeModules, 'axe-core', 'axe.min.js'), 'utf8');
const axeVersion = require(path.join(request.nodeModules, 'axe-core', 'package.json')).version;

// Flags that keep a headless browser from reaching for the network on its own (updates, sync, field trials).
const browserArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function audit(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: request.pageTimeoutMs });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary || '' })),
      }));
    }, request.tags);
    return { url, violations };
  } catch (error) {
    // First line only: playwright appends a call log with terminal colour codes.
    return { url, error: String((error && error.message) || error).split('\n')[0] };
  } finally {
    await page.close();
  }
}

(async () => {
  const browser = await chromium.launch({ executablePath: request.browser, args: browserArgs, headless: true });
  try {
    // bypassCSP: a page's Content-Security-Policy must not stop axe being injected.
    const context = await browser.newContext({ bypassCSP: true });
    // Audit the site as shipped, offline: anything it tries to fetch from the web is refused, so a slow or
    // closed network can neither hang the check nor change its result.
    await context.route(/^(https?|wss?):/, (route) => route.abort());
    const results = new Array(request.pages.length);
    let next = 0;
    async function worker() {
      while (next < request.pages.length) {
        const index = next++;
        results[index] = await audit(context, request.pages[index]);
      }
    }
    await Promise.all(Array.from({ length: Math.max(1, request.concurrency) }, worker));
    process.stdout.write(JSON.stringify({ axeVersion, results }));
  } finally {
    await browser.close();
  }
})().catch((error) => {
  process.stderr.write(String((error && error.stack) || error));
  process.exit(2);
});
