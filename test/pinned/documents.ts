// The documents whose analysis is pinned (pinned.test.ts): the bundled article, the gold texts of
// corpus/gold/, and generated text, deterministic, built from the words of those texts with the marks
// that steer the stages (quote marks, colons, dashes, line breaks). No SaudiNewsNet text: it cannot be
// committed.
import { readFileSync } from 'node:fs';

const read = (path: string): string => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** mulberry32: a small seeded generator, so the generated documents never change. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The CoNLL gold documents as text: a sentence a line, tokens joined by spaces. */
function conllDocuments(text: string): { name: string; text: string }[] {
  const docs: { name: string; text: string }[] = [];
  let name = '';
  let lines: string[] = [];
  let words: string[] = [];
  const flush = (): void => {
    if (words.length) lines.push(words.join(' '));
    words = [];
  };
  const close = (): void => {
    flush();
    if (name && lines.length) docs.push({ name, text: lines.join('\n') });
    lines = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('# doc ')) {
      close();
      name = `ner-news.conll/${line.slice(6).trim()}`;
    } else if (line.trim() === '') flush();
    else words.push(line.split(' ')[0]);
  }
  close();
  return docs;
}

/** The name of the last document: all the others in one. */
export const ALL = 'all-in-one';

export function pinnedDocuments(): { name: string; text: string }[] {
  const docs = [{ name: 'corpus/article.txt', text: read('corpus/article.txt') }];
  for (const line of read('corpus/gold/quotes.jsonl').split('\n')) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: string; title?: string; text: string };
    docs.push({ name: `quotes.jsonl/${record.id}`, text: record.title ? `${record.title}\n${record.text}` : record.text });
  }
  docs.push(...conllDocuments(read('corpus/gold/ner-news.conll')));
  // generated: words of the texts above in a random order, with marks, short and long
  const words = docs.flatMap((d) => d.text.split(/\s+/).filter(Boolean));
  const marks = ['،', '.', ':', '«', '»', '"', '-', '–', '(', ')', '\n', '\n\n', 'قال', 'وقال', 'إن', 'أن', 'الرياض -'];
  const next = random(13);
  for (let d = 0; d < 40; d++) {
    const length = 20 + Math.floor(next() * (d < 36 ? 600 : 6000));
    const out: string[] = [];
    for (let k = 0; k < length; k++) {
      const r = next();
      if (r < 0.12) out.push(marks[Math.floor(next() * marks.length)]);
      // runs of consecutive words keep names and quotations whole
      else if (r < 0.2) {
        const start = Math.floor(next() * words.length);
        out.push(...words.slice(start, start + 2 + Math.floor(next() * 12)));
      } else out.push(words[Math.floor(next() * words.length)]);
    }
    docs.push({ name: `generated/${d}`, text: out.join(' ').replace(/ \n /g, '\n') });
  }
  // all of the above as one document
  docs.push({ name: ALL, text: docs.map((d) => d.text).join('\n\n') });
  return docs;
}
