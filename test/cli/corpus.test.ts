// khabar corpus: the summary of a corpus, in text and JSON, from text, JSONL and JSON-array files.
import { writeFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { article, articleVariations, jsonl, khabar, tempDir } from './helpers.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

interface Summary {
  documents: number;
  failed: number;
  errors: Record<string, number>;
  tokens: number;
  sentences: number;
  megabytes: number;
  workers: number;
  entitiesByType: Record<string, number>;
  topEntities: { id: string; name: string; type: string; count: number }[];
  topSpeakers: { id: string; name: string; count: number }[];
  quotes: { direct: number; indirect: number; mixed: number; total: number };
}

describe('khabar corpus', () => {
  test('the summary of corpus/article.txt matches its analysis', async () => {
    const run = await khabar(['corpus', 'corpus/article.txt', '--json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as Summary;
    const analysis = analyze(article);
    expect(summary.documents).toBe(1);
    expect(summary.failed).toBe(0);
    expect(summary.tokens).toBe(analysis.tokens.length);
    expect(summary.sentences).toBe(analysis.sentences.length);
    expect(summary.megabytes).toBeCloseTo(Buffer.byteLength(article) / 1e6, 6);
    const byType: Record<string, number> = {};
    for (const e of analysis.entities) byType[e.type] = (byType[e.type] ?? 0) + 1;
    expect(summary.entitiesByType).toEqual(byType);
    expect(summary.topEntities[0]).toEqual({ id: 'country:TR', name: 'تركيا', type: 'COUNTRY', count: analysis.entities.filter((e) => e.id === 'country:TR').length });
    expect(summary.topEntities.length).toBeLessThanOrEqual(20);
    expect(summary.topSpeakers[0]).toMatchObject({ id: 'person:mevlut_cavusoglu', name: 'مولود جاويش أوغلو' });
    expect(summary.quotes.total).toBe(analysis.quotes.length);
    expect(summary.quotes.direct + summary.quotes.indirect + summary.quotes.mixed).toBe(analysis.quotes.length);
  });

  test('the text summary is for people', async () => {
    const run = await khabar(['corpus', 'corpus/article.txt']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^documents {2}1\n/);
    expect(run.stdout).toContain('entities by type');
    expect(run.stdout).toContain('top 20 entities');
    expect(run.stdout).toContain('تركيا  (country:TR, COUNTRY)');
    expect(run.stdout).toContain('speakers');
    expect(run.stdout).toMatch(/quotes {5}\d+: \d+ direct, \d+ indirect, \d+ mixed/);
    expect(run.stderr).toBe('');
  });

  test('a JSON array of SaudiNewsNet records (content, url), JSONL and text files together; 2 workers agree with 1', async () => {
    const docs = articleVariations(40);
    const array = tmp.path('news.json');
    writeFileSync(array, JSON.stringify(docs.slice(0, 30).map((content, i) => ({ source: 'test', url: `https://example.com/${i}`, date_extracted: '2015-07-23', title: `t${i}`, author: null, content }))));
    const lines = tmp.path('more.jsonl');
    writeFileSync(lines, jsonl([...docs.slice(30).map((text, i) => ({ id: `j${i}`, text })), { id: 'bad', text: null }]));
    const text = tmp.path('one.txt');
    writeFileSync(text, docs[0]!);
    const one = await khabar(['corpus', array, lines, text, '--json', '--quiet']);
    const two = await khabar(['corpus', array, lines, text, '--json', '--quiet', '--workers', '2']);
    expect(one.code).toBe(1); // one bad record
    const a = JSON.parse(one.stdout) as Summary & Record<string, unknown>;
    const b = JSON.parse(two.stdout) as Summary & Record<string, unknown>;
    expect(a.documents).toBe(42);
    expect(a.failed).toBe(1);
    expect(a.errors).toEqual({ E_NO_TEXT: 1 });
    const expectedTokens = [...docs, docs[0]!].reduce((n, d) => n + analyze(d).tokens.length, 0);
    expect(a.tokens).toBe(expectedTokens);
    for (const key of ['seconds', 'megabytesPerSecond', 'documentsPerSecond', 'workers']) {
      delete a[key];
      delete b[key];
    }
    expect(b).toEqual(a);
  });
});
