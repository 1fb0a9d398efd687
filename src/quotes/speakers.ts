// Who said it: the subject after (or before) a speech verb; a role or a short name (الوزير التركي،
// المدرب الألماني، المنظمة) resolved to the person or organization the document introduced with it;
// anonymous sources and the references back to them (المصدر); and the speaker a dropped subject
// continues, or the entity a pronoun points to, by gender.

import { K_PUNCT, K_WORD, type TokenTable } from '../tokens/scan.js';
import type { EntityType, SpeakerResolution } from '../types.js';
import type { DocTokens, Mention } from '../entities/layers.js';
import type { Resources } from '../lexicon/resources.js';
import { normalize } from '../text/normalize.js';
import { W } from '../lexicon/word-class.js';
import { ADVERBIAL_LEADS, ANONYMOUS_BACK, ANONYMOUS_HEADS, COMPLEMENTIZERS, RELATIVES } from './words.js';
import { ORG_HEADS } from '../lexicon/heads.js';

/** A speaker as the quote stage tracks it. */
export interface Speaker {
  name: string;
  entityId: string | null;
  type: EntityType | null;
  gender: 'm' | 'f' | null;
  resolution: SpeakerResolution;
  /** The mention at this quote (token range), -1 when the subject is not written. */
  first: number;
  last: number;
  /** For anonymous sources: the head noun (مصدر, مسؤول), to resolve a later المصدر. */
  anonymousHead?: string;
}

/** An entity the document introduced with words a later reference can reuse (its role, its head noun). */
export interface Anchor {
  mention: Mention;
  /** Head nouns without the article: وزير, مدرب, منظمة, مدير … */
  heads: Set<string>;
  /** Countries of the nisbas and places next to it: وزير الخارجية التركي → TR. */
  countries: Set<string>;
}

export interface QuoteDoc {
  doc: DocTokens;
  table: TokenTable;
  res: Resources;
  mentions: Mention[];
  /** Mention index covering each token, or -1. */
  mentionAt: Int32Array;
  /** Built on first use (anchorsOf): most documents never refer back with a role. */
  anchors: Anchor[] | null;
}

export function anchorsOf(q: QuoteDoc): Anchor[] {
  q.anchors ??= buildAnchors(q);
  return q.anchors;
}

/** Arabic head nouns of the lexicon's roles, so a person the lexicon knows resolves الوزير or الرئيس. */
const ROLE_HEADS: Record<string, string[]> = {
  head_of_state: ['رييس'], president: ['رييس', 'رييسه'], vice_president: ['نايب'], king: ['ملك', 'عاهل'], emir: ['امير'],
  sultan: ['سلطان'], crown_prince: ['ولي'], prime_minister: ['رييس', 'رييسه'], deputy_prime_minister: ['نايب'],
  speaker: ['رييس'], party_leader: ['زعيم', 'رييس'], opposition_leader: ['زعيم'], armed_group_leader: ['زعيم', 'قايد'],
  religious_leader: ['مرشد', 'مفتي', 'شيخ'], military_commander: ['قايد'], chief_of_staff: ['رييس'], intelligence_chief: ['رييس', 'مدير'],
  spokesperson: ['متحدث', 'متحدثه', 'ناطق'], secretary_general: ['امين'], envoy: ['مبعوث'], ambassador: ['سفير', 'سفيره'],
  central_bank_governor: ['محافظ'], governor: ['محافظ', 'امير'], mayor: ['عمده', 'رييس'], judge: ['قاضي'], prosecutor: ['مدعي', 'نايب'],
  coach: ['مدرب'], athlete: ['لاعب', 'لاعبه'], businessperson: ['رجل'], journalist: ['صحفي', 'صحفيه'], royal: ['امير', 'اميره'],
};

const COUNTERPART = new Set(['نظيره', 'نظيرته', 'نظيرها', 'نظير', 'نظيريه']);
// the article, with a conjunction or a preposition before it (والوزير, للمنظمة); a bare و is part of the word (وزير)
const STRIP = /^(?:[وف](?=ال|لل|بال))?(?:ال|لل|بال)?/;
const headOf = (w: string): string => {
  const s = w.replace(STRIP, '');
  return s.length >= 3 ? s : w;
};

