// Who a written speaker phrase is: the referent of its name; for a role, the referent introduced with that
// role (الوزير الكوري → يون جينسنك); for a back-reference (المصادر), the anonymous source it points to; for a
// statement (البيان), the body that issued it; otherwise a referent of its own, met again when the same
// phrase comes back.

import { K_WORD } from '../tokens/scan.js';
import { normalize } from '../text/normalize.js';
import type { SpeakerResolution } from '../types.js';
import { newSubject, type Subject } from './types.js';
import { addHead, addMention, addReferent, byPhrase, holdersOf, live, mentionAfter, mentionBefore, personKey, type Book, type Referent } from './referents.js';
import { ORG_HEADS } from '../lexicon/heads.js';
import { addRole, collectRoles, countryAt, roleKeys } from './roles.js';
import { anonymousBefore, anonymousKey } from './anonymous.js';
import { bodyBefore } from './bodies.js';
import { QUOTE_MARKS } from '../lexicon/word-lists.js';
import { letterOffset } from '../lexicon/clitics.js';
import { indexPersonName, personByPart } from './names.js';
import { ADDRESS_WORDS, COUNTERPART_WORDS, STATEMENT_WORDS, headKey, isPluralHead } from './words.js';

export interface Resolved {
  referent: number;
  resolution: SpeakerResolution;
}

/** How many holders of one role a reference weighs (the most recent ones): a bound on hostile text. */
const HOLDERS = 30;
/** How far back (tokens) نظيره looks for the person whose counterpart it is. */
const POSSESSOR_REACH = 400;

/** What the discourse knows: the speaker of a quote whose cue stands near a token (the body behind a
 *  statement written in its clause), and the last speaker (-1 for none). */
export interface SpeakerNear {
  near(token: number): number;
  last(): number;
}

const ORG_KEYS = new Set([...ORG_HEADS].map(headKey));

// Roles so general that, with no holder named, they mean the one speaking (وأضاف المسؤول الروسي).
const GENERIC_ROLES = new Set(['مسوول', 'قيادي', 'مستشار', 'متحدث', 'ناطق']);

/** The referent of a written speaker (or source) phrase; adds the phrase to its mentions. */
export function describe(book: Book, s: Subject, speakerNear: SpeakerNear): Resolved {
  const resolved = resolveSubject(book, s, speakerNear);
  const r = live(book, resolved.referent);
  addMention(book, r, { first: s.first, last: s.last, start: s.start, end: s.end });
  return { referent: r, resolution: resolved.resolution };
}

function resolveSubject(book: Book, s: Subject, speakerNear: SpeakerNear): Resolved {
  switch (s.form) {
    case 'name': {
      const r = live(book, book.ofMention[s.mention]);
      // وزير الخارجية الإيراني محمد جواد ظريف: the words before the name are his role
      const m = book.mentions[s.mention];
      // وأضاف "السلمي": a family name alone that two persons of the document share (the alias linker
      // left it alone) is the one named last before it
      const key = m.type === 'PERSON' && m.entry < 0 && s.first === m.first && s.last === m.last ? personKey(book, r) : ' ';
      if (!key.includes(' ')) {
        const person = personByPart(book, key, s.first);
        if (person !== null && person !== r) return { referent: person, resolution: 'explicit' };
      }
      if (s.first < m.first) addRole(book, r, s.first, m.first - 1);
      if (s.roleFirst !== undefined && s.roleLast !== undefined) addRole(book, r, s.roleFirst, s.roleLast);
      // a name the entity stage cut short, written in full here (سيف الدين أيدمير)
      const ref = book.referents[r];
      if (m.entry < 0 && s.name.length > ref.name.length && normalize(s.name).startsWith(normalize(ref.name))) {
        ref.name = s.name;
        ref.key = normalize(s.name);
        indexPersonName(book, r);
      }
      return { referent: r, resolution: 'explicit' };
    }
    case 'anonymous':
      return { referent: anonymousReferent(book, s), resolution: 'anonymous' };
    case 'back': {
      const antecedent = anonymousBefore(book, s.head ?? '', s.first);
      if (antecedent >= 0) return { referent: antecedent, resolution: 'anonymous' };
      return roleOrPhrase(book, s, speakerNear);
    }
    case 'role':
      return roleOrPhrase(book, s, speakerNear);
    case 'counterpart': {
      const r = counterpart(book, s);
      return r >= 0 ? { referent: r, resolution: 'title' } : { referent: phraseReferent(book, s, 'description', null), resolution: 'explicit' };
    }
    case 'statement': {
      const r = issuer(book, s, speakerNear);
      if (r >= 0) return { referent: r, resolution: 'title' };
      // وأشار التقرير الأسبوعي للبورصة … وأفاد التقرير: the statement of that head that spoke before
      const before = statementBefore(book, s);
      return before >= 0 ? { referent: before, resolution: 'title' } : { referent: phraseReferent(book, s, 'description', null), resolution: 'explicit' };
    }
    case 'unknown': {
      // غروس، روي كاريلو: a name no lexicon knows, with the role it was written with; آل صقر: the
      // family of a person named in full before
      const r = personByPart(book, normalize(s.name), s.first) ?? phraseReferent(book, s, 'name', s.person ? 'PERSON' : null);
      if (s.roleFirst !== undefined && s.roleLast !== undefined) addRole(book, r, s.roleFirst, s.roleLast);
      return { referent: r, resolution: 'explicit' };
    }
    case 'phrase': {
      // ووفقا للقبلي: a family name of a person named before; وبحسب تقرير الصحيفة: the body in its genitive
      const words = s.organization ? null : nameWords(s);
      const person = words ? personByPart(book, words, s.first) : null;
      const body = person === null ? bodyOfStatement(book, s) : -1;
      if (body >= 0) return { referent: body, resolution: 'title' };
      // قاضية أميركية … later القاضية باربره جافي: an indefinite person role the article names with it
      const role = person === null && !s.organization && isIndefiniteRole(book, s) ? roleHolder(book, s) : -1;
      if (role >= 0) return { referent: role, resolution: 'title' };
      return { referent: person ?? phraseReferent(book, s, 'description', s.organization ? 'ORGANIZATION' : null), resolution: 'explicit' };
    }
  }
}


