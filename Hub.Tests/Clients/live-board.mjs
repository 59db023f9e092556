// Opens the live board of a running hub in Debian's headless Chromium twice, as a lobby screen (1366x768) and as a
// phone (390x844), waits until both show their feed as live, then waits for the activity whose title is
// <expected> (the test records it over HTTP once the server has both subscribers) and notes when each page showed
// it. Then it reads the month's figures each page shows, runs axe-core on both and takes a screenshot of each.
// Prints one JSON object with what it saw, so the test in C# judges it.
//
// usage: node live-board.mjs <board url> <expected title> <screenshot prefix>
// HUB_CHROMIUM overrides the browser (default /usr/bin/chromium, installed by .ci/chromium.sh).
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';

const [url, expected, screenshotPrefix] = process.argv.slice(2);
if (!url || !expected || !screenshotPrefix) {
  console.error('usage: node live-board.mjs <board url> <expected title> <screenshot prefix>');
  process.exit(2);
}

const timeout = 60_000;
const origin = new URL(url).origin;
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const viewports = [
  { name: 'screen', viewport: { width: 1366, height: 768 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
];
const seen = { pages: [], foreignRequests: [] };

// launch() gives every run a fresh temporary profile: nothing of an earlier run leaks into this one.
const browser = await chromium.launch({
  executablePath: process.env.HUB_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  timeout,
});

let exitCode = 0;
try {
  const pages = [];
  for (const { name, ...options } of viewports) {
    // axe-core is injected as a script the page's own policy would refuse; only the test bypasses it.
    const context = await browser.newContext({ ...options, bypassCSP: true, locale: 'zh-CN' });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    const record = { name, pageErrors: [], consoleErrors: [] };
    page.on('request', (request) => {
      const requestUrl = new URL(request.url());
      if (['http:', 'https:', 'ws:', 'wss:'].includes(requestUrl.protocol) && requestUrl.origin !== origin) {
        seen.foreignRequests.push(request.url());
      }
    });
    page.on('pageerror', (error) => record.pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') {
        record.consoleErrors.push(message.text());
      }
    });
    const navigation = await page.goto(url, { waitUntil: 'load' });
    record.pageStatus = navigation?.status() ?? null;
    record.contentSecurityPolicy = navigation?.headers()['content-security-policy'] ?? null;
    pages.push({ page, record });
    seen.pages.push(record);
  }

  // "Live" means the event stream is open: from then on the server publishes to it.
  for (const { page, record } of pages) {
    await page.locator('#status[data-state="live"]').waitFor();
    record.heading = await page.locator('h1').innerText();
  }

  await Promise.all(pages.map(async ({ page, record }) => {
    const item = page.locator('#feed .activity-new', { hasText: expected });
    await item.waitFor();
    // The page stamps the item as it inserts it, so the time of this script's polling does not count.
    record.shownAt = Number(await item.getAttribute('data-arrived-at'));
    record.firstItem = await page.locator('#feed .activity').first().innerText();
  }));

  // The figures are read again after the activity; wait until the page has that second answer.
  for (const { page, record } of pages) {
    await page.waitForFunction(() => document.querySelector('#figures-note')?.dataset.reads >= 2, null, { timeout: 10_000 });
    record.figures = await page.$$eval('#figures .figure', (rows) =>
      Object.fromEntries(rows.map((row) => [row.dataset.code, row.querySelector('.number').textContent])));
    record.figureLabels = await page.$$eval('#figures dt', (rows) => rows.map((row) => row.textContent));
    record.horizontalOverflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    await page.addScriptTag({ path: axeSource });
    const results = await page.evaluate(async () => await window.axe.run(document));
    record.violations = results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
    await page.screenshot({ path: `${screenshotPrefix}-${record.name}.png` });
  }
} catch (error) {
  seen.failure = String(error?.stack ?? error);
  exitCode = 1;
} finally {
  await browser.close();
}

process.stdout.write(JSON.stringify(seen, null, 2) + '\n');
process.exit(exitCode);
