// The whole pipeline on one core: createAnalyzer (cold, in a fresh process, and warm), analyze on the
// corpora (MB/s, tokens/s), with the statistical tagger off (the default) and on; and the linear-time
// check: the time per character of one document of n and of 10·n characters.
import { execFileSync } from 'node:child_process';
import { createAnalyzer } from '../dist/esm/index.js';
import { measure, mbps, root, table } from './corpora.mjs';

/** createAnalyzer in a fresh process: the cost a CLI run or a worker pays once. */
function coldStart() {
  const script = "const t0=performance.now(); const k=require('./dist/cjs/index.cjs'); const t1=performance.now(); k.createAnalyzer(); const t2=performance.now(); k.createAnalyzer(); const t3=performance.now(); process.stdout.write(JSON.stringify([t1-t0,t2-t1,t3-t2]))";
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })));
  const best = (k) => Math.min(...runs.map((r) => r[k]));
  return { require: best(0), first: best(1), second: best(2) };
}

export function benchAnalyze(corpora) {
  const start = coldStart();
  const rows = [
    ['createAnalyzer', 'require("khabar") in a fresh process', `${start.require.toFixed(0)} ms`, '', ''],
    ['createAnalyzer', 'first, all shipped lexicons (fresh process)', `${start.first.toFixed(0)} ms`, '', ''],
    ['createAnalyzer', 'second in the same process', `${start.second.toFixed(0)} ms`, '', ''],
  ];
  for (const [label, config] of [['analyze (default)', {}], ['analyze, tagger on', { tagger: true }]]) {
    const analyzer = createAnalyzer(config);
    for (const { name, docs, bytes } of corpora) {
      const { ms, result } = measure(() => docs.reduce((n, d) => n + analyzer.analyze(d).tokens.length, 0), bytes > 1e6 ? { rounds: 3, minMs: 0 } : {});
      rows.push([name, label, `${mbps(bytes, ms).toFixed(1)} MB/s`, `${(result / (ms / 1000) / 1e6).toFixed(2)} Mtokens/s`, `${ms.toFixed(0)} ms`]);
    }
  }
  return table(rows, ['corpus', 'what', 'speed', 'tokens', 'best time']);
}

/** n persons with names no lexicon knows, each quoted by the family name and by a role (coref's look-ups). */
function persons(n) {
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const family = (i) => letters[i % 28] + letters[Math.floor(i / 28) % 28] + letters[Math.floor(i / 784) % 28] + 'اوي';
  return Array.from({ length: n }, (_, i) => `وقال أحمد ${family(i)} إن كذا. وأضاف ${family(i)}: «نعم». وقال الوزير إن كذا.`).join('\n');
}

/** One document of n and of 10·n characters (news text repeated): the time per character must stay flat. */
export function benchLinearity(corpora) {
  const analyzer = createAnalyzer();
  const source = corpora[corpora.length - 1].docs.slice(0, 200).join('\n\n');
  const rows = [];
  for (const n of [100_000, 1_000_000]) {
    const text = source.repeat(Math.ceil((10 * n) / source.length)).slice(0, 10 * n);
    const small = text.slice(0, n);
    const a = measure(() => analyzer.analyze(small, { tokens: false }), { rounds: 3, minMs: 0 }).ms;
    const b = measure(() => analyzer.analyze(text, { tokens: false }), { rounds: 2, minMs: 0 }).ms;
    const per = (ms, chars) => (ms * 1e6) / chars;
    rows.push([`${n.toLocaleString('en')} / ${(10 * n).toLocaleString('en')} chars`, `${per(a, n).toFixed(0)} ns/char`, `${per(b, 10 * n).toFixed(0)} ns/char`, (per(b, 10 * n) / per(a, n)).toFixed(2)]);
  }
  const hostile = [
    ['50,000 opening guillemets', (k) => 'قال الوزير ' + '«'.repeat(k)],
    ['speech verbs and complementizers', (k) => 'قال إن '.repeat(k / 7)],
    ['a.a.a… (address-like)', (k) => 'a.'.repeat(k / 2) + '@x.com'],
    ['"according to" clauses without a full stop', (k) => 'وقعت أحداث في المدينة، بحسب ما أفاد مسؤول، '.repeat(Math.ceil(k / 42))],
    ['persons quoted by family name and by role', (k) => persons(Math.ceil(k / 90))],
  ];
  for (const [name, make] of hostile) {
    const small = make(50_000);
    const large = make(500_000);
    const a = measure(() => analyzer.analyze(small, { tokens: false }), { rounds: 2, minMs: 0 }).ms;
    const b = measure(() => analyzer.analyze(large, { tokens: false }), { rounds: 1, minMs: 0 }).ms;
    rows.push([`${name}: 50k / 500k chars`, `${((a * 1e6) / small.length).toFixed(0)} ns/char`, `${((b * 1e6) / large.length).toFixed(0)} ns/char`, (((b * 1e6) / large.length) / ((a * 1e6) / small.length)).toFixed(2)]);
  }
  return table(rows, ['document', 'time per char (n)', 'time per char (10·n)', 'ratio']);
}
