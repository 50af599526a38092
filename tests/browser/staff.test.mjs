// A new staff member's first day, in a real browser: an administrator invites them, they set a
// password from the one-time link, sign in, enrol a second factor from the page's secret, sign
// out, and sign in again with a code from their authenticator (computed here, as an app would).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { sharedBrowser, urlOf } from './server.mjs';
import { demoEmail, signIn } from './sign-in.mjs';

const browser = sharedBrowser();

/** RFC 4648 base32 to bytes. */
function fromBase32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const character of text.replace(/=+$/, '')) {
    value = (value << 5) | alphabet.indexOf(character);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** The RFC 6238 code (HMAC-SHA1, 6 digits, 30 s) for a step offset from now. */
function totp(secret, offset = 0) {
  const step = Math.floor(Date.now() / 1000 / 30) + offset;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac('sha1', fromBase32(secret)).update(counter).digest();
  const start = digest[19] & 0x0f;
  const binary = (digest.readUInt32BE(start) & 0x7fffffff) % 1_000_000;
  return String(binary).padStart(6, '0');
}

test('a new colleague is invited, enrols a second factor, signs out and back in with a code', async () => {
  const email = `newcomer-${Date.now()}@lastrada.md`;
  const password = 'amber-willow-compass-42';

  const admin = await browser().newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, demoEmail('org-admin'));
  assert.match(new URL(adminPage.url()).pathname, /^\/staff\/$/);
  await adminPage.goto(urlOf('/staff/users'));
  await adminPage.fill('#invite-name', 'New Colleague');
  await adminPage.fill('#invite-email', email);
  await adminPage.selectOption('#invite-role', 'case-worker');
  await adminPage.click('form[action="/staff/users"] button[type="submit"]');
  const link = (await adminPage.textContent('#invitation-link')).trim();
  // The token travels in the query, never in the (logged) path; the link is shown whole.
  assert.match(link, /^https?:\/\/[^/]+\/invitation\?token=[0-9a-f]{64}$/);
  await admin.close();

  const context = await browser().newContext();
  const page = await context.newPage();
  const invitation = new URL(link);
  await page.goto(urlOf(invitation.pathname + invitation.search));
  await page.fill('input[name="new_password"]', password);
  await page.click('button[type="submit"]');
  assert.equal(new URL(page.url()).pathname, '/login');

  await signIn(page, email, password);
  assert.equal(new URL(page.url()).pathname, '/staff/enrol');
  assert.ok(await page.isVisible('.qr svg'), 'the QR code is drawn');
  const uri = await page.textContent('#otpauth-uri');
  assert.match(uri, /^otpauth:\/\/totp\/Strada:/);
  const secret = new URL(uri).searchParams.get('secret');
  await page.fill('input[name="code"]', totp(secret));
  await page.keyboard.press('Enter');
  await page.waitForSelector('#recovery-codes');
  assert.equal(await page.locator('#recovery-codes li').count(), 10);
  await page.click('a[href="/staff/"]');
  assert.equal(new URL(page.url()).pathname, '/staff/');

  await page.click('form[action="/logout"] button');
  assert.equal(new URL(page.url()).pathname, '/login');
  await page.goto(urlOf('/staff/'));
  assert.equal(new URL(page.url()).pathname, '/login', 'signed out on the server');

  await signIn(page, email, password);
  assert.equal(new URL(page.url()).pathname, '/login/code');
  // The enrolment used this step's code; the app's next code is the one to type now.
  await page.fill('input[name="code"]', totp(secret, 1));
  await Promise.all([page.waitForURL('**/staff/'), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).pathname, '/staff/');
  assert.ok((await page.textContent('header')).includes('New Colleague'));
  await context.close();
});
