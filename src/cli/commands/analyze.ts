// khabar analyze [files…]: one output record per input record, in input order.

import { DEFAULT_MAX_INPUT_LENGTH, type AnalyzerConfig } from '../../analyzer.js';
import type { EncoderName } from '../../pipeline/encoders.js';
import { oneOf, parse, positiveInt, type OptionValues } from '../args.js';
import { createSink, OUTPUT_FORMATS, type Sink } from '../formats/sinks.js';
import { readRecords, totalBytes, type InputFormat } from '../input/records.js';
import { installLifecycle } from '../lifecycle.js';
import { Output } from '../output.js';
import { Progress } from '../progress.js';
import { runRecords } from '../run-records.js';
import { ANALYZE_USAGE } from '../usage.js';

export const INPUT_FORMATS = ['auto', 'text', 'jsonl', 'json'] as const satisfies readonly InputFormat[];

export const INPUT_OPTIONS = {
  input: { type: 'string' },
  field: { type: 'string' },
  workers: { type: 'string' },
  'max-input-length': { type: 'string' },
  lexicon: { type: 'string', multiple: true },
  tagger: { type: 'boolean' },
  'no-tagger': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The analyzer config from --max-input-length, --lexicon (repeatable) and --no-tagger (--tagger, the default, is accepted). */
export function analyzerConfig(values: OptionValues<typeof INPUT_OPTIONS>, command: string): AnalyzerConfig {
  return {
    maxInputLength: positiveInt(values['max-input-length'], 'max-input-length', DEFAULT_MAX_INPUT_LENGTH, command),
    lexicons: values.lexicon ?? [],
    tagger: values['no-tagger'] !== true,
  };
}

/** Reports a failed record on stderr, on its own line (clearing the progress bar first). */
export function reportFailure(progress: Progress, id: string, code: string, message: string): void {
  progress.clear();
  process.stderr.write(`khabar: [${id}] ${code}: ${message}\n`);
}

export async function analyzeCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    {
      ...INPUT_OPTIONS,
      format: { type: 'string', short: 'f' },
      'no-tokens': { type: 'boolean' },
      'no-sentences': { type: 'boolean' },
      shape: { type: 'boolean' },
      title: { type: 'string' },
      'exit-zero': { type: 'boolean' },
    },
    'analyze',
  );
  if (values.help) {
    process.stdout.write(ANALYZE_USAGE);
    return 0;
  }
  const format = oneOf(values.format, 'format', OUTPUT_FORMATS, 'jsonl', 'analyze');
  const input = oneOf(values.input, 'input', INPUT_FORMATS, 'auto', 'analyze');
  const workers = positiveInt(values.workers, 'workers', 1, 'analyze');
  const config = analyzerConfig(values, 'analyze');
  const maxInputLength = config.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  const quiet = values.quiet === true;

  const output = new Output(process.stdout);
  const progress = Progress.forStderr(quiet, await totalBytes(positionals));
  installLifecycle(output, () => progress.clear());
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const sink = await createSink(format, output, { shape: values.shape === true, color, title: values.title ?? 'khabar' });
  const records = readRecords(positionals, { format: input, field: values.field, maxInputLength });
  const run = runRecords(records, {
    workers,
    config,
    analyzeOptions: { tokens: values['no-tokens'] !== true, sentences: values['no-sentences'] !== true },
    encoder: sink.encoder,
  });

  let total = 0;
  let failures = 0;
  // the sink takes the outcomes of its own encoder (one run, one sink)
  const write = sink.write.bind(sink) as Sink<EncoderName>['write'];
  for await (const [record, outcome] of run) {
    total++;
    if (outcome.kind === 'failed') {
      failures++;
      if (!quiet) reportFailure(progress, outcome.id, outcome.error.code, outcome.error.message);
    }
    progress.tick(record.bytes, outcome.kind === 'ok');
    const wait = write(record.text ?? '', outcome);
    if (wait) await wait;
  }
  await sink.end();
  progress.clear();
  if (failures > 0 && !quiet) process.stderr.write(`khabar: ${failures} of ${total} records failed\n`);
  return failures > 0 && values['exit-zero'] !== true ? 1 : 0;
}
