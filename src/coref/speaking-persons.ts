// Persons who speak are entities: a name the rules found after a title (المهندس كمال القبلي) that the
// model did not report, but that the document quotes, is a person with two pieces of evidence (the title and
// the speech), so it joins the entities with the mentions coref gave it (كمال القبلي … القبلي … المهندس
// القبلي: the name's words in each). Document-level reasoning over what the sentence-level stages found.

import type { Entity, Referent } from '../types.js';
import { normalize } from '../text/normalize.js';

/** The entities with the speaking persons the entity stage left out, in text order, never overlapping. */
export function withSpeakingPersons(entities: Entity[], referents: readonly Referent[]): Entity[] {
  const known = new Set(entities.map((e) => e.id));
  const added: Entity[] = [];
  for (const r of referents) {
    if (r.kind !== 'name' || r.type !== 'PERSON' || r.quotes.length === 0 || known.has(r.id) || !r.id.startsWith('rule:person:')) continue;
    const words = new Set(normalize(r.name).split(' '));
    let first = true;
    for (const m of r.mentions) {
      const span = nameSuffix(m, words);
      if (!span) continue;
      added.push({ ...span, type: 'PERSON', id: r.id, name: r.name, form: 'name', source: first ? 'rule' : 'alias' });
      first = false;
    }
  }
  if (added.length === 0) return entities;
  // one sweep over both lists in text order (entities are sorted and never overlap): an added mention
  // is kept when it overlaps neither the entity that ends after its start nor the mention kept before it
  added.sort((a, b) => a.start - b.start);
  const all: Entity[] = [];
  let k = 0;
  let keptEnd = -1;
  for (const e of added) {
    while (k < entities.length && entities[k].end <= e.start) all.push(entities[k++]);
    if (e.start >= keptEnd && (k === entities.length || entities[k].start >= e.end)) {
      all.push(e);
      keptEnd = e.end;
    }
  }
  while (k < entities.length) all.push(entities[k++]);
  return all;
}

/** The longest end of a mention made of the name's words (المهندس القبلي → القبلي), or null. */
function nameSuffix(m: { text: string; start: number; end: number }, words: ReadonlySet<string>): { text: string; start: number; end: number } | null {
  const parts = [...m.text.matchAll(/\S+/g)];
  let k = parts.length;
  while (k > 0 && words.has(normalize(parts[k - 1][0]))) k--;
  if (k === parts.length) return null;
  const from = parts[k].index ?? 0;
  return { text: m.text.slice(from), start: m.start + from, end: m.end };
}
