// Scrolls the first sticky-header table box on a page (.table-wrap--sticky) right and down in a real Chromium and
// reports where its column headers, its first row header and a body cell end up, relative to the box, before and
// after. Usage: node sticky-headers.js <page url> [window width] [window height]. Prints one JSON object.
'use strict';

const path = require('path');
const { chromium } = require(path.join(__dirname, '..', 'node_modules', 'playwright-core'));
const [url, width = '800', height = '600'] = process.argv.slice(2);

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.SITEGEN_BROWSER || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
    await page.goto(url);
    const measure = () => page.evaluate(() => {
      const box = document.querySelector('.table-wrap--sticky');
      const frame = box.getBoundingClientRect();
      const at = (element) => { const r = element.getBoundingClientRect(); return { top: r.top - frame.top, left: r.left - frame.left }; };
      return {
        scrollable: { x: box.scrollWidth > box.clientWidth, y: box.scrollHeight > box.clientHeight },
        columnHeader: at(box.querySelector('thead th:nth-child(4)')),
        rowHeader: at(box.querySelector('tbody tr:nth-child(20) th')),
        cell: at(box.querySelector('tbody tr:nth-child(20) td:nth-of-type(6)')),
        scroll: { x: box.scrollLeft, y: box.scrollTop },
      };
    });
    const before = await measure();
    await page.evaluate(() => { const box = document.querySelector('.table-wrap--sticky'); box.scrollLeft = 400; box.scrollTop = 500; });
    const after = await measure();
    process.stdout.write(JSON.stringify({ before, after }));
  } finally {
    await browser.close();
  }
})().catch((error) => {
  process.stderr.write(String((error && error.stack) || error));
  process.exit(2);
});
