// Rules beyond the lexicon, run on the tokens the lexicon left uncovered:
//  - a title followed by name words is a person (الرئيس بشار الأسد, اللواء أحمد العسيري);
//  - a known given name followed by family-name words is a person (خالد العلي, عبد الكريم الخطابي);
//  - two unknown words right after a speech verb, before إن or a title, are a person (وقال ريناتو سوليدام إن);
//  - an institution word with its name is an organization (وزارة الدفاع التركية, جامعة الملك سعود), and so
//    are an official body (المديرية العامة للدفاع المدني) and a country's army (الجيش اللبناني);
//  - a place word with a name is a city or a place (مدينة منبج → منبج).

import { K_PUNCT, K_WORD } from '../tokens/scan.js';
import { hasTanween, newMention, type DocTokens, type Mention, type RuleKind } from './layers.js';
import type { Resources } from '../lexicon/resources.js';
import type { EntityType } from '../types.js';
import { W } from '../lexicon/word-class.js';
import { letterOffset } from '../lexicon/clitics.js';
import { QUOTE_MARKS, WEAK_LEMMAS } from '../lexicon/word-lists.js';
import { HashMemo } from '../text/hash-memo.js';
import { Int32Scratch } from '../scratch.js';
import { ARMY_HEADS, DEFINITE_ORG_HEADS, KUNYA_WORDS, ORG_HEADS, PLACE_HEADS, REGION_BODY_HEADS, ROLE_NOUNS, STRONG_ORG_HEADS } from '../lexicon/heads.js';