/** The country of a nisba mention at token t (التركي → TR), or of a country mention, or null. */
function countryAt(q: Omit<QuoteDoc, 'anchors'>, t: number): string | null {
  const k = t >= 0 && t < q.mentionAt.length ? q.mentionAt[t] : -1;
  if (k < 0) return null;
  const m = q.mentions[k];
  if (m.form !== 'adjective' && m.type !== 'COUNTRY') return null;
  return q.res.lexicon.entries[m.entry]?.country ?? null;
}

const isBoundary = (q: Omit<QuoteDoc, 'anchors'>, t: number): boolean => {
  const { norms, kinds } = q.table;
  if (kinds[t] === K_PUNCT || kinds[t] === undefined) return true;
  const w = norms[t];
  // في and ب may sit inside a role (المتحدث باسم …), and العام is the adjective of one (الأمين العام)
  return COMPLEMENTIZERS.has(w) || RELATIVES.has(w) || q.res.speechVerbForms.has(w) || (q.res.functionWords.has(w) && !/^(في|ب|العام)$/.test(w));
};

/**
 * Persons with the words that introduced them (مدرب نيجيريا الألماني كلاوس ريتر → مدرب, NG, DE), and
 * organizations with the words of their name (منظمة الصحة العالمية → منظمة, صحة …).
 */
export function buildAnchors(q: Omit<QuoteDoc, 'anchors'>): Anchor[] {
  const anchors: Anchor[] = [];
  for (const m of q.mentions) {
    if (m.form !== 'name') continue;
    const heads = new Set<string>();
    const countries = new Set<string>();
    const entry = m.entry >= 0 ? q.res.lexicon.entries[m.entry] : undefined;
    if (m.type === 'PERSON') {
      // the apposition before the name: up to six words back, stopping at a verb, punctuation or a clause word
      for (let t = m.first - 1; t >= Math.max(0, m.first - 7) && !isBoundary(q, t) && !q.doc.breakBefore[t + 1]; t--) {
        const k = q.mentionAt[t];
        if (k >= 0 && q.mentions[k].type === 'PERSON' && q.mentions[k].form === 'name') break;
        const c = countryAt(q, t);
        if (c) countries.add(c);
        // a genitive (للمنظمة, بتونس) names what the role serves, not the role
        if (q.table.kinds[t] === K_WORD && k < 0 && !/^(ل|ب)/.test(q.table.norms[t])) heads.add(headOf(q.table.norms[t]));
        if (k >= 0) t = q.mentions[k].first;
      }
      // نظيره التركي كمال أرسلان: the counterpart holds the same role as the person before him
      if ([...heads].some((h) => COUNTERPART.has(h))) {
        let previous: Anchor | undefined;
        for (let k = anchors.length - 1; k >= 0 && k >= anchors.length - 50 && !previous; k--) {
          const a = anchors[k];
          if (a.mention.type === 'PERSON' && [...a.heads].some((h) => !COUNTERPART.has(h))) previous = a;
        }
        for (const h of previous?.heads ?? []) if (!COUNTERPART.has(h)) heads.add(h);
      }
      for (const r of entry?.roles ?? []) {
        for (const h of ROLE_HEADS[r.role] ?? (r.role.endsWith('minister') ? ['وزير', 'وزيره'] : [])) heads.add(h);
        if (r.country) countries.add(r.country);
      }
      if (entry?.country) countries.add(entry.country);
    } else if (m.type === 'ORGANIZATION') {
      for (const w of normalize(m.name).split(' ')) heads.add(headOf(w));
      for (let t = m.first; t <= m.last; t++) heads.add(headOf(q.table.norms[t]));
      if (entry?.country) countries.add(entry.country);
    } else continue;
    anchors.push({ mention: m, heads, countries });
  }
  // a later partial mention (فولكوف) is the same person: it answers to the words of the full one
  const byId = new Map<string, Anchor>();
  for (const a of anchors) {
    const first = byId.get(a.mention.id);
    if (!first) byId.set(a.mention.id, a);
    else {
      for (const h of a.heads) first.heads.add(h);
      for (const c of a.countries) first.countries.add(c);
      a.heads = first.heads;
      a.countries = first.countries;
    }
  }
  return anchors;
}

