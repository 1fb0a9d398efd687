// `khabar corpus` with one and with two worker threads
// as real processes on the SaudiNewsNet JSON files (skipped when they are absent). The process timings
// include node's start and the lexicons' compilation; the start-up row (the same command on one short
// article) shows that fixed cost, and "excluding start-up" takes it out.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, saudiDir, table } from './corpora.mjs';

const main = join(root, 'dist/esm/cli/main.js');

/** Best wall time of `rounds` runs of `khabar …args`, with the summary the last run printed. */
function timeCommand(args, rounds) {
  let best = Infinity;
  let summary;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, [main, ...args, '--json', '--quiet'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - started;
    if (run.status !== 0) throw new Error(`khabar ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
    summary = JSON.parse(run.stdout);
    best = Math.min(best, ms);
  }
  return { ms: best, summary };
}

/** `khabar corpus --workers 1` against `--workers 2` on the SaudiNewsNet files. The runs alternate
 *  (1, 2, 1, 2, …) and the best of each is kept, so a burst of other work on the machine does not
 *  land on one side only. */
export function benchPipeline({ rounds = 3 } = {}) {
  if (!existsSync(saudiDir)) return `(skipped: ${saudiDir} is not there)`;
  const files = readdirSync(saudiDir).filter((f) => f.endsWith('.json')).sort().map((f) => join(saudiDir, f));
  if (files.length === 0) return `(skipped: no .json files in ${saudiDir})`;
  const article = join(root, 'corpus/article.txt');
  const best = { 1: { ms: Infinity, startup: Infinity }, 2: { ms: Infinity, startup: Infinity } };
  let summary;
  for (let r = 0; r < rounds; r++) {
    for (const workers of [1, 2]) {
      best[workers].startup = Math.min(best[workers].startup, timeCommand(['corpus', article, '--workers', String(workers)], 1).ms);
      const run = timeCommand(['corpus', ...files, '--workers', String(workers)], 1);
      best[workers].ms = Math.min(best[workers].ms, run.ms);
      summary = run.summary;
    }
  }
  const rows = [];
  const seconds = {};
  const steady = {};
  for (const workers of [1, 2]) {
    seconds[workers] = best[workers].ms / 1000;
    steady[workers] = (best[workers].ms - best[workers].startup) / 1000;
    rows.push([
      `khabar corpus --workers ${workers}`,
      summary.documents,
      (summary.documents / seconds[workers]).toFixed(0),
      (summary.megabytes / seconds[workers]).toFixed(2),
      seconds[workers].toFixed(2),
      (best[workers].startup / 1000).toFixed(2),
      (summary.documents / steady[workers]).toFixed(0),
      (summary.megabytes / steady[workers]).toFixed(2),
    ]);
  }
  rows.push(['speed-up, 2 workers / 1', '', `${(seconds[1] / seconds[2]).toFixed(2)}×`, '', '', '', `${(steady[1] / steady[2]).toFixed(2)}×`, '']);
  return table(rows, ['command (real processes)', 'documents', 'documents/s', 'MB/s', 'wall s', 'start-up s', 'documents/s excl. start-up', 'MB/s excl. start-up']);
}
