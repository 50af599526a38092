// The staff screens in a real browser: a consultant logs a typical contact from the keyboard
// in 15 presses of Tab or fewer and sees it saved; every staff screen fits a 360 px phone
// without scrolling sideways; the dashboard's charts stay readable there; the forms, with
// and without errors, pass axe-core's WCAG rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeChecker } from './axe.mjs';
import { sharedBrowser, urlOf } from './server.mjs';
import { demoEmail, signIn } from './sign-in.mjs';

const browser = sharedBrowser();

test('a typical contact is logged with 15 presses of Tab or fewer, and saved', async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  await signIn(page, demoEmail('hotline-consultant'));
  await page.goto(urlOf('/staff/consultations/new'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'channel');
  let tabs = 0;
  const tab = async () => {
    tabs += 1;
    await page.keyboard.press('Tab');
  };
  await page.keyboard.type('Phone');
  await tab();
  await page.keyboard.type('Possible');
  await tab();
  await page.keyboard.type('Romanian');
  await tab(); // the topics: one Tab stop, arrows move within
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await tab();
  await page.keyboard.type('Germany');
  await tab();
  await page.keyboard.type('Information');
  await tab(); // the trafficking concern, a group of radio buttons
  await page.keyboard.press('ArrowRight');
  await tab();
  await page.keyboard.type('Offered a job in a warehouse; the agency keeps the passports.');
  await tab(); // "More details", left closed
  await tab(); // Save
  assert.equal(
    await page.evaluate(() => document.activeElement.getAttribute('type')),
    'submit',
  );
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.ok(tabs <= 15, `${tabs} presses of Tab`);
  assert.match(await page.textContent('#form-notice'), /saved/);
  await Promise.all([page.waitForNavigation(), page.click('#saved-consultation')]);
  assert.equal(await page.inputValue('#caller_type'), 'possible_victim');
  assert.equal(await page.inputValue('#language'), 'ro');
  assert.equal(await page.isChecked('#topic-jobs_abroad'), true);
  assert.equal(await page.isChecked('#topic-study_abroad'), true);
  assert.equal(await page.inputValue('#destination_country'), 'DE');
  assert.equal(await page.inputValue('#outcome'), 'information_provided');
  assert.equal(await page.isChecked('#concern-possible'), true);
  assert.match(await page.inputValue('#notes'), /warehouse/);
  assert.equal(await page.isChecked('#identified'), false, 'anonymous unless ticked');
  await context.close();
});

test('every staff screen fits a 360 px screen, and the charts stay readable', async () => {
  const screens = {
    'hotline-consultant': ['/staff/', '/staff/account', '/staff/consultations', '/staff/consultations/new', '/staff/no-such-screen'],
    'org-admin': ['/staff/', '/staff/users', '/staff/organisations', '/staff/consultations/dashboard', '/staff/audit'],
    'network-admin': ['/staff/organisations'],
    editor: ['/staff/countries'],
    'case-worker': ['/staff/cases', '/staff/cases/new', '/staff/cases/open'],
  };
  for (const [role, paths] of Object.entries(screens)) {
    const context = await browser().newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await signIn(page, demoEmail(role));
    if (role === 'org-admin') {
      await page.goto(urlOf('/staff/organisations'));
      const entry = await page.getAttribute('a[href^="/staff/organisations/"]', 'href');
      paths.push(entry);
    }
    for (const path of paths) {
      await page.goto(urlOf(path));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `${role} ${path} is ${width} px wide`);
    }
    if (role === 'org-admin') {
      await page.goto(urlOf('/staff/consultations/dashboard'));
      const labels = await page.$$eval('.chart-figure svg text[x="0"]', (texts) =>
        texts.map((text) => {
          const box = text.getBoundingClientRect();
          return { top: box.top, bottom: box.bottom, right: box.right, height: box.height };
        }),
      );
      for (const label of labels) {
        assert.ok(label.height >= 12, `a label ${label.height} px high`);
        assert.ok(label.right <= 360, 'a label within the screen');
      }
      for (let i = 1; i < labels.length; i += 1) {
        if (labels[i].top > labels[i - 1].top) {
          assert.ok(labels[i].top >= labels[i - 1].bottom, 'labels do not overlap');
        }
      }
    }
    await context.close();
  }
});

test('the staff forms pass axe-core, with their errors shown too', async () => {
  // axe is a script of its own, which the CSP rightly refuses: this context alone bypasses it.
  const context = await browser().newContext({ bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, demoEmail('org-admin'));
  const { check, problems } = axeChecker(page);
  for (const path of ['/staff/', '/staff/consultations/new', '/staff/organisations', '/staff/consultations/dashboard', '/staff/no-such-screen']) {
    await page.goto(urlOf(path));
    await check(path);
  }
  // The browser's own checks stop an empty form; the server's are reached without them.
  await page.goto(urlOf('/staff/consultations/new'));
  await page.evaluate(() => document.getElementById('consultation-form').setAttribute('novalidate', ''));
  await Promise.all([page.waitForNavigation(), page.click('#consultation-form button[type="submit"]')]);
  assert.ok(await page.isVisible('#error-summary'), 'the summary is shown');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary', 'and focused');
  await check('the consultation form with errors');
  await page.goto(urlOf('/staff/organisations'));
  const entry = await page.getAttribute('a[href^="/staff/organisations/"]', 'href');
  await page.goto(urlOf(entry));
  await check(entry);
  await page.fill('#profile-name', 'X');
  await Promise.all([page.waitForNavigation(), page.click('form[action="' + entry + '"] button[type="submit"]')]);
  assert.ok(await page.isVisible('#profile-name-error'));
  await check('the profile form with errors');
  assert.deepEqual(problems, []);
  await context.close();
});
