// Case files in a real browser: a case worker at CoMensha opens a case for a Bulgarian woman
// from the intake form, finds it in the list and on its page; axe-core finds nothing on the
// list, the form (with its errors too) and the case page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeChecker } from './axe.mjs';
import { sharedBrowser, urlOf } from './server.mjs';
import { signIn } from './sign-in.mjs';

const CASE_WORKER = 'case-worker-comensha@demo.strada.invalid';

const browser = sharedBrowser();

test('a case worker opens a case for a Bulgarian woman and finds it in the list', async () => {
  // axe is a script of its own, which the CSP rightly refuses: this context alone bypasses it.
  const context = await browser().newContext({ bypassCSP: true });
  const page = await context.newPage();
  const { check, problems } = axeChecker(page);
  await signIn(page, CASE_WORKER);
  await page.goto(urlOf('/staff/cases'));
  await check('the list');
  await Promise.all([page.waitForNavigation(), page.click('a[href="/staff/cases/new"]')]);
  await check('the intake form');
  // An impossible lead, as a tampered form would send it: the error is said beside it.
  await page.evaluate(() => {
    const lead = document.getElementById('lead_worker');
    lead.add(new Option('Nobody', 'nobody'));
    lead.value = 'nobody';
  });
  await page.selectOption('#citizenship', 'BG');
  await Promise.all([page.waitForNavigation(), page.click('#case-form button[type="submit"]')]);
  assert.ok(await page.isVisible('#lead_worker-error'), 'the problem is beside its field');
  assert.equal(await page.inputValue('#citizenship'), 'BG', 'what was typed is kept');
  await check('the intake form with errors');
  await page.selectOption('#lead_worker', { index: 0 });
  await page.selectOption('#gender', 'Feminine');
  await page.check('#exploitation_types-SexualExploitation');
  await Promise.all([page.waitForNavigation(), page.click('#case-form button[type="submit"]')]);
  assert.match(new URL(page.url()).pathname, /^\/staff\/cases\/[0-9a-f-]{36}$/);
  const code = (await page.textContent('#case-facts dd')).trim();
  assert.match(code, /^NL-\d{4}-\d{4,}$/);
  assert.match(await page.textContent('#case-facts'), /Female/);
  assert.match(await page.textContent('#case-facts'), /Bulgaria/);
  assert.match(await page.textContent('#timeline'), /Case opened/);
  await check('the case page');
  await page.goto(urlOf(`/staff/cases?citizenship=BG&code=${code}`));
  const row = await page.textContent('table tbody tr');
  assert.match(row, new RegExp(code));
  assert.match(row, /Sexual exploitation/i);
  assert.deepEqual(problems, []);
  await context.close();
});