/** A role (الوزير الكوري، الحركة، المستشارة الأمريكية): its holder, else an anonymous source with that head, else itself. */
function roleOrPhrase(book: Book, s: Subject, speakerNear: SpeakerNear): Resolved {
  // القبلي، المهندس القبلي: a family name of a person named in full before, not a role
  const words = nameWords(s);
  const person = words ? personByPart(book, words, s.first) : null;
  if (person !== null) return { referent: person, resolution: 'explicit' };
  const body = bodyOfStatement(book, s);
  if (body >= 0) return { referent: body, resolution: 'title' };
  const holder = roleHolder(book, s);
  if (holder >= 0) return { referent: holder, resolution: 'title' };
  const head = headOfPhrase(book, s);
  // المكتب، الإدارة alone: the body named in full before with that head, when no lexicon knew it
  if (head && s.first === s.last && ORG_KEYS.has(head.key)) {
    const body = bodyBefore(book, head.key, s.first);
    if (body >= 0) return { referent: body, resolution: 'title' };
  }
  if (head) {
    const anonymous = anonymousBefore(book, head.key, s.first);
    if (anonymous >= 0) return { referent: anonymous, resolution: 'anonymous' };
    // المسؤول الروسي with no official named or described before: the person speaking
    const last = GENERIC_ROLES.has(head.key) ? speakerNear.last() : -1;
    const ref = last >= 0 ? book.referents[last] : null;
    if (ref && ref.type === 'PERSON' && !(head.feminine && ref.gender === 'm') && !(!head.feminine && ref.gender === 'f')) return { referent: last, resolution: 'title' };
  }
  return { referent: phraseReferent(book, s, 'description', null), resolution: 'explicit' };
}

/** Does the phrase start with an indefinite word that is a person's role (قاضية أميركية، جنرال أمريكي بارز)? */
function isIndefiniteRole(book: Book, s: Subject): boolean {
  const w = book.doc.table.norms[s.first].replace(/^[وف]/, '');
  return !w.startsWith('ال') && roleKeys(book.res).has(headKey(w));
}

/** The normalized words of a phrase after titles of address (المهندس القبلي → القبلي), when one or two remain. */
function nameWords(s: Subject): string | null {
  // (the phrase's name, not its tokens: وفقا للقبلي names القبلي)
  const words = normalize(s.name).split(' ');
  while (words.length > 1 && ADDRESS_WORDS.has(words[0])) words.shift();
  return words.length <= 2 && words.every((w) => w.length > 1) ? words.join(' ') : null;
}

/**
 * تقرير الصحيفة، بيان الوزارة: the body in the genitive of a statement word, when the document introduced
 * it; بيان لوزارة الخارجية، بيان صادر عن منظمة …: the organization or person named in the phrase (else -1).
 */
