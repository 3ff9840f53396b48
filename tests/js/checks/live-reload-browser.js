// Drives a real Chromium against a running `sitegen serve` preview to prove the injected client works.
// Usage: node live-reload-browser.js <url> <expectation>...
// Each expectation is "text&&text&&!absent-text"; the page body must contain every text and none of the "!" ones.
// After each expectation is met the script prints "saw <index>" so the test can make the next edit.
'use strict';

const path = require('path');
const { chromium } = require(path.join(__dirname, '..', 'node_modules', 'playwright-core'));

const [url, ...expectations] = process.argv.slice(2);
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function satisfied(body, expectation) {
  return expectation.split('&&').every((part) => (part.startsWith('!') ? !body.includes(part.slice(1)) : body.includes(part)));
}

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.SITEGEN_BROWSER || '/usr/bin/chromium', args });
  try {
    const page = await browser.newPage();
    let loads = 0;
    page.on('load', () => { loads++; });
    const log = [];
    page.on('console', (m) => log.push('console: ' + m.text()));
    page.on('requestfailed', (r) => log.push('failed: ' + r.url() + ' ' + (r.failure() && r.failure().errorText)));
    await page.goto(url);
    for (let i = 0; i < expectations.length; i++) {
      const deadline = Date.now() + 15000;
      for (;;) {
        let body = '';
        // The page may be mid-reload; reading then fails and is simply retried.
        try { body = await page.evaluate(() => document.body ? document.body.innerText : ''); } catch { body = ''; }
        if (satisfied(body, expectations[i])) break;
        if (Date.now() > deadline) {
          const visibility = await page.evaluate(() => document.visibilityState).catch(() => '?');
          throw new Error(`expectation ${i} (${expectations[i]}) not met; page shows: ${body.slice(0, 300)}; visibility ${visibility}; log:\n${log.join('\n')}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      process.stdout.write(`saw ${i} loads=${loads}\n`);
    }
  } finally {
    await browser.close();
  }
})().catch((error) => {
  process.stderr.write(String((error && error.stack) || error));
  process.exit(1);
});
