// npm run bench: throughput of every stage on the bundled article and the SaudiNewsNet corpus.
import { cpus, loadavg } from 'node:os';
import { loadCorpora } from './corpora.mjs';
import { benchTokenize } from './tokenize.mjs';
import { benchAnalyze, benchLinearity } from './analyze.mjs';
import { benchPackage } from './package.mjs';
import { benchPipeline } from './pipeline.mjs';
import { benchQueue } from './queue.mjs';

const corpora = loadCorpora();
console.log(`khabar benchmarks — node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const c of corpora) console.log(`  ${c.name}: ${(c.bytes / 1e6).toFixed(2)} MB UTF-8`);
console.log('\n## Normalization and tokenization (one core)\n');
console.log(benchTokenize(corpora));
console.log('\n## The whole pipeline: createAnalyzer and analyze (one core)\n');
console.log(benchAnalyze(corpora));
console.log('\n## Linear time: one document of n and of 10·n characters\n');
console.log(benchLinearity(corpora));
console.log('\n## The pipeline on many documents: workers, processes, analyzeMany, memory (SaudiNewsNet)\n');
console.log(await benchPipeline());
console.log('\n## khabar queue: worker processes on one Redis (SaudiNewsNet)\n');
console.log(await benchQueue());
console.log('\n## The npm package\n');
console.log(benchPackage());
console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
