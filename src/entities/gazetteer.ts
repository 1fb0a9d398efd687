// Lexicon matching: at each token, the longest name in the trie that starts there, reading the first
// token with and without its proclitics (و ف ب ل ك, and لل for ل + ال). Ambiguous names need a trigger
// word before them or another mention in the document that says which name they are (matchLexicon); a
// country name that is also a nisba (السعودية, سورية) is read as a name or an adjective from its neighbour.

import { K_WORD } from '../tokens/scan.js';
import { edgeKey, type CompiledLexicon, type Reading } from '../lexicon/compile.js';
import type { EntityType } from '../types.js';
import type { Resources } from '../lexicon/resources.js';
import { firstReadings, letterOffset } from '../lexicon/clitics.js';
import { W } from '../lexicon/word-class.js';
import { normalize } from '../text/normalize.js';
import { defaultGender, newMention, type DocTokens, type Mention } from './layers.js';
import type { DocContext } from './context.js';
import type { LexiconEntry } from '../lexicon/schema.js';
import { CURATED_PLACE_TRIGGERS, SPORTS_TRIGGERS } from '../lexicon/heads.js';

interface Candidate {
  /** Token after the last one of the name. */
  endToken: number;
  readings: readonly Reading[];
  strip: number;
}

/**
 * Finds lexicon names left to right, longest first, never overlapping. A name the document gives
 * unambiguously vouches for its ambiguous mentions: those after it in one pass, and, when a mention was
 * passed over before the name that vouches for it (الباحة … منطقة الباحة), those before it in a second.
 */
export function matchLexicon(doc: DocTokens, res: Resources, context: DocContext): Mention[] {
  const first = matchPass(doc, res, context, null);
  if (first.passedOver.length === 0) return first.mentions;
  // the names passed over that a later name vouches for, where nothing else was found in the end
  // (لصحيفة الوئام, passed over whole, is found as الوئام after its trigger: no loss)
  const covered = new Uint8Array(doc.table.count);
  for (const m of first.mentions) covered.fill(1, m.first, m.last + 1);
  const retry = first.passedOver.filter((p) => first.vouched.has(p.entry) && covered.subarray(p.first, p.end).indexOf(1) < 0);
  return retry.length === 0 ? first.mentions : matchPass(doc, res, context, retry).mentions;
}

/** An ambiguous name at tokens [first, end) of an entry. */
interface NameAt {
  entry: number;
  first: number;
  end: number;
}

interface Pass {
  mentions: Mention[];
  /** Entries the document names unambiguously, or with their trigger word (مدينة الخبر), or with a place
   *  word before the whole name (منطقة الباحة → الباحة). */
  vouched: Set<number>;
  /** Ambiguous names passed over for want of context. */
  passedOver: NameAt[];
}

