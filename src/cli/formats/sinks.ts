// The output formats of `khabar analyze`: each takes the records in input order and writes them. A
// format names the encoder its records need, so workers do the encoding where they can.

import { match } from 'ts-pattern';
import type { Encoded, EncoderName } from '../../pipeline/encoders.js';
import type { Outcome } from '../../pipeline/outcome.js';
import type { DocumentError } from '../../pipeline/types.js';
import type { Analysis } from '../../types.js';
import type { Output } from '../output.js';
import { conllError } from './conll.js';

export const OUTPUT_FORMATS = ['jsonl', 'json', 'pretty', 'html', 'conll'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface SinkOptions {
  shape: boolean;
  color: boolean;
  title: string;
}

export interface Sink<K extends EncoderName> {
  encoder: K;
  /** Writes one record; a promise means: wait before the next (backpressure). */
  write(text: string, outcome: Outcome<Encoded[K]>): Promise<void> | null;
  end(): Promise<void>;
}

export type AnySink = Sink<'record'> | Sink<'conll'> | Sink<'analysis'>;

/** The JSON of a failed record: `{"id":…,"error":{"code":…,"message":…}}`. */
export const errorRecord = (id: string, error: DocumentError): string => JSON.stringify({ id, error: { code: error.code, message: error.message } });

function jsonl(out: Output): Sink<'record'> {
  return {
    encoder: 'record',
    write: (_text, o) => out.write((o.kind === 'ok' ? o.value : errorRecord(o.id, o.error)) + '\n'),
    end: () => out.end(),
  };
}

/** One JSON array, streamed: `[`, the records separated by commas, `]`. */
function json(out: Output): Sink<'record'> {
  let first = true;
  return {
    encoder: 'record',
    write(_text, o) {
      const record = o.kind === 'ok' ? o.value : errorRecord(o.id, o.error);
      const lead = first ? '[\n' : ',\n';
      first = false;
      return out.write(lead + record);
    },
    end() {
      out.write(first ? '[]\n' : '\n]\n');
      return out.end();
    },
  };
}

function conll(out: Output): Sink<'conll'> {
  return {
    encoder: 'conll',
    write: (_text, o) => out.write(o.kind === 'ok' ? o.value : conllError(o.id, o.error)),
    end: () => out.end(),
  };
}

// The renderers (and the shaping libraries behind them) are loaded only for the formats that use them.
async function pretty(out: Output, options: SinkOptions): Promise<Sink<'analysis'>> {
  const { renderPretty } = await import('../../report/terminal.js');
  const rule = (id: string): string => `── ${id} ${'─'.repeat(Math.max(3, 60 - id.length))}\n`;
  return {
    encoder: 'analysis',
    write(text, o) {
      const body = o.kind === 'ok' ? renderPretty(text, o.value, { shape: options.shape, color: options.color }) : `error ${o.error.code}: ${o.error.message}\n`;
      return out.write(rule(o.id) + body + (body.endsWith('\n') ? '' : '\n') + '\n');
    },
    end: () => out.end(),
  };
}

/** One self-contained page for all documents: it can only be written at the end. Failed documents
 *  are reported on stderr (and in the exit status), as the page shows analyses. */
async function html(out: Output, options: SinkOptions): Promise<Sink<'analysis'>> {
  const { renderHtml } = await import('../../report/html.js');
  const docs: { id: string; text: string; analysis: Analysis }[] = [];
  return {
    encoder: 'analysis',
    write(text, o) {
      if (o.kind === 'ok') docs.push({ id: o.id, text, analysis: o.value });
      return null;
    },
    end() {
      out.write(renderHtml(docs, { title: options.title }));
      return out.end();
    },
  };
}

export async function createSink(format: OutputFormat, out: Output, options: SinkOptions): Promise<AnySink> {
  return match(format)
    .returnType<AnySink | Promise<AnySink>>()
    .with('jsonl', () => jsonl(out))
    .with('json', () => json(out))
    .with('conll', () => conll(out))
    .with('pretty', () => pretty(out, options))
    .with('html', () => html(out, options))
    .exhaustive();
}