function fromMention(m: Mention, resolution: SpeakerResolution, first: number, last: number): Speaker {
  return { name: m.name, entityId: m.id, type: m.type, gender: m.gender, resolution, first, last };
}

/** A definite noun phrase at [from, end] referring back: الوزير التركي, المدرب الألماني, الوزارة, المنظمة. */
function resolveReference(q: QuoteDoc, from: number, end: number): Mention | null {
  const head = headOf(q.table.norms[from]);
  let country: string | null = null;
  for (let t = from + 1; t <= end; t++) country ??= countryAt(q, t);
  // the latest introductions only: a reference points back a few paragraphs, not a whole archive
  const anchors = anchorsOf(q);
  for (let k = anchors.length - 1; k >= 0 && k >= anchors.length - 300; k--) {
    const a = anchors[k];
    if (a.mention.first >= from) continue;
    if (!a.heads.has(head)) continue;
    if (country && a.countries.size && !a.countries.has(country)) continue;
    return a.mention;
  }
  return null;
}

/** Prepositions that end a speaker's noun phrase (في, ب, من, لدى, باسم may continue it). */
const NP_ENDS = new Set(['الي', 'علي', 'عن', 'مع', 'حول', 'نحو', 'ضد', 'خلال', 'عقب', 'بعد', 'قبل', 'منذ', 'حتي']);

const isStop = (q: QuoteDoc, t: number): boolean => {
  const { norms, kinds } = q.table;
  if (kinds[t] === K_PUNCT) return true;
  if (q.mentionAt[t] >= 0) return false; // a name (روي كاريلو) is no verb
  const w = norms[t];
  return COMPLEMENTIZERS.has(w) || RELATIVES.has(w) || q.res.speechVerbForms.has(w);
};

/** Does a noun phrase start at t that could be a subject: a mention, a definite noun, an anonymous head? */
function startsNounPhrase(q: QuoteDoc, t: number): boolean {
  const w = q.table.norms[t];
  if (q.table.kinds[t] !== K_WORD || isStop(q, t)) return false;
  if (q.mentionAt[t] >= 0) return q.mentions[q.mentionAt[t]].form === 'name';
  if (ANONYMOUS_HEADS.has(w) || ANONYMOUS_BACK.has(w)) return true;
  if (q.res.functionWords.has(w) || ADVERBIAL_LEADS.has(w)) return false;
  return /^(ال|وال)/.test(w) || q.res.titles.has(w) || isOrgHeadWord(w) || !/^[لب]/.test(w);
}

/**
 * The subject after a speech verb (VSO), within [from, limit): a person, a role resolved to a person,
 * an anonymous source, an organization or a place, or another noun phrase (الحكومة). When adverbials come
 * first (وقال في تصريح لوكالة … وزير المالية سعد …), the noun phrase right before the complement.
 * Null when the subject is dropped.
 */
export function subjectAfter(q: QuoteDoc, from: number, limit: number, complementAt: number): Speaker | null {
  if (from >= limit || q.doc.breakBefore[from]) return null;
  // قال "عسيري" في حديث …: a name in marks right after the verb is its subject
  const quoted = bracketEnd(q, from);
  if (quoted > 0 && quoted <= from + 3 && quoted + 1 < limit && quoted + 1 !== complementAt) {
    const k = q.mentionAt[from + 1];
    if (k >= 0 && q.mentions[k].type === 'PERSON' && q.mentions[k].form === 'name') return fromMention(q.mentions[k], 'explicit', from + 1, q.mentions[k].last);
    const name = q.table.text.slice(q.table.starts[from + 1], q.table.ends[quoted - 1]);
    return { name, entityId: null, type: null, gender: null, resolution: 'explicit', first: from + 1, last: quoted - 1 };
  }
  if (!startsNounPhrase(q, from)) {
    // adverbials first: the subject may stand right before the complement
    if (complementAt > from && complementAt <= limit) return subjectBeforeComplement(q, from, complementAt);
    return null;
  }
  return nounPhraseSpeaker(q, from, limit);
}

