// From the model's labels to mentions, and the one policy that settles what the model and the other
// proposers (gazetteer, rules, aliases) say about the same tokens:
//  - names a lexicon lists (unless mined from a corpus), and organizations and places a rule finds by a
//    head word that names them (وزارة, هيئة, مديرية لودر), are kept as they were found: the lexicons and
//    these rules follow the conventions of news annotation (named institutions, المملكة for Saudi Arabia,
//    a paper's name in quote marks), which the model's training data (ANERcorp) does not;
//  - elsewhere a span the model labels PERS, LOC or ORG is an entity; when a proposer found a name over
//    the same tokens, its mention is kept as it is (id, canonical name, type, clitic-free span), else the
//    span is a new name with a `rule:` id;
//  - a person a proposer found where the model sees none is dropped, unless a lexicon lists the name;
//  - what the model cannot label stays as the proposers found it: nisba adjectives, descriptions, weapons.

import { K_PUNCT, K_WORD } from '../tokens/scan.js';
import { W } from '../lexicon/word-class.js';
import type { EntityType } from '../types.js';
import type { Resources } from '../lexicon/resources.js';
import { firstReadings, letterOffset } from '../lexicon/clitics.js';
import { normalize } from '../text/normalize.js';
import { defaultGender, hasTanween, isConstructPlural, isMonthInDate, newMention, type DocTokens, type Mention } from './layers.js';
import { Int32Scratch, Uint8Scratch } from '../scratch.js';

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
// Lexicons built from a corpus's annotations: the model weighs their names like any other evidence.
const MINED_SOURCES = new Set(['anercorp']);

/** Is a proposer's mention authoritative, whatever the model says of its tokens? */
function authoritative(m: Mention, res: Resources): boolean {
  const cls = modelClass(m);
  if (cls === 0) return true; // adjectives, descriptions, weapons: the model has no label for them
  if (m.source === 'lexicon') {
    // a name a lexicon lists (the shipped ones or the caller's), unless it is also an everyday word
    // or was mined from a corpus
    const entry = m.entry >= 0 ? res.lexicon.entries[m.entry] : undefined;
    return entry !== undefined && !MINED_SOURCES.has(entry.source);
  }
  if (m.source === 'alias') return cls !== 1; // المملكة for the kingdom the document names; persons: the model
  // organizations after a head word (وزارة, هيئة, جامعة, and the bodies after مجلس, لجنة, مركز, غرفة: the
  // model trained on ANERcorp, whose annotators left many such bodies untagged, would drop them), official
  // bodies, and places after their place word
  return m.rule === 'organization' || m.rule === 'body' || m.rule === 'institution' || m.rule === 'place';
}

// Work arrays of mergeMentions (no Mention keeps them): the evidence covering each token, the tokens
// authoritative evidence claims, the evidence kept
const AT = new Int32Scratch();
const CLAIMED = new Uint8Scratch();
const KEPT = new Uint8Scratch();