function bodyOfStatement(book: Book, s: Subject): number {
  // (the phrase's first word without a ل before it: لبيان، للتقرير)
  const first = headKey(book.doc.table.norms[s.first].replace(/^(?:لل|ل)(?=.{3})/, ''));
  if (!STATEMENT_WORDS.has(first) || s.last === s.first) return -1;
  const body = issuerInPhrase(book, s);
  // (a later التقرير alone stands for the same body: statementBefore)
  if (body >= 0) addHead(book, body, first);
  return body;
}

/** bodyOfStatement's reading of the phrase after its statement word. */
function issuerInPhrase(book: Book, s: Subject): number {
  const { table } = book.doc;
  if (table.norms[s.first + 1].startsWith('ال')) {
    // التقرير الأسبوعي للبورصة المصرية: the body in the genitive with لل issued it
    const genitive = genitiveBody(book, s);
    if (genitive >= 0) return genitive;
    return roleHolder(book, newSubject({ ...s, first: s.first + 1, name: table.text.slice(table.starts[s.first + 1], table.ends[s.last]) }));
  }
  // the issuer after words that say it issued the statement (صادر عن، نشرته، وزعه مكتب) and head words
  // (صحيفة، وكالة), as a name or as a head word the document introduced (مكتب البرنامج → the programme)
  for (let t = s.first + 1; t <= s.last; t++) {
    const k = book.mentionAt[t];
    if (k >= 0) {
      const m = book.mentions[k];
      return m.form === 'name' && (m.type === 'ORGANIZATION' || m.type === 'PERSON') && book.ofMention[k] >= 0 ? live(book, book.ofMention[k]) : -1;
    }
    if (table.kinds[t] !== K_WORD) {
      if (QUOTE_MARKS.has(table.norms[t])) continue; // تقرير نشرته صحيفة "وول ستريت جورنال"
      return -1;
    }
    const w = table.norms[t];
    const key = headKey(w);
    if (w.startsWith('ال') && ORG_KEYS.has(key)) {
      const holder = roleHolder(book, newSubject({ ...s, first: t, last: t, name: table.text.slice(table.starts[t], table.ends[t]) }));
      if (holder >= 0) return holder;
    }
    // (one adjective of the statement right after it: تقرير مشترك، بيان رسمي)
    const adjective = t === s.first + 1 && !w.startsWith('ال') && !book.res.functionWords.has(w);
    if (!ISSUED_BY.has(w) && !ORG_KEYS.has(key) && !adjective) return -1; // تقرير صادر من اللجنة الإعلامية لسوق عكاظ: the issuer is no name
  }
  return -1;
}

/**
 * After a definite statement word and its adjectives, a genitive with لل that names a body (للبورصة
 * المصرية, للهيئة العامة للإحصاء): its referent, named with its article back (البورصة المصرية), or -1.
 */
function genitiveBody(book: Book, s: Subject): number {
  const { table } = book.doc;
  let t = s.first + 1;
  while (t <= s.last && table.norms[t].startsWith('ال') && book.mentionAt[t] < 0) t++;
  if (t > s.last || !table.norms[t].startsWith('لل') || table.norms[t].length < 5) return -1;
  const k = book.mentionAt[t];
  if (k >= 0) {
    const m = book.mentions[k];
    return m.form === 'name' && m.type === 'ORGANIZATION' && book.ofMention[k] >= 0 ? live(book, book.ofMention[k]) : -1;
  }
  // (a body word, or a body's name made of its words: للبورصة, للمؤسسة)
  if (!ORG_KEYS.has(headKey(table.norms[t].slice(2))) && !GENITIVE_BODIES.has(table.norms[t].slice(2))) return -1;
  // (the ل of the genitive stands for the article's alef too: للبورصة → البورصة)
  const start = letterOffset(table.text, table.starts[t], table.ends[t], 2);
  const name = 'ال' + table.text.slice(start, table.ends[s.last]);
  const key = normalize(name);
  const met = byPhrase(book, 'description', key);
  if (met >= 0) return live(book, met);
  const r = addReferent(book, { name, type: 'ORGANIZATION', kind: 'description', key, first: t, head: headKey(table.norms[t].slice(2)) });
  addMention(book, r, { first: t, last: s.last, start: letterOffset(table.text, table.starts[t], table.ends[t], 1), end: table.ends[s.last] });
  return r;
}
// Bodies no head-word list holds that issue reports (للبورصة المصرية)
const GENITIVE_BODIES = new Set(['بورصه', 'سوق', 'حكومه', 'شركه', 'مجموعه']);

