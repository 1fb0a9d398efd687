// khabar queue submit|worker|collect|status: distributed runs on Redis with BullMQ (khabar/queue).

import { match } from 'ts-pattern';
import { DEFAULT_MAX_INPUT_LENGTH } from '../../analyzer.js';
import type { QueueDocument } from '../../queue/jobs.js';
import { parse, positiveInt, UsageError, oneOf } from '../args.js';
import { readRecords, type InputRecord } from '../input/records.js';
import { installLifecycle, onShutdown } from '../lifecycle.js';
import { Output } from '../output.js';
import { QUEUE_USAGE } from '../usage.js';
import { INPUT_FORMATS } from './analyze.js';

const VERBS = ['submit', 'worker', 'collect', 'status'] as const;

const COMMON = {
  redis: { type: 'string' },
  queue: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

function location(values: { redis?: string; queue?: string }): { redis: string; queue: string } {
  return { redis: values.redis ?? process.env.KHABAR_REDIS ?? 'redis://127.0.0.1:6379', queue: values.queue ?? process.env.KHABAR_QUEUE ?? 'khabar' };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const say = (quiet: boolean, text: string): void => {
  if (!quiet) process.stderr.write(`khabar queue: ${text}\n`);
};

async function submit(argv: string[]): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { ...COMMON, input: { type: 'string' }, field: { type: 'string' }, batch: { type: 'string' }, attempts: { type: 'string' }, reference: { type: 'boolean' }, 'max-input-length': { type: 'string' } },
    'queue submit',
  );
  if (values.help) return help();
  if (positionals.length === 0) throw new UsageError('queue submit: name the files of the corpus ("-" for stdin)', 'queue submit');
  const where = location(values);
  const format = oneOf(values.input, 'input', INPUT_FORMATS, 'auto', 'queue submit');
  const batchSize = positiveInt(values.batch, 'batch', 500, 'queue submit');
  const attempts = positiveInt(values.attempts, 'attempts', 3, 'queue submit');
  const maxInputLength = positiveInt(values['max-input-length'], 'max-input-length', DEFAULT_MAX_INPUT_LENGTH, 'queue submit');
  const quiet = values.quiet === true;
  const { submitDocuments } = await import('../../queue/index.js');
  installLifecycle(new Output(process.stdout), () => {});

  // ids must be unique across submissions: records without one are named file:line
  const records = readRecords(positionals, { format, field: values.field, maxInputLength, alwaysPrefixIds: true });
  async function* documents(): AsyncGenerator<QueueDocument> {
    for await (const record of records) yield toJob(record, values.reference === true);
  }
  const tty = process.stderr.isTTY === true && !quiet;
  const report = await submitDocuments(documents(), {
    ...where,
    batchSize,
    attempts,
    onProgress: (p) => {
      if (tty) process.stderr.write(`\r\x1b[Kkhabar queue: ${p.submitted.toLocaleString('en-US')} documents submitted`);
    },
  });
  if (tty) process.stderr.write('\r\x1b[K');
  process.stdout.write(`submitted ${report.submitted} documents to queue "${where.queue}" at ${where.redis}${report.skipped ? ` (${report.skipped} already analyzed, not submitted again)` : ''}\n`);
  return 0;
}

/** A record as a job: its text, or (--reference) the path of a text file for workers to read. */
function toJob(record: InputRecord, byReference: boolean): QueueDocument {
  if (record.error) return { id: record.id, error: record.error };
  if (byReference && record.path) return { id: record.id, path: record.path };
  return { id: record.id, text: record.text };
}

