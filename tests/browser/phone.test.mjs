// The public site on a small phone (360x640): the quick exit stays on screen and clickable
// however far one scrolls, Escape leaves except while one types, and every country's help
// page shows a number to call on the first screen, in every language.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, urlOf, LANGUAGES } from './server.mjs';

const WEATHER = 'https://www.bbc.com/weather';
const PHONE = { width: 360, height: 640 };

const browser = sharedBrowser();
let context;
let page;

beforeEach(async () => {
  context = await browser().newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
  await context.route('https://www.bbc.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
  );
  page = await context.newPage();
});

afterEach(async () => {
  await context?.close();
});

/** Whether the quick exit is inside the viewport and is what a tap on its centre reaches. */
async function quickExitIsOnScreen() {
  return page.evaluate(() => {
    const link = document.querySelector('a[data-quick-exit]');
    const box = link.getBoundingClientRect();
    const inside =
      box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { inside, reachable: link === hit || link.contains(hit), box: JSON.stringify(box) };
  });
}

test('quick exit: on a phone it stays on screen and clickable at the bottom of a long page', async () => {
  await page.goto(urlOf('/en/'));
  await page.goto(urlOf('/en/help'));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height > 3 * PHONE.height, `the help page is long (${height}px)`);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 2 * PHONE.height, 'the page scrolled to its bottom');
  const where = await quickExitIsOnScreen();
  assert.ok(where.inside, `the quick exit is inside the viewport: ${where.box}`);
  assert.ok(where.reachable, 'nothing covers the quick exit');
  await Promise.all([page.waitForURL(WEATHER), page.locator('a[data-quick-exit]').tap()]);
  assert.equal(page.url(), WEATHER);
  await page.goBack();
  assert.equal(page.url(), urlOf('/en/'), 'Back lands on the page before the one left');
});

test('quick exit: on every kind of page it is on screen after scrolling, in every language', async () => {
  for (const language of LANGUAGES) {
    for (const path of ['/', '/members', '/help/MD', '/countries/IT', '/safety']) {
      await page.goto(urlOf(`/${language}${path}`));
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const where = await quickExitIsOnScreen();
      assert.ok(where.inside && where.reachable, `/${language}${path}: ${where.box}`);
    }
  }
});

test('quick exit: Escape while typing in a field does not leave; Escape elsewhere does', async () => {
  await page.goto(urlOf('/en/help/ask'));
  const field = page.locator('textarea').first();
  await field.fill('I need help with my passport');
  await field.press('Escape');
  // Give a navigation the chance to start, were one to happen.
  await page.waitForTimeout(300);
  assert.equal(page.url(), urlOf('/en/help/ask'), 'still on the form');
  assert.equal(await field.inputValue(), 'I need help with my passport', 'what was typed stays');
  const select = page.locator('select').first();
  await select.focus();
  await select.press('Escape');
  await page.waitForTimeout(300);
  assert.equal(page.url(), urlOf('/en/help/ask'), 'Escape in a list does not leave either');
  await page.locator('h1').click();
  await Promise.all([page.waitForURL(WEATHER), page.keyboard.press('Escape')]);
  assert.equal(page.url(), WEATHER);
});

test('a number to call is on the first screen of every help page, in every language', async () => {
  await page.goto(urlOf('/en/help'));
  const countries = await page.$$eval('.country-list a', (links) =>
    links.map((link) => link.getAttribute('href').split('/').pop()),
  );
  assert.ok(countries.length >= 20, `the network's countries (${countries.length})`);
  const problems = [];
  for (const language of LANGUAGES) {
    for (const country of countries) {
      await page.goto(urlOf(`/${language}/help/${country}`));
      const box = await page.evaluate(() => {
        const link = document.querySelector('.first-call a[href^="tel:"]');
        return link ? link.getBoundingClientRect().toJSON() : null;
      });
      if (!box) {
        problems.push(`/${language}/help/${country}: no number in the first call box`);
      } else if (box.bottom > PHONE.height || box.top < 0) {
        problems.push(`/${language}/help/${country}: the number ends at ${Math.round(box.bottom)}px`);
      }
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});
