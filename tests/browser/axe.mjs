// axe-core in the browser tests of the staff screens: its WCAG rules run on a loaded page.
// axe is a script of its own, which the CSP rightly refuses: a context that runs it is made
// with `bypassCSP: true`, and no other.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's violations on the loaded page, one line per element. */
async function axeViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} at ${JSON.stringify(node.target)}: ${violation.help}`),
  );
}

/**
 * A checker of `page`: `check(label)` runs axe-core on what the page shows now and keeps each
 * violation, said with `label`, in `problems`.
 */
export function axeChecker(page) {
  const problems = [];
  const check = async (label) => {
    for (const line of await axeViolations(page)) {
      problems.push(`${label}: ${line}`);
    }
  };
  return { check, problems };
}