function nounPhraseSpeaker(q: QuoteDoc, from: number, limit: number): Speaker | null {
  const { table } = q;
  const w0 = table.norms[from];
  const anonymous = ANONYMOUS_HEADS.has(w0) || ANONYMOUS_BACK.has(w0);
  const k0 = q.mentionAt[from];
  // a role: a word that is not a name, possibly a title of the lexicon (المدير العام للمنظمة الدكتور …)
  const roleLike = k0 < 0 && !anonymous;
  const definiteHead = /^(ال|وال|فال)/.test(w0) && !ROOT_WAW.test(w0);
  const orgHead = k0 < 0 && isOrgHeadWord(w0);
  let end = from;
  let person: Mention | null = null;
  while (end < limit && end - from < 16 && !q.doc.breakBefore[end]) {
    const w = table.norms[end];
    if (end > from && isStop(q, end)) {
      // (البنتاغون), «التنمية والتحرير»: a name in brackets or quote marks inside the phrase
      const close = bracketEnd(q, end);
      if (close < 0 || !(roleLike || anonymous)) break;
      end = close + 1;
      continue;
    }
    const k = q.mentionAt[end];
    if (k >= 0) {
      const m = q.mentions[k];
      // شركة أبناء عبدالله الخضري: a company named after a person is the company
      if (m.type === 'PERSON' && m.form === 'name' && !orgHead) {
        person = m;
        end = m.last + 1;
        break; // the name ends the phrase
      }
      if (end === from && m.form === 'name' && !anonymous) {
        end = m.last + 1;
        break; // an organization or a place says it: وزارة الصحة التونسية
      }
      end = m.last + 1;
      continue;
    }
    // إلى, على, عن …: the phrase has ended (مصادر مطلعة إلى أن …); so has it at قولها (نقلت … عن X قولها)
    if (end > from && (NP_ENDS.has(w) || /^قول(?:ه|ها|هم|هما)$/.test(w))) break;
    if (end > from && ADVERBIAL_LEADS.has(w)) {
      // مصدر كبير في وزارة الدفاع / المدير العام للمنظمة: where the source or the role sits
      const next = q.mentionAt[end + 1];
      const where = (anonymous || roleLike) && (w === 'في' || w === 'ب') && next >= 0 && q.mentions[next].form === 'name' && q.mentions[next].type !== 'PERSON';
      // مدير إدارة الطوارئ في الأمانة خالد الزهراني: the place of a role, when a name follows it
      if (!where && !(roleLike && (w === 'في' || w === 'لدي') && personAhead(q, end + 1, limit))) break;
    }
    if (end > from && /^ل/.test(w) && !(anonymous || roleLike)) break; // لقناة, للصحفيين: whom it was told
    // نفى الوزير مزاعم …: an indefinite noun after a definite role is the object (a definite noun
    // takes no genitive), unless it is a given name
    // (المتحدث باسم رئاسة الجمهورية: the body after باسم is no object)
    if (end > from && roleLike && definiteHead && !/^(ال|لل|ب|ل|وال)/.test(w) && !(q.doc.wordClass[end] & W.GIVEN) && table.norms[end - 1] !== 'باسم') break;
    end++;
  }
  if (person && (roleLike || k0 === q.mentionAt[person.first])) return fromMention(person, 'explicit', from, person.last);
  if (person && anonymous) return fromMention(person, 'explicit', from, person.last);
  const last = Math.max(from, end - 1);
  if (ANONYMOUS_BACK.has(w0)) {
    return { name: table.text.slice(table.starts[from], table.ends[from]), entityId: null, type: null, gender: null, resolution: 'anonymous', first: from, last: from, anonymousHead: w0.slice(2) };
  }
  if (anonymous) {
    // the relative clause that follows (الذي طلب عدم ذكر اسمه) is not part of the name
    return { name: table.text.slice(stripConjunctionOffset(q, from), table.ends[last]), entityId: null, type: null, gender: w0.endsWith('ه') ? 'f' : 'm', resolution: 'anonymous', first: from, last, anonymousHead: w0 };
  }
  if (k0 >= 0 && q.mentions[k0].form === 'name') return fromMention(q.mentions[k0], 'explicit', from, q.mentions[k0].last);
  // بنك جولدمان ساكس, وكالة رويترز: a head word and the organization it introduces
  const k1 = from + 1 < table.count ? q.mentionAt[from + 1] : -1;
  if (k0 < 0 && k1 >= 0 && q.mentions[k1].first === from + 1 && q.mentions[k1].form === 'name' && q.mentions[k1].type === 'ORGANIZATION' && isOrgHeadWord(w0)) {
    return fromMention(q.mentions[k1], 'explicit', from, q.mentions[k1].last);
  }
  // منظمة لم تعرفها المعاجم: a head word and its name, unresolved
  if (k0 < 0 && isOrgHeadWord(w0) && end - 1 > from) {
    const last = end - 1;
    return { name: table.text.slice(stripConjunctionOffset(q, from), table.ends[last]), entityId: null, type: 'ORGANIZATION', gender: w0.endsWith('ه') ? 'f' : 'm', resolution: 'explicit', first: from, last };
  }
  if (COUNTERPART.has(w0.replace(/^[وف]/, ''))) return counterpartSpeaker(q, from, last);
  // وزير الخارجية الفرنسي: an indefinite title made definite by the genitive that follows it
  const construct = q.res.titles.has(w0) && from + 1 <= last && /^(ال|لل)/.test(table.norms[from + 1]) && q.mentionAt[from + 1] < 0;
  // رئيسة «اتحاد جمعيات الصحافيين الإسبان»: a title and the body's name between marks
  // (an indefinite title only: after المتحدث the marks hold what he said)
  const quotedBody = q.res.titles.has(w0) && !definiteHead ? bracketEnd(q, from + 1) : -1;
  if (quotedBody > 0 && quotedBody <= last) {
    return { name: table.text.slice(stripConjunctionOffset(q, from), table.ends[quotedBody]), entityId: null, type: null, gender: w0.endsWith('ه') ? 'f' : 'm', resolution: 'explicit', first: from, last: quotedBody };
  }
  if (ROOT_WAW.test(w0)) {
    // والدة أحد الضحايا: a relative of someone, named by the whole phrase
    return { name: table.text.slice(table.starts[from], table.ends[last]), entityId: null, type: null, gender: w0.endsWith('ه') ? 'f' : 'm', resolution: 'explicit', first: from, last };
  }
  if (!/^(ال|وال|فال)/.test(w0) && !construct) return null;
  // a definite role or short name: الوزير التركي → the minister the document named; الوزارة → the ministry
  // the phrase: adjectives and a genitive (المديرية العامة للأرصاد الجوية)
  let cut = from;
  while (cut + 1 <= last && cut - from < 5) {
    const next = cut + 1;
    const k = q.mentionAt[next];
    const w = table.norms[next];
    // العام is a function word (هذا العام) but also the adjective of a role (الأمين العام, المدير العام)
    // (الكاتبة والناشطة الأمريكية: coordinated roles)
    const ok = k >= 0 ? q.mentions[k].form === 'adjective' : (/^(ال|لل|وال)/.test(w) && !q.res.functionWords.has(w)) || w === 'العام';
    if (!ok) break;
    cut = next;
  }
  const referent = resolveReference(q, from, cut);
  if (referent) return fromMention(referent, 'title', from, cut);
  const gender = w0.endsWith('ه') || w0.endsWith('ات') ? 'f' : 'm';
  return { name: table.text.slice(stripConjunctionOffset(q, from), table.ends[cut]), entityId: null, type: null, gender, resolution: 'explicit', first: from, last: cut };
}

