// Uses the public project pages of a running hub in Debian's headless Chromium the way a visitor would, at a desktop
// (1366x768) and a phone (390x844) viewport, with JavaScript switched off (the pages must not need it): opens
// /projects, chooses a target group in the form, presses 筛选, reads the filtered list and the address it landed on,
// follows the first project's link and reads the project page. Prints one JSON object with what it saw per viewport,
// so the test in C# judges it.
//
// usage: node public-pages.mjs <base url> <target group value> <screenshot directory>
// HUB_CHROMIUM overrides the browser (default /usr/bin/chromium, installed by .ci/chromium.sh).
import { chromium } from 'playwright-core';
import { join } from 'node:path';

const [base, targetGroup, screenshots] = process.argv.slice(2);
if (!base || !targetGroup || !screenshots) {
  console.error('usage: node public-pages.mjs <base url> <target group value> <screenshot directory>');
  process.exit(2);
}

const timeout = 60_000;
const origin = new URL(base).origin;
const viewports = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844, isMobile: true, hasTouch: true },
];
const seen = { viewports: [] };

const browser = await chromium.launch({
  executablePath: process.env.HUB_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  timeout,
});

// Whether the page fits its viewport: no sideways scrolling, and every form control at least 40 px tall to tap.
const layout = () => ({
  overflow: document.documentElement.scrollWidth - window.innerWidth,
  smallestControl: Math.min(...[...document.querySelectorAll('select, button')].map((e) => e.getBoundingClientRect().height)),
  unlabelledControls: [...document.querySelectorAll('select')].filter((s) => !s.closest('label')).length,
});

let exitCode = 0;
try {
  for (const viewport of viewports) {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      isMobile: viewport.isMobile ?? false,
      hasTouch: viewport.hasTouch ?? false,
      javaScriptEnabled: false,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    const view = { name: viewport.name, foreignRequests: [], pageErrors: [], consoleErrors: [] };
    seen.viewports.push(view);
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) view.foreignRequests.push(request.url());
    });
    page.on('pageerror', (error) => view.pageErrors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') view.consoleErrors.push(message.text());
    });

    try {
      const listing = await page.goto(new URL('/projects', base).toString(), { waitUntil: 'load' });
      view.listingStatus = listing?.status() ?? null;
      view.title = await page.title();
      view.allProjects = await page.locator('ol.cards h2 a').allInnerTexts();
      view.listingLayout = await page.evaluate(layout);
      await page.screenshot({ path: join(screenshots, `projects-${viewport.name}.png`) });

      // Choose a target group by its Chinese label, as a person reads the list, and submit the form.
      await page.getByLabel('服务对象').selectOption(targetGroup);
      await Promise.all([page.waitForURL(/targetGroup=/), page.getByRole('button', { name: '筛选' }).click()]);
      view.filteredUrl = page.url();
      view.filteredProjects = await page.locator('ol.cards h2 a').allInnerTexts();
      view.count = await page.locator('p.count').innerText();
      view.filteredLayout = await page.evaluate(layout);

      // Follow the first project's link.
      const first = page.locator('ol.cards h2 a').first();
      view.followedName = await first.innerText();
      await Promise.all([page.waitForURL(/\/projects\/[^/?]+$/), first.click()]);
      view.projectUrl = page.url();
      view.projectHeading = await page.locator('h1').innerText();
      view.projectLayout = await page.evaluate(layout);
      await page.screenshot({ path: join(screenshots, `project-${viewport.name}.png`), fullPage: true });
    } catch (error) {
      view.failure = String(error?.stack ?? error);
      exitCode = 1;
      try {
        await page.screenshot({ path: join(screenshots, `failure-${viewport.name}.png`) });
      } catch {
        // The screenshot only helps to see why; its absence must not hide the failure itself.
      }
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
}

process.stdout.write(JSON.stringify(seen, null, 2) + '\n');
process.exit(exitCode);
