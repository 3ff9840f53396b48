#!/usr/bin/env node
// Uses a built SiteGen site's search the way a person does, in Debian's Chromium (through playwright-core),
// and reports what happened as JSON for the C# test (SearchPageBrowserTests) to judge:
//
//   node search-page-browser.js plan.json
//
// plan.json: {
//   "root": "file:///tmp/site/_site/" or "http://127.0.0.1:PORT/repo/",   the site's root, ending in /
//   "startPage": "protocols/hounslow.html",   a page whose header search box is used first
//   "headerQuery": "bullying",                typed into that box and submitted with Enter
//   "typedQuery": "close personal",           then typed into the search page's own box, key by key
//   "facet": { "name": "authority", "value": "Hackney" },   ticked with the keyboard (Tab focus, Space)
//   "click": "protocols/hackney.html#7.2(g)", the result link followed at the end (href as written)
//   "hostileQuery": "…",                      optional: searched last, to show markup in results stays text
//   "axe": "/path/to/axe.min.js"              optional: axe-core is run on the page with results showing
//   "queries": [{ "q": "7.2(g)", "any": false }, …]   optional: each opened as search.html?q=…(&any=1) and read
//   "toggleAny": "monitoring officer complaint"       optional: opened, then "Match any word" clicked and read again
// }
// Prints one JSON object (see `report` below). Exits 1 only if the browser could not be driven at all.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require(path.join(__dirname, '..', 'node_modules', 'playwright-core'));

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Runs in the page before any of its scripts: records input times and layout shifts.
function instrument() {
  window.__inputTimes = [];
  document.addEventListener('input', () => window.__inputTimes.push(performance.now()), true);
  window.__shifts = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__shifts.push({ value: e.value, hadRecentInput: e.hadRecentInput, at: e.startTime,
          sources: (e.sources || []).map((s) => (s.node && s.node.nodeType === 1 ? s.node.tagName.toLowerCase() + (s.node.id ? '#' + s.node.id : '') + (s.node.className ? '.' + String(s.node.className).split(' ')[0] : '') : String(s.node && s.node.nodeName))) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) { window.__shifts = null; }
}

// Everything the results list shows, after pressing "Show more" until all results are listed.
async function readResults(page) {
  for (let i = 0; i < 100; i++) {
    const more = await page.$('#search-more:not([hidden])');
    if (!more) break;
    const before = await page.$$eval('#search-results > li', (items) => items.length);
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
  }
  return page.evaluate(() => ({
    status: document.getElementById('search-status').textContent,
    url: location.href,
    results: Array.from(document.querySelectorAll('#search-results > li')).map((li) => {
      const a = li.querySelector('h3 a');
      const snippet = li.querySelector('.search-result-snippet');
      const meta = li.querySelector('.search-result-meta');
      return {
        href: a.getAttribute('href'),
        title: a.textContent,
        meta: meta ? meta.textContent : '',
        snippet: snippet ? snippet.textContent : '',
        marks: Array.from(li.querySelectorAll('mark')).map((m) => m.textContent),
        elements: Array.from(li.querySelectorAll('*')).map((e) => e.tagName.toLowerCase()).filter((t, i, all) => all.indexOf(t) === i).sort(),
      };
    }),
    facets: Array.from(document.querySelectorAll('.facet-option')).map((o) => ({
      name: o.querySelector('input').name,
      value: o.querySelector('input').value,
      checked: o.querySelector('input').checked,
      count: o.querySelector('.facet-count').textContent,
    })),
  }));
}

async function waitForResults(page, query) {
  await page.waitForFunction((q) => {
    const form = document.getElementById('search');
    return form && form.getAttribute('data-state') === 'ready' && form.getAttribute('data-results-for') === q;
  }, query, { timeout: 30000 });
}

async function main() {
  const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const report = { problems: [], requests: [] };
  const browser = await chromium.launch({ executablePath: process.env.SITEGEN_BROWSER || '/usr/bin/chromium', args: ARGS });
  try {
    report.browser = await browser.version();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(instrument);
    page.on('pageerror', (e) => report.problems.push(`uncaught error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') report.problems.push(`console ${m.type()}: ${m.text()} (${m.location().url || 'no url'})`);
    });
    page.on('dialog', (d) => { report.problems.push(`a dialog opened: ${d.message()}`); d.dismiss(); });
    page.on('requestfailed', (r) => report.problems.push(`request failed: ${r.url()} ${r.failure() && r.failure().errorText}`));
    page.on('request', (r) => report.requests.push(r.url()));

    if (plan.headerQuery) {
      await useSearch(page, context, plan, report);

      // 7. With JavaScript off, the header box still opens the search page, which says what to do instead.
      const noScript = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noScript.newPage();
      await plain.goto(plan.root + plan.startPage);
      await plain.fill('#header-search-input', plan.headerQuery);
      await Promise.all([plain.waitForURL(/search\.html\?/), plain.press('#header-search-input', 'Enter')]);
      report.withoutJavaScript = { url: plain.url(), text: (await plain.innerText('main')).replace(/\s+/g, ' ') };
      await noScript.close();
    }

    // 8. Addresses with a query, as a shared link or the header box gives them.
    if (plan.queries) {
      report.queries = [];
      for (const { q, any } of plan.queries) {
        await page.goto(plan.root + 'search.html?q=' + encodeURIComponent(q) + (any ? '&any=1' : ''));
        await waitForResults(page, q);
        const read = await readResults(page);
        read.anyChecked = await page.evaluate(() => document.getElementById('search-any').checked);
        report.queries.push({ q, any: !!any, ...read });
      }
    }

    // 9. The "Match any word" box, clicked: more results, and the address says so.
    if (plan.toggleAny) {
      await page.goto(plan.root + 'search.html?q=' + encodeURIComponent(plan.toggleAny));
      await waitForResults(page, plan.toggleAny);
      const before = await readResults(page);
      const label = await page.evaluate(() => document.querySelector('label[for="search-any"]').textContent);
      const statusBefore = before.status;
      await page.click('#search-any');
      await page.waitForFunction(() => /[?&]any=1/.test(location.search));
      await waitForResults(page, plan.toggleAny);
      const after = await readResults(page);
      report.toggleAny = { label, before: before.results.length, statusBefore, after: after.results.length, url: after.url, status: after.status };
    }

    // 6. Text that looks like markup is shown as text, never run or parsed.
    if (plan.hostileQuery) {
      await page.goto(plan.root + 'search.html?q=' + encodeURIComponent(plan.hostileQuery));
      await waitForResults(page, plan.hostileQuery);
      report.hostile = await readResults(page);
      report.hostileExecuted = await page.evaluate(() => window.sitegenHostile === true);
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(report) + '\n');
}

async function useSearch(page, context, plan, report) {
  // 1. The header box on an ordinary page: a plain GET form to search.html?q=…
  await page.goto(plan.root + plan.startPage);
  await page.fill('#header-search-input', plan.headerQuery);
  await Promise.all([page.waitForURL(/search\.html\?/), page.press('#header-search-input', 'Enter')]);
  report.afterHeaderSubmit = page.url();
  await waitForResults(page, plan.headerQuery);
  report.timing = await page.evaluate(() => {
    const mark = (name) => { const m = performance.getEntriesByName(name)[0]; return m ? m.startTime : null; };
    const nav = performance.getEntriesByType('navigation')[0];
    return { indexReadyMs: mark('sitegen-search-ready'), firstResultsMs: mark('sitegen-search-first-results'),
      domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null };
  });
  report.status = await page.evaluate(() => {
    const s = document.getElementById('search-status');
    return { role: s.getAttribute('role'), live: s.getAttribute('aria-live') };
  });
  report.header = await readResults(page);
  report.shiftsOnLoad = await page.evaluate(() => window.__shifts);

  // 2. Typing on the search page, key by key: results follow as the user types.
  await page.fill('#search-input', '');
  await page.focus('#search-input');
  await page.keyboard.type(plan.typedQuery, { delay: 40 });
  await waitForResults(page, plan.typedQuery);
  report.typedMs = await page.evaluate(() => {
    const lastInput = window.__inputTimes[window.__inputTimes.length - 1];
    const marks = performance.getEntriesByName('sitegen-search-results').map((m) => m.startTime).filter((t) => t >= lastInput);
    return marks.length ? marks[0] - lastInput : null;
  });
  report.typed = await readResults(page);

  // 3. A facet, with the keyboard only: focus its checkbox by tabbing from the search box, then Space.
  const facetSelector = `input[type=checkbox][name="${plan.facet.name}"][value="${plan.facet.value}"]`;
  await page.focus('#search-input');
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate((sel) => document.activeElement === document.querySelector(sel), facetSelector);
  }
  report.facetReachedByTab = reached;
  if (reached) {
    report.facetFocusOutline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return { outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth, boxShadow: style.boxShadow };
    });
    await page.keyboard.press('Space');
  }
  await page.waitForFunction((sel) => document.querySelector(sel).checked, facetSelector);
  await page.waitForFunction(() => /[?&](authority|actor|kind)=/.test(location.search));
  report.faceted = await readResults(page);

  if (plan.axe) {
    await page.addScriptTag({ path: plan.axe });
    report.axe = await page.evaluate(async () => {
      // preload off: from file:// axe may not fetch stylesheets, and it needs no more than the live CSSOM here.
      const result = await window.axe.run(document, { resultTypes: ['violations'], preload: false });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
    });
  }

  // 4. A shared link: the search's own address, opened afresh, gives the same results.
  const shared = page.url();
  const fresh = await context.newPage();
  await fresh.goto(shared);
  await waitForResults(fresh, plan.typedQuery);
  report.sharedLink = { url: shared, results: (await readResults(fresh)).results.map((r) => r.href) };
  await fresh.close();

  // 5. Follow a result: the link lands on the clause's anchor.
  await page.fill('#search-input', plan.headerQuery);
  await page.evaluate(() => { for (const box of document.querySelectorAll('.facet-checkbox:checked')) box.click(); });
  await waitForResults(page, plan.headerQuery);
  const link = await page.$(`#search-results a[href="${plan.click.replace(/"/g, '\\"')}"]`);
  report.clickFound = !!link;
  if (link) {
    await Promise.all([page.waitForURL((u) => !/search\.html/.test(u.toString())), link.click()]);
    await page.waitForLoadState('load');
    report.landing = await page.evaluate(() => {
      const target = document.querySelector(':target');
      const box = target && target.getBoundingClientRect();
      return { url: location.href, hash: location.hash, targetId: target ? target.id : null,
        targetInView: !!box && box.top >= 0 && box.top < window.innerHeight,
        targetText: target ? target.textContent.replace(/\s+/g, ' ').trim().slice(0, 200) : null };
    });
  }
}

main().catch((error) => {
  process.stderr.write(String((error && error.stack) || error) + '\n');
  process.exit(1);
});
