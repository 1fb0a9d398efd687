// analyzeMany over the articles of SaudiNewsNet JSON files (bench/pipeline.mjs runs it as a process):
//   node bench/many.mjs CONCURRENCY FILE…
// Reads every file first (not timed apart: the pipeline's own reading is in the CLI figures), then runs
// analyzeMany with the default options (tokens and sentences included) and prints the token count.
import { readFileSync } from 'node:fs';
import { analyzeMany } from '../dist/esm/index.js';

const [concurrency, ...files] = process.argv.slice(2);
const docs = files.flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).map((a) => a.content).filter((t) => typeof t === 'string'));
let tokens = 0;
for await (const r of analyzeMany(docs, { concurrency: Number(concurrency) })) if (r.analysis) tokens += r.analysis.tokens.length;
process.stdout.write(`${tokens}\n`);
