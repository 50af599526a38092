// HTML validity of every public page (and of the stylesheet), checked by the Nu HTML Checker
// (vnu.jar, from the vnu-jar package) in a single Java run over all pages; and the pages'
// links, which must lead to a page of the site that answers, or to an https:// address.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { baseUrl, urlOf, publicPages } from './server.mjs';

const require = createRequire(import.meta.url);
const VNU_JAR = String(require('vnu-jar'));

let workDir;
/** Each checked document: its URL on the server, its status and its temporary file. */
let documents = [];
/** The checker's messages, by temporary file URL. */
const messagesByFile = new Map();

/** Fails with a useful message when no Java runtime is on PATH. */
function requireJava() {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error?.code === 'ENOENT') {
    throw new Error(
      'java is not on PATH: the Nu HTML Checker (vnu.jar) needs a Java runtime. ' +
        'On Debian: apt-get install default-jre-headless',
    );
  }
  if (probe.error || probe.status !== 0) {
    throw new Error(`java -version failed: ${probe.error?.message ?? probe.stderr}`);
  }
}

/** Runs vnu.jar once over all files; resolves to its parsed JSON report. */
function runChecker(files) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'java',
      ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--also-check-css', '--format', 'json', '--exit-zero-always', ...files],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      // vnu writes its JSON report to stderr.
      const text = stderr.trim() || stdout.trim();
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new Error(`the Nu HTML Checker exited ${code} without a JSON report:\n${text.slice(0, 2000)}`));
      }
    });
  });
}

before(async () => {
  baseUrl(); // fails at once, with a clear message, when STRADA_BASE_URL is missing
  requireJava();
  const pages = await publicPages();
  workDir = await mkdtemp(join(tmpdir(), 'strada-vnu-'));
  documents = await Promise.all(
    pages.map(async ({ path, status: expected }, index) => {
      const url = urlOf(path);
      const response = await fetch(url, { redirect: 'manual' });
      const body = await response.text();
      const file = join(workDir, `page-${String(index).padStart(3, '0')}.html`);
      await writeFile(file, body);
      return { path, url, expected, status: response.status, type: response.headers.get('content-type'), file, body };
    }),
  );
  // The stylesheet too: the checker validates CSS files by their extension.
  const home = documents.find((d) => d.path === '/en/');
  const stylesheet = home.body.match(/<link rel="stylesheet" href="([^"]+)"/)?.[1];
  assert.ok(stylesheet, 'the home page links its stylesheet');
  const cssUrl = urlOf(stylesheet);
  const cssResponse = await fetch(cssUrl);
  const cssFile = join(workDir, 'site.css');
  await writeFile(cssFile, await cssResponse.text());
  documents.push({ path: stylesheet, url: cssUrl, expected: 200, status: cssResponse.status, type: cssResponse.headers.get('content-type'), file: cssFile });

  const report = await runChecker(documents.map((d) => d.file));
  for (const message of report.messages ?? []) {
    const key = message.url ?? '';
    if (!messagesByFile.has(key)) {
      messagesByFile.set(key, []);
    }
    messagesByFile.get(key).push(message);
  }
});

after(async () => {
  if (workDir) {
    await rm(workDir, { recursive: true, force: true });
  }
});

/** One readable line per checker message. */
function describe(document, message) {
  const where = message.lastLine != null ? ` line ${message.lastLine}${message.firstColumn ? `:${message.firstColumn}` : ''}` : '';
  const extract = message.extract ? ` near ${JSON.stringify(message.extract.trim().slice(0, 100))}` : '';
  return `${document.url}${where}: ${message.message}${extract}`;
}

test('every public page and the stylesheet are valid for the Nu HTML Checker', async (t) => {
  assert.ok(documents.length > 1, 'there are pages to check');
  const all = [];
  for (const document of documents) {
    await t.test(document.path, () => {
      assert.equal(document.status, document.expected, `${document.url} answered ${document.status}`);
      const isCss = document.file.endsWith('.css');
      assert.match(document.type ?? '', isCss ? /^text\/css/ : /^text\/html;\s*charset=utf-8/i);
      const fileUrl = pathToFileURL(document.file).href;
      const messages = [
        ...(messagesByFile.get(fileUrl) ?? []),
        // vnu names files "file:/tmp/..." (one slash); accept both spellings.
        ...(messagesByFile.get(fileUrl.replace('file:///', 'file:/')) ?? []),
      ].filter((m) => m.type === 'error' || m.type === 'non-document-error' || m.subType === 'fatal');
      const lines = messages.map((m) => describe(document, m));
      all.push(...lines);
      assert.deepEqual(lines, [], `${lines.length} error(s):\n${lines.join('\n')}`);
    });
  }
  // Messages about no file of ours (a checker failure) fail the run too.
  const known = new Set(documents.flatMap((d) => {
    const href = pathToFileURL(d.file).href;
    return [href, href.replace('file:///', 'file:/')];
  }));
  const stray = [...messagesByFile.entries()].filter(([key]) => !known.has(key));
  for (const [key, messages] of stray) {
    for (const message of messages) {
      all.push(`${key || '(no file)'}: ${message.type}: ${message.message}`);
    }
  }
  if (all.length > 0) {
    assert.fail(`${all.length} HTML/CSS error(s) on ${documents.length} documents:\n${all.join('\n')}`);
  }
});

/** The href and src values of a page's HTML (enough for Strada's own markup). */
function linksOf(html) {
  const links = [];
  for (const match of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) {
    links.push(match[1].replaceAll('&amp;', '&'));
  }
  return links;
}

test('every link on the pages leads somewhere: own pages answer 200, others are absolute', async () => {
  const base = baseUrl();
  const problems = [];
  const internal = new Map(); // absolute URL -> the first page that links it
  for (const document of documents.filter((d) => d.body)) {
    const ids = new Set([...document.body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const link of linksOf(document.body)) {
      if (link.startsWith('#')) {
        if (!ids.has(link.slice(1))) {
          problems.push(`${document.url}: the link ${link} names no element of the page`);
        }
      } else if (link.startsWith('tel:')) {
        if (!/^tel:\+?[0-9]+$/.test(link)) {
          problems.push(`${document.url}: the phone link ${link} is not digits only`);
        }
      } else if (/^https:\/\/[^/]+/.test(link)) {
        // Another site: absolute, over HTTPS. Not fetched (the tests use no network).
      } else if (link.startsWith('/') && !link.startsWith('//')) {
        if (!internal.has(base + link)) {
          internal.set(base + link, document.url);
        }
      } else {
        problems.push(`${document.url}: the link ${JSON.stringify(link)} is neither a path of the site nor an https:// address`);
      }
    }
  }
  const targets = [...internal.entries()];
  for (let i = 0; i < targets.length; i += 16) {
    await Promise.all(
      targets.slice(i, i + 16).map(async ([url, from]) => {
        const response = await fetch(url, { redirect: 'manual' });
        await response.arrayBuffer();
        if (response.status !== 200) {
          problems.push(`${from}: the link to ${url} answers ${response.status}`);
        }
      }),
    );
  }
  assert.ok(internal.size > documents.length, 'the pages link each other');
  assert.deepEqual(problems, [], `${problems.length} broken link(s):\n${problems.join('\n')}`);
});
