// Turning the tagger's labels into mentions that the lexicon and the rules did not find.

import { K_WORD } from '../../tokens/scan.js';
import { edgeKey, type Reading } from '../../lexicon/compile.js';
import type { EntityType } from '../../types.js';
import type { DocTokens, Mention } from '../layers.js';
import { defaultGender } from '../layers.js';
import type { Resources } from '../../lexicon/resources.js';
import { firstReadings, letterOffset } from '../../lexicon/clitics.js';
import { LABELS } from './features.js';

const CLASS_TYPES: Record<string, EntityType[]> = {
  PERS: ['PERSON'],
  ORG: ['ORGANIZATION'],
  LOC: ['COUNTRY', 'CITY', 'LOCATION'],
};

/** The lexicon readings of tokens [first, last] read as one name (ambiguous entries included). */
function lexiconReadings(doc: DocTokens, res: Resources, first: number, last: number, key0: string): readonly Reading[] | undefined {
  const id0 = res.lexicon.vocab.get(key0);
  if (id0 === undefined) return undefined;
  let node = res.lexicon.edges.get(edgeKey(0, id0));
  for (let t = first + 1; t <= last && node !== undefined; t++) {
    if (doc.ids[t] < 0) return undefined;
    node = res.lexicon.edges.get(edgeKey(node, doc.ids[t]));
  }
  return node === undefined ? undefined : res.lexicon.readings[node];
}

export function taggedMentions(doc: DocTokens, labels: Uint8Array, mentions: readonly Mention[], res: Resources): Mention[] {
  const { table } = doc;
  const taken = new Uint8Array(table.count);
  for (const m of mentions) for (let t = m.first; t <= m.last; t++) taken[t] = 1;
  const out: Mention[] = [];
  let i = 0;
  while (i < table.count) {
    const label = LABELS[labels[i]];
    if (!label.startsWith('B-') && !label.startsWith('I-')) {
      i++;
      continue;
    }
    const cls = label.slice(2);
    let j = i;
    while (j + 1 < table.count && LABELS[labels[j + 1]] === `I-${cls}` && !doc.breakBefore[j + 1]) j++;
    const types = CLASS_TYPES[cls];
    let free = true;
    for (let t = i; t <= j; t++) if (taken[t]) free = false;
    if (types && free && table.kinds[i] === K_WORD && plausible(doc, res, i, j, cls)) {
      const m = toMention(doc, res, i, j, types);
      if (m) out.push(m);
    }
    i = j + 1;
  }
  return out;
}

/**
 * The tagger's guesses that the lexicon, the rules and the data all argue against are dropped: a name
 * that starts with a function word, a title or a verb, or is one definite word nobody knows as a name.
 */
function plausible(doc: DocTokens, res: Resources, first: number, last: number, cls: string): boolean {
  const { norms } = doc.table;
  const w = norms[first];
  if (res.functionWords.has(w) || res.speechVerbForms.has(w) || res.titles.has(w) || res.triggers.has(w)) return false;
  const known = (t: number): boolean => res.lexicon.vocab.has(norms[t]) || res.givenNames.has(norms[t]) || res.personWords.has(norms[t]);
  if (first === last && /^(ال|وال|بال|لل)/.test(w) && !known(first)) return false;
  if (cls === 'PERS') {
    let definite = 0;
    for (let t = first; t <= last; t++) if (/^(ال|وال)/.test(norms[t])) definite++;
    if (definite === last - first + 1) return false;
  }
  return true;
}

function toMention(doc: DocTokens, res: Resources, first: number, last: number, types: EntityType[]): Mention | null {
  const { table } = doc;
  const norm = table.norms[first];
  // the reading of the first token: whole, or without proclitics when the rest is a known name or
  // the proclitic is certain (و + a long word, بال/لل/وال…)
  const readings = [{ key: norm, strip: 0 }, ...firstReadings(norm)];
  let strip = 0;
  let entry: { reading: Reading; type: EntityType } | null = null;
  for (const r of readings) {
    const found = lexiconReadings(doc, res, first, last, r.key);
    const match = found?.find((x) => x.form === 'name' && types.includes(res.lexicon.entries[x.entry].type));
    if (match) {
      strip = r.strip;
      entry = { reading: match, type: res.lexicon.entries[match.entry].type };
      break;
    }
  }
  if (!entry) {
    const whole = res.givenNames.has(norm) || res.lexicon.vocab.has(norm);
    if (!whole) {
      if (/^(وبال|ولل|فبال|فلل)/.test(norm) && norm.length > 6) strip = 2;
      else if (/^(وال|فال|بال|كال|لل)/.test(norm) && norm.length > 5) strip = 1;
      else if (/^(و|ف)/.test(norm) && norm.length > 4) strip = 1;
    }
  }
  const start = strip > 0 ? letterOffset(table.text, table.starts[first], table.ends[first], strip) : table.starts[first];
  const end = table.ends[last];
  if (end <= start) return null;
  const text = table.text.slice(start, end);
  if (entry) {
    const e = res.lexicon.entries[entry.reading.entry];
    return { start, end, first, last, type: e.type, id: e.id, name: e.name, form: 'name', source: 'lexicon', entry: entry.reading.entry, gender: e.gender ?? defaultGender(e.type, e.name) };
  }
  const type = types[types.length - 1];
  const given = type === 'PERSON' ? res.givenNames.get(firstReadings(norm).find((r) => res.givenNames.has(r.key))?.key ?? norm) : undefined;
  return { start, end, first, last, type, id: `rule:${type.toLowerCase()}:${text}`, name: text, form: 'name', source: 'rule', entry: -1, gender: given?.gender ?? defaultGender(type, text) };
}