/** Is a person's name among the next few words from t, before any verb, clause word or punctuation? */
function personAhead(q: QuoteDoc, t: number, limit: number): boolean {
  for (let k = t; k < limit && k < t + 8 && !q.doc.breakBefore[k]; k++) {
    const m = q.mentionAt[k];
    if (m >= 0 && q.mentions[m].type === 'PERSON' && q.mentions[m].form === 'name') return true;
    if (isStop(q, k)) {
      const close = bracketEnd(q, k);
      if (close < 0) return false;
      k = close;
    }
  }
  return false;
}

const isOrgHeadWord = (w: string): boolean => ORG_HEADS.has(w) || (/^[وف]/.test(w) && ORG_HEADS.has(w.slice(1)));

/**
 * وقال نظيره الروسي: the person of that country who holds the role of the one before (the possessor);
 * when the document never named them, the phrase itself, unresolved (never the possessor).
 */
function counterpartSpeaker(q: QuoteDoc, from: number, last: number): Speaker {
  const { table } = q;
  let cut = from;
  let country: string | null = null;
  while (cut + 1 <= last && q.mentionAt[cut + 1] >= 0 && q.mentions[q.mentionAt[cut + 1]].form === 'adjective') {
    cut++;
    country ??= countryAt(q, cut);
  }
  const anchors = anchorsOf(q);
  let possessor: Anchor | undefined;
  for (let k = anchors.length - 1; k >= 0 && !possessor; k--) {
    const a = anchors[k];
    if (a.mention.first < from && a.mention.type === 'PERSON' && [...a.heads].some((h) => !COUNTERPART.has(h))) possessor = a;
  }
  if (possessor && country) {
    for (let k = anchors.length - 1; k >= 0; k--) {
      const a = anchors[k];
      if (a.mention.first >= from || a.mention.type !== 'PERSON' || a.mention.id === possessor.mention.id || !a.countries.has(country)) continue;
      if ([...possessor.heads].some((h) => !COUNTERPART.has(h) && a.heads.has(h))) return fromMention(a.mention, 'title', from, cut);
    }
  }
  const gender = table.norms[from].endsWith('ته') ? 'f' : 'm';
  return { name: table.text.slice(stripConjunctionOffset(q, from), table.ends[cut]), entityId: null, type: null, gender, resolution: 'explicit', first: from, last: cut };
}

