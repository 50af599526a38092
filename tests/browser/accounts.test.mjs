// The accounts' staff pages on a small phone (360 CSS pixels): the users table and the
// account page's tables stack into labelled lines instead of scrolling sideways, and the pages,
// with their form errors shown, pass axe-core's WCAG 2.x A/AA rules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { baseUrl, urlOf, launchBrowser } from './server.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 360, height: 800 };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const DEMO_PASSWORD = 'strada-demo-2026';

let browser;
let page;

before(async () => {
  baseUrl();
  browser = await launchBrowser();
  // axe is injected as a script, which the pages' CSP rightly refuses: this context alone
  // bypasses it.
  const context = await browser.newContext({ bypassCSP: true, viewport: PHONE });
  page = await context.newPage();
  await page.goto(urlOf('/login'));
  await page.fill('#email', 'network-admin@demo.strada.invalid');
  await page.fill('#password', DEMO_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
});

after(async () => {
  await browser?.close();
});

/** Asserts the loaded page fits the phone's width and has no axe violation. */
async function assertFitsAndPasses(what) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `${what} is ${width} px wide at ${PHONE.width} px`);
  // Nor does a table scroll sideways inside the page.
  const tables = await page.evaluate(() =>
    [...document.querySelectorAll('table')].map((table) => [table.scrollWidth, table.clientWidth]),
  );
  for (const [scrolled, shown] of tables) {
    assert.ok(scrolled <= shown, `${what}: a table ${scrolled} px wide shows ${shown} px`);
  }
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  const lines = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} at ${JSON.stringify(node.target)}`),
  );
  assert.deepEqual(lines, [], `${what}: ${lines.join('; ')}`);
}

test('the users page and its invitation errors fit a phone and pass axe', async () => {
  await page.goto(urlOf('/staff/users'));
  assert.equal(new URL(page.url()).pathname, '/staff/users');
  await assertFitsAndPasses('the users page');
  await page.fill('#invite-name', 'New Colleague');
  await page.fill('#invite-email', 'not-an-email');
  await Promise.all([
    page.waitForNavigation(),
    page.click('form[action="/staff/users"] button[type="submit"]'),
  ]);
  assert.equal(await page.getAttribute('#invite-email', 'aria-invalid'), 'true');
  await assertFitsAndPasses('the users page with errors');
});

test('the account page and its errors fit a phone and pass axe', async () => {
  await page.goto(urlOf('/staff/account'));
  await assertFitsAndPasses('the account page');
  await page.fill('#current-password', 'not-the-password');
  await page.fill('#new-password', 'another-long-passphrase');
  await Promise.all([
    page.waitForNavigation(),
    page.click('form[action="/staff/account/password"] button[type="submit"]'),
  ]);
  assert.equal(await page.getAttribute('#current-password', 'aria-invalid'), 'true');
  await assertFitsAndPasses('the account page with an error');
});