/** Mentions from the model's labels (LABELS indexes), reconciled with the proposers' `evidence`. */
export function mergeMentions(doc: DocTokens, labels: Uint8Array, evidence: readonly Mention[], res: Resources): Mention[] {
  const { table } = doc;
  const n = table.count;
  const at = AT.take(n, -1);
  evidence.forEach((m, k) => {
    for (let t = m.first; t <= m.last; t++) at[t] = k;
  });
  const out: Mention[] = [];
  const claimed = CLAIMED.take(n);
  const kept = KEPT.take(evidence.length);
  evidence.forEach((m, k) => {
    if (!authoritative(m, res)) return;
    kept[k] = 1;
    out.push(m);
    for (let t = m.first; t <= m.last; t++) claimed[t] = 1;
  });
  let i = 0;
  while (i < n) {
    const label = labels[i];
    // B- labels are odd, I- even; MISC (7, 8) has no public type
    if (label === 0 || label >= 7 || claimed[i]) {
      i++;
      continue;
    }
    const cls = (label + 1) >> 1;
    let j = i;
    while (j + 1 < n && (labels[j + 1] === cls * 2 || splitPerson(labels, j + 1, i, evidence, at)) && !doc.breakBefore[j + 1] && !claimed[j + 1] && !startsConjoined(doc, res, j + 1, evidence, at)) j++;
    // تنظيم | القاعدة: a span the model goes on with into a kept name of its class is that name's head
    // word (the lexicon's name is the entity), not a name of its own
    // (not one joined to it by و: الجفينة وصرواح)
    const next = j + 1 < n && claimed[j + 1] && at[j + 1] >= 0 ? evidence[at[j + 1]] : null;
    const into = next !== null && labels[j + 1] === cls * 2 && modelClass(next) === cls && next.first === j + 1 && next.start === table.starts[j + 1];
    // للمؤسسة العامة للتدريب التقني والمهني فهد العتيبي: a body the model runs on into the person a rule
    // found by a given name at its end is the body, then the person
    const tail = cls !== 1 ? personAtTail(doc, i, j, evidence, at) : -1;
    if (tail >= 0 && !into) {
      const person = evidence[tail];
      const body = spanMention(doc, res, i, person.first - 1, cls, evidence, at, kept);
      if (body) out.push(body);
      kept[tail] = 1;
      out.push(person);
      i = j + 1;
      continue;
    }
    const m = into ? null : spanMention(doc, res, i, j, cls, evidence, at, kept);
    if (m) out.push(m);
    // a first name the model reads before a person the lexicon lists (فرنسوا | هولاند، فيصل بن | تركي بن
    // عبدالله) makes one mention of them
    else if (into && cls === 1 && next.source === 'lexicon') joinFirstName(doc, res, out, i, j, next);
    i = j + 1;
  }
  out.sort((a, b) => a.start - b.start);
  return withCityFirstNames(doc, res, out);
}

/**
 * وقال أورلاندو أوشوا، زميله إيدن هازارد، الهولندي ممفيس ديباي: a town of the world list right before a
 * person's name is that person's first name, where nothing makes it a place: it opens the line or the
 * clause, or follows a verb of saying, a nisba or a noun with a possessive pronoun (not في, إلى, a place
 * or body word: قائد شرطة نيروبي بنسون كيبوي).
 */
function withCityFirstNames(doc: DocTokens, res: Resources, out: Mention[]): Mention[] {
  const { table } = doc;
  for (let k = 0; k + 1 < out.length; k++) {
    const city = out[k];
    const person = out[k + 1];
    if (city.type !== 'CITY' || city.form !== 'name' || city.source !== 'lexicon' || city.first !== city.last || city.start !== table.starts[city.first]) continue;
    if (person.type !== 'PERSON' || person.form !== 'name' || person.first !== city.last + 1 || doc.breakBefore[person.first]) continue;
    if (city.entry < 0 || res.lexicon.entries[city.entry].source !== 'wikidata-world-cities') continue;
    const prev = city.first - 1;
    const adjective = k > 0 && out[k - 1].last === prev && out[k - 1].form === 'adjective';
    const opens = prev < 0 || doc.breakBefore[city.first] || table.kinds[prev] === K_PUNCT || (doc.wordClass[prev] & W.SPEECH) !== 0 || adjective || POSSESSIVE_NOUN.test(table.text.slice(table.starts[prev], table.ends[prev]));
    if (!opens) continue;
    const text = table.text.slice(city.start, person.end);
    out[k] =
      person.source === 'lexicon'
        ? newMention({ ...person, start: city.start, first: city.first })
        : newMention({ ...person, start: city.start, first: city.first, id: `rule:person:${text}`, name: text, source: 'rule', entry: -1 });
    out.splice(k + 1, 1);
  }
  return out;
}

// زميله, مواطنها: a noun with a possessive pronoun before a name is in apposition to it (read on the
// written word: the pronoun's ه is no ta marbuta, شرطة نيروبي)
const POSSESSIVE_NOUN = /^[^وف].{2,}(?:ه|ها)$/;

/** The evidence index of a person a rule found by a given name that ends span [first, last], after at
 *  least two words of the body that end on a definite word (… التقني والمهني | فهد العتيبي; not سان
 *  أنتونيو, بني تميم, جامعة فؤاد الأول); else -1. */
