// Hotline work in a real browser: a consultant logs a consultation from the keyboard with the
// destination's information beside the form; a person asks for help anonymously and reads the
// reply with the ticket and passphrase the site showed once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, urlOf } from './server.mjs';
import { signIn } from './sign-in.mjs';

const CONSULTANT = 'hotline-consultant@demo.strada.invalid';

const browser = sharedBrowser();

test('a consultant logs a consultation from the keyboard', async () => {
  const context = await browser().newContext();
  const page = await context.newPage();
  await signIn(page, CONSULTANT);
  await page.goto(urlOf('/staff/consultations/new'));
  // The channel has the focus: the consultant types, tabs and ticks without the mouse.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'channel');
  await page.keyboard.type('Chat');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Relative');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ukr');
  await page.keyboard.press('Tab'); // the topics, one Tab stop: the first one
  await page.keyboard.press('Space');
  assert.equal(await page.isChecked('#topic-jobs_abroad'), true);
  await page.focus('#destination_country');
  await page.keyboard.type('Germany');
  await page.waitForFunction(() => document.querySelector('#destination-info h2') !== null);
  assert.match(await page.textContent('#destination-info'), /112/);
  await page.focus('#notes');
  await page.keyboard.type('Asked about a warehouse job near Hamburg.');
  await page.focus('#consultation-form button[type="submit"]');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.ok(await page.isVisible('#saved-consultation'), 'saved');
  // The next form remembers the channel and the language.
  assert.equal(await page.inputValue('#channel'), 'chat');
  assert.equal(await page.inputValue('#language'), 'uk');
  await Promise.all([page.waitForNavigation(), page.click('#saved-consultation')]);
  assert.match(await page.inputValue('#notes'), /Hamburg/);
  await context.close();
});

test('a person asks for help anonymously and reads the reply', async () => {
  const person = await browser().newContext();
  const page = await person.newPage();
  await page.goto(urlOf('/en/help'));
  await Promise.all([page.waitForNavigation(), page.click('a[href="/en/help/ask"]')]);
  await page.selectOption('#ask-country', 'MD');
  await page.fill('#ask-message', 'Someone offers my sister a job in Italy but keeps her passport. What can we do?');
  await Promise.all([page.waitForNavigation(), page.click('form button[type="submit"]')]);
  const ticket = (await page.textContent('#ticket')).trim();
  const passphrase = (await page.textContent('#passphrase')).trim();
  assert.ok(passphrase.length >= 12);
  assert.deepEqual(await person.cookies(), [], 'nothing is kept in the browser');

  // A consultant of the member in Moldova answers, through the API with a token of theirs.
  const staff = await browser().newContext();
  const staffPage = await staff.newPage();
  await signIn(staffPage, CONSULTANT);
  await staffPage.goto(urlOf('/staff/account'));
  await staffPage.fill('#token-name', 'browser test');
  await Promise.all([staffPage.waitForNavigation(), staffPage.click('form[action="/staff/account/tokens"] button')]);
  const token = (await staffPage.textContent('#new-token')).trim();
  await staff.close();
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const queue = await (await fetch(urlOf('/api/v1/help-requests'), { headers: auth })).json();
  const request = queue.items.find((item) => item.message.includes('my sister'));
  assert.ok(request, 'the request is in the queue');
  const replied = await fetch(urlOf(`/api/v1/help-requests/${request.id}/replies`), {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ message: 'Keeping a passport is against the law in Italy. Call us at 0 800 77777.' }),
  });
  assert.equal(replied.status, 201);

  await page.goto(urlOf('/en/help/ask/status'));
  await page.fill('#status-ticket', ticket);
  await page.fill('#status-passphrase', passphrase);
  await Promise.all([page.waitForNavigation(), page.click('form button[type="submit"]')]);
  assert.match(await page.textContent('#replies'), /against the law in Italy/);
  assert.doesNotMatch(page.url(), /passphrase|ticket=/, 'nothing in the address');
  await person.close();
});