/** One left-to-right pass; the second reads the names of `retry` as vouched for. */
function matchPass(doc: DocTokens, res: Resources, context: DocContext, retry: readonly NameAt[] | null): Pass {
  const { table, ids, breakBefore } = doc;
  const { count, starts, ends, text, norms } = table;
  const lexicon = res.lexicon;
  const { edges } = lexicon;
  const mentions: Mention[] = [];
  const seen = new Set<number>(); // entries already named unambiguously in this document
  const passedOver: NameAt[] = [];
  const vouched = new Set<number>();

  let candidates: Candidate[] = [];
  const walk = (i: number, firstId: number, strip: number): void => {
    let node = edges.get(edgeKey(0, firstId));
    let j = i + 1;
    while (node !== undefined) {
      const r = lexicon.readings.at(node);
      if (r) candidates.push({ endToken: j, readings: r, strip });
      if (j >= count || breakBefore[j] || ids[j] < 0) break;
      node = edges.get(edgeKey(node, ids[j]));
      j++;
    }
  };
  let i = 0;
  while (i < count) {
    if (candidates.length) candidates = [];
    if (ids[i] >= 0) walk(i, ids[i], 0);
    // only a word of three letters or more that starts with و ف ب ل ك has proclitic readings (lexemes.ts):
    // its first letter, read in token order, spares most tokens a read of their lexeme object
    const norm = norms[i];
    if (norm.length > 2 && isProcliticLetter(norm.charCodeAt(0))) for (const r of doc.lexemes[i].readings) walk(i, r.id, r.strip);
    if (candidates.length === 0) {
      i++;
      continue;
    }
    // Longest first; at equal length the reading without stripped letters.
    candidates.sort((a, b) => b.endToken - a.endToken || a.strip - b.strip);
    let accepted: Mention | null = null;
    let headOnly = false;
    for (const cand of candidates) {
      if (endsInTimeWord(doc, i, cand.endToken) || isIdiom(doc, i, cand.endToken)) continue;
      if (endsInEpithet(doc, i, cand, candidates)) continue;
      if (endsInExtraNisba(doc, res, cand, candidates)) continue;
      const retried = retry?.find((p) => p.first === i && p.end === cand.endToken);
      const reading = chooseReading(cand, doc, i, res, retried ? new Set([...seen, retried.entry]) : seen, context, listedAfter(doc, res, i, cand.strip, mentions, context));
      if (!reading) {
        for (const r of cand.readings) if (r.form === 'name' && mayBeVouched(lexicon.entries[r.entry], context)) passedOver.push({ entry: r.entry, first: i, end: cand.endToken });
        continue;
      }
      const entry = lexicon.entries[reading.entry];
      // قطاع غزة, جنوب لبنان, دولة قطر: the generic word stays outside, the name it introduces is the entity
      if (reading.form === 'name' && cand.endToken - i > 1 && isGenericHead(doc, i, cand.strip, entry.type) && restIsPlace(doc, res, i + 1, cand.endToken, entry)) {
        headOnly = true;
        break;
      }
      const start = cand.strip > 0 ? letterOffset(text, starts[i], ends[i], cand.strip) : starts[i];
      accepted = newMention({
        start,
        end: ends[cand.endToken - 1],
        first: i,
        last: cand.endToken - 1,
        type: entry.type,
        id: entry.id,
        name: entry.name,
        form: reading.form,
        source: 'lexicon',
        entry: reading.entry,
        gender: entry.gender ?? defaultGender(entry.type, entry.name),
        rule: null,
      });
      break;
    }
    if (headOnly) {
      i++;
      continue;
    }
    if (accepted) {
      mentions.push(accepted);
      // a name vouches for its later ambiguous mentions, but not a word taken for a paper's name because
      // it stands in quote marks or brackets: «الاقتصادية» is the paper there, العوائد الاقتصادية later
      // still "economic"
      const quotedGuess = lexicon.entries[accepted.entry].ambiguous && accepted.last === accepted.first && (context.quoted[i] === 1 || inBrackets(doc, i, i + 1)) && triggerBefore(doc, i, 0, res) === null;
      if (accepted.form === 'name' && !quotedGuess) {
        seen.add(accepted.entry);
        // an unambiguous name, or one its trigger word names (مدينة الخبر, وكالة الأنباء), vouches for its
        // mentions before it as well; the place word of a longer name (منطقة الباحة) for the bare name
        if (!lexicon.entries[accepted.entry].ambiguous || triggerBefore(doc, i, accepted.start > starts[i] ? 1 : 0, res) !== null) vouched.add(accepted.entry);
        const rest = accepted.last > i && isGenericHead(doc, i, 0, accepted.type) ? ambiguousRest(doc, res, i + 1, accepted.last + 1, accepted.type) : -1;
        if (rest >= 0) {
          seen.add(rest);
          vouched.add(rest);
        }
      }
      i = accepted.last + 1;
    } else i++;
  }
  return { mentions, vouched, passedOver };
}

/** The ambiguous lexicon name of the same kind (a place, or an organization) that tokens [from, end) are on their own, or -1. */
function ambiguousRest(doc: DocTokens, res: Resources, from: number, end: number, type: EntityType): number {
  for (const r of readingsOver(doc, res, from, end) ?? []) {
    const e = res.lexicon.entries[r.entry];
    if (r.form === 'name' && e.ambiguous && (e.type === type || (isPlace(e.type) && isPlace(type)))) return r.entry;
  }
  return -1;
}

