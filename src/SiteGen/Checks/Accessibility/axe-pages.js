// Audits pages with axe-core inside a real Chromium-based browser driven by playwright-core.
// Usage: node axe-pages.js <request.json>. The request names the node_modules folder, the browser, the pages
// (file: URLs), the axe tags, the colour schemes to audit each page in ("light", "dark") and the narrowest
// viewport the page must fit without sideways scrolling (WCAG 1.4.10 Reflow: 320 CSS pixels; 0 skips it).
// The result is one JSON document on stdout. Shipped inside SiteGen.
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

// WCAG 1.4.10: at 320 CSS pixels wide (a 1280-pixel window at 400% zoom) nothing may need sideways scrolling,
// except content that needs two dimensions, such as data tables, inside its own scrolling box.
async function reflow(page, width) {
  await page.setViewportSize({ width, height: 640 });
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    // Name the outermost element that sticks out, as a selector a person can find in the page; what sticks out
    // inside a box that scrolls or clips by itself (a wide table in its scrolling wrapper) is not the culprit.
    const limit = root.clientWidth;
    const contained = (element) => {
      for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
        if (getComputedStyle(e).overflowX !== 'visible') return true;
      }
      return false;
    };
    const wide = Array.from(document.body.querySelectorAll('*')).filter((e) => e.getBoundingClientRect().right > limit + 0.5);
    // Failing that (say, absolutely positioned text escaping a scrolling box), the widest element that sticks out.
    const culprit = wide.find((e) => !contained(e))
      || wide.sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0] || null;
    const path = [];
    for (let e = culprit; e && e !== document.body; e = e.parentElement) {
      let step = e.localName;
      if (e.id) { path.unshift(step + '#' + CSS.escape(e.id)); break; }
      if (e.classList.length) step += '.' + Array.from(e.classList, (c) => CSS.escape(c)).join('.');
      path.unshift(step);
    }
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      target: path.join(' > ') || 'html',
      html: culprit ? culprit.outerHTML.slice(0, 200) : '',
    };
  });
}

async function audit(context, url, scheme) {
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
    // Layout does not depend on the colour scheme, so reflow is measured once, in the first scheme.
    const overflow = request.reflowWidth > 0 && scheme === schemes[0] ? await reflow(page, request.reflowWidth) : null;
    if (overflow) {
      violations.push({
        id: 'reflow', impact: 'serious',
        help: `Content must fit ${request.reflowWidth} CSS pixels wide without scrolling sideways (WCAG 1.4.10 Reflow)`,
        helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/reflow.html',
        nodes: [{
          target: [overflow.target], html: overflow.html,
          failureSummary: `The page is ${overflow.scrollWidth} CSS pixels wide in a ${overflow.clientWidth}-pixel window; this element reaches past the edge.`,
        }],
      });
    }
    return { url, scheme, violations };
  } catch (error) {
    // First line only: playwright appends a call log with terminal colour codes.
    return { url, scheme, error: String((error && error.message) || error).split('\n')[0] };
  } finally {
    await page.close();
  }
}

const schemes = Array.isArray(request.colorSchemes) && request.colorSchemes.length ? request.colorSchemes : ['light'];

(async () => {
  const browser = await chromium.launch({ executablePath: request.browser, args: browserArgs, headless: true });
  try {
    const jobs = [];
    for (const scheme of schemes) {
      // bypassCSP: a page's Content-Security-Policy must not stop axe being injected. colorScheme: the page sees
      // prefers-color-scheme as a reader with that system setting would, so dark-mode colours are audited too.
      const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
      // Audit the site as shipped, offline: anything it tries to fetch from the web is refused, so a slow or
      // closed network can neither hang the check nor change its result.
      await context.route(/^(https?|wss?):/, (route) => route.abort());
      for (const url of request.pages) jobs.push({ context, url, scheme });
    }
    const results = new Array(jobs.length);
    let next = 0;
    async function worker() {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await audit(jobs[index].context, jobs[index].url, jobs[index].scheme);
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