function personAtTail(doc: DocTokens, first: number, last: number, evidence: readonly Mention[], at: Int32Array): number {
  const k = at[last];
  if (k < 0) return -1;
  const m = evidence[k];
  if (m.type !== 'PERSON' || m.form !== 'name' || m.source !== 'rule' || m.rule !== 'given' || m.last !== last || m.first < first + 2) return -1;
  return /^و?ال/.test(doc.table.norms[m.first - 1]) ? k : -1;
}

/**
 * Does the model start a second person at token t, right after one that began at `first`, inside one
 * person a rule found (العقيد الدكتور عاطي | عطية القرشي)? Two persons side by side with no word between
 * them are one: news joins two names with و.
 */
function splitPerson(labels: Uint8Array, t: number, first: number, evidence: readonly Mention[], at: Int32Array): boolean {
  if (labels[t] !== 1 || labels[first] !== 1) return false; // B-PERS after a person
  const k = at[t];
  return k >= 0 && at[first] === k && evidence[k].type === 'PERSON' && evidence[k].source === 'rule' && evidence[k].form === 'name';
}

/**
 * Does token t start a second name joined to the one before by و or ف (أوغلو ولافروف, بوش وبلير)? Yes
 * when a proposer's name starts after the conjunction, or the word after it is a given name.
 */
function startsConjoined(doc: DocTokens, res: Resources, t: number, evidence: readonly Mention[], at: Int32Array): boolean {
  const norm = doc.table.norms[t];
  const c = norm.charCodeAt(0);
  if ((c !== 0x0648 && c !== 0x0641) || norm.length < 4) return false;
  const k = at[t];
  if (k >= 0 && evidence[k].first === t && evidence[k].start > doc.table.starts[t]) return true;
  // ف begins many foreign names (فلين, فيليب): only و is read as the conjunction before a given name
  return c === 0x0648 && res.givenNames.has(norm.slice(1)) && !res.givenNames.has(norm);
}

/** The mention for a model span of class `cls` over tokens [first, last]. */
function spanMention(doc: DocTokens, res: Resources, first: number, last: number, cls: number, evidence: readonly Mention[], at: Int32Array, kept: Uint8Array): Mention | null {
  const { table } = doc;
  // مطار الملك خالد الدولي: after a royal's title the title rule ended the name before the adjective
  // the model runs on with (الدولي، التخصصي: the facility's, which the rule knows from the word before)
  const titled = cls === 1 && at[first] >= 0 ? evidence[at[first]] : null;
  if (titled && titled.rule === 'title' && titled.first === first && titled.last < last && first > 0 && ROYAL_TITLES.has(table.norms[first - 1])) {
    let adjectives = true;
    for (let t = titled.last + 1; t <= last; t++) if (at[t] >= 0 || !/^ال.{2,}(?:ي|يه)$/.test(table.norms[t])) adjectives = false;
    if (adjectives) last = titled.last;
  }
  // the proposers' names of the same class inside the span
  let same: Mention | null = null;
  let sameCount = 0;
  for (let t = first; t <= last; t++) {
    const k = at[t];
    if (k >= 0 && !kept[k] && modelClass(evidence[k]) === cls && (t === first || at[t - 1] !== k)) {
      same = evidence[k];
      sameCount++;
    }
  }
  // exactly one proposer name over the same tokens: it is this entity
  if (sameCount === 1 && same && same.first === first && same.last === last) return same;
  if (table.kinds[first] !== K_WORD && first === last) return null;
  if (cls === 1 && first === last && isNisbaAfterTitle(doc, res, first)) return null;
  if (cls === 1 && first === last && sameCount === 0 && isConstructPlural(doc, first)) return null;
  if (sameCount === 0 && hasTanween(table.text, table.starts[first], table.ends[last])) return null;
  if (isMonthInDate(doc, first, last)) return null;
  // the proposer that starts the span knows where the name starts after its clitics
  const lead = at[first] >= 0 && evidence[at[first]].first === first ? evidence[at[first]] : null;
  const start = lead ? lead.start : nameStart(doc, res, first);
  const end = table.ends[last];
  if (end <= start) return null;
  const text = table.text.slice(start, end);
  // a proposer's lexicon name of the same class that starts the span lends it its identity (a longer
  // written form: الرئيس التركي أردوغان → its lexicon entry), else the type comes from the class
  const known = sameCount === 1 ? same : null;
  const type = known ? known.type : CLASS_TYPE[cls];
  if (known && known.entry >= 0 && known.source === 'lexicon' && known.first === first) return newMention({ ...known, start, end, first, last });
  const given = cls === 1 ? res.givenNames.get(firstKey(doc, res, first)) : undefined;
  return newMention({
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
    rule: null,
  });
}

