// The journeys that matter most on Strada's public site, in a real browser: finding a
// hotline from the home page, and leaving the site at once with the quick exit.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, sharedBrowser, urlOf } from './server.mjs';

const WEATHER = 'https://www.bbc.com/weather';

const browser = sharedBrowser();
let context;
let page;

beforeEach(async () => {
  context = await browser().newContext();
  // The quick exit leaves for a real site: answer it locally so that no test uses the network.
  await context.route('https://www.bbc.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
  );
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

/**
 * Asserts that the page shows Moldova's national hotline as a visible, callable link first,
 * and again on its card among the hotlines.
 */
async function expectMoldovaHotline() {
  const first = page.locator('.first-call a[href="tel:080077777"]');
  assert.equal(await first.count(), 1, 'one link to call 0 800 77777 first');
  assert.ok(await first.isVisible(), 'the hotline link is visible');
  assert.equal((await first.innerText()).trim(), '0 800 77777');
  const card = page.locator('.card a[href="tel:080077777"]');
  assert.equal(await card.count(), 1, 'the hotline has its card');
}

test('find help: pick Moldova on the English home page with the keyboard', async () => {
  await page.goto(urlOf('/en/'));
  const select = page.locator('select#help-country');
  await select.focus();
  // Typing a name in a closed select picks the first option that starts with it, as a
  // keyboard user does.
  await page.keyboard.type('Moldova');
  assert.equal(await select.inputValue(), 'MD', 'typing "Moldova" picks Moldova');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('type'));
  assert.equal(focused, 'submit', 'Tab moves from the country to the submit button');
  await Promise.all([page.waitForURL(urlOf('/en/help/MD')), page.keyboard.press('Enter')]);
  assert.equal(page.url(), urlOf('/en/help/MD'));
  await expectMoldovaHotline();
});

test('find help: the same journey in Romanian lands on /ro/help/MD', async () => {
  await page.goto(urlOf('/ro/'));
  assert.equal(await page.getAttribute('html', 'lang'), 'ro');
  await page.selectOption('select#help-country', 'MD');
  await Promise.all([
    page.waitForURL(urlOf('/ro/help/MD')),
    page.click('form[action="/ro/help"] button[type="submit"]'),
  ]);
  assert.equal(page.url(), urlOf('/ro/help/MD'));
  assert.equal(await page.getAttribute('html', 'lang'), 'ro');
  await expectMoldovaHotline();
});

test('find help: submitting without a country does not leave the home page', async () => {
  await page.goto(urlOf('/en/'));
  await page.click('form[action="/en/help"] button[type="submit"]');
  // The select is required: the browser keeps the person on the form and says why.
  const valid = await page.locator('select#help-country').evaluate((el) => el.checkValidity());
  assert.equal(valid, false);
  assert.equal(page.url(), urlOf('/en/'));
});

test('quick exit: Escape replaces the page with the weather, and Back skips it', async () => {
  await page.goto(urlOf('/en/'));
  await page.goto(urlOf('/en/help'));
  await Promise.all([page.waitForURL(WEATHER), page.keyboard.press('Escape')]);
  assert.equal(page.url(), WEATHER);
  assert.equal(await page.title(), 'Weather');
  await page.goBack();
  assert.equal(page.url(), urlOf('/en/'), 'Back lands on the page before the one left');
});

test('quick exit: the link replaces the page with the weather, and Back skips it', async () => {
  await page.goto(urlOf('/en/'));
  await page.goto(urlOf('/en/help'));
  const link = page.locator('a[data-quick-exit]');
  assert.equal(await link.count(), 1);
  assert.ok(await link.isVisible(), 'the quick exit is visible');
  assert.equal(await link.getAttribute('href'), WEATHER);
  await Promise.all([page.waitForURL(WEATHER), link.click()]);
  assert.equal(page.url(), WEATHER);
  await page.goBack();
  assert.equal(page.url(), urlOf('/en/'), 'Back lands on the page before the one left');
});

test('quick exit: the link is on every kind of page', async () => {
  for (const path of ['/en/', '/en/members', '/en/help', '/en/help/MD', '/en/about', '/en/safety', '/uk/']) {
    await page.goto(urlOf(path));
    const link = page.locator('a[data-quick-exit]');
    assert.equal(await link.count(), 1, `one quick exit on ${path}`);
    assert.ok(await link.isVisible(), `the quick exit is visible on ${path}`);
  }
});

for (const path of ['/en/', '/en/help/MD']) {
  test(`no console error, script error or CSP violation on ${path}`, async () => {
    const problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') {
        problems.push(`console error: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) =>
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) {
        problems.push(`HTTP ${response.status()} for ${response.url()}`);
      }
    });
    // Scripts added this way are not subject to the page's CSP; they report its violations.
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
    const response = await page.goto(urlOf(path), { waitUntil: 'load' });
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    // The page loads its script from its own origin only (no inline script to block).
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src));
    assert.ok(scripts.length > 0, 'the page has its script');
    for (const src of scripts) {
      assert.ok(src.startsWith(baseUrl() + '/'), `script ${JSON.stringify(src)} is the site's own`);
    }
    // Give late errors (deferred scripts, style loads) a moment.
    await page.waitForTimeout(200);
    const violations = await page.evaluate(() => window.__cspViolations);
    for (const violation of violations) {
      problems.push(`CSP violation: ${violation}`);
    }
    assert.deepEqual(problems, [], `problems on ${path}:\n${problems.join('\n')}`);
  });
}