/** The lexicon's readings of exactly tokens [from, end), by a walk of the trie (undefined: no name). */
function readingsOver(doc: DocTokens, res: Resources, from: number, end: number): readonly Reading[] | undefined {
  let node = from < end && doc.ids[from] >= 0 ? res.lexicon.edges.get(edgeKey(0, doc.ids[from])) : undefined;
  for (let t = from + 1; t < end && node !== undefined; t++) node = doc.ids[t] < 0 ? undefined : res.lexicon.edges.get(edgeKey(node, doc.ids[t]));
  return node === undefined ? undefined : res.lexicon.readings.at(node);
}

const isPlace = (t: EntityType): boolean => t === 'COUNTRY' || t === 'CITY' || t === 'LOCATION';
const isClub = (e: LexiconEntry): boolean => e.type === 'ORGANIZATION' && (e.name.startsWith('نادي') || e.name.startsWith('منتخب'));

/** An ambiguous name that a mention later in the document can vouch for: a place, or a club in a report on sport. */
const mayBeVouched = (e: LexiconEntry, context: DocContext): boolean => !!e.ambiguous && (isPlace(e.type) || (context.sports && isClub(e)));

/** و ف ب ل ك */
const isProcliticLetter = (c: number): boolean => c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;

const GENERIC_HEADS = new Set(['قطاع', 'جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'جنوبي', 'شمالي', 'شرقي', 'غربي', 'دوله', 'سلطنه', 'اماره', 'مدينه', 'منطقه', 'محافظه', 'ولايه', 'اقليم', 'بلده', 'قريه', 'مخيم', 'ضاحيه', 'العاصمه']);
// Words before an organization's own name: حركة حماس, نادي الهلال, وكالة الأناضول, شركة أرامكو.
const ORG_HEADS = new Set(['حركه', 'نادي', 'جماعه', 'تنظيم', 'وكاله', 'صحيفه', 'جريده', 'قناه', 'شبكه', 'شركه', 'مجموعه', 'فريق', 'موقع']);
// مكة المكرمة, القدس الشريف: an epithet stays outside the name, as in ANERcorp (which keeps المدينة المنورة
// whole: المدينة alone is "the city")
const EPITHETS = new Set(['المكرمه', 'الشريف', 'المحتله']);

/** وكالة, لوكالة, وفريق: an organization head, with or without a conjunction or preposition (وكالة keeps its و). */
function isOrgHead(w: string): boolean {
  return ORG_HEADS.has(w) || ORG_HEADS.has(w.replace(/^[وف]/, '')) || ORG_HEADS.has(w.replace(/^[وف]?[لب]/, ''));
}

function isGenericHead(doc: DocTokens, first: number, strip: number, type: EntityType): boolean {
  const norm = doc.table.norms[first];
  // place words before places, organization words before organizations (قناة السويس is a canal, قناة الجزيرة a channel)
  const generic = (w: string): boolean => (type === 'ORGANIZATION' ? ORG_HEADS.has(w) : GENERIC_HEADS.has(w));
  if (generic(norm)) return true;
  return strip > 0 && firstReadings(norm).some((r) => r.strip === strip && generic(r.key));
}

/** Do tokens [from, end) name the same entity on their own (حركة حماس → حماس), or for a place a place
 *  inside it (جنوب لبنان → لبنان)? */
function restIsPlace(doc: DocTokens, res: Resources, from: number, end: number, whole: { id: string; type: EntityType }): boolean {
  const place = isPlace(whole.type);
  if (!place && !(whole.type === 'ORGANIZATION' && isOrgHead(doc.table.norms[from - 1]))) return false;
  const readings = readingsOver(doc, res, from, end);
  if (!readings) return false;
  return readings.some((r) => {
    const e = res.lexicon.entries[r.entry];
    if (r.form !== 'name' || e.ambiguous) return false;
    // جنوب السودان is a country of its own, not a part of السودان
    return e.id === whole.id || (place && whole.type !== 'COUNTRY' && isPlace(e.type));
  });
}

/** حزب الله اللبناني: a country's nisba after an organization's or a place's own name stays outside it
 *  (unless the canonical name itself ends with it, as in وزارة الدفاع التركية). */
function endsInExtraNisba(doc: DocTokens, res: Resources, cand: Candidate, all: Candidate[]): boolean {
  const last = cand.endToken - 1;
  // the shorter name first: a one-word candidate (most) has none, and then the trie is not read
  const shorter = all.find((c) => c.endToken === last && c.strip === cand.strip);
  if (!shorter) return false;
  const lastKey = doc.table.norms[last];
  const id = doc.ids[last];
  const node = id >= 0 ? res.lexicon.edges.get(edgeKey(0, id)) : undefined;
  if (node === undefined || !res.lexicon.readings.at(node)?.some((r) => r.form === 'adjective')) return false;
  return cand.readings.some((r) => {
    if (r.form !== 'name' || !shorter.readings.some((s) => s.entry === r.entry)) return false;
    // الولايات المتحدة الأمريكية: a country's full name ends with its own nisba
    if (res.lexicon.entries[r.entry].type === 'COUNTRY') return false;
    const canonical = normalize(res.lexicon.entries[r.entry].name).split(' ');
    return canonical[canonical.length - 1] !== lastKey;
  });
}

/** مكة المكرمة: the epithet stays outside when the name before it is a name on its own. */
function endsInEpithet(doc: DocTokens, first: number, cand: Candidate, all: Candidate[]): boolean {
  const last = cand.endToken - 1;
  if (last === first || !EPITHETS.has(doc.table.norms[last])) return false;
  return all.some((c) => c.endToken === last && c.strip === cand.strip);
}

// مسقط رأسه "his birthplace": a place name that is also the first word of an idiom
const IDIOMS: readonly [string, RegExp][] = [['مسقط', /^راس/]];

function isIdiom(doc: DocTokens, first: number, endToken: number): boolean {
  if (endToken !== first + 1 || endToken >= doc.table.count) return false;
  const w = doc.table.norms[first];
  // (a list, not a Map: no iterator made for every one-word candidate)
  for (const [word, next] of IDIOMS) if (w.endsWith(word) && w.length <= word.length + 2 && next.test(doc.table.norms[endToken])) return true;
  return false;
}

const TIME_WORDS = new Set(['اليوم', 'امس', 'غدا', 'الليله']);
const WHEN_WORDS = new Set(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'صباح', 'مساء', 'الماضي', 'المقبل', 'الجاري', 'الموافق']);

/** روسيا اليوم الثلاثاء: a name that ends in "today" before a weekday is a shorter name and a date. */
function endsInTimeWord(doc: DocTokens, first: number, endToken: number): boolean {
  const { norms, count } = doc.table;
  const last = endToken - 1;
  if (last === first || !TIME_WORDS.has(norms[last])) return false;
  return endToken < count && WHEN_WORDS.has(norms[endToken]);
}

/** What token i, with و stripped, is listed after: the name of a place that is no everyday word (عدن
 *  وأبين ولحج), or in a report on sport a club (الهلال والنصر); else null. */
function listedAfter(doc: DocTokens, res: Resources, i: number, strip: number, mentions: readonly Mention[], context: DocContext): 'place' | 'club' | null {
  const last = mentions.length ? mentions[mentions.length - 1] : null;
  if (!last || last.last !== i - 1 || last.form !== 'name' || doc.breakBefore[i] || strip !== 1 || doc.table.norms[i].charCodeAt(0) !== 0x0648) return null;
  if (last.entry < 0) return null;
  const entry = res.lexicon.entries[last.entry];
  if (context.sports && isClub(entry)) return 'club';
  return !entry.ambiguous && isPlace(last.type) ? 'place' : null;
}

/** Which of the readings ending here is meant, or null when none fits the context. */
function chooseReading(cand: Candidate, doc: DocTokens, first: number, res: Resources, seen: Set<number>, context: DocContext, listed: 'place' | 'club' | null = null): Reading | null {
  const entries = res.lexicon.entries;
  const trigger = triggerBefore(doc, first, cand.strip, res);
  // وكيل (deputy), وقال: a word that is a title, a role or a function word as a whole is no proclitic
  // before a name (و + كيل, Kiel); وسيم, بشار (given names) and everyday words are none before a town
  // of the world list (و + سيم, a town in Tanzania)
  // (a speech verb only in the third person: وأبين, "and I explain", is rather و + أبين, the province)
  const cls = cand.strip > 0 ? doc.wordClass[first] : 0;
  const wholeIsRole = (cls & (W.TITLE | W.ROLE | W.ORG_HEAD | W.PLACE_HEAD | W.FUNCTION)) !== 0 || ((cls & W.SPEECH) !== 0 && isThirdPersonVerb(doc.table.norms[first], res));
  const wholeIsWord = (cls & (W.GIVEN | W.GIVEN_COMMON | W.COMMON)) !== 0;
  const usable = (r: Reading): boolean => {
    const e = entries[r.entry];
    if (wholeIsRole || (wholeIsWord && e.source === 'wikidata-world-cities')) return false;
    if (!e.ambiguous) return true;
    if (seen.has(r.entry) || (trigger !== null && res.triggers.get(trigger)?.includes(e.type) === true)) return true;
    if (trigger === null && e.source === 'curated' && (e.type === 'CITY' || e.type === 'LOCATION') && curatedPlaceTrigger(doc, first, cand.strip)) return true;
    // a place in a list of places (عدن ولحج والضالع), a club in a list of clubs (الهلال والنصر)
    if (listed === 'place' && (e.type === 'CITY' || e.type === 'LOCATION')) return true;
    if (listed === 'club' && isClub(e) && !isOneOf(doc, cand.endToken)) return true;
    return ambiguousInContext(e, doc, first, cand.endToken, cand.strip, context);
  };
  // in one pass, without lists: the first adjective, and the preferred usable name and description
  // (unambiguous before ambiguous, then lexicon order)
  let adjective: Reading | null = null;
  let name: Reading | null = null;
  let description: Reading | null = null;
  for (const r of cand.readings) {
    if (r.form === 'adjective') adjective ??= r;
    else if (r.form === 'name') {
      if (usable(r) && (name === null || isPreferred(r, name, entries))) name = r;
    } else if (r.form === 'description' && (description === null || isPreferred(r, description, entries))) description = r;
  }
  if (adjective && name) return isAdjectiveContext(doc, first, cand.strip, res) ? adjective : name;
  return name ?? adjective ?? description;
}

/** Does reading r take the place of the one kept so far (an unambiguous entry after an ambiguous one)? */
function isPreferred(r: Reading, kept: Reading, entries: CompiledLexicon['entries']): boolean {
  return !!entries[kept.entry].ambiguous && !entries[r.entry].ambiguous;
}

/** Is the word a speech verb in the third person (a form of news's reported speech)? */
function isThirdPersonVerb(norm: string, res: Resources): boolean {
  return res.speech.forms.get(norm)?.some((f) => f.person === 3) ?? true;
}

/** Who is told or who learned, and the paper's own words, before a name in brackets: لـ(اليوم), علمت (المدينة), جريدة (الرياضية). */
const BEFORE_PAPER = new Set(['ل', 'لـ', 'علمت', 'صحيفه', 'جريده', 'الصحيفه', 'الجريده', 'وعلمت']);

/**
 * Tokens [first, end) alone between round brackets on one line, after ل, علمت or a paper's word: where
 * Saudi copy names the paper (not any word in brackets: «قرأناه (الاتفاق)» is the agreement).
 */
function inBrackets(doc: DocTokens, first: number, end: number): boolean {
  const { table } = doc;
  if (first < 2 || end >= table.count || doc.breakBefore[first] || doc.breakBefore[end]) return false;
  const open = first - 1;
  if (table.kinds[open] === K_WORD || table.text.charCodeAt(table.ends[open] - 1) !== 0x28 || table.text.charCodeAt(table.starts[end]) !== 0x29) return false;
  return table.kinds[open - 1] === K_WORD && BEFORE_PAPER.has(table.norms[open - 1]);
}

/**
 * An ambiguous name is meant as a name where news put names: alone between quote marks (لـ«المدينة»,
 * an organization), in a dateline (عين اليوم – الدمام), or as a club in a report on sport.
 */
function ambiguousInContext(e: LexiconEntry, doc: DocTokens, first: number, end: number, strip: number, context: DocContext): boolean {
  if (e.type === 'ORGANIZATION' && strip === 0 && context.quoted[first] && context.quoted[end - 1] && !context.quoted[end] && (first === 0 || !context.quoted[first - 1])) return true;
  // (Saudi copy also puts the paper between brackets: لـ(المدينة)، علمت (المدينة))
  if (e.type === 'ORGANIZATION' && strip === 0 && inBrackets(doc, first, end)) return true;
  if (strip === 0 && context.dateline[first] && context.dateline[end - 1]) return true;
  if (!context.sports || !isClub(e)) return false;
  // a club in a report on sport, right after a word of the game (لاعب الهلال, فاز النصر على الاتحاد)
  if (isOneOf(doc, end)) return false;
  const prev = first > 0 && !doc.breakBefore[first] ? doc.table.norms[first - 1] : '';
  return SPORTS_TRIGGERS.has(prev) || (strip > 0 && SPORTS_TRIGGERS.has(prev.replace(/^[وف]/, '')));
}

/** فوز أحد الفريقين، واحد من أهم: a word that names a club (أحد) used as "one of", before من or a
 *  definite dual or plural at token `end`. */
function isOneOf(doc: DocTokens, end: number): boolean {
  if (end >= doc.table.count || doc.breakBefore[end]) return false;
  const w = doc.table.norms[end];
  return w === 'من' || /^ال.{2,}(?:ين|ان)$/.test(w);
}

/** أهالي, محافظ (or وأهالي, لأهالي) right before token `first`. */
function curatedPlaceTrigger(doc: DocTokens, first: number, strip: number): boolean {
  return strip === 0 && wordBefore(doc, first, CURATED_PLACE_TRIGGERS) !== null;
}

/** The normalized trigger word right before the name (نادي, صحيفة, مدينة …), if any. */
function triggerBefore(doc: DocTokens, first: number, strip: number, res: Resources): string | null {
  if (strip > 0) return null; // a proclitic sits between: وبمدينة … is handled as the previous token below
  return wordBefore(doc, first, res.triggers);
}

/** The word of `words` right before token `first` on its line, as written or without its proclitics
 *  (ومدينة, بمدينة, لصحيفة), or null. */
function wordBefore(doc: DocTokens, first: number, words: { has(w: string): boolean }): string | null {
  if (first === 0 || doc.breakBefore[first]) return null;
  const prev = doc.table.norms[first - 1];
  if (words.has(prev)) return prev;
  // (a word's readings come with its lexeme)
  for (const f of doc.table.kinds[first - 1] === K_WORD ? doc.lexemes[first - 1].stems : firstReadings(prev)) if (words.has(f.key)) return f.key;
  return null;
}

/** The sides and parts of a place, which take its name after them (شمال سورية، أنحاء السعودية). */
const PARTS_OF_PLACE = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'انحاء', 'حدود', 'داخل', 'خارج']);

/**
 * Is a word that is both a country's name and its nisba (السعودية, سورية) used as an adjective here?
 * Yes after a noun it can describe: a definite word before a definite nisba (الحكومة السعودية), an
 * indefinite word before an indefinite one (مدنا سورية), or another nisba (العلاقات التركية السعودية).
 */
function isAdjectiveContext(doc: DocTokens, first: number, strip: number, res: Resources): boolean {
  if (strip > 0 || first === 0 || doc.breakBefore[first]) return false;
  const { norms, kinds } = doc.table;
  if (kinds[first - 1] !== K_WORD) return false;
  const prev = norms[first - 1];
  if (res.functionWords.has(prev) || res.speechVerbForms.has(prev)) return false;
  // شمال سورية، أنحاء سورية: a side or a part of the country, the country named after it
  if (PARTS_OF_PLACE.has(prev.replace(/^[وفبل]/, '')) || PARTS_OF_PLACE.has(prev)) return false;
  const definite = norms[first].startsWith('ال');
  const prevDefinite = prev.startsWith('ال') || /^([وفبلك]|وب|ول|فب|فل)ال/.test(prev) || /^(و|ف)?لل/.test(prev);
  return definite === prevDefinite;
}