/**
 * Given names over tokens [i, j], right before a person mention the lexicon found (`person`, in `out`),
 * join it: as the lexicon's person when one of its names starts with that first name, however
 * transliterated (فرنسوا هولاند ~ فرانسوا هولاند), else as another person of the same family (فيصل بن |
 * تركي بن عبدالله, سعد | بن لادن), a new name.
 */
function joinFirstName(doc: DocTokens, res: Resources, out: Mention[], i: number, j: number, person: Mention): void {
  const { table } = doc;
  const key = firstKey(doc, res, i);
  const k = out.indexOf(person);
  if (k < 0) return;
  // (given names and بن between them only: فيصل بن)
  for (let t = i + 1; t <= j; t++) if (!res.givenNames.has(table.norms[t]) && !SON_OF.has(table.norms[t])) return;
  // (the first name as written: ف begins many foreign names, فرنسوا; only و + a given name is a conjunction)
  const w = table.norms[i];
  const start = key !== w && w.charCodeAt(0) === 0x0648 && w.slice(1) === key ? letterOffset(table.text, table.starts[i], table.ends[i], 1) : table.starts[i];
  const entry = person.entry >= 0 ? res.lexicon.entries[person.entry] : undefined;
  const names = entry ? [entry.name, ...(entry.variants ?? [])] : [];
  const same = names.some((n) => skeleton(normalize(n).split(' ')[0]) === skeleton(key));
  if (!same && !res.givenNames.has(key)) return; // شقيق عبد الملك الحوثي: no first name
  if (same) {
    out[k] = newMention({ ...person, first: i, start });
    return;
  }
  const text = table.text.slice(start, person.end);
  out[k] = newMention({ ...person, first: i, start, id: `rule:person:${text}`, name: text, source: 'rule', entry: -1, gender: res.givenNames.get(key)?.gender ?? null });
}

const SON_OF = new Set(['بن', 'ابن', 'بنت']);
/** The titles of royals, whose names facilities carry (مستشفى الملك خالد التخصصي). */
const ROYAL_TITLES = new Set(['الملك', 'الامير']);

/** A name's consonants: its long vowels left out, so transliterations meet (فرانسوا, فرنسوا). */
const skeleton = (w: string): string => w.replace(/[اويى]/g, '');

/**
 * وزير كوري، مسؤول غربي: one indefinite word of nisba shape right after a bare indefinite title is the
 * title's adjective, not a person (a name after a title follows a definite one: الوزير فلان).
 */
function isNisbaAfterTitle(doc: DocTokens, res: Resources, t: number): boolean {
  const { norms } = doc.table;
  if (t === 0 || doc.breakBefore[t]) return false;
  const word = norms[t];
  const title = norms[t - 1];
  return /ي$/.test(word) && !/^[وف]?ال/.test(word) && !res.givenNames.has(word) && res.titles.has(title) && !/^[وف]?ال/.test(title);
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
    // (وي and في open foreign names as written, W and V: ويندوز، ويلز، فيكتور; a name after و or ف
    // that opens with ي is a known one, found above: ويوسف)
    else if (/^[وف]/.test(norm) && norm.length > 4 && norm.charCodeAt(1) !== 0x064a) strip = 1;
  }
  return strip > 0 ? letterOffset(table.text, table.starts[t], table.ends[t], strip) : table.starts[t];
}