async function worker(argv: string[]): Promise<number> {
  const { values } = parse(
    argv,
    {
      ...COMMON,
      concurrency: { type: 'string' },
      'lock-duration': { type: 'string' },
      'stalled-interval': { type: 'string' },
      'max-input-length': { type: 'string' },
      'no-tokens': { type: 'boolean' },
      'no-sentences': { type: 'boolean' },
      'exit-when-done': { type: 'boolean' },
    },
    'queue worker',
  );
  if (values.help) return help();
  const where = location(values);
  const quiet = values.quiet === true;
  const { startQueueWorker, queueStatus } = await import('../../queue/index.js');
  installLifecycle(new Output(process.stdout), () => {});
  const worker = await startQueueWorker({
    ...where,
    concurrency: positiveInt(values.concurrency, 'concurrency', 8, 'queue worker'),
    lockDuration: positiveInt(values['lock-duration'], 'lock-duration', 30000, 'queue worker'),
    stalledInterval: positiveInt(values['stalled-interval'], 'stalled-interval', 30000, 'queue worker'),
    maxInputLength: positiveInt(values['max-input-length'], 'max-input-length', DEFAULT_MAX_INPUT_LENGTH, 'queue worker'),
    tokens: values['no-tokens'] !== true,
    sentences: values['no-sentences'] !== true,
    onEvent: (event) =>
      match(event)
        .with({ type: 'completed' }, () => {})
        .with({ type: 'failed' }, (e) => say(quiet, `[${e.id}] ${e.error.code}: ${e.error.message}${e.final ? '' : ' (will be retried)'}`))
        .with({ type: 'stalled' }, (e) => say(quiet, `job ${e.jobId} stalled (its worker stopped): back in the queue`))
        .with({ type: 'error' }, (e) => say(quiet, `error: ${e.message}`))
        .exhaustive(),
  });
  onShutdown(() => worker.close());
  say(quiet, `worker ${process.pid} on queue "${where.queue}" at ${where.redis}`);
  if (!values['exit-when-done']) return new Promise<number>(() => {}); // runs until a signal
  // --exit-when-done: stop once nothing is waiting or running (a dead worker's jobs count as running
  // until the stalled check gives them back)
  for (;;) {
    await sleep(500);
    const status = await queueStatus(where);
    if (status.waiting + status.active + status.delayed === 0) break;
  }
  await worker.close();
  say(quiet, `worker ${process.pid} done: ${worker.processed} documents`);
  return 0;
}

async function collect(argv: string[]): Promise<number> {
  const { values } = parse(argv, { ...COMMON, wait: { type: 'boolean' } }, 'queue collect');
  if (values.help) return help();
  const where = location(values);
  const quiet = values.quiet === true;
  const { queueStatus } = await import('../../queue/index.js');
  const { collectRecords } = await import('../../queue/collect.js');
  const output = new Output(process.stdout);
  installLifecycle(output, () => {});
  if (values.wait) {
    for (;;) {
      const status = await queueStatus(where);
      if (status.waiting + status.active + status.delayed === 0) break;
      await sleep(500);
    }
  }
  let pending = 0;
  let errors = 0;
  for await (const record of collectRecords({ ...where, onPending: () => pending++ })) {
    if (record.failed) errors++;
    const wait = output.write(record.line + '\n');
    if (wait) await wait;
  }
  await output.end();
  if (pending > 0) say(quiet, `${pending} documents are not analyzed yet (left out; run again later, or use --wait)`);
  if (errors > 0) say(quiet, `${errors} documents failed (error records)`);
  return pending > 0 || errors > 0 ? 1 : 0;
}

async function status(argv: string[]): Promise<number> {
  const { values } = parse(argv, { ...COMMON, json: { type: 'boolean' } }, 'queue status');
  if (values.help) return help();
  const where = location(values);
  const { queueStatus } = await import('../../queue/index.js');
  const s = await queueStatus(where);
  if (values.json) process.stdout.write(JSON.stringify(s) + '\n');
  else {
    process.stdout.write(
      [
        `queue "${where.queue}" at ${where.redis}`,
        `submitted  ${s.submitted}`,
        `waiting    ${s.waiting}`,
        `active     ${s.active}`,
        `delayed    ${s.delayed}`,
        `completed  ${s.completed}`,
        `failed     ${s.failed}`,
        `results    ${s.results} stored (${s.results - s.errors} analyses, ${s.errors} errors)`,
      ].join('\n') + '\n',
    );
  }
  return 0;
}

function help(): number {
  process.stdout.write(QUEUE_USAGE);
  return 0;
}

export async function queueCommand(argv: string[]): Promise<number> {
  const verb = argv.at(0);
  if (verb === '--help' || verb === '-h') return help();
  if (verb === undefined) throw new UsageError('queue: name a verb: submit, worker, collect or status', 'queue');
  const rest = argv.slice(1);
  return match(oneOf(verb, 'queue', VERBS, 'status', 'queue'))
    .with('submit', () => submit(rest))
    .with('worker', () => worker(rest))
    .with('collect', () => collect(rest))
    .with('status', () => status(rest))
    .exhaustive();
}
