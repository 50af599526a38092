// Accessibility of every public page: axe-core's WCAG 2.x A/AA and best-practice rules, a
// visible keyboard focus on the skip link (the first stop of the Tab key), and reflow at
// 320 CSS pixels (WCAG 1.4.10).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { baseUrl, urlOf, launchBrowser, publicPages } from './server.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let browser;
let context;
let page;
let pages = [];

before(async () => {
  baseUrl(); // fails at once, with a clear message, when STRADA_BASE_URL is missing
  pages = await publicPages();
  browser = await launchBrowser();
  // The site's CSP allows no injected script, rightly; axe needs one, so this context alone
  // bypasses the CSP.
  context = await browser.newContext({
    bypassCSP: true,
    viewport: WIDE,
  });
  // Answer the quick exit locally, in case anything follows it: no test uses the network.
  await context.route('https://www.bbc.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
  );
  page = await context.newPage();
});

after(async () => {
  await browser?.close();
});

/** The axe-core violations of the loaded page, one readable line per element. */
async function axeViolations(url) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(
    (tags) =>
      window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  const lines = [];
  for (const violation of results.violations) {
    for (const node of violation.nodes) {
      lines.push(
        `${violation.id} [${violation.impact ?? node.impact}] on ${url} at ` +
          `${JSON.stringify(node.target)}: ${violation.help}` +
          (node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, ' ').trim()})` : ''),
      );
    }
  }
  return lines;
}

/** Problems with the first Tab stop: it must be the skip link, visible and with a focus ring. */
async function focusProblems(url) {
  const problems = [];
  await page.keyboard.press('Tab');
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) {
      return null;
    }
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      skipLink: el.matches('a.skip-link'),
      html: el.outerHTML.slice(0, 120),
      href: el.getAttribute('href'),
      inViewport:
        rect.width > 0 &&
        rect.height > 0 &&
        rect.top >= 0 &&
        rect.left >= 0 &&
        rect.bottom <= window.innerHeight &&
        rect.right <= window.innerWidth,
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    };
  });
  if (!focus) {
    problems.push(`focus on ${url}: Tab from the top focuses nothing`);
    return problems;
  }
  if (!focus.skipLink) {
    problems.push(`focus on ${url}: the first Tab stop is ${focus.html}, not a.skip-link`);
    return problems;
  }
  if (!focus.inViewport) {
    problems.push(`focus on ${url}: the focused skip link is not inside the viewport`);
  }
  if (!focus.ring) {
    problems.push(`focus on ${url}: the focused skip link shows no outline`);
  }
  const target = focus.href?.startsWith('#') ? focus.href.slice(1) : null;
  if (!target || (await page.locator(`[id="${target}"]`).count()) !== 1) {
    problems.push(`focus on ${url}: the skip link's target ${focus.href} is not on the page`);
  }
  return problems;
}

/**
 * Problems with reflow (WCAG 1.4.10), which axe does not check: at 320 CSS pixels wide the
 * page must not scroll sideways. Names the outermost elements that stick out.
 */
async function reflowProblems(url) {
  await page.setViewportSize(NARROW);
  try {
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) {
        return null;
      }
      const out = [...document.body.querySelectorAll('*')].filter(
        (el) => el.getBoundingClientRect().right > width + 0.5 && el.closest('.visually-hidden, .skip-link') === null,
      );
      const outermost = out.filter((el) => !out.includes(el.parentElement));
      return {
        scrollWidth: document.documentElement.scrollWidth,
        elements: outermost.slice(0, 5).map((el) => {
          const name = (node) =>
            node.tagName.toLowerCase() +
            (node.id ? '#' + node.id : '') +
            [...node.classList].map((c) => '.' + c).join('');
          return el.parentElement ? `${name(el.parentElement)} > ${name(el)}` : name(el);
        }),
      };
    });
    if (!overflow) {
      return [];
    }
    return [
      `reflow on ${url}: ${overflow.scrollWidth}px wide at ${NARROW.width}px, ` +
        `sticking out: ${overflow.elements.join(', ')}`,
    ];
  } finally {
    await page.setViewportSize(WIDE);
  }
}

test('every public page passes axe-core, shows keyboard focus and reflows at 320px', async (t) => {
  assert.ok(pages.length > 0, 'there are pages to check');
  const all = [];
  for (const { path, status } of pages) {
    await t.test(path, async () => {
      const url = urlOf(path);
      const response = await page.goto(url, { waitUntil: 'load' });
      assert.equal(response.status(), status, `${url} answered ${response.status()}`);
      const problems = [
        ...(await axeViolations(url)),
        ...(await focusProblems(url)),
        ...(await reflowProblems(url)),
      ];
      all.push(...problems);
      assert.deepEqual(problems, [], `${problems.length} problem(s):\n${problems.join('\n')}`);
    });
  }
  if (all.length > 0) {
    assert.fail(`${all.length} accessibility problem(s) on ${pages.length} pages:\n${all.join('\n')}`);
  }
});
