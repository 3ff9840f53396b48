// Opens a built SiteGen site the three ways people publish it, in a real Chromium: from the disk (file://, as
// from a shared drive), at the root of a web server, and under a sub-path as a GitHub Pages project site. In each
// it goes home -> an authority -> a clause anchor, and checks the stylesheet applied, every link on the way
// resolves inside the site, and nothing was fetched from anywhere else. Under the sub-path it also asks for a
// missing page, as GitHub Pages would answer it, and follows the not-found page's link home.
// Usage: node base-paths.js <site folder> <root port> <sub-path port> <sub-path, e.g. /repo/>
// Prints one "ok <start> ..." line per way and exits 0, or prints what failed and exits 1.
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');
const { pathToFileURL, fileURLToPath } = require('url');
const { chromium } = require(path.join(__dirname, '..', 'node_modules', 'playwright-core'));

const [siteDir, rootPort, subPort, subPrefix] = process.argv.slice(2);
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.csv': 'text/csv', '.svg': 'image/svg+xml' };

// A static server that behaves like GitHub Pages: files under the prefix, folders redirected to their slash form
// and answered with index.html, anything else 404 with the site's own 404.html.
function serve(port, prefix) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const notFound = () => {
      const page = path.join(siteDir, '404.html');
      response.writeHead(404, { 'Content-Type': types['.html'] });
      response.end(fs.existsSync(page) ? fs.readFileSync(page) : 'Not found');
    };
    if (!url.pathname.startsWith(prefix)) return notFound();
    const relative = decodeURIComponent(url.pathname.slice(prefix.length));
    const file = path.join(siteDir, relative);
    if (!file.startsWith(path.resolve(siteDir))) return notFound();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        response.writeHead(301, { Location: url.pathname + '/' });
        return response.end();
      }
      return send(path.join(file, 'index.html'));
    }
    return send(file);
    function send(target) {
      if (!fs.existsSync(target) || !fs.statSync(target).isFile()) return notFound();
      response.writeHead(200, { 'Content-Type': types[path.extname(target)] || 'application/octet-stream' });
      response.end(fs.readFileSync(target));
    }
  });
  return new Promise((resolve) => server.listen(Number(port), '127.0.0.1', () => resolve(server)));
}

const failures = [];
function expect(condition, message) {
  if (!condition) failures.push(message);
  return condition;
}

// The stylesheet applied: the skip link is moved off screen and the header has the site's dark background.
async function styled(page) {
  return page.evaluate(() => {
    const skip = document.querySelector('.skip-link');
    const header = document.querySelector('.site-header');
    return Boolean(skip && header) && getComputedStyle(skip).position === 'absolute' && getComputedStyle(header).backgroundColor !== 'rgba(0, 0, 0, 0)';
  });
}

async function exists(url) {
  if (url.startsWith('file:')) return fs.existsSync(fileURLToPath(url));
  return new Promise((resolve) => {
    http.get(url, (response) => { response.resume(); resolve(response.statusCode === 200); }).on('error', () => resolve(false));
  });
}

// Every link, stylesheet and script on the page that stays on this site resolves to an existing file under base.
async function linksResolve(page, base, where) {
  const urls = await page.evaluate(() => [
    ...Array.from(document.querySelectorAll('a[href]'), (a) => a.href),
    ...Array.from(document.querySelectorAll('link[href]'), (l) => l.href),
    ...Array.from(document.querySelectorAll('script[src]'), (s) => s.src),
  ]);
  const origin = new URL(base).origin;
  let checked = 0;
  for (const url of new Set(urls.map((u) => u.split('#')[0]))) {
    const sameSite = base.startsWith('file:') ? url.startsWith('file:') : url.startsWith(origin + '/');
    if (!sameSite) continue; // another website: the original protocol documents, never fetched here
    if (!expect(url.startsWith(base), `${where}: ${url} leaves the site (${base})`)) continue;
    if (url.endsWith('.sitegen-output')) continue;
    expect(await exists(url), `${where}: ${url} does not resolve`);
    checked++;
  }
  return checked;
}

