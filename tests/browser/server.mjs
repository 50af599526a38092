// Shared helpers of the browser tests: where the server is, which pages to check, and how
// to start Debian's Chromium. The tests never start Strada themselves: a script starts it
// (`strada serve --demo ...`) and passes its address in STRADA_BASE_URL.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

/** Languages of the public site; English first. */
export const LANGUAGES = ['en', 'ro', 'ru', 'uk', 'bg', 'pl'];

const CHROMIUM_PATH = process.env.STRADA_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The server's base URL, without a trailing slash, from STRADA_BASE_URL.
 * Throws a clear error when it is missing or not an http(s) URL.
 */
export function baseUrl() {
  const raw = process.env.STRADA_BASE_URL;
  if (!raw || raw.trim() === '') {
    throw new Error(
      'STRADA_BASE_URL is not set. Start a server first, for example\n' +
        '  strada serve --demo --addr 127.0.0.1:18080 --database sqlite:///tmp/strada-browser.db &\n' +
        'then run: STRADA_BASE_URL=http://127.0.0.1:18080 npm test',
    );
  }
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`STRADA_BASE_URL is not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`STRADA_BASE_URL must be an http(s) URL, got ${JSON.stringify(raw)}`);
  }
  return url.href.replace(/\/+$/, '');
}

/** An absolute URL of `path` (which starts with a slash) on the server under test. */
export function urlOf(path) {
  return baseUrl() + path;
}

/** Launches headless Chromium from Debian's package; playwright makes a fresh profile. */
export async function launchBrowser() {
  try {
    return await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new Error(
      `could not start Chromium at ${CHROMIUM_PATH} (install Debian's "chromium" package): ${error.message}`,
    );
  }
}

/** GETs a JSON document from the server, failing on any status other than 200. */
export async function getJson(path) {
  const response = await fetch(urlOf(path), { headers: { accept: 'application/json' } });
  if (response.status !== 200) {
    throw new Error(`GET ${path} answered ${response.status}`);
  }
  return response.json();
}

/** Every organisation of the directory, following the API's pages. */
export async function allOrganisations() {
  const items = [];
  for (let page = 1; page < 100; page += 1) {
    const body = await getJson(`/api/v1/organisations?per_page=100&page=${page}`);
    items.push(...body.items);
    if (body.items.length === 0 || items.length >= body.total) {
      return items;
    }
  }
  throw new Error('the organisations API did not stop paging');
}

/**
 * The pages the accessibility and validity tests check, as `{ path, status }` with the
 * status the server must answer: every public page in English (each member profile and each
 * country's help page included, filtered and empty member lists, and the error pages), and
 * the main pages in each other language.
 */
export async function publicPages() {
  const organisations = await allOrganisations();
  if (organisations.length === 0) {
    throw new Error('the directory is empty: start the server with --demo');
  }
  const slugs = organisations.map((o) => o.slug).sort();
  const countries = [...new Set(organisations.map((o) => o.country))].sort();
  const ok = (path) => ({ path, status: 200 });
  const pages = [
    ok('/en/'),
    ok('/en/members'),
    ok('/en/members?country=NL'),
    ok('/en/members?country=RO&membership=member&service=shelter'),
    ok('/en/members?membership=partner&service=shelter'), // no organisation matches
    ...slugs.map((slug) => ok(`/en/members/${encodeURIComponent(slug)}`)),
    ok('/en/help'),
    ...countries.map((code) => ok(`/en/help/${code}`)),
    ok('/en/about'),
    ok('/en/safety'),
    ok('/en/countries'),
    ...countries.map((code) => ok(`/en/countries/${code}`)),
    ok('/en/help/ask'),
    ok('/en/help/ask/status'),
    { path: '/en/help/XX', status: 404 },
    { path: '/en/members/no-such-organisation', status: 404 },
    { path: '/en/members?country=ZZ', status: 400 },
    { path: '/en/members?country=ZZ&membership=x&service=y', status: 400 },
    { path: '/en/help?country=ZZ', status: 400 },
  ];
  const profile = slugs.includes('la-strada-moldova') ? 'la-strada-moldova' : slugs[0];
  for (const lang of LANGUAGES.slice(1)) {
    pages.push(
      ok(`/${lang}/`),
      ok(`/${lang}/members`),
      ok(`/${lang}/help`),
      ok(`/${lang}/help/MD`),
      ok(`/${lang}/help/IT`),
      { path: `/${lang}/members?country=ZZ`, status: 400 },
      ok(`/${lang}/members/${encodeURIComponent(profile)}`),
      ok(`/${lang}/about`),
      ok(`/${lang}/safety`),
      ok(`/${lang}/countries/MD`),
      ok(`/${lang}/help/ask`),
    );
  }
  return pages;
}

/**
 * Starts Chromium before the tests of the file that calls it and closes it after them;
 * answers a function that gives the running browser.
 */
export function sharedBrowser() {
  let browser;
  before(async () => {
    baseUrl();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });
  return () => browser;
}
