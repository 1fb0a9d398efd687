// The whole pipeline on one core: createAnalyzer (cold, in fresh processes, and warm), analyze on the
// corpora with the default pipeline (the NER model included) and with tagger: false — MB/s and tokens/s
// (best wall time), MB per CPU second (the machine is shared: CPU time is less disturbed by other work),
// heap bytes allocated and GC time per MB of text, and the first (cold) pass; and the linear-time
// check: the time per character of one document of n and of 10·n characters.
import { execFileSync } from 'node:child_process';
import v8 from 'node:v8';
import { createAnalyzer } from '../dist/esm/index.js';
import { measure, mbps, root, table } from './corpora.mjs';

/** createAnalyzer in fresh processes (the cost a CLI run or a worker pays once): best and median of 7. */
function coldStart() {
  const script = "const t0=performance.now(); const k=require('./dist/cjs/index.cjs'); const t1=performance.now(); k.createAnalyzer(); const t2=performance.now(); k.createAnalyzer(); const t3=performance.now(); process.stdout.write(JSON.stringify([t1-t0,t2-t1,t3-t2]))";
  const runs = [];
  for (let i = 0; i < 7; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })));
  const stat = (k) => {
    const xs = runs.map((r) => r[k]).sort((a, b) => a - b);
    return `${xs[0].toFixed(0)} ms (median ${xs[3].toFixed(0)})`;
  };
  return { require: stat(0), first: stat(1), second: stat(2) };
}

/**
 * One pass of `fn` over the corpus, with what it allocated on the JavaScript heap (the growth of the used
 * heap between collections, summed: typed arrays' contents live outside the heap and are not in it) and
 * the time V8 spent collecting garbage, from v8.GCProfiler.
 */
function allocation(fn) {
  const profiler = new v8.GCProfiler();
  profiler.start();
  const before = v8.getHeapStatistics().used_heap_size;
  fn();
  const after = v8.getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  let allocated = 0;
  let previous = before;
  let gcMs = 0;
  for (const gc of statistics) {
    allocated += gc.beforeGC.heapStatistics.usedHeapSize - previous;
    previous = gc.afterGC.heapStatistics.usedHeapSize;
    gcMs += gc.cost / 1000;
  }
  return { allocated: allocated + after - previous, gcMs };
}

export function benchAnalyze(corpora) {
  const start = coldStart();
  const rows = [
    ['createAnalyzer', 'require("khabar") in a fresh process', start.require, '', '', '', ''],
    ['createAnalyzer', 'first, all shipped lexicons and the model (fresh process)', start.first, '', '', '', ''],
    ['createAnalyzer', 'second in the same process', start.second, '', '', '', ''],
  ];
  for (const [label, config] of [['analyze (default)', {}], ['analyze, tagger: false', { tagger: false }]]) {
    const analyzer = createAnalyzer(config);
    for (const { name, docs, bytes } of corpora) {
      const pass = () => docs.reduce((n, d) => n + analyzer.analyze(d).tokens.length, 0);
      const large = bytes > 1e6;
      // the first pass meets every word for the first time: what one pass of a CLI run costs
      let first = '';
      if (large) {
        const t = performance.now();
        pass();
        first = `${mbps(bytes, performance.now() - t).toFixed(1)} MB/s first pass`;
      }
      // a short text needs many rounds before V8 has compiled the analyzer's code
      const { ms, result } = measure(pass, large ? { rounds: 3, minMs: 0 } : { rounds: 300, minMs: 1500 });
      const row = [name, label, `${mbps(bytes, ms).toFixed(1)} MB/s`, `${(result / (ms / 1000) / 1e6).toFixed(2)} Mtokens/s`, '', '', first];
      if (large) {
        const cpuStart = process.cpuUsage();
        pass();
        const cpu = process.cpuUsage(cpuStart);
        const { allocated, gcMs } = allocation(pass);
        const mb = bytes / 1e6;
        row[4] = `${(mb / ((cpu.user + cpu.system) / 1e6)).toFixed(1)} MB/s`;
        row[5] = `${(allocated / 1e6 / mb).toFixed(0)} MB, GC ${(gcMs / mb).toFixed(1)} ms`;
      }
      rows.push(row);
    }
  }
  return table(rows, ['corpus', 'what', 'speed (best wall)', 'tokens', 'per CPU second', 'heap allocated, GC per MB', 'cold']);
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
