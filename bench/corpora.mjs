// The texts the benchmarks run on: the bundled article, and the SaudiNewsNet articles beside the
// project (../shared/corpora/saudinewsnet/*.json, field `content`) when they are there.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const saudiDir = join(root, '../shared/corpora/saudinewsnet');

export function loadCorpora() {
  const corpora = [{ name: 'corpus/article.txt', docs: [readFileSync(join(root, 'corpus/article.txt'), 'utf8')] }];
  if (existsSync(saudiDir)) {
    const docs = [];
    for (const file of readdirSync(saudiDir).filter((f) => f.endsWith('.json')).sort()) {
      for (const article of JSON.parse(readFileSync(join(saudiDir, file), 'utf8'))) if (typeof article.content === 'string') docs.push(article.content);
    }
    corpora.push({ name: `saudinewsnet (${docs.length} articles)`, docs });
  }
  for (const c of corpora) c.bytes = c.docs.reduce((sum, d) => sum + Buffer.byteLength(d, 'utf8'), 0);
  return corpora;
}

/** Best of `rounds` timings of fn over the whole corpus (the machine is shared: best is the least noisy). */
export function measure(fn, { rounds = 10, minMs = 300 } = {}) {
  fn(); // warm up
  let best = Infinity;
  let result;
  const started = performance.now();
  for (let r = 0; r < rounds || performance.now() - started < minMs; r++) {
    const t = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t);
    // a small input needs many rounds before V8 has optimized it; a large one stops after `rounds`
    if (r > 20000) break;
  }
  return { ms: best, result };
}

export const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000);

export function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  return [line(headers), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}
