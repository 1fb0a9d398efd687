// From the model's labels to mentions, and the one policy that settles what the model and the other
// proposers (gazetteer, rules, aliases) say about the same tokens:
//  - a span the model labels PERS, LOC or ORG is an entity; when a proposer found a name of that class
//    over the same tokens, its mention is kept as it is (its id, canonical name, type and clitic-free
//    span), else the span is a new name with a `rule:` id;
//  - what the model cannot label stays as the proposers found it: nisba adjectives and weapon systems;
//  - a name a proposer found where the model sees none is dropped unless it is strong evidence
//    (see `keepsAgainstModel`).

import { K_WORD } from '../tokens/scan.js';
import type { EntityType } from '../types.js';
import type { Resources } from '../lexicon/resources.js';
import { firstReadings, letterOffset } from '../lexicon/clitics.js';
import { defaultGender, type DocTokens, type Mention } from './layers.js';

/** The class of a mention as the model sees it: 1 PERS, 2 LOC, 3 ORG, 0 none of them. */
export function modelClass(m: Pick<Mention, 'type' | 'form'>): number {
  if (m.form !== 'name') return 0;
  switch (m.type) {
    case 'PERSON':
      return 1;
    case 'COUNTRY':
    case 'CITY':
    case 'LOCATION':
      return 2;
    case 'ORGANIZATION':
      return 3;
    default:
      return 0;
  }
}

const CLASS_TYPE: readonly EntityType[] = ['PERSON', 'PERSON', 'LOCATION', 'ORGANIZATION'];

export interface MergePolicy {
  /** Keep proposer names the model labelled O when they are strong evidence (default true). */
  keepStrong?: boolean;
}

/** Mentions from the model's labels (LABELS indexes), reconciled with the proposers' `evidence`. */
export function mergeMentions(doc: DocTokens, labels: Uint8Array, evidence: readonly Mention[], res: Resources, policy: MergePolicy = {}): Mention[] {
  const { table } = doc;
  const n = table.count;
  const at = new Int32Array(n).fill(-1);
  evidence.forEach((m, k) => {
    for (let t = m.first; t <= m.last; t++) at[t] = k;
  });
  const out: Mention[] = [];
  const usedEvidence = new Uint8Array(evidence.length);
  const modelTaken = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    const label = labels[i];
    // B- labels are odd, I- even; an I- without its B- (never from Viterbi) starts a span too
    if (label === 0 || label >= 7) {
      i++;
      continue;
    }
    const cls = (label + 1) >> 1;
    let j = i;
    while (j + 1 < n && labels[j + 1] === cls * 2 && !doc.breakBefore[j + 1]) j++;
    const m = spanMention(doc, res, i, j, cls, evidence, at, usedEvidence);
    if (m) {
      out.push(m);
      for (let t = m.first; t <= m.last; t++) modelTaken[t] = 1;
    }
    i = j + 1;
  }
  evidence.forEach((m, k) => {
    if (usedEvidence[k]) return;
    for (let t = m.first; t <= m.last; t++) if (modelTaken[t]) return;
    if (modelClass(m) === 0 || (policy.keepStrong !== false && keepsAgainstModel(m, res))) out.push(m);
  });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Names the model may not drop: the ones a curated lexicon knows unambiguously with more than one word
 * (وزارة الخارجية الأمريكية, مولود جاويش أوغلو), whose lexicon entry is itself the evidence.
 */
const EXPERIMENT = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.KHABAR_KEEP ?? '';
function keepsAgainstModel(m: Mention, res: Resources): boolean {
  if (m.source === 'rule') return EXPERIMENT.includes(m.rule ?? '');
  if (m.source !== 'lexicon' || m.entry < 0) return false;
  const entry = res.lexicon.entries[m.entry];
  if (EXPERIMENT.includes('lex1') && entry.source === 'curated' && !entry.ambiguous) return true;
  if (EXPERIMENT.includes('lexall') && !entry.ambiguous) return true;
  return entry.source === 'curated' && !entry.ambiguous && m.last > m.first;
}

/** The mention for a model span of class `cls` over tokens [first, last]. */
function spanMention(doc: DocTokens, res: Resources, first: number, last: number, cls: number, evidence: readonly Mention[], at: Int32Array, used: Uint8Array): Mention | null {
  const { table } = doc;
  // the proposers' names of the same class inside the span
  const inside: number[] = [];
  for (let t = first; t <= last; t++) {
    const k = at[t];
    if (k >= 0 && (inside.length === 0 || inside[inside.length - 1] !== k)) inside.push(k);
  }
  const same = inside.filter((k) => modelClass(evidence[k]) === cls);
  // exactly one proposer name over the same tokens: it is this entity
  if (same.length === 1) {
    const m = evidence[same[0]];
    if (m.first === first && m.last === last) {
      for (const k of inside) used[k] = 1;
      return m;
    }
  }
  if (table.kinds[first] !== K_WORD && first === last) return null;
  // the proposer that starts the span knows where the name starts after its clitics
  const lead = at[first] >= 0 && evidence[at[first]].first === first ? evidence[at[first]] : null;
  const start = lead ? lead.start : nameStart(doc, res, first);
  const end = table.ends[last];
  if (end <= start) return null;
  for (const k of inside) used[k] = 1;
  const text = table.text.slice(start, end);
  // a proposer's name of the same class covering the whole span lends it its identity (a longer
  // written form: الرئيس التركي أردوغان → its lexicon entry), else the type comes from the class
  const known = same.length === 1 ? evidence[same[0]] : null;
  const type = known ? known.type : CLASS_TYPE[cls];
  if (known && known.entry >= 0 && known.source === 'lexicon' && known.first === first) {
    return { ...known, start, end, first, last };
  }
  const given = cls === 1 ? res.givenNames.get(firstKey(doc, res, first)) : undefined;
  return {
    start,
    end,
    first,
    last,
    type,
    id: `rule:${type.toLowerCase()}:${text}`,
    name: text,
    form: 'name',
    source: 'rule',
    entry: -1,
    gender: given?.gender ?? (cls === 1 ? null : defaultGender(type, text)),
  };
}

/** The normalized first word of a name without its proclitics, when a reading of it is a known name. */
function firstKey(doc: DocTokens, res: Resources, t: number): string {
  const norm = doc.table.norms[t];
  if (res.givenNames.has(norm)) return norm;
  for (const r of firstReadings(norm)) if (res.givenNames.has(r.key)) return r.key;
  return norm;
}

/**
 * Where a name the model found starts: after the proclitics of its first word when the word without
 * them is known (a lexicon word, a given name) or the proclitics are certain (و before a long word,
 * بال, لل, وال).
 */
function nameStart(doc: DocTokens, res: Resources, t: number): number {
  const { table } = doc;
  const norm = table.norms[t];
  let strip = 0;
  if (!(res.givenNames.has(norm) || res.lexicon.vocab.has(norm))) {
    const known = firstReadings(norm).find((r) => res.lexicon.vocab.has(r.key) || res.givenNames.has(r.key));
    if (known) strip = known.strip;
    else if (/^(?:وبال|ولل|فبال|فلل)/.test(norm) && norm.length > 6) strip = 2;
    else if (/^(?:وال|فال|بال|كال|لل)/.test(norm) && norm.length > 5) strip = 1;
    else if (/^[وف]/.test(norm) && norm.length > 4) strip = 1;
  }
  return strip > 0 ? letterOffset(table.text, table.starts[t], table.ends[t], strip) : table.starts[t];
}
