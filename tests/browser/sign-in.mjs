// How the browser tests come to a staff screen: signing in through the form as a person
// does. The demo accounts share one password.
import { urlOf } from './server.mjs';

/** The password of every demo account (`strada serve --demo`). */
export const DEMO_PASSWORD = 'strada-demo-2026';

/** The address of the demo account of `role`, e.g. `hotline-consultant`. */
export function demoEmail(role) {
  return `${role}@demo.strada.invalid`;
}

/** Signs in on the sign-in form of `page` and waits for the page it leads to. */
export async function signIn(page, email, password = DEMO_PASSWORD) {
  await page.goto(urlOf('/login'));
  await page.fill('input[name="email"]', email);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
}
