// CoNLL: one token a line, `token TAG`, BIO tags from the entities, a blank line between sentences, each
// document opened by `# doc <id>` (the layout of corpus/gold/ner-news.conll, so eval tools read it).

import { match } from 'ts-pattern';
import type { Analysis, Entity } from '../../types.js';
import type { DocumentError } from '../../pipeline/types.js';

export type ConllClass = 'PERS' | 'LOC' | 'ORG' | 'MISC';

/** The CoNLL class of an entity; adjectives (التركية) and descriptions (الجيش الإسرائيلي) are not names, so they are O. */
export function conllClass(entity: Pick<Entity, 'type' | 'form'>): ConllClass | null {
  if (entity.form !== 'name') return null;
  return match(entity.type)
    .returnType<ConllClass>()
    .with('PERSON', () => 'PERS')
    .with('COUNTRY', 'CITY', 'LOCATION', () => 'LOC')
    .with('ORGANIZATION', () => 'ORG')
    .with('WEAPON', () => 'MISC')
    .exhaustive();
}

// Ids and messages go on one comment line whatever they contain.
const oneLine = (s: string): string => s.replace(/[\r\n]+/g, ' ');

/** One document in CoNLL, ending with a blank line. */
export function conllDocument(id: string, analysis: Pick<Analysis, 'tokens' | 'sentences' | 'entities'>): string {
  const { tokens, sentences, entities } = analysis;
  const classes = entities.map(conllClass);
  const lines: string[] = [`# doc ${oneLine(id)}`];
  let sentence = 0;
  let entity = 0;
  let lastEntity = -1; // the entity that tagged the previous token, for B/I
  for (const token of tokens) {
    // a blank line when the token starts a later sentence
    let crossed = false;
    while (sentence < sentences.length && token.start >= sentences[sentence]!.end) {
      sentence++;
      crossed = true;
    }
    if (crossed && lines[lines.length - 1] !== '' && lines.length > 1) lines.push('');
    while (entity < entities.length && entities[entity]!.end <= token.start) entity++;
    const current = entities[entity];
    const cls = current && current.start < token.end ? classes[entity] : null;
    let tag = 'O';
    if (cls) {
      tag = `${lastEntity === entity ? 'I' : 'B'}-${cls}`;
      lastEntity = entity;
    } else lastEntity = -1;
    lines.push(`${oneLine(token.text)} ${tag}`);
  }
  if (lines[lines.length - 1] !== '') lines.push('');
  return lines.join('\n') + '\n';
}

/** A failed document in CoNLL: its header and the error as comments. */
export function conllError(id: string, error: DocumentError): string {
  return `# doc ${oneLine(id)}\n# error ${error.code}: ${oneLine(error.message)}\n\n`;
}