const CONNECTORS = new Set(['بن', 'بنت', 'ابن', 'ابو', 'ام', 'ال', 'عبد', 'ولد', 'اغا']);
// Regnal numbers: محمد الخامس, الحسن الثاني
const ORDINALS = new Set(['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'عشر']);
// Words between a title and the name: الرئيس السابق, وزير الخارجية الأسبق
const TITLE_MODIFIERS = new Set(['السابق', 'السابقه', 'الاسبق', 'الجديد', 'الجديده', 'الحالي', 'الحاليه', 'المستقيل', 'المكلف', 'المكلفه', 'المنتخب', 'المنتخبه', 'الراحل', 'الراحله', 'الاعلي', 'الاول', 'الاوله', 'العام', 'الرسمي', 'الموقت', 'المقال', 'المخلوع', 'المعزول']);

interface Ctx {
  doc: DocTokens;
  res: Resources;
  /** Mention index covering each token, or -1. */
  covered: Int32Array;
  mentions: Mention[];
}

export function applyRules(doc: DocTokens, mentions: Mention[], res: Resources): Mention[] {
  const { table } = doc;
  const covered = coveredScratch.take(table.count, -1);
  mentions.forEach((m, index) => {
    for (let t = m.first; t <= m.last; t++) covered[t] = index;
  });
  const ctx: Ctx = { doc, res, covered, mentions };
  const added: Mention[] = [];
  const removed = new Set<number>();
  const take = (m: Mention): void => {
    // a rule's name may swallow a nisba the lexicon found at its end (وزارة الدفاع التركية)
    for (let t = m.first; t <= m.last; t++) if (covered[t] >= 0) removed.add(covered[t]);
    for (let t = m.first; t <= m.last; t++) covered[t] = -2;
    added.push(m);
  };
  for (let i = 0; i < table.count; i++) {
    if (covered[i] !== -1 || table.kinds[i] !== K_WORD) continue;
    // one table read says whether any rule can start here (most tokens: none)
    if (!((doc.wordClass[i] | doc.conjClass[i]) & RULE_STARTS) && !prepositionalHead(doc, i)) continue;
    const found = titledPerson(ctx, i) ?? organization(ctx, i) ?? institution(ctx, i) ?? place(ctx, i) ?? kunya(ctx, i) ?? namedPerson(ctx, i) ?? spokenName(ctx, i);
    if (found) {
      take(found);
      i = found.last;
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions.filter((_, k) => !removed.has(k)), ...added].sort((a, b) => a.start - b.start);
}

// (the rules' own: no Mention keeps it)
const coveredScratch = new Int32Scratch();

const RULE_STARTS = W.TITLE | W.ROLE | W.ORG_HEAD | W.INSTITUTION | W.PLACE_HEAD | W.GIVEN | W.GIVEN_COMMON | W.SPEECH | W.KUNYA;

/** لمعهد, بجامعة, لمحمد: an institution word or a given name behind a preposition. */
function prepositionalHead(doc: DocTokens, i: number): boolean {
  return (doc.prepClass[i] & (W.ORG_HEAD | W.INSTITUTION | W.GIVEN | W.GIVEN_COMMON)) !== 0;
}

/**
 * The token read as one of `words`: as written, or without a leading و/ف (والرئيس → الرئيس), or for
 * heads also without ل/ب (لمعهد → معهد). Returns the word and the number of letters dropped.
 */
function readAs(norm: string, words: { has(w: string): boolean }, prepositions = false): { word: string; strip: number } | null {
  if (words.has(norm)) return { word: norm, strip: 0 };
  const c = norm.charCodeAt(0);
  if ((c === 0x0648 || c === 0x0641) && norm.length > 3 && words.has(norm.slice(1))) return { word: norm.slice(1), strip: 1 };
  if (prepositions && (c === 0x0644 || c === 0x0628) && norm.length > 3 && words.has(norm.slice(1))) return { word: norm.slice(1), strip: 1 };
  return null;
}

/**
 * Can word token t be read as a word of the class `bit` the way readAs reads it (as written, without و/ف,
 * or with `prepositions` without ل/ب)? The W bits of a set's words (resources.ts) are in the token's
 * lexeme for all three readings, so one look screens out the tokens readAs would slice and look up in vain.
 */
function mayRead(doc: DocTokens, t: number, bit: number, prepositions = false): boolean {
  return ((doc.wordClass[t] | doc.conjClass[t] | (prepositions ? doc.prepClass[t] : 0)) & bit) !== 0;
}

function isFree(ctx: Ctx, t: number): boolean {
  return t < ctx.doc.table.count && ctx.covered[t] === -1 && !ctx.doc.breakBefore[t];
}

/**
 * A later word of a person's name may be a small gazetteer town of the same spelling (الدكتور أنطونيو
 * بيريرا: Pereira, Colombia): a place never follows a name without a preposition, so the name wins.
 */
function isTownInAName(ctx: Ctx, t: number, position: number): boolean {
  if (position === 0 || t >= ctx.doc.table.count || ctx.doc.breakBefore[t]) return false;
  const k = ctx.covered[t];
  if (k < 0) return false;
  const m = ctx.mentions[k];
  if (m.type !== 'CITY' || m.first !== m.last || m.entry < 0 || m.start !== ctx.doc.table.starts[t]) return false;
  return ctx.res.lexicon.entries[m.entry].source === 'wikidata-world-cities';
}

/** Can token t be part of a person's name? */
function isNameWord(ctx: Ctx, t: number, position: number): boolean {
  const { table } = ctx.doc;
  if (!(isFree(ctx, t) || isTownInAName(ctx, t, position)) || table.kinds[t] !== K_WORD) return false;
  const w = table.norms[t];
  const cls = ctx.doc.wordClass[t];
  // علي (Ali) is written with a dotted ya, على (on) with an alef maqsura: both normalize to علي
  const ali = w === 'علي' && table.text.charCodeAt(table.ends[t] - 1) === 0x064a;
  if (cls & (W.FUNCTION | W.SPEECH | W.TITLE | W.TRIGGER) && !ali) return false;
  // عبد الحفيظ, أبو بكر: a connector starts a name when it and the next word are a compound given name
  if (CONNECTORS.has(w)) return position > 0 || (t + 1 < table.count && ctx.res.givenNames.has(w + ' ' + table.norms[t + 1]));
  if (cls & (W.ORG_HEAD | W.PLACE_HEAD)) return false; // معهد, وزارة: an institution
  if (cls & W.GIVEN) return true;
  if (cls & W.COMMON) return false;
  // a name does not carry a preposition or a conjunction with the article (للشركة, والوزير), nor
  // with an everyday word (بوفد, بمنزله, وقال); a word of four letters or less is too short to carry
  // them (فال, بالي)
  if (w.startsWith('لل') || (w.length > 4 && /^(بال|وال|فال|كال)/.test(w))) return false;
  if ((ctx.doc.prepClass[t] | ctx.doc.conjClass[t]) & (W.COMMON | W.FUNCTION | W.SPEECH | W.ORG_HEAD | W.PLACE_HEAD)) return false; // بمكتب, وبلدة
  return w.length >= 2;
}

/**
 * Can token t continue a person's name after its first word? Only words that look like names: a known
 * given name (محمد علي), a word of a known person's name, a connector (بن, أبو) or a family-style nisba
 * (العتيبي, الغامدي) that is not an everyday word.
 */
function isFamilyWord(ctx: Ctx, t: number): boolean {
  if (!isNameWord(ctx, t, 1)) return false;
  const w = ctx.doc.table.norms[t];
  const cls = ctx.doc.wordClass[t];
  if (CONNECTORS.has(w) || cls & (W.GIVEN | W.PERSON_WORD) || ORDINALS.has(w)) return true;
  return w.startsWith('ال') && writtenWithArticle(ctx, t) && w.endsWith('ي') && w.length >= 5 && !(cls & W.COMMON);
}

/** The written word starts with the article ال, not with إل or أل, which normalize to it (إلحاقي). */
const writtenWithArticle = (ctx: Ctx, t: number): boolean => ctx.doc.table.text.charCodeAt(ctx.doc.table.starts[t]) === 0x0627;

// Definite words in ي that are days and times, not family names (الماضي, الحالي)
const NOT_FAMILY = new Set(['الماضي', 'الحالي', 'الثاني', 'الجاري', 'التالي', 'الرسمي', 'السابق', 'المقبل', 'الليلي', 'اليومي', 'المحلي', 'الحكومي', 'الاعلامي', 'الصحفي']);

/** الشهري, العلمي: a definite nisba that is also an everyday word, free and not a time or role word. */
function isCommonNisba(ctx: Ctx, t: number): boolean {
  if (!isFree(ctx, t) || ctx.doc.table.kinds[t] !== K_WORD) return false;
  const w = ctx.doc.table.norms[t];
  if (!(w.startsWith('ال') && writtenWithArticle(ctx, t) && w.endsWith('ي') && w.length >= 5) || NOT_FAMILY.has(w) || TITLE_MODIFIERS.has(w)) return false;
  return !(ctx.doc.wordClass[t] & (W.FUNCTION | W.SPEECH | W.TITLE | W.TRIGGER | W.ORG_HEAD | W.PLACE_HEAD));
}

/**
 * Collects name words from t on (at most `max`): a first word, then family words, never ending on a
 * connector. After a title (`liberal`) any name word continues the name: the title vouches for it.
 */
function nameRun(ctx: Ctx, t: number, max: number, firstIsFamily = false, liberal = false): number {
  if (!(firstIsFamily ? isFamilyWord(ctx, t) : isNameWord(ctx, t, 0))) return t;
  // after a title the first two words are vouched for; later ones must look like a family name
  // (a definite surname الحمدان, a known name): وزير الخارجية خالد العلي مزاعم … stops at مزاعم
  const continues = (k: number): boolean => {
    if (isFamilyWord(ctx, k)) return true;
    // الدكتور ماجد الشهري: after a title and a given name, a family nisba even when it is also a word
    if (liberal && k === t + 1 && isCommonNisba(ctx, k) && ctx.res.givenNames.has(ctx.doc.table.norms[t])) return true;
    if (!liberal || !isNameWord(ctx, k, 1) || ROLE_NOUNS.has(ctx.doc.table.norms[k])) return false;
    return k - t < 2 || (ctx.doc.table.norms[k].startsWith('ال') && !(ctx.doc.wordClass[k] & W.COMMON));
  };
  let end = t + 1;
  while (end - t < max && continues(end)) {
    if (CONNECTORS.has(ctx.doc.table.norms[end]) && !continues(end + 1)) break;
    end++;
  }
  while (end > t && CONNECTORS.has(ctx.doc.table.norms[end - 1])) end--;
  return end;
}

/** A mention the rules found over tokens [first, last], leaving `strip` proclitic letters of the first outside. */
function ruleMention(ctx: Ctx, rule: RuleKind, type: EntityType, first: number, last: number, strip: number, gender: 'm' | 'f' | null): Mention {
  const { table } = ctx.doc;
  const start = strip > 0 ? letterOffset(table.text, table.starts[first], table.ends[first], strip) : table.starts[first];
  const end = table.ends[last];
  const name = table.text.slice(start, end);
  return newMention({ start, end, first, last, type, id: `rule:${type.toLowerCase()}:${name}`, name, form: 'name', source: 'rule', entry: -1, gender, rule });
}

function personMention(ctx: Ctx, rule: RuleKind, first: number, endToken: number, strip: number): Mention {
  const given = ctx.res.givenNames.get(ctx.doc.table.norms[first]);
  return ruleMention(ctx, rule, 'PERSON', first, endToken - 1, strip, given?.gender ?? null);
}

/** A title or a role (الرئيس, وزير الخارجية, المدرب البرتغالي, المتحدث باسم الجيش …) and then the name it introduces. */
function titledPerson(ctx: Ctx, i: number): Mention | null {
  const { table } = ctx.doc;
  let end = titleEnd(ctx, i);
  if (end < 0) {
    if (!mayRead(ctx.doc, i, W.ROLE) || !readAs(table.norms[i], ROLE_NOUNS)) return null;
    end = i + 1;
  }
  // what qualifies the role before the name: a nisba, the body it serves (لمنظمة الصحة العالمية, باسم
  // الجيش الأمريكي), modifiers (السابق) — but never a verb, a clause word or punctuation
  let t = end;
  for (let k = 0; k < 6 && t < table.count && !ctx.doc.breakBefore[t] && table.kinds[t] === K_WORD; k++) {
    const covering = ctx.covered[t] >= 0 ? ctx.mentions[ctx.covered[t]] : null;
    const w = table.norms[t];
    const organ = covering ? null : organization(ctx, t);
    if (covering) {
      if (covering.type === 'PERSON' && covering.form === 'name') return null; // the lexicon knows the name already
      t = covering.last + 1;
    } else if (organ) t = organ.last + 1; // مدير معهد باستور …
    else if (w === 'باسم' || w === 'بإسم') {
      // المتحدث باسم الجيش: the body spoken for is no name
      t++;
      if (t < table.count && ctx.covered[t] >= 0) t = ctx.mentions[ctx.covered[t]].last + 1;
      else if (t < table.count && table.kinds[t] === K_WORD) {
        // (باسم مدينة الملاهي: an indefinite head takes its definite genitive with it)
        t++;
        if (!isDefinite(table.norms[t - 1]) && t < table.count && isFree(ctx, t) && !ctx.doc.breakBefore[t] && isDefinite(table.norms[t])) t++;
      }
    } else if (mayRead(ctx.doc, t, W.INSTITUTION, true) && readAs(w, DEFINITE_ORG_HEADS, true)) {
      // باسم اللجنة الوطنية لإدارة …: a definite institution is the body spoken for, never the name
      const body = institution(ctx, t);
      t = body ? body.last + 1 : t + 1;
    } else if (TITLE_MODIFIERS.has(w) || (/^(لل|ل|بال)/.test(w) && !ctx.res.givenNames.has(w) && w.length > 3)) t++;
    // الخبير الاقتصادي أمين فارس: an adjective of the role, when a first name follows
    else if (isCommonNisba(ctx, t) && !ctx.res.givenNames.has(w) && ctx.res.givenNames.has(table.norms[t + 1] ?? '')) t++;
    else if ((w === 'في' || w === 'ب') && t + 1 < table.count && ctx.covered[t + 1] >= 0) t++;
    else if (isPossessive(ctx, t) && !ctx.res.givenNames.has(w)) t++; // رئيس بلديتها, وزير خارجيتها: whose role
    else if (ctx.res.titles.has(w) || ROLE_NOUNS.has(w)) return null; // another title starts: it introduces the name
    // رئيس البعثة بتال العتيبي, مدير المستشفى محمد …: what the role heads, a definite noun (no family name),
    // when a name follows it (الرئيس الأسد قال: the everyday word is the name there)
    else if (isDefinite(w) && !w.endsWith('ي') && !ctx.res.givenNames.has(w) && nameFollows(ctx, t + 1)) t++;
    // المتحدث باسم مدينة الملاهي ياكوب فال: a place's or a body's head and its definite genitive
    // (not a royal's title: مطار الملك خالد الدولي is named after him)
    else if (ctx.doc.wordClass[t] & (W.PLACE_HEAD | W.ORG_HEAD) && !isDefinite(w) && isFree(ctx, t + 1) && isDefinite(table.norms[t + 1] ?? '') && !ROYAL_WORDS.has(table.norms[t + 1]) && nameFollows(ctx, t + 2)) t += 2;
    else break;
  }
  if (t >= table.count || ctx.covered[t] !== -1 || ctx.doc.breakBefore[t]) return null;
  let runEnd = nameRun(ctx, t, 4, false, true);
  if (runEnd === t) return null;
  // مستشفى الملك فهد التخصصي, مدينة الملك عبدالعزيز الطبية: a facility named after a royal; the word
  // after the person's given names and connectors is the facility's adjective, not a family name
  if (i > 0 && !ctx.doc.breakBefore[i] && readAs(table.norms[i - 1], FACILITY_HEADS, true)) {
    let k = t + 1;
    while (k < runEnd && (ctx.res.givenNames.has(table.norms[k]) || CONNECTORS.has(table.norms[k]) || CONNECTORS.has(table.norms[k - 1]))) k++;
    runEnd = k;
  }
  // رئيس الاتفاق المكلف: an adjective of the role (المكلف، السابق) ends no person's name
  while (runEnd - 1 > t && ROLE_ADJECTIVES.has(table.norms[runEnd - 1])) runEnd--;
  const firstWord = table.norms[t];
  const knownGiven = ctx.res.givenNames.has(firstWord);
  // one unknown word after a title is a surname (اللواء العسيري) only when it looks like one
  // (a definite word must also look like a family nisba: العسيري, not الجيش; and a broken plural of the
  // pattern مفاعل/مفاعيل is the verb's object: نفى الوزير مزاعم …)
  if (!knownGiven && runEnd - t === 1 && (firstWord.length < 4 || ctx.res.commonWords.has(firstWord) || (isDefinite(firstWord) && !firstWord.endsWith('ي')) || BROKEN_PLURAL.test(firstWord) || isPossessive(ctx, t))) return null;
  // وزير كوري، مسؤول غربي: one indefinite word of nisba shape right after a bare indefinite title is the
  // title's adjective (a name after a title is introduced by a definite one: الوزير فلان)
  if (!knownGiven && runEnd - t === 1 && t === i + 1 && !isDefinite(table.norms[i]) && !isDefinite(firstWord) && /ي$/.test(firstWord)) return null;
  return personMention(ctx, 'title', t, runEnd, 0);
}

/** A person's name starts at t: a given name, or a word no list knows before a family name (بتال العتيبي). */
function nameFollows(ctx: Ctx, t: number): boolean {
  if (t + 1 >= ctx.doc.table.count || ctx.doc.breakBefore[t] || !isFree(ctx, t)) return false;
  const w = ctx.doc.table.norms[t];
  if (ctx.res.givenNames.has(w)) return true;
  return isNameWord(ctx, t, 0) && !isDefinite(w) && !ctx.doc.breakBefore[t + 1] && isFamilyWord(ctx, t + 1);
}

/** End of the longest title starting at token i (with an optional و/ف on its first word), or -1. */
export function titleEnd(ctx: { doc: DocTokens; res: Resources }, i: number): number {
  const { table } = ctx.doc;
  if (!mayRead(ctx.doc, i, W.TITLE)) return -1;
  const word = readAs(table.norms[i], ctx.res.titles)?.word;
  const candidates = word === undefined ? undefined : ctx.res.titles.get(word);
  if (!candidates) return -1;
  for (const { words } of candidates) {
    let ok = i + words.length <= table.count;
    for (let k = 1; ok && k < words.length; k++) ok = table.norms[i + k] === words[k] && !ctx.doc.breakBefore[i + k];
    if (ok) return i + words.length;
  }
  return -1;
}

// What follows a name right after a speech verb: a complementizer, punctuation, a title or a role
const AFTER_SPOKEN_NAME = new Set(['ان', 'انه', 'انها', 'بان', 'في', 'خلال', 'لوكاله', 'للصحفيين', 'للصحافيين']);

/** A word that can only be part of an unknown name: no article, no everyday word, no known class. */
function isUnknownNameWord(ctx: Ctx, t: number): boolean {
  if (!isFree(ctx, t) || ctx.doc.table.kinds[t] !== K_WORD) return false;
  const w = ctx.doc.table.norms[t];
  // the article as written (إلسا normalizes to السا but has none)
  const written = ctx.doc.table.text.slice(ctx.doc.table.starts[t], ctx.doc.table.ends[t]);
  if (w.length < 3 || /^[وفبلك]?ال/.test(written) || /\d/.test(w)) return false;
  const known = W.FUNCTION | W.COMMON | W.SPEECH | W.TITLE | W.ROLE | W.TRIGGER | W.ORG_HEAD | W.PLACE_HEAD | W.INSTITUTION | W.ACCORDING;
  return ((ctx.doc.wordClass[t] | ctx.doc.conjClass[t] | ctx.doc.prepClass[t]) & known) === 0;
}

/** Per word form, read by the token's hash: is it a verb that speaks of one person (قال, أكدت), not a weak
 *  one (عبر فيديو) or a plural (تعتبران)? Once per form, not per token from the speech lexicon's lists. */
const oneSpeakerMemos = new WeakMap<Resources, HashMemo<boolean>>();

function speaksOfOne(res: Resources, norm: string, hash: number): boolean {
  let memo = oneSpeakerMemos.get(res);
  if (!memo) {
    const isOne = (w: string): boolean => (res.speech.forms.get(w) ?? []).some((f) => f.person === 3 && f.number === 'sg' && f.tense !== 'participle' && !WEAK_LEMMAS.has(f.lemma));
    oneSpeakerMemos.set(res, (memo = new HashMemo(12, isOne)));
  }
  return memo.get(norm, hash);
}

/**
 * وقال ريناتو سوليدام إن …: two unknown words right after a speech verb, closed by a complementizer,
 * punctuation or a title, are the speaker's name (news names a new speaker this way).
 */
function spokenName(ctx: Ctx, i: number): Mention | null {
  const { table } = ctx.doc;
  if (!(ctx.doc.wordClass[i] & W.SPEECH)) return null;
  if (!speaksOfOne(ctx.res, table.norms[i], table.hashes[i])) return null;
  const first = i + 1;
  const after = i + 3;
  // the first word may also be a known first name the rule for given names left alone (إلسا غونزاليس)
  const given = ctx.res.givenNames.get(table.norms[first]);
  const firstOk = isUnknownNameWord(ctx, first) || (given !== undefined && !given.common_word && isFree(ctx, first));
  if (after >= table.count || ctx.doc.breakBefore[after] || !firstOk || !isUnknownNameWord(ctx, first + 1)) return null;
  // مراقبون دوليون, مصادر طبية: a plural noun and its adjective (nisba plurals, or both in ون/ين)
  const a = table.norms[first];
  const b = table.norms[first + 1];
  if (/(?:يون|يين|يات)$/.test(b) || (/(?:ون|ين)$/.test(a) && /(?:ون|ين)$/.test(b))) return null;
  const w = table.norms[after];
  // (a role after the name, also in construct without the article: خايمي تابيا محامي تشافيز)
  const closes = table.kinds[after] === K_PUNCT || AFTER_SPOKEN_NAME.has(w) || ctx.res.titles.has(w) || isRoleWord(ctx, after);
  return closes ? personMention(ctx, 'speech', first, after, 0) : null;
}

/**
 * A kunya: أبو, أبا, أبي or أم and a name word (أبو سياف, أبا سياف, أبي سياف, أم سياف), with the family
 * words after it (أبو محمد العدناني). Compound given names (أبو بكر) are the given-name rule's.
 */
function kunya(ctx: Ctx, i: number): Mention | null {
  const { table } = ctx.doc;
  if (!(ctx.doc.wordClass[i] & W.KUNYA || ctx.doc.conjClass[i] & W.KUNYA)) return null;
  const read = readAs(table.norms[i], KUNYA_WORDS);
  if (!read) return null;
  const t = i + 1;
  if (!isFree(ctx, t) || ctx.doc.breakBefore[t] || table.kinds[t] !== K_WORD) return null;
  const w = table.norms[t];
  if (ctx.res.givenNames.has(read.word + ' ' + w)) return null; // أبو بكر: a given name of its own
  // the name after it: a given name, or a word no list knows as anything else
  const cls = ctx.doc.wordClass[t] | ctx.doc.conjClass[t] | ctx.doc.prepClass[t];
  const nameLike = (cls & W.GIVEN) !== 0 || ((cls & (W.FUNCTION | W.COMMON | W.SPEECH | W.TITLE | W.ROLE | W.ORG_HEAD | W.PLACE_HEAD | W.TRIGGER)) === 0 && !/^(?:لل|بال|وال|فال)/.test(w) && w.length >= 3);
  if (!nameLike) return null;
  const runEnd = nameRun(ctx, t + 1, 2, true);
  return personMention(ctx, 'kunya', i, runEnd > t + 1 ? runEnd : t + 1, read.strip);
}

/** A known given name and the family-name words after it. */
function namedPerson(ctx: Ctx, i: number): Mention | null {
  const { table } = ctx.doc;
  // the word as written, then its readings without one proclitic letter (from its lexeme: no slicing)
  const second = i + 1 < table.count && !ctx.doc.breakBefore[i + 1] && table.kinds[i + 1] === K_WORD ? table.norms[i + 1] : '';
  const found = givenNameAt(ctx, i, table.norms[i], 0, second);
  if (found !== undefined) return found;
  for (const r of ctx.doc.lexemes[i].stems) {
    if (r.strip !== 1) continue;
    const m = givenNameAt(ctx, i, r.key, 1, second);
    if (m !== undefined) return m;
  }
  return null;
}

/** namedPerson for one reading of token i (its key, with `strip` letters dropped); undefined: try the next. */
function givenNameAt(ctx: Ctx, i: number, key: string, strip: number, second: string): Mention | undefined {
  const { table } = ctx.doc;
  // one table read: only a given name or the first word of a compound one (عبد) can start a name,
  // so the speech verbs and titles the rules also start at cost no lookups here
  // (the word itself has its class in the token's lexeme: no look-up)
  const cls = strip === 0 ? ctx.doc.wordClass[i] : (ctx.res.wordClass.get(key) ?? 0);
  if (!(cls & (W.GIVEN | W.GIVEN_COMMON))) return undefined;
  // عبد الكريم, عبد العزيز: a compound given name over two tokens (its first word has the class
  // GIVEN_COMMON: resources.ts; no string is joined for the other words)
  const compound = second && cls & W.GIVEN_COMMON ? ctx.res.givenNames.get(key + ' ' + second) : undefined;
  if (compound) {
    const runEnd = nameRun(ctx, i + 2, 3, true);
    if (runEnd === i + 2 && compound.common_word) return undefined;
    return personMention(ctx, 'given', i, runEnd, strip);
  }
  const given = ctx.res.givenNames.get(key);
  if (!given) return undefined;
  // آية الله علي السيستاني: a given name that opens a title of more words (آية, Aya) is the title
  if (strip === 0 && titleEnd(ctx, i) > i + 1) return undefined;
  // بيت عبد الكريم الخطابي: an everyday word before a compound name is no first name of it
  // (the same class test for the word after, when there is one)
  if (given.common_word && i + 2 < table.count && (second === '' || ctx.doc.wordClass[i + 1] & W.GIVEN_COMMON) && ctx.res.givenNames.has(second + ' ' + table.norms[i + 2])) return undefined;
  // على (on) is not علي (Ali): the written alef maqsura tells them apart
  if (strip === 0 && /\u0649$/.test(table.text.slice(table.starts[i], table.ends[i]))) return undefined;
  // حسن مغربي، أحمد مصري: a nisba without the article right after a given name is its family name, no
  // adjective (a name is definite, and so would its adjective be); after a given name that is also an
  // everyday word (حسن, جمال: جمال عربي is "Arab beauty"), only where a person is spoken of: after a
  // verb of saying or before a role
  if (isIndefiniteNisba(ctx, i + 1) && (!given.common_word || speaksOfPerson(ctx, i, i + 2))) {
    if (hasTanween(table.text, table.starts[i], table.ends[i + 1])) return undefined;
    return personMention(ctx, 'given', i, nameRun(ctx, i + 2, 2, true), strip);
  }
  // the word after must not be a name the lexicon knows (it would be a different mention)
  const runEnd = nameRun(ctx, i + 1, 3, true);
  const family = runEnd - (i + 1);
  if (given.common_word && family === 0) return undefined; // أمل, سلام, جمال need a family name
  if (family === 0 && (strip > 0 || table.norms[i].length < 3)) return undefined;
  // مؤمنٍ صادقٍ: a word with tanween is indefinite, an everyday noun or adjective, no name
  if (hasTanween(table.text, table.starts[i], table.ends[runEnd - 1])) return undefined;
  return personMention(ctx, 'given', i, runEnd, strip);
}

/** Token t is one word the lexicon reads as a nisba adjective, masculine, written without the article or a proclitic (مغربي). */
function isIndefiniteNisba(ctx: Ctx, t: number): boolean {
  const { table } = ctx.doc;
  // (a family name has the masculine form: أياد فلسطينية is "Palestinian hands")
  if (t >= table.count || ctx.doc.breakBefore[t] || ctx.covered[t] < 0 || table.norms[t].startsWith('ال') || table.norms[t].endsWith('ه')) return false;
  const m = ctx.mentions[ctx.covered[t]];
  return m.form === 'adjective' && m.first === t && m.last === t && m.start === table.starts[t];
}

/** Is a person spoken of at tokens [first, after): a verb of saying right before, or a role or title right after? */
function speaksOfPerson(ctx: Ctx, first: number, after: number): boolean {
  const { doc } = ctx;
  if (first > 0 && doc.wordClass[first - 1] & W.SPEECH) return true;
  return after < doc.table.count && !doc.breakBefore[after] && ((doc.wordClass[after] & (W.TITLE | W.ROLE)) !== 0 || isRoleWord(ctx, after));
}

/** A role noun at t, with the article or in construct without it (المحامي، محامي تشافيز). */
function isRoleWord(ctx: Ctx, t: number): boolean {
  const w = ctx.doc.table.norms[t];
  return ROLE_NOUNS.has(w) || ROLE_NOUNS.has('ال' + w);
}

// Region words between a body's head and its place (شرطة منطقة مكة, بلدية محافظة القطيف)
const REGION_WORDS = new Set(['منطقه', 'محافظه', 'مدينه', 'ولايه']);
const isPlaceMention = (m: Mention): boolean => m.form === 'name' && (m.type === 'CITY' || m.type === 'LOCATION' || m.type === 'COUNTRY');

// Heads of military units, often named by a word of their own (كتيبة جولاني)
const UNIT_HEADS = new Set(['كتيبه', 'لواء', 'فيلق']);

// Heads of companies, which are often named after their founder (مجموعة محمد المعجل)
const COMPANY_HEADS = new Set(['شركه', 'مجموعه', 'موسسه', 'مصنع', 'بنك', 'مصرف']);

// Adjectives of a person's role that never end an institution's name
const ROLE_ADJECTIVES = new Set(['المساعد', 'المساعده', 'السابق', 'السابقه', 'الاسبق', 'المكلف', 'المكلفه', 'المستقيل', 'المستقيله', 'المقال', 'المقاله']);

// Words after which a given name belongs to an institution's name: جامعة الملك سعود, مستشفى الأمير محمد
const ROYAL_WORDS = new Set(['الملك', 'الامير', 'الشيخ', 'الامام', 'السلطان', 'الرييس', 'بن', 'ابن', 'عبد']);

const isDefinite = (w: string): boolean => w.startsWith('ال') && w.length > 3;
/** للتنسيق, للإحصاء: a genitive with ل and the article, as the names of bodies have. */
const isGenitive = (w: string): boolean => w.startsWith('لل') && w.length > 4;
// مزاعم, مطالب, مشاريع: nouns of the patterns مفاعل and مفاعيل (plain letters, no backtracking)
const BROKEN_PLURAL = /^م[^ا]ا[^ا]ي?[^ا]$/;
// ملاهي, مباني, مقاهي: the plurals of that pattern whose last root letter is weak
const DEFECTIVE_PLURAL = /^م[^ا]ا[^ا]ي$/;
// دعوته, كلمتها, بلديتها: a noun with a possessive pronoun (كرر الوزير دعوته …) is no name; read on the
// written word, where the pronoun's ه is not a ta marbuta (شحاتة is a name)
const POSSESSIVE = /ت(?:ه|ها|هم|هما)$/;
const isPossessive = (ctx: Ctx, t: number): boolean => POSSESSIVE.test(ctx.doc.table.text.slice(ctx.doc.table.starts[t], ctx.doc.table.ends[t]));

/** An institution word and its name: وزارة الدفاع التركية, جامعة الملك سعود. */
function organization(ctx: Ctx, i: number): Mention | null {
  const { table } = ctx.doc;
  // (ORG_HEADS: the strong heads and the weak ones)
  const head = mayRead(ctx.doc, i, W.ORG_HEAD, true) ? readAs(table.norms[i], ORG_HEADS, true) : null;
  if (!head) return null;
  const { word, strip } = head;
  // مديرية لودر is a district, مديرية الأمن a directorate: a name without the article is the place's
  if (word === 'مديريه' && i + 1 < table.count && !isDefinite(table.norms[i + 1])) return null;
  // إمارة منطقة الرياض is the region's governorate, a body; إمارة دبي the emirate, a place
  if (word === 'اماره' && !(i + 1 < table.count && REGION_WORDS.has(table.norms[i + 1]))) return null;
  // للواء عبدالعزيز, للواء الركن, للواء الغامدي: ل + the rank اللواء before a name or a title, not a
  // brigade (لواء العمالقة, للواء الثالث)
  if (word === 'لواء' && strip > 0 && i + 1 < table.count && isRankAfter(ctx, i + 1)) return null;
  // حركة is also "traffic, movement" (حركة السفن) and تنظيم "organizing" (تنظيم المعرض، تنظيم الهجرة
  // السرية): they need a name that is no everyday word (the lexicon knows تنظيم القاعدة, تنظيم الدولة)
  const strong = STRONG_ORG_HEADS.has(word) && word !== 'حركه' && word !== 'تنظيم';
  let t = i + 1;
  let specific = false;
  let words = 0;
  // مجموعة محمد المعجل: a company named after its founder, a first name and the family words after it
  let founder = t;
  if (COMPANY_HEADS.has(word) && isFree(ctx, t) && ctx.res.givenNames.has(table.norms[t])) {
    founder = t + 1;
    // the family words: a family-style word or any definite word no list knows (المعجل, الراجحي)
    while (founder < t + 3 && isFree(ctx, founder) && (isFamilyWord(ctx, founder) || (isDefinite(table.norms[founder]) && isNameWord(ctx, founder, 1)))) founder++;
  }
  if (founder > t + 1) {
    specific = true;
    words = founder - t;
    t = founder;
  }
  // شرطة منطقة مكة المكرمة، بلدية محافظة القطيف، إمارة منطقة الباحة: a body of a region or governorate,
  // named by the region word and the place
  const region = REGION_WORDS.has(table.norms[t] ?? '') && isFree(ctx, t) && t + 1 < table.count ? ctx.covered[t + 1] : -1;
  let placeNamed = false; // (a body of a region needs the place's name: ضابط شرطة تركي is no body)
  if (region >= 0 && isPlaceMention(ctx.mentions[region]) && ctx.mentions[region].start === table.starts[t + 1]) {
    specific = true;
    placeNamed = true;
    words = 2;
    t = ctx.mentions[region].last + 1;
  }
  while (t < table.count && !ctx.doc.breakBefore[t] && words < 6) {
    const m = ctx.covered[t] >= 0 ? ctx.mentions[ctx.covered[t]] : null;
    if (m) {
      // مجموعة محمد المعجل: a company named after a person is the company
      if (m.type === 'PERSON' && m.form === 'name' && !(words === 0 && COMPANY_HEADS.has(word) && m.start === table.starts[t])) break;
      // مستشفى الملك فهد ببريدة: a name behind a preposition or a conjunction is not part of this one
      if (m.start > table.starts[t]) break;
      // a nisba or a place ends the name: وزارة الدفاع التركية, جامعة القاهرة
      t = m.last + 1;
      specific = true;
      if (isPlaceMention(m)) placeNamed = true;
      words++;
      if (m.form === 'adjective' || m.type === 'COUNTRY' || m.type === 'CITY') {
        // جامعة سعودية, وزارة تركية: a head and a nisba alone is "a Saudi university", no name
        // (سعودية is also read as the country's name)
        const nisba = m.form === 'adjective' || (m.type === 'COUNTRY' && /ية$/.test(table.text.slice(m.start, m.end)));
        if (words === 1 && nisba && m.first === m.last && !table.norms[m.first].startsWith('ال')) return null;
        break;
      }
      // تنظيم القاعدة الهجوم: an everyday word after an organization the lexicon knows is the verb's object
      if (m.type === 'ORGANIZATION' && m.entry >= 0 && t < table.count && ctx.res.commonWords.has(table.norms[t])) break;
      continue;
    }
    if (table.kinds[t] !== K_WORD) break;
    const w = table.norms[t];
    if (ctx.res.functionWords.has(w) || ctx.res.speechVerbForms.has(w)) break;
    // شركة الراجحي المالية الدكتور …: a person's title ends the name; but right after the head a royal
    // title and a given name are the name (مستشفى الملك فهد, مركز الملك سلمان)
    const named = words === 0 && ROYAL_WORDS.has(w) && ctx.res.givenNames.has(table.norms[t + 1] ?? '');
    if (ROLE_ADJECTIVES.has(w)) break; // وكيل وزارة الداخلية المساعد: the adjective is the role's
    if ((ctx.res.titles.has(w) || ROLE_NOUNS.has(w)) && !named) break;
    const royal = ROYAL_WORDS.has(table.norms[t - 1]);
    // مركز زايد للتنسيق: a body named after a person by the first name alone, with its genitive after it
    if (words === 0 && ctx.res.givenNames.has(w) && isGenitive(table.norms[t + 1] ?? '')) {
      specific = true;
      t++;
      words++;
      continue;
    }
    // للتنسيق, والمتابعة: a genitive with لل and a definite word joined by و continue a name already begun
    // (مركز زايد للتنسيق والمتابعة, معهد العلوم والأمن الدولي)
    if (words > 0 && (isGenitive(w) || (w.startsWith('وال') && w.length > 5)) && !ctx.res.commonWords.has(w)) {
      t++;
      words++;
      continue;
    }
    if ((isDefinite(w) && !(ctx.res.givenNames.has(w) && !royal && words > 0)) || (words > 0 && (CONNECTORS.has(w) || (royal && ctx.res.givenNames.has(w))))) {
      if (!ctx.res.commonWords.has(w) || (words === 0 && word === 'مجلس' && COUNCILS.has(w))) specific = true;
      t++;
      words++;
    } else break;
  }
  if (REGION_BODY_HEADS.has(word) && !placeNamed) return null;
  // كتيبة جولاني, لواء غولاني: a military unit's own name, a word no list knows, right after its head
  if (words === 0 && UNIT_HEADS.has(word) && isFree(ctx, t) && isUnknownNameWord(ctx, t)) {
    words = 1;
    specific = true;
    t++;
  }
  if (words === 0) return null;
  if (!strong && !specific) return null;
  // وكالة الأناضول, حركة حماس: the lexicon knows the organization after the head; it stays as it is
  const named = ctx.covered[i + 1] >= 0 ? ctx.mentions[ctx.covered[i + 1]] : null;
  if (named && named.type === 'ORGANIZATION' && named.entry >= 0 && named.last >= t - 1) return null;
  let first = i;
  let last = t - 1;
  // شركة بايكار التركية: "company" and its nationality are not the company's name (بايكار); but a company
  // named by what it does is named with both (شركة الكهرباء السعودية, شركة البترول الوطنية الكويتية):
  // a definite word that is no family name, an everyday word or one with more words after it
  const lead = table.norms[i + 1];
  const described = isDefinite(lead) && isFree(ctx, i + 1) && !isFamilyWord(ctx, i + 1) && (ctx.res.commonWords.has(lead) || last > i + 1);
  if (word === 'شركه' && !described) {
    first = i + 1;
    const k = ctx.covered[last];
    const m = k >= 0 ? ctx.mentions[k] : null;
    // (السعودية is both the nisba and the country's name)
    if (m && last > first && (m.form === 'adjective' || (m.type === 'COUNTRY' && /ية$/.test(table.text.slice(m.start, m.end))))) last = m.first - 1;
  }
  // a weak head (مجلس, لجنة, مركز …) is also an everyday noun: such a name is a body (its own evidence code
  // for the model; the merge keeps it as found, as real news's annotation counts named bodies)
  return ruleMention(ctx, strong ? 'organization' : 'body', 'ORGANIZATION', first, last, first > i ? 0 : strip, word.endsWith('ه') ? 'f' : 'm');
}

/** Token t is a given name, a title (الركن, الدكتور) or a family name: what follows a rank. */
function isRankAfter(ctx: Ctx, t: number): boolean {
  const w = ctx.doc.table.norms[t];
  if (ctx.res.givenNames.has(w) || ctx.res.titles.has(w) || w === 'ركن' || w === 'الركن') return true;
  return isFree(ctx, t) && isFamilyWord(ctx, t) && !ORDINALS.has(w);
}

// Facilities named after a person (مستشفى الملك فهد, طريق الأمير سلطان), in normalized form
const FACILITY_HEADS = new Set(['مستشفي', 'مستشفيات', 'ملعب', 'استاد', 'طريق', 'شارع', 'جسر', 'مطار', 'ميناء', 'مدينه', 'مجمع', 'قاعه', 'مسجد', 'جامع']);

// مجلس النواب, مجلس الوزراء: councils named by who sits in them
const COUNCILS = new Set(['النواب', 'الوزراء', 'الشيوخ', 'الشعب', 'الامه', 'الشوري', 'الاعيان', 'السياده', 'القياده', 'المستشارين', 'الدوله']);

// Adjectives of official bodies, between a definite institution word and its genitive
const INSTITUTION_ADJECTIVES = new Set(['العامه', 'العام', 'الوطنيه', 'الوطني', 'العليا', 'الاعلي', 'الدوليه', 'الدولي', 'الاتحاديه', 'الاتحادي', 'المركزيه', 'المركزي', 'الاقليميه', 'الاقليمي', 'الملكيه', 'الملكي', 'الاهليه', 'الاهلي', 'المستقله', 'المستقل', 'التنفيذيه', 'الاسلاميه', 'الاسلامي', 'العربيه', 'العربي']);
// Words of time that follow a name without being part of it (أعلنت الهيئة العامة للإحصاء اليوم)
const TIME_AFTER = new Set(['اليوم', 'امس', 'غدا', 'الليله', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الماضي', 'الماضيه', 'المقبل', 'المقبله', 'الجاري', 'الحالي']);

/**
 * A definite institution word, an adjective of official bodies and a genitive with لل: المديرية العامة
 * للدفاع المدني, المركز الوطني للأرصاد, الهيئة العامة للإحصاء. Without the adjective (الوزارة للمواطنين)
 * the words are too often a plain noun phrase.
 */
function institution(ctx: Ctx, i: number): Mention | null {
  const { table } = ctx.doc;
  const head = mayRead(ctx.doc, i, W.INSTITUTION, true) ? readAs(table.norms[i], DEFINITE_ORG_HEADS, true) : null;
  if (!head) return null;
  if (ARMY_HEADS.has(head.word)) return army(ctx, i, head.strip);
  let t = i + 1;
  let adjectives = 0;
  let other = false; // an adjective that is not one of official bodies
  while (adjectives < 3 && t < table.count && !ctx.doc.breakBefore[t]) {
    // العامة, الوطنية; any nisba of shape (الفنية, القومية, العالمية); a country's (السعودية)
    const k = ctx.covered[t];
    if (k >= 0 && ctx.mentions[k].form === 'adjective' && ctx.mentions[k].first === t && ctx.mentions[k].start === table.starts[t]) {
      t = ctx.mentions[k].last + 1;
      other = true;
    } else if (isFree(ctx, t) && INSTITUTION_ADJECTIVES.has(table.norms[t])) t++;
    // (not after الجهاز: الجهاز الفني للفريق is a team's staff, الجهاز الهضمي an organ)
    else if (isFree(ctx, t) && head.word !== 'الجهاز' && isNisbaAdjective(ctx, t)) {
      t++;
      other = true;
    } else break;
    adjectives++;
  }
  if (adjectives === 0 || t >= table.count || ctx.doc.breakBefore[t] || table.kinds[t] !== K_WORD) return null;
  const genitive = table.norms[t];
  // للأرصاد, لإدارة (الحالات الطارئة): a genitive with the article or before one
  const definiteNext = t + 1 < table.count && !ctx.doc.breakBefore[t + 1] && isDefinite(table.norms[t + 1]);
  if (!(genitive.startsWith('لل') || (genitive.startsWith('ل') && definiteNext)) || genitive.length < 4 || ctx.res.functionWords.has(genitive)) return null;
  let last = t;
  const k = ctx.covered[t];
  if (k >= 0) {
    // the genitive is a name the lexicon knows (… للأمم المتحدة): it ends the body's name; after other
    // adjectives the body is an organ of the named one (المجلس الوزاري لمجلس التعاون), which stays alone
    const m = ctx.mentions[k];
    if (m.first !== t || m.form !== 'name' || other) return null;
    last = m.last;
  } else {
    // up to two adjectives of the genitive (المدني, الجوية) or one more genitive joined by و (للثقافة
    // والفنون), not the verb's object (المواطنين) or a time
    for (let n = 0; n < 2; n++) {
      const a = last + 1;
      if (!isFree(ctx, a) || table.kinds[a] !== K_WORD) break;
      const w = table.norms[a];
      // (or, after an adjective, a second one joined to it: للتدريب التقني والمهني)
      const joined = w.startsWith('وال') && w.length > 5 && !ctx.res.commonWords.has(w.slice(1)) && (n === 0 || (/(?:ي|يه)$/.test(w) && !DEFINITE_ORG_HEADS.has(w.slice(1))));
      if (!(isDefinite(w) || joined) || /(?:ين|ون)$/.test(w) || TIME_AFTER.has(w)) break;
      if (ctx.res.functionWords.has(w) || ctx.res.speechVerbForms.has(w) || ctx.res.titles.has(w) || ROLE_NOUNS.has(w)) break;
      last = a;
    }
  }
  return ruleMention(ctx, 'institution', 'ORGANIZATION', i, last, head.strip, head.word.endsWith('ه') ? 'f' : 'm');
}

// Adjectives of a body's organ, not of a named body: الجمعية العمومية (the general assembly), اللجنة
// الإشرافية (the supervising committee)
const NOT_BODY_ADJECTIVES = new Set(['العموميه', 'الاشرافيه', 'التحضيريه', 'المنظمه', 'الفرعيه', 'الداخليه', 'الخارجيه']);

/** A definite adjective of nisba shape no list marks as anything else (الفنية, القومية, العالمية). */
function isNisbaAdjective(ctx: Ctx, t: number): boolean {
  const w = ctx.doc.table.norms[t];
  if (ctx.doc.table.kinds[t] !== K_WORD || !/^ال.{2,}(?:يه|ي)$/.test(w) || TIME_AFTER.has(w) || NOT_FAMILY.has(w) || NOT_BODY_ADJECTIVES.has(w)) return false;
  // الرامية, الساعية: a participle ("aiming at"), not an adjective of the body's name
  if (/^ال.ا.يه$/.test(w)) return false;
  return !(ctx.doc.wordClass[t] & (W.FUNCTION | W.SPEECH | W.TITLE | W.ROLE | W.ORG_HEAD | W.PLACE_HEAD | W.GIVEN));
}

/** الجيش الإسرائيلي, القوات المسلحة المصرية: a country's army, named by the country's nisba. */
function army(ctx: Ctx, i: number, strip: number): Mention | null {
  const { table } = ctx.doc;
  let t = i + 1;
  // القوات alone is any side's forces (القوات التركية); القوات المسلحة is the army
  if (table.norms[i].endsWith('القوات')) {
    if (table.norms[t] !== 'المسلحه' || ctx.doc.breakBefore[t]) return null;
    t++;
  }
  const k = t < table.count && !ctx.doc.breakBefore[t] ? ctx.covered[t] : -1;
  if (k < 0) return null;
  const nisba = ctx.mentions[k];
  if (nisba.form !== 'adjective' || nisba.type !== 'COUNTRY' || nisba.start !== table.starts[t]) return null;
  // a description of the army, not its name (الجيش الإسرائيلي, as الحكومة العراقية)
  return newMention({ ...ruleMention(ctx, 'army', 'ORGANIZATION', i, nisba.last, strip, table.norms[i].endsWith('القوات') ? 'f' : 'm'), form: 'description' });
}

/** A place word and the name after it: مدينة منبج → منبج (CITY). */
function place(ctx: Ctx, i: number): Mention | null {
  const { table } = ctx.doc;
  const word = mayRead(ctx.doc, i, W.PLACE_HEAD) ? readAs(table.norms[i], PLACE_HEADS)?.word : undefined;
  const type = word === undefined ? undefined : PLACE_HEADS.get(word);
  if (!type) return null;
  // منطقة «عكد»: the name may stand between quote marks
  const quoted = i + 2 < table.count && table.kinds[i + 1] === K_PUNCT && QUOTE_MARKS.has(table.text.slice(table.starts[i + 1], table.ends[i + 1]));
  const t = quoted ? i + 2 : i + 1;
  if (!isFree(ctx, t) || table.kinds[t] !== K_WORD) return null;
  // مطار الملك فهد الدولي: a facility named after a royal holds the person's name, which the title
  // rule reads after it, as news annotation tags it (the place word's rule is for the names of places)
  if (word !== undefined && FACILITY_HEADS.has(word) && ROYAL_WORDS.has(table.norms[t]) && ctx.res.givenNames.has(table.norms[t + 1] ?? '')) return null;
  const isPlaceWord = (k: number): boolean => {
    if (!isFree(ctx, k) || table.kinds[k] !== K_WORD) return false;
    const w = table.norms[k];
    // (مدينة الملاهي: a plural of the pattern مفاعي names what the place holds, not the place)
    return !ctx.res.functionWords.has(w) && !ctx.res.commonWords.has(w) && !ctx.res.speechVerbForms.has(w) && !/^(لل|بال|وال|فال|كال)/.test(w) && w.length >= 3 && !DEFECTIVE_PLURAL.test(w.replace(/^ال/, ''));
  };
  if (!isPlaceWord(t)) return null;
  // a second word, not one joined by و (جبل منيف وجبل الكسارة: two mountains), nor an indefinite word
  // after a definite one (مدينة الملاهي ياكوب فال: the name after it is someone's) but a royal's title
  // (مدينة الملك فهد)
  const definiteFirst = isDefinite(table.norms[t]) && !ROYAL_WORDS.has(table.norms[t]);
  const second = isPlaceWord(t + 1) && table.norms[t + 1].charCodeAt(0) !== 0x0648 && !(definiteFirst && !isDefinite(table.norms[t + 1]));
  return ruleMention(ctx, 'place', type, t, second ? t + 1 : t, 0, 'f');
}
