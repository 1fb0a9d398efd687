// The entity mentions as coref and the quote stage read them: which mention covers each token, and
// whether a name is written as an addressee or a place (لوكالة، بالوزارة، عن X) rather than a subject.

import type { TokenTable } from '../tokens/scan.js';
import type { Mention } from '../entities/layers.js';
import type { EntityLayer } from '../entities/recognize.js';
import { Int32Scratch, Uint8Scratch } from '../scratch.js';
import { W } from '../lexicon/word-class.js';

const TAKEN = new Uint8Scratch();
/** TAKEN's marks of a token a person's name or a nisba covers (1: another entity). */
const PERSON_TAKEN = 2;
const ADJECTIVE_TAKEN = 3;

/**
 * The mentions the quote stage and coref read: the entities, and the persons the rules proposed where the
 * model found nothing (المهندس كمال القبلي، the model trained on ANERcorp may pass over a title's name).
 * They can be speakers and referents without being reported as entities: what the model weighed against
 * them is the entities' precision, not whether someone said something.
 */
export function speakerLayer(layer: EntityLayer): EntityLayer {
  if (layer.candidates === layer.mentions) return layer;
  const taken = TAKEN.take(layer.doc.table.count);
  for (const m of layer.mentions) for (let t = m.first; t <= m.last; t++) taken[t] = m.form === 'adjective' ? ADJECTIVE_TAKEN : m.type === 'PERSON' ? PERSON_TAKEN : 1;
  const free = (m: Mention): boolean => {
    for (let t = m.first; t <= m.last; t++) if (taken[t]) return false;
    // (عبدالله بن محمد السلطان تدشين …، المدرب التشيلي سيواجه الإقالة: a name the rules read after a title
    // and a person's name, a nisba, or a title word inside an entity, is the words that follow; after a
    // place or a body's name it may be a role's holder: المتحدث باسم المجلس في عدن علي الأحمدي)
    if (m.rule !== 'title' || m.first === 0) return true;
    const before = taken[m.first - 1];
    return !(before === PERSON_TAKEN || before === ADJECTIVE_TAKEN || (before && layer.doc.wordClass[m.first - 1] & W.TITLE));
  };
  const persons = layer.candidates.filter((m) => m.type === 'PERSON' && m.form === 'name' && m.source === 'rule' && free(m));
  if (persons.length === 0) return layer;
  return { ...layer, mentions: [...layer.mentions, ...persons].sort((a, b) => a.start - b.start) };
}

const MENTION_AT = new Int32Scratch();

/** The mention index covering each token, or -1: built once per document, valid until the next document's. */
export function mentionIndex(count: number, mentions: readonly Mention[]): Int32Array {
  const at = MENTION_AT.take(count, -1);
  mentions.forEach((m, k) => {
    for (let t = m.first; t <= m.last; t++) at[t] = k;
  });
  return at;
}

const PREPOSITION_BEFORE = new Set(['عن', 'الي', 'علي', 'من', 'في', 'مع', 'لدي', 'عبر', 'ل', 'لوكاله', 'لصحيفه', 'لقناه', 'وكاله', 'صحيفه', 'قناه']);

/** A mention written with a preposition (لوكالة, بالوزارة, عن X): an addressee or a place, not a subject. */
export function isPrepositional(table: TokenTable, m: Mention): boolean {
  if (m.start > table.starts[m.first]) {
    const prefix = table.norms[m.first].slice(0, 2);
    if (/^(ل|ب|وب|ول|فب|فل)/.test(prefix)) return true;
  }
  const before = m.first - 1;
  if (before < 0) return false;
  const w = table.norms[before];
  return PREPOSITION_BEFORE.has(w) || /^ل(وكاله|صحيفه|قناه|موقع)/.test(w);
}

/** isPrepositional for mention k of a book. */
export function isPrepositionalName(book: { doc: { table: TokenTable }; mentions: readonly Mention[] }, k: number): boolean {
  return isPrepositional(book.doc.table, book.mentions[k]);
}