const BRACKETS: Record<string, string> = { '(': ')', '«': '»', '"': '"', '“': '”', '[': ']' };

/** The token that closes a short bracketed or quoted name opening at t (at most four words), or -1. */
export function bracketEnd(q: QuoteDoc, t: number): number {
  const close = BRACKETS[q.table.norms[t]];
  if (!close) return -1;
  for (let k = t + 1; k < q.table.count && k <= t + 5; k++) {
    if (q.table.norms[k] === close) return k > t + 1 ? k : -1;
    if (q.table.kinds[k] !== K_WORD) return -1;
  }
  return -1;
}

/** After adverbials: the person or role phrase that ends right before the complement. */
function subjectBeforeComplement(q: QuoteDoc, from: number, complementAt: number): Speaker | null {
  const last = complementAt - 1;
  if (last < from) return null;
  const k = q.mentionAt[last];
  if (k < 0) return null;
  const m = q.mentions[k];
  if (m.type !== 'PERSON' || m.form !== 'name') return null;
  // the role before the name belongs to the mention: المدير العام للمنظمة الدكتور أنطونيو بيريرا
  let first = m.first;
  while (first - 1 > from && !isStop(q, first - 1) && !ADVERBIAL_LEADS.has(q.table.norms[first - 1]) && q.mentionAt[first - 1] < 0 && m.first - first < 6) first--;
  return fromMention(m, 'explicit', first, m.last);
}

/** وقال الوزير: a mention's span leaves the و/ف outside (not the و of والدة). */
export function stripConjunctionOffset(q: QuoteDoc, t: number): number {
  const w = q.table.norms[t];
  return /^[وف]ال/.test(w) && !ROOT_WAW.test(w) ? q.table.starts[t] + 1 : q.table.starts[t];
}

// والدة, والد, والي: words whose و is their first root letter, not a conjunction
const ROOT_WAW = /^(?:والد|والي)/;

