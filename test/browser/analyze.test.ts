// khabar in a real browser (Debian's headless chromium through playwright-core), served from localhost:
// a page bundled by esbuild from 'khabar' (the package's "browser" entry, as an application would bundle
// it) analyzes the seed article in the page and in a Web Worker, and so does dist/browser/khabar.js in a
// plain <script type="module"> without a bundler. Every analysis must be exactly Node's.
/// <reference lib="dom" />
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { analyze, createAnalyzer, normalize, tokenize, type Analysis, type Entity } from '../../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const root = process.cwd();
const article = readFileSync(join(root, 'corpus/article.txt'), 'utf8');
// the seed article gives the tagger nothing to add; this sentence does (كوستاس بيتراكيس, a person no
// lexicon lists, after a word the rules take for no title)
const taggerText = `${article}\n\nوالتقى الوزير بنظيره كوستاس بيتراكيس في أثينا.`;

interface ErrorData {
  name: string;
  code: string | null;
  message: string;
  isKhabarError: boolean;
}
type Outcome<T> = { value: T } | { error: ErrorData };
interface BundledResults {
  page: Analysis;
  worker: Analysis;
  tagger: Analysis;
  entries: Outcome<Entity[]>;
  lexiconPath: Outcome<unknown>;
  taggerPath: Outcome<unknown>;
  text: { normalize: string; tokens: number };
}

let dir: string;
let server: Server;
let origin: string;
let context: BrowserContext;
let metafile: Metafile;

/** Serves each URL prefix from its folder (GET only, nothing outside the folders). */
function serve(routes: Record<string, string>): Promise<void> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const prefix = Object.keys(routes).find((p) => path.startsWith(p));
    const file = prefix === undefined ? '' : resolve(routes[prefix]!, path.slice(prefix.length));
    if (prefix === undefined || !file.startsWith(routes[prefix]! + sep) || !existsSync(file) || !types[extname(file)]) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)]! }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done()));
}

