// The pipeline on many documents, as real processes on the four SaudiNewsNet files beside the project
// (../shared/corpora/saudinewsnet*/, 17 MB of text; skipped when they are absent):
//  - `khabar corpus --workers 1`, `--workers 2`, and two independent `--workers 1` processes each on half
//    of the files (what the pool is measured against);
//  - `analyzeMany` with concurrency 1 and 2 (bench/many.mjs), tokens included as by default;
//  - the peak RSS of `khabar corpus --workers 2` on the corpus and on the corpus twice over (memory must
//    stay bounded as the input grows).
// The commands alternate (1, 2, two processes, 1, 2, …) so that a burst of other work on the shared
// machine does not land on one side only; the best and the median wall time of each are printed, and the
// CPU seconds the process used (all its threads; /proc, Linux), which other work on the machine disturbs less.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, table } from './corpora.mjs';

const main = join(root, 'dist/esm/cli/main.js');
const many = join(root, 'bench/many.mjs');
const corpusDirs = ['saudinewsnet', 'saudinewsnet-dev'].map((d) => join(root, '../shared/corpora', d));

/** The JSON files of the SaudiNewsNet folders, sorted. */
export function corpusFiles() {
  return corpusDirs.filter(existsSync).flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)));
}

/** The peak resident set of a running process (VmHWM, Linux), or null where /proc has none. */
function peakRss(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
    return line ? Number(line.split(/\s+/)[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** The CPU seconds (user + system, all its threads) a running process has used so far (Linux), or null. */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime and stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/** Runs node with `args`; resolves with its wall time, its stdout and its peak RSS (read until it exits). */
function run(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = null;
    let cpu = null;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    // read until it exits: the last reading is at most one interval before the end
    const poll = setInterval(() => {
      peak = peakRss(child.pid) ?? peak;
      cpu = cpuSeconds(child.pid) ?? cpu;
    }, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`node ${args.join(' ')} failed (${code}): ${stderr}`));
      else resolve({ ms, stdout, peak, cpu });
    });
  });
}

const corpus = (files, workers) => run([main, 'corpus', ...files, '--workers', String(workers), '--json', '--quiet']);

/** Two `--workers 1` processes at once, each on half of the files. */
async function twoProcesses(files) {
  const started = performance.now();
  const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)];
  const runs = await Promise.all(halves.map((half) => corpus(half, 1)));
  return { ms: performance.now() - started, peak: runs.reduce((s, r) => s + (r.peak ?? 0), 0) || null, cpu: runs.every((r) => r.cpu !== null) ? runs.reduce((s, r) => s + r.cpu, 0) : null };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (bytes) => (bytes === null ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MiB`);

export async function benchPipeline({ rounds = 3 } = {}) {
  const files = corpusFiles();
  if (files.length === 0) return `(skipped: no SaudiNewsNet files in ${corpusDirs.join(', ')})`;
  await corpus([join(root, 'corpus/article.txt')], 1); // node and the package in the disk cache
  const commands = {
    'khabar corpus --workers 1': () => corpus(files, 1),
    'khabar corpus --workers 2': () => corpus(files, 2),
    'two `--workers 1` processes, half the files each': () => twoProcesses(files),
    'analyzeMany, concurrency 1': () => run([many, '1', ...files]),
    'analyzeMany, concurrency 2': () => run([many, '2', ...files]),
  };
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const cpus = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const peaks = {};
  let summary;
  for (let r = 0; r < rounds; r++) {
    for (const [name, command] of Object.entries(commands)) {
      const result = await command();
      times[name].push(result.ms);
      if (result.cpu !== null) cpus[name].push(result.cpu);
      peaks[name] = Math.max(peaks[name] ?? 0, result.peak ?? 0) || null;
      if (name === 'khabar corpus --workers 1') summary = JSON.parse(result.stdout);
    }
  }
  const best = (name) => Math.min(...times[name]);
  const rows = Object.keys(commands).map((name) => [
    name,
    summary.documents,
    (summary.megabytes / (best(name) / 1000)).toFixed(2),
    (best(name) / 1000).toFixed(2),
    (median(times[name]) / 1000).toFixed(2),
    cpus[name].length ? median(cpus[name]).toFixed(1) : 'n/a',
    mb(peaks[name]),
  ]);
  const ratio = (a, b) => `${(best(b) / best(a)).toFixed(2)}× (median ${(median(times[b]) / median(times[a])).toFixed(2)}×)`;
  rows.push(['speed-up, corpus 2 workers / 1', '', ratio('khabar corpus --workers 2', 'khabar corpus --workers 1'), '', '', '', '']);
  rows.push(['speed-up, two processes / one', '', ratio('two `--workers 1` processes, half the files each', 'khabar corpus --workers 1'), '', '', '', '']);
  rows.push(['speed-up, analyzeMany 2 / 1', '', ratio('analyzeMany, concurrency 2', 'analyzeMany, concurrency 1'), '', '', '', '']);
  // memory as the input grows: the same files twice over
  const twice = await corpus([...files, ...files], 2);
  rows.push([`khabar corpus --workers 2, the files twice (${(2 * summary.megabytes).toFixed(1)} MB)`, 2 * summary.documents, (2 * summary.megabytes / (twice.ms / 1000)).toFixed(2), (twice.ms / 1000).toFixed(2), '', twice.cpu === null ? 'n/a' : twice.cpu.toFixed(1), mb(twice.peak)]);
  return [
    `${files.length} files, ${summary.documents} documents, ${summary.megabytes.toFixed(1)} MB of text; ${rounds} rounds, alternating`,
    '',
    table(rows, ['command (real processes, start-up included)', 'documents', 'MB/s (best)', 'best s', 'median s', 'CPU s (median)', 'peak RSS']),
  ].join('\n');
}
