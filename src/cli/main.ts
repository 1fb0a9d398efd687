#!/usr/bin/env node
// The khabar command. Each command is loaded only when it runs, so `khabar --version` starts fast and
// the queue's dependencies are loaded by `khabar queue` alone.

import { readFileSync } from 'node:fs';
import { match } from 'ts-pattern';
import { KhabarError } from '../errors.js';
import { UsageError } from './args.js';
import { MAIN_USAGE } from './usage.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

async function run(argv: string[]): Promise<number> {
  const command = argv.at(0);
  const rest = argv.slice(1);
  return match(command)
    .with('analyze', async () => (await import('./commands/analyze.js')).analyzeCommand(rest))
    .with('corpus', async () => (await import('./commands/corpus.js')).corpusCommand(rest))
    .with('eval', async () => (await import('./commands/eval.js')).evalCommand(rest))
    .with('queue', async () => (await import('./commands/queue.js')).queueCommand(rest))
    .with('--version', '-v', () => {
      process.stdout.write(`${version()}\n`);
      return 0;
    })
    .with('--help', '-h', 'help', () => {
      process.stdout.write(MAIN_USAGE);
      return 0;
    })
    .with(undefined, () => {
      throw new UsageError('name a command');
    })
    .otherwise((other) => {
      throw new UsageError(other.startsWith('-') ? `unknown option ${other}` : `unknown command "${other}"`);
    });
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`khabar: ${error.message}\n${error.command ? `Run "khabar ${error.command} --help" for its options.` : MAIN_USAGE}\n`);
    process.exitCode = 2;
  } else if (error instanceof KhabarError) {
    process.stderr.write(`khabar: ${error.code}: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`khabar: unexpected error: ${error instanceof Error ? (process.env.KHABAR_DEBUG ? error.stack : error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
