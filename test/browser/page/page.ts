// The page of the browser test, bundled by esbuild from 'khabar' as an application would be: it analyzes
// what the test sends, in the page and in a Web Worker (worker.ts), and answers with plain JSON.
/// <reference lib="dom" />
import { analyze, createAnalyzer, KhabarError, type Analysis } from 'khabar';
import { normalize, tokenize } from 'khabar/text';

/** The outcome of a call: its value, or the error it threw as plain data. */
type Outcome<T> = { value: T } | { error: { name: string; code: string | null; message: string; isKhabarError: boolean } };

function attempt<T>(fn: () => T): Outcome<T> {
  try {
    return { value: fn() };
  } catch (error) {
    const e = error as Error & { code?: string };
    return { error: { name: e.name, code: e.code ?? null, message: e.message, isKhabarError: error instanceof KhabarError } };
  }
}

function inWorker(text: string): Promise<Analysis> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Analysis>) => {
      resolve(event.data);
      worker.terminate();
    };
    worker.onerror = (event) => reject(new Error(`worker: ${event.message}`));
    worker.postMessage(text);
  });
}

const run = async (text: string, taggerText: string) => ({
  page: analyze(text),
  worker: await inWorker(text),
  tagger: createAnalyzer({ tagger: true }).analyze(taggerText),
  entries: attempt(() => createAnalyzer({ lexicons: [{ id: 'person:salma_haddad', type: 'PERSON', name: 'سلمى حداد', gender: 'f', source: 'test' }] }).analyze('قالت سلمى حداد في أنقرة').entities),
  lexiconPath: attempt(() => createAnalyzer({ lexicons: ['./mine.jsonl'] })),
  taggerPath: attempt(() => createAnalyzer({ tagger: './model.bin' })),
  text: { normalize: normalize(text), tokens: tokenize(text).length },
});

(window as unknown as { khabar: typeof run }).khabar = run;
