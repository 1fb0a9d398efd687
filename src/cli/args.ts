// Command-line arguments: node:util parseArgs (strict: an unknown option is a usage error), and checks
// that turn option strings into typed values.

import { parseArgs } from 'node:util';

/** A mistake in the command line: reported with the usage, exit status 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

/** The parsed values: a string (a list of them for a repeatable option) or a boolean, absent when not given. */
export type OptionValues<O extends OptionSpec> = {
  [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : O[K]['multiple'] extends true ? string[] : string;
};

export function parse<const O extends OptionSpec>(argv: string[], options: O, command: string): { values: OptionValues<O>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as OptionValues<O>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message, command);
  }
}

export function positiveInt(value: string | undefined, name: string, fallback: number, command: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer, got "${value}"`, command);
  return n;
}

export function oneOf<const C extends readonly string[]>(value: string | undefined, name: string, choices: C, fallback: C[number], command: string): C[number] {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got "${value}"`, command);
  return value as C[number];
}