/** Words between a statement word and who issued it (normalized): صادر عن، الصادر من، نشرته، وزعه. */
const ISSUED_BY = new Set(['صادر', 'صادره', 'الصادر', 'الصادره', 'صدر', 'صدرت', 'عن', 'من', 'نشرته', 'نشره', 'نشرتها', 'اصدرته', 'اصدره', 'اصدرتها', 'وزعته', 'وزعه', 'اعدته', 'اعده']);

/** The head word of a phrase (after titles of address), its key and its gender. */
function headOfPhrase(book: Book, s: Subject): { key: string; feminine: boolean } | null {
  const { table } = book.doc;
  for (let t = s.first; t <= s.last; t++) {
    if (table.kinds[t] !== K_WORD) continue;
    const w = table.norms[t].replace(/^[وف](?=ال)/, '');
    if (ADDRESS_WORDS.has(w)) continue;
    const bare = w.replace(/^(?:ال|لل)/, '');
    return { key: headKey(w), feminine: bare.length > 3 && bare.endsWith('ه') };
  }
  return null;
}

/**
 * The referent that holds a role: it was introduced with the same head word (a person's role, or a word of
 * an organization's name: الوزارة، الأرصاد), its countries agree with the phrase's nisbas and its gender
 * with the head's ending; the nearest one before the phrase, else the first after it (a lead may name the
 * role before the person).
 */
function roleHolder(book: Book, s: Subject): number {
  collectRoles(book);
  const head = headOfPhrase(book, s);
  if (!head) return -1;
  let country: string | null = null;
  for (let t = s.first + 1; t <= s.last; t++) country ??= countryAt(book, t);
  const person = roleKeys(book.res).has(head.key);
  let before = -1;
  let beforeAt = Number.MIN_SAFE_INTEGER;
  let after = -1;
  let afterAt = Number.MAX_SAFE_INTEGER;
  for (const r of holdersOf(book, head.key, HOLDERS)) {
    const ref = book.referents[r];
    // (a name no lexicon knows has no type unless a role of persons came with it; a body the lexicons do
    // not know holds its head word too: الاتحاد → الاتحاد الروسي لكرة القدم)
    const body = !person && ref.kind === 'description' && ref.key !== normalize(s.name);
    if ((ref.kind !== 'name' && !body) || (!body && (ref.type ?? (person ? 'PERSON' : 'ORGANIZATION')) !== (person ? 'PERSON' : 'ORGANIZATION'))) continue;
    if (country && ref.countries.size && !ref.countries.has(country)) continue;
    if (person && ((head.feminine && ref.gender === 'm') || (!head.feminine && ref.gender === 'f'))) continue;
    const b = mentionBefore(book, r, s.first);
    // (a body named only inside what a quote says, من جامعة سعودية, is a weaker antecedent than one the
    // narration names: its position counts from before the document)
    const at = b ? (book.quoted?.[b.first] ? b.first - book.doc.table.count : b.first) : -1;
    if (b && at > beforeAt) {
      before = r;
      beforeAt = at;
    }
    const a = b ? null : mentionAfter(book, r, s.last);
    if (a && a.first < afterAt) {
      after = r;
      afterAt = a.first;
    }
  }
  return before >= 0 ? before : after;
}

/** A referent for a phrase, shared by every later phrase that reads the same. */
function phraseReferent(book: Book, s: Subject, kind: Referent['kind'], type: Referent['type']): number {
  const key = normalize(s.name);
  const known = byPhrase(book, kind, key);
  if (known >= 0) return known;
  const head = headOfPhrase(book, s)?.key ?? '';
  // الجيش الوطني والمقاومة الشعبية: two joined by و speak with plural verbs
  let joined = false;
  for (let t = s.first + 1; t <= s.last && !joined; t++) joined = book.doc.table.norms[t].startsWith('وال') && book.mentionAt[t] < 0 && kind === 'description';
  const r = addReferent(book, { name: s.name, type, kind, key, first: s.first, head, plural: isPluralHead(head) || joined });
  indexPersonName(book, r);
  // تقرير أصدرته رابطة طاقة الرياح، صحيفة «راينيشه بوست»: a later الرابطة، الصحيفة finds the body named in it
  for (let t = s.first + 1; t <= s.last; t++) {
    const k = headKey(book.doc.table.norms[t]);
    if (ORG_KEYS.has(k)) addHead(book, r, k);
  }
  return r;
}