/** The subject right before a speech verb (SVO): لافروف أكد أن، الوزير قال. */
export function subjectBefore(q: QuoteDoc, verb: number, floor: number): Speaker | null {
  const t = verb - 1;
  if (t < floor || q.doc.breakBefore[verb]) return null;
  const k = q.mentionAt[t];
  if (k < 0) return null;
  const m = q.mentions[k];
  if (m.form !== 'name' || (m.type !== 'PERSON' && m.type !== 'ORGANIZATION' && m.type !== 'COUNTRY')) return null;
  // after a preposition it is no subject (في روسيا قال …)
  const before = m.first - 1;
  if (before >= floor && (ADVERBIAL_LEADS.has(q.table.norms[before]) || isPrepositionalMention(q, m))) return null;
  return fromMention(m, 'explicit', m.first, m.last);
}

/** A mention written with a preposition (لوكالة, بالوزارة, عن X): an addressee or a place, not a subject. */
function isPrepositionalMention(q: QuoteDoc, m: Mention): boolean {
  const { table } = q;
  if (m.start > table.starts[m.first]) {
    const prefix = table.norms[m.first].slice(0, 2);
    if (/^(ل|ب|وب|ول|فب|فل)/.test(prefix)) return true;
  }
  const before = m.first - 1;
  if (before < 0) return false;
  const w = table.norms[before];
  return ['عن', 'الي', 'علي', 'من', 'في', 'مع', 'لدي', 'عبر', 'ل', 'لوكاله', 'لصحيفه', 'لقناه', 'وكاله', 'صحيفه', 'قناه'].includes(w) || /^ل(وكاله|صحيفه|قناه|موقع)/.test(w);
}

/**
 * The speaker of a verb with no written subject. Participles and أضاف/تابع/أوضح continue the previous
 * speaker of the same gender (carried); other verbs take the previous speaker, or else the nearest entity
 * that agrees in gender and is no addressee (pronoun). After بدوره/من جهته it is somebody new.
 */
export function droppedSubject(q: QuoteDoc, verb: number, gender: 'm' | 'f' | 'c', carries: boolean, history: Speaker[], turn: boolean): Speaker | null {
  const agrees = (g: 'm' | 'f' | null): boolean => gender === 'c' || g === null || g === gender;
  const previous = history.length ? history[history.length - 1] : null;
  const resolution: SpeakerResolution = carries ? 'carried' : 'pronoun';
  // the nearest subject-like entity before the verb that agrees (not an addressee, not a place in passing)
  const floor = Math.max(0, verb - 150);
  let nearest: Mention | null = null;
  for (let t = verb - 1; t >= floor; t--) {
    const k = q.mentionAt[t];
    if (k < 0) continue;
    const m = q.mentions[k];
    t = m.first;
    if (m.form !== 'name' || m.type === 'WEAPON' || m.type === 'LOCATION') continue;
    if (m.type === 'CITY' && !isSubjectOfVerb(q, m)) continue; // a capital speaks only as a subject (ودعت موسكو)
    if (isPrepositionalMention(q, m)) continue;
    if (turn && previous && previous.entityId === m.id) continue;
    const g = m.gender ?? (m.type === 'PERSON' ? null : 'f');
    if (gender !== 'c' && g !== null && g !== gender) continue;
    if (gender !== 'c' && g === null && m.type === 'PERSON') continue;
    nearest = m;
    break;
  }
  if (!turn) {
    for (let k = history.length - 1; k >= 0 && k >= history.length - 6; k--) {
      const s = history[k];
      if (!agrees(s.gender)) continue;
      // a pronoun prefers a subject introduced after the last speaker (ودعت موسكو … وقالت إنها)
      if (!carries && nearest && nearest.id !== s.entityId && isSubjectOfVerb(q, nearest) && s.first >= 0 && nearest.first > s.last) break;
      return { ...s, resolution, first: -1, last: -1 };
    }
  }
  return nearest ? fromMention(nearest, resolution, -1, -1) : null;
}

/** Is the mention the subject of a verb: right after the first word of its clause (ودعت موسكو)? */
function isSubjectOfVerb(q: QuoteDoc, m: Mention): boolean {
  const t = m.first - 1;
  if (t < 0 || q.table.kinds[t] !== K_WORD) return false;
  const before = t - 1;
  return before < 0 || q.doc.breakBefore[t] === 1 || q.table.kinds[before] === K_PUNCT;
}