async function walk(browser, start) {
  const base = start.replace(/index\.html$/, '');
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => expect(r.status() < 400 || r.url().endsWith('favicon.ico'), `${start}: ${r.url()} answered ${r.status()}`));
  try {
    await page.goto(start);
    expect(await styled(page), `${start}: the home page is unstyled`);
    let links = await linksResolve(page, base, 'home');

    // Home -> the first authority in the table.
    const authority = page.locator('table a').first();
    const authorityName = (await authority.textContent()).trim();
    await Promise.all([page.waitForURL(/protocols\/[^/]+\.html$/), authority.click()]);
    expect(page.url().startsWith(base + 'protocols/'), `${start}: the authority link went to ${page.url()}`);
    expect(await styled(page), `${start}: the authority page ${page.url()} is unstyled`);
    links += await linksResolve(page, base, page.url());
    const home = await page.locator('.breadcrumbs a').first().evaluate((a) => a.href);
    expect(home === base + 'index.html', `${start}: the breadcrumb home link is ${home}`);

    // Authority -> one clause's own link (its anchor), preferring a lettered item such as 7.2(g).
    const clauses = page.locator('a.clause-number');
    const numbers = await clauses.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const pick = Math.max(0, numbers.findIndex((h) => h.includes('(')));
    const clause = clauses.nth(pick);
    const href = await clause.getAttribute('href');
    await clause.click();
    await page.waitForFunction((h) => location.hash === h, href);
    const target = await page.evaluate(() => {
      const t = document.querySelector(':target');
      const box = t && t.getBoundingClientRect();
      return t && { id: t.id, cls: t.className, visible: box.top >= -1 && box.top < window.innerHeight };
    });
    expect(target && target.cls.includes('clause') && '#' + target.id === decodeURIComponent(href) && target.visible,
      `${start}: the clause link ${href} did not bring its clause into view (${JSON.stringify(target)})`);

    // The clause's "Copy" button (assets/pick.js) works here too: its status line reports the copy.
    const copy = page.locator(`li.clause[id="${decodeURIComponent(href).slice(1)}"] > .clause-body > .clause-meta button.pick-copy`);
    await copy.click();
    await page.waitForFunction(() => {
      const status = document.querySelector('.pick-status');
      return status !== null && status.textContent.startsWith('Copied');
    }, null, { timeout: 5000 }).catch(() => expect(false, `${start}: "Copy" for ${href} did not report success`));

    // Nothing came from anywhere but this copy of the site.
    // (The browser's own favicon request is not the site's doing.)
    for (const url of requests.filter((u) => !u.endsWith('/favicon.ico'))) expect(url.startsWith(base), `${start}: the page fetched ${url}, outside the site`);
    return `ok ${start} -> ${authorityName} -> ${href}: styled, ${links} links resolve, citation copied, ${requests.length} requests all inside the site`;
  } finally {
    await context.close();
  }
}

async function notFound(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const missing = base + 'protocols/no-such-authority/clause.html';
    const response = await page.goto(missing);
    expect(response.status() === 404, `${missing} answered ${response.status()}, not 404`);
    expect(await styled(page), `${missing}: the not-found page is unstyled`);
    const link = page.locator('main a').first();
    expect((await link.evaluate((a) => a.href)) === base + 'index.html', `${missing}: the not-found page links home to ${await link.evaluate((a) => a.href)}`);
    await Promise.all([page.waitForURL(base + 'index.html'), link.click()]);
    expect(await styled(page), `${missing}: home, reached from the not-found page, is unstyled`);
    return `ok ${missing}: 404 with the site's own page, styled, links home`;
  } finally {
    await context.close();
  }
}

(async () => {
  const servers = [await serve(rootPort, '/'), await serve(subPort, subPrefix)];
  const browser = await chromium.launch({
    executablePath: process.env.SITEGEN_BROWSER || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const starts = [
      pathToFileURL(path.join(path.resolve(siteDir), 'index.html')).href,
      `http://127.0.0.1:${rootPort}/`,
      `http://127.0.0.1:${subPort}${subPrefix}`,
    ];
    for (const start of starts) {
      const before = failures.length;
      const line = await walk(browser, start);
      if (failures.length === before) process.stdout.write(line + '\n');
    }
    const before = failures.length;
    const line = await notFound(browser, `http://127.0.0.1:${subPort}${subPrefix}`);
    if (failures.length === before) process.stdout.write(line + '\n');
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
  if (failures.length) {
    process.stderr.write(failures.join('\n') + '\n');
    process.exit(1);
  }
})().catch((error) => {
  process.stderr.write(String((error && error.stack) || error));
  process.exit(2);
});
