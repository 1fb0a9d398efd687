// npm run demo: analyzes the bundled article and prints what khabar found, readably.
import { readFileSync } from 'node:fs';
import { analyze } from '../dist/esm/index.js';

const path = new URL('../corpus/article.txt', import.meta.url);
const text = readFileSync(path, 'utf8');
const started = performance.now();
const result = analyze(text);
const ms = (performance.now() - started).toFixed(1);

console.log(`corpus/article.txt: ${text.length} characters, language ${result.language}, analyzed in ${ms} ms`);
console.log(`${result.tokens.length} tokens, ${result.sentences.length} sentences, ${result.entities.length} entities, ${result.quotes.length} quotes\n`);
console.log('Sentences:');
result.sentences.forEach((s, i) => console.log(`  ${String(i + 1).padStart(2)} [${s.start}–${s.end}] ${s.text}`));
if (result.entities.length) {
  console.log('\nEntities:');
  for (const e of result.entities) console.log(`  [${e.start}–${e.end}] ${e.text}  ${e.type}${e.form === 'adjective' ? ' (adjective)' : ''} → ${e.name} (${e.id}, ${e.source})`);
}
if (result.quotes.length) {
  console.log('\nQuotes:');
  for (const q of result.quotes) {
    const who = q.speaker ? `${q.speaker.name} (${q.speaker.resolution})` : 'unknown speaker';
    console.log(`  ${q.kind} — ${who}${q.cue ? ` — cue ${q.cue.text}` : ''}${q.source ? ` — source ${q.source.name}` : ''}\n    ${q.text}`);
  }
}