/** An anonymous source: the same description met before, or a new one. */
function anonymousReferent(book: Book, s: Subject): number {
  const key = normalize(s.name);
  const known = byPhrase(book, 'anonymous', key);
  if (known >= 0) return known;
  const head = anonymousKey(s.head ?? '');
  return addReferent(book, { name: s.name, type: null, kind: 'anonymous', key, first: s.first, head, plural: isPluralHead(headKey(s.head ?? '')) });
}

/**
 * نظيره الروسي: the person of that country who holds the role of the one before (the nearest person with a
 * role); -1 when the document does not name them.
 */
function counterpart(book: Book, s: Subject): number {
  collectRoles(book);
  let country: string | null = null;
  for (let t = s.first + 1; t <= s.last; t++) country ??= countryAt(book, t);
  if (!country) return -1;
  const possessor = possessorBefore(book, s.first);
  if (possessor < 0) return -1;
  let best = -1;
  let bestAt = -1;
  for (const h of book.referents[possessor].heads) {
    if (COUNTERPART_WORDS.has(h)) continue;
    for (const r of holdersOf(book, h, HOLDERS)) {
      const ref = book.referents[r];
      if (r === possessor || ref.type !== 'PERSON' || !ref.countries.has(country)) continue;
      const m = mentionBefore(book, r, s.first);
      if (m && m.first > bestAt) {
        best = r;
        bestAt = m.first;
      }
    }
  }
  return best;
}

/** The person named nearest before token `before` (at most POSSESSOR_REACH tokens back) with a role of its own, or -1. */
function possessorBefore(book: Book, before: number): number {
  for (let t = before - 1; t >= 0 && before - t <= POSSESSOR_REACH; t--) {
    const k = book.mentionAt[t];
    if (k < 0) continue;
    t = book.mentions[k].first;
    if (book.mentions[k].type !== 'PERSON' || book.ofMention[k] < 0) continue;
    const r = live(book, book.ofMention[k]);
    for (const h of book.referents[r].heads) if (!COUNTERPART_WORDS.has(h)) return r;
  }
  return -1;
}

/** A description with the head word of statement s (تقرير، بيان) written longer before it, or -1. */
function statementBefore(book: Book, s: Subject): number {
  const head = headOfPhrase(book, s)?.key;
  if (!head) return -1;
  for (const r of holdersOf(book, head, 4)) {
    const ref = book.referents[r];
    if (ref.first < s.first && ref.key !== normalize(s.name)) return r;
  }
  return -1;
}

/**
 * البيان، التقرير: the body that issued the statement, where the text introduced it: a name right after
 * the indefinite word (بيان لوزارة الخارجية، تقرير منظمة العفو), the speaker of the quote whose clause
 * holds it (أعلنت قيادة التحالف - في بيان - …), or the organization that is the subject of that clause.
 */
function issuer(book: Book, s: Subject, speakerNear: SpeakerNear): number {
  const { table } = book.doc;
  const word = headKey(table.norms[s.first]);
  if (!STATEMENT_WORDS.has(word)) return -1;
  for (let t = s.first - 1; t >= 0 && s.first - t < 400; t--) {
    const w = table.norms[t];
    // (بيان, وبيان, ببيان: the ب of بيان itself is no preposition)
    if (table.kinds[t] !== K_WORD || !w.includes(word) || /^[وف]?ال/.test(w) || (headKey(w) !== word && headKey(w.replace(/^[وفب]/, '')) !== word)) continue;
    // a name right after it (بيان لوزارة الخارجية)
    for (let k = t + 1; k <= t + 2 && k < table.count; k++) {
      const m = book.mentionAt[k];
      if (m >= 0 && book.ofMention[m] >= 0) return live(book, book.ofMention[m]);
    }
    const spoke = speakerNear.near(t);
    if (spoke >= 0) return live(book, spoke);
    // the subject of the clause: the nearest organization before it, in the same sentence
    for (let k = t - 1; k >= 0 && t - k < 25; k--) {
      if (table.kinds[k] !== K_WORD && /[.!؟?]/.test(table.norms[k])) break;
      const m = book.mentionAt[k];
      if (m >= 0 && book.ofMention[m] >= 0 && book.mentions[m].type === 'ORGANIZATION') return live(book, book.ofMention[m]);
    }
    return -1;
  }
  return -1;
}
