// khabar corpus <files…>: a whole corpus through the analyzer, ending with a summary.

import { DEFAULT_MAX_INPUT_LENGTH } from '../../analyzer.js';
import { oneOf, parse, positiveInt, UsageError } from '../args.js';
import { CorpusTally, formatSummary } from '../corpus-stats.js';
import { readRecords, totalBytes } from '../input/records.js';
import { installLifecycle } from '../lifecycle.js';
import { Output } from '../output.js';
import { Progress } from '../progress.js';
import { runRecords } from '../run-records.js';
import { CORPUS_USAGE } from '../usage.js';
import { analyzerConfig, INPUT_FORMATS, INPUT_OPTIONS, reportFailure } from './analyze.js';

export async function corpusCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...INPUT_OPTIONS, json: { type: 'boolean' } }, 'corpus');
  if (values.help) {
    process.stdout.write(CORPUS_USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('corpus: name the files of the corpus ("-" for stdin)', 'corpus');
  const input = oneOf(values.input, 'input', INPUT_FORMATS, 'auto', 'corpus');
  const workers = positiveInt(values.workers, 'workers', 1, 'corpus');
  const config = analyzerConfig(values, 'corpus');
  const maxInputLength = config.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  const quiet = values.quiet === true;

  const started = performance.now();
  const output = new Output(process.stdout);
  const progress = Progress.forStderr(quiet, await totalBytes(positionals));
  installLifecycle(output, () => progress.clear());
  const tally = new CorpusTally();
  const records = readRecords(positionals, { format: input, field: values.field, maxInputLength });
  for await (const [record, outcome] of runRecords(records, { workers, config, analyzeOptions: {}, encoder: 'stats' })) {
    if (outcome.kind === 'ok') tally.add(outcome.value, Buffer.byteLength(record.text ?? ''));
    else {
      tally.fail(outcome.error.code);
      if (!quiet) reportFailure(progress, outcome.id, outcome.error.code, outcome.error.message);
    }
    progress.tick(record.bytes, outcome.kind === 'ok');
  }
  progress.clear();
  const summary = tally.summary((performance.now() - started) / 1000, workers);
  output.write(values.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary));
  await output.end();
  return summary.failed > 0 ? 1 : 0;
}
