// The HTML report in a real browser (Debian's headless chromium through playwright-core): the seed
// article and a hostile document. Checks the DOM the browser built, that nothing ran and nothing was
// fetched, that the stylesheet passed the page's policy, and saves screenshots.
// The page functions below run in the browser: they need the DOM types.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/// <reference lib="es2024.string" />
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { analyze } from '../../src/index.js';
import { renderHtml } from '../../src/report/html.js';
import { ARTICLE } from '../report/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = new URL('./screenshots/', import.meta.url);

const HOSTILE = [
  'خبر عاجل: <script>alert(1)</script> وقال لافروف في موسكو "لا <b>تعليق</b>".',
  `"><img src=x onerror=alert(2)> '><svg onload=alert(3)> </style><style>body{display:none}</style>`,
  `<a href="https://example.com/x.png">رابط</a> <iframe src="https://example.com/"></iframe> &lt;ليس وسما&gt;`,
  `\0 NUL \uD800 منفرد \u202Eأنقرة تركيا\u202C \u2066عزل\r\nنهاية`,
].join('\n\n');

const docs = [
  { id: 'article.txt', text: ARTICLE, analysis: analyze(ARTICLE) },
  { id: `<img src=x onerror=alert(4)>`, text: HOSTILE, analysis: analyze(HOSTILE) },
];

let dir: string;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const dialogs: string[] = [];
const problems: string[] = [];
let url: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  dir = mkdtempSync(join(tmpdir(), 'khabar-browser-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, renderHtml(docs, { title: 'تقرير khabar: اختبار المتصفح' }));
  url = pathToFileURL(file).href;
  // A fresh profile directory per run, removed afterwards.
  context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1100, height: 900 },
    timeout: 60000,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => problems.push(`console ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url, { waitUntil: 'load' });
});

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the HTML report in chromium', () => {
  test('right to left, in Arabic', async () => {
    const page_ = await page.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      html: getComputedStyle(document.documentElement).direction,
      body: getComputedStyle(document.body).direction,
      text: getComputedStyle(document.querySelector('.text p')!).direction,
    }));
    expect(page_).toEqual({ dir: 'rtl', lang: 'ar', html: 'rtl', body: 'rtl', text: 'rtl' });
  });

  test('one highlighted element per entity and per quote, in the order of the analysis', async () => {
    for (const [i, doc] of docs.entries()) {
      const found = await page.evaluate((n) => {
        const text = document.querySelector(`#doc-${n} .text`)!;
        return {
          entities: [...text.querySelectorAll('mark.ent:not(.cont)')].map((m) => `${m.getAttribute('data-type')} ${m.getAttribute('data-id')} ${m.textContent}`),
          quotes: [...text.querySelectorAll('.q:not(.cont)')].map((q) => q.getAttribute('data-kind')),
          pieces: text.querySelectorAll('.cont').length,
        };
      }, i + 1);
      expect(found.entities).toEqual(doc.analysis.entities.map((e) => `${e.type} ${e.id} ${e.text}`));
      expect(found.quotes).toEqual(doc.analysis.quotes.map((q) => q.kind));
      expect(found.pieces).toBe(0);
    }
    expect(docs[0]!.analysis.entities.length).toBeGreaterThan(50);
    expect(docs[1]!.analysis.entities.length).toBeGreaterThan(0);
  });

  test('the text of each document is exactly its text (NUL and lone surrogates as U+FFFD)', async () => {
    for (const [i, doc] of docs.entries()) {
      const text = await page.evaluate((n) => document.querySelector(`#doc-${n} .text`)!.textContent, i + 1);
      expect(text).toBe(doc.text.replaceAll('\0', '\uFFFD').toWellFormed());
    }
  });

  test('names and ids on hover, type labels drawn by the stylesheet', async () => {
    const ankara = await page.evaluate(() => {
      const mark = document.querySelector('#doc-1 .text mark[data-id="city:TR:ankara"]')!;
      const adjective = document.querySelector('#doc-1 .text mark.adj')!;
      const quote = document.querySelector('#doc-1 .text .q')!;
      return {
        title: mark.getAttribute('title'),
        label: getComputedStyle(mark, '::after').content,
        background: getComputedStyle(mark).backgroundColor,
        adjectiveBorder: getComputedStyle(adjective).borderTopStyle,
        quoteLabel: getComputedStyle(quote, '::before').content,
        cue: getComputedStyle(document.querySelector('#doc-1 .text .cue')!).textDecorationLine,
      };
    });
    expect(ankara).toEqual({
      title: 'أنقرة · city:TR:ankara',
      label: '"مدينة"',
      background: 'rgb(224, 208, 247)',
      adjectiveBorder: 'dashed',
      quoteLabel: '"كلام منقول · مولود جاويش أوغلو"',
      cue: 'underline',
    });
  });

  test('hostile text renders as text and runs nothing', async () => {
    const state = await page.evaluate(() => {
      const text = document.querySelector('#doc-2 .text')!;
      return {
        scripts: document.scripts.length,
        images: document.images.length,
        svgs: document.querySelectorAll('svg, iframe, a, img, object, embed, link').length,
        styles: document.querySelectorAll('style').length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        bodyDisplay: getComputedStyle(document.body).display,
        shown: (text as HTMLElement).innerText,
        heading: document.querySelector('#doc-2 h2')!.textContent,
        title: document.title,
      };
    });
    expect(dialogs).toEqual([]);
    expect(state).toMatchObject({ scripts: 0, images: 0, svgs: 0, styles: 1, handlers: 0, bodyDisplay: 'block', title: 'تقرير khabar: اختبار المتصفح' });
    expect(state.shown).toContain('<script>alert(1)</script>');
    expect(state.shown).toContain(`"><img src=x onerror=alert(2)> '><svg onload=alert(3)> </style><style>body{display:none}</style>`);
    expect(state.shown).toContain('<a href="https://example.com/x.png">رابط</a>');
    expect(state.shown).toContain('&lt;ليس وسما&gt;');
    expect(state.heading).toBe('<img src=x onerror=alert(4)>');
  });

  test('no request but the page itself, and no console message (the stylesheet passed the policy)', async () => {
    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
  });

  test('screenshots', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const full = new URL('report.png', SCREENSHOTS);
    const article = new URL('report-article.png', SCREENSHOTS);
    await page.screenshot({ path: full.pathname, fullPage: true });
    await page.locator('#doc-1').screenshot({ path: article.pathname });
    expect(existsSync(full)).toBe(true);
    expect(existsSync(article)).toBe(true);
  });
});