/** Opens `path` in a new page; returns the page, the URLs it requested and any console message or error. */
async function open(path: string): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('worker', (worker) => worker.on('console', (message) => problems.push(`worker console ${message.type()}: ${message.text()}`)));
  page.on('console', (message) => problems.push(`console ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForFunction(() => 'khabar' in window);
  return { page, requests, problems };
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  dir = mkdtempSync(join(tmpdir(), 'khabar-browser-'));
  // 'khabar' resolves to this package (self-reference) through its exports, with the "browser" condition
  const result = await build({
    entryPoints: { page: join(root, 'test/browser/page/page.ts'), worker: join(root, 'test/browser/page/worker.ts') },
    outdir: join(dir, 'app'),
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    metafile: true,
    logLevel: 'silent',
  });
  metafile = result.metafile;
  writeFileSync(join(dir, 'app/index.html'), '<!doctype html><html lang="ar"><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="page.js"></script></head><body></body></html>');
  await serve({ '/app/': join(dir, 'app'), '/plain/': join(root, 'test/browser/page'), '/dist/': join(root, 'dist') });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 60000,
  });
});

afterAll(async () => {
  await context?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const expected = analyze(article);

test('the seed article has entities and quotes to compare', () => {
  expect(expected.entities.length).toBeGreaterThan(50);
  expect(expected.quotes.length).toBeGreaterThan(5);
  expect(expected.quotes.filter((q) => q.speaker !== null).length).toBeGreaterThan(5);
});

describe('bundled by esbuild for the browser', () => {
  let results: BundledResults;
  let requests: string[];
  let problems: string[];

  beforeAll(async () => {
    const opened = await open('/app/index.html');
    ({ requests, problems } = opened);
    results = await opened.page.evaluate(
      ([text, tagged]) => (window as unknown as { khabar(t: string, tagged: string): Promise<BundledResults> }).khabar(text, tagged),
      [article, taggerText],
    );
  });

  test('the bundle is the core with the data modules: no Node module, no Node-only part', () => {
    const inputs = Object.keys(metafile.inputs);
    for (const file of ['dist/esm/core.js', 'dist/esm/text.js', 'dist/esm/platform/browser/data.js', 'dist/esm/platform/browser/utf16.js', 'dist/esm/data/built-lexicons.js', 'dist/esm/data/built-models.js']) {
      expect(inputs).toContain(file);
    }
    expect(inputs.filter((f) => /platform\/node|pipeline|cli\/|queue|report\/|^node:/.test(f))).toEqual([]);
  });

  test('in the page: exactly Node’s analysis of the seed article', () => {
    expect(results.page).toEqual(expected);
  });

  test('in a Web Worker: exactly Node’s analysis', () => {
    expect(results.worker).toEqual(expected);
  });

  test('with the shipped tagger model, decoded in the page: exactly Node’s', () => {
    const tagged = createAnalyzer({ tagger: true }).analyze(taggerText);
    expect(results.tagger).toEqual(tagged);
    // the model is really in use (it is the default): it finds a name the lexicons and rules do not know
    expect(tagged).toEqual(analyze(taggerText));
    expect(tagged.entities.map((e) => e.text)).toContain('كوستاس بيتراكيس');
    expect(createAnalyzer({ tagger: false }).analyze(taggerText).entities.map((e) => e.text)).not.toContain('كوستاس بيتراكيس');
  });

  test('entries as lexicons work; a file path is a typed KhabarError (E_OPTION)', () => {
    const mine = createAnalyzer({ lexicons: [{ id: 'person:salma_haddad', type: 'PERSON', name: 'سلمى حداد', gender: 'f', source: 'test' }] });
    expect(results.entries).toEqual({ value: mine.analyze('قالت سلمى حداد في أنقرة').entities });
    expect(results.entries).toMatchObject({ value: [{ id: 'person:salma_haddad', text: 'سلمى حداد' }, { id: 'city:TR:ankara' }] });
    expect(results.lexiconPath).toEqual({
      error: {
        name: 'KhabarError',
        code: 'E_OPTION',
        isKhabarError: true,
        message: 'createAnalyzer: the lexicon "./mine.jsonl" is a file path, and files are read by path only in Node; pass its entries instead (parseLexicon turns the text of a JSONL file into entries)',
      },
    });
    expect(results.taggerPath).toMatchObject({ error: { name: 'KhabarError', code: 'E_OPTION', isKhabarError: true } });
  });

  test('khabar/text: Node’s normalization and tokens', () => {
    expect(results.text).toEqual({ normalize: normalize(article), tokens: tokenize(article).length });
  });

  test('nothing fetched but the page’s own files (the data is in the bundle), and no console message', () => {
    expect(requests).toEqual(['/app/index.html', '/app/page.js', '/app/worker.js']);
    expect(problems).toEqual([]);
  });
});

describe('dist/browser/khabar.js in a plain <script type="module">', () => {
  test('in the page and in a module worker: exactly Node’s analysis; the data modules come from dist/esm/data/', async () => {
    const { page, requests, problems } = await open('/plain/plain.html');
    const results = await page.evaluate((text) => (window as unknown as { khabar(t: string): Promise<{ page: Analysis; worker: Analysis }> }).khabar(text), article);
    expect(results.page).toEqual(expected);
    expect(results.worker).toEqual(expected);
    const chunks = requests.filter((r) => /^\/dist\/browser\/chunk-\w+\.js$/.test(r));
    expect(chunks.length).toBeGreaterThan(0);
    expect(new Set(requests)).toEqual(
      new Set(['/plain/plain.html', '/dist/browser/khabar.js', ...chunks, '/dist/esm/data/built-lexicons.js', '/dist/esm/data/built-models.js', '/plain/plain-worker.js']),
    );
    expect(problems).toEqual([]);
  });
});
