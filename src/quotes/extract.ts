// The quote stage: direct quotes between marks, reported speech after a speech verb and its
// complementizer (قال إن، أكد أن), noun-phrase complements (نفى مزاعم، دعا إلى), participles
// (مضيفا أن), "according to" clauses (وبحسب الأناضول، …), with the cue, the speaker phrase as written and
// the source. One pass over the document's cues and quote marks, in text order, one clause at a time:
// who a dropped subject, a role or a back-reference is, across the document, is coref's (coref/).

import { K_NUMBER, K_PUNCT, K_WORD } from '../tokens/scan.js';
import { Int32Scratch, Uint8Scratch } from '../scratch.js';
import { hashString } from '../text/hash.js';
import { isDiacritic } from '../text/chars.js';
import { HashMemo } from '../text/hash-memo.js';
import { normalize, type NormalizeOptions } from '../text/normalize.js';
import type { QuoteCue, QuoteKind } from '../types.js';
import type { EntityLayer } from '../entities/recognize.js';
import type { Resources } from '../lexicon/resources.js';
import { W } from '../lexicon/word-class.js';
import type { VerbForm } from '../lexicon/speech-verbs.js';
import { ORG_HEADS } from '../lexicon/heads.js';
import { findMarkSpans, type MarkSpan } from './marks.js';
import { headlineAt } from './headline.js';
import { addresseeEnd, apposedPerson, bracketEnd, clauseSubjectBefore, clauseSubjectOf, isVerbalNounShape, named, phrase, reportSubject, subjectAfter, subjectAfterKana, subjectBefore, type QuoteDoc } from './subjects.js';
import { newSubject, type Dropped, type SaidQuote, type Subject } from '../coref/types.js';
import { TIME_WORDS, isAnonymousHead, isBackReference, isStatementWord } from '../coref/words.js';
import { MONTHS, QUOTE_MARKS, TIME_PLACERS } from '../lexicon/word-lists.js';
import { ACCORDING, CARRY_LEMMAS, COMPLEMENTIZERS, JOURNALIST_LEADS, RELATIVES, STATEMENT_NOUNS, TERMINALS, TURN, WEAK_LEMMAS, isComma } from './words.js';

/** How far (in tokens) a verb looks for its complementizer or its quote. */
const MAX_REACH = 45;
/** A quote between marks with no speech cue is a term («داعش») unless it is this long and stands alone. */
const MIN_STANDALONE_WORDS = 5;

interface Cue {
  /** A verb that is a speech verb only with a complementizer right after it (بين أن, عبر عن). */
  weak?: boolean;
  /** The lemma as output: أكد for وأكدت, بحسب for وبحسب. */
  display: string;
  token: number;
  /** Last token of the cue (phrases: في تصريحات …). */
  last: number;
  kind: 'verb' | 'participle' | 'according' | 'phrase';
  form: VerbForm | null;
  lemma: string;
}

// the per-document tables of extractQuotes, reused (see scratch.ts)
const PARAGRAPH_START = new Uint8Scratch();
const INSIDE = new Int32Scratch();
const SPAN_AT_OPEN = new Int32Scratch();

/** Which quote-mark span opens at each token: a flat table, read once per token of the main loop. */
class SpanIndex {
  private readonly at: Int32Array;
  constructor(count: number) {
    this.at = SPAN_AT_OPEN.take(count, -1);
  }
  set(t: number, span: number): void {
    this.at[t] = span;
  }
  get(t: number): number | undefined {
    const k = t >= 0 && t < this.at.length ? this.at[t] : -1;
    return k < 0 ? undefined : k;
  }
  has(t: number): boolean {
    return t >= 0 && t < this.at.length && this.at[t] >= 0;
  }
}

/** The first cue at or after token t (cues are in token order), by binary search. */
function firstCueFrom(cues: Cue[], t: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].token < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cue at token t, or undefined. */
function cueAtToken(cues: Cue[], t: number): Cue | undefined {
  const k = firstCueFrom(cues, t);
  return k < cues.length && cues[k].token === t ? cues[k] : undefined;
}

interface Found {
  kind: QuoteKind;
  start: number;
  end: number;
  cue: Cue | null;
  speaker: Subject | null;
  /** No written speaker: what the verb says about it. */
  dropped: Dropped | null;
  source: Subject | null;
}

/** The quotes of a document, each with its speaker phrase as written (coref resolves who that is). */
export function extractQuotes(layer: EntityLayer, mentionAt: Int32Array, res: Resources): SaidQuote[] {
  const { doc, mentions } = layer;
  const { table } = doc;
  const n = table.count;
  if (n === 0) return [];
  const q: QuoteDoc = { doc, table, res, mentions, mentionAt };

  const paragraphStart = PARAGRAPH_START.take(n);
  paragraphStart.set(doc.breakBefore.subarray(0, n)); // (1 after a line break, 0 elsewhere)
  paragraphStart[0] = 1;

  // quote-mark spans, and the outer span each token sits inside
  const spans = findMarkSpans(table, paragraphStart)
    .filter((s) => s.depth === 0)
    .map((s) => (s.close < 0 ? untilNarration(q, s) : s));
  const inside = INSIDE.take(n, -1);
  const spanAtOpen = new SpanIndex(n);
  spans.forEach((s, k) => {
    spanAtOpen.set(s.open, k);
    const last = s.close >= 0 ? s.close - 1 : lastTokenBefore(table, s.end);
    for (let t = s.open + 1; t <= last; t++) inside[t] = k;
  });
  const spanEndToken = (s: MarkSpan): number => (s.close >= 0 ? s.close : lastTokenBefore(table, s.end));

  const cues = findCues(q, inside);
  const found: Found[] = [];
  const usedSpans = new Set<number>();
  const usedCues = new Set<number>();
  let consumedUntil = -1; // tokens up to here belong to a quote already
  const push = (f: Found): void => {
    found.push(f);
  };

  // The "according to" source written before the verb of the same sentence: وبحسب الأناضول، أوضح …
  let pendingSource: { source: Subject; sentenceEnd: number } | null = null;

  let c = 0;
  let nextCue = cues.length ? cues[0].token : n; // the token of cues[c]
  for (let i = 0; i < n; i++) {
    // رايس: إسرائيل لديها مصلحة …: a headline in the agencies' "who: what" form
    // (or a sentence's start, in copy that lost its line breaks: … هذا الوطن. وزير الدفاع: قواتنا تدعم …)
    const sentenceStart = !paragraphStart[i] && i > 0 && table.kinds[i - 1] === K_PUNCT && TERMINALS.has(table.norms[i - 1]) && table.kinds[i] === K_WORD;
    if ((paragraphStart[i] || sentenceStart) && i > consumedUntil) {
      const h = headlineAt(q, i, sentenceStart);
      if (h) {
        const cue: Cue = { token: h.colon, last: h.colon, kind: 'phrase', form: null, lemma: ':', display: ':' };
        push({ kind: 'direct', start: h.start, end: h.end, cue, speaker: h.speaker, dropped: null, source: null });
        consumedUntil = h.lastToken;
        continue;
      }
    }
    // a quote between marks that no verb has claimed
    const spanIndex = spanAtOpen.get(i);
    if (spanIndex !== undefined && !usedSpans.has(spanIndex) && i > consumedUntil) {
      const span = spans[spanIndex];
      const attributed = attributeFreeQuote(q, span, found, cues, usedCues, paragraphStart);
      if (attributed) {
        usedSpans.add(spanIndex);
        push(attributed);
        consumedUntil = Math.max(consumedUntil, spanEndToken(span));
      }
    }
    // وزير الخارجية الفرنسي في تصريحات صحفية: «…»: a statement phrase with no verb before it
    if (i > consumedUntil && isStatementPhrase(q, i)) {
      const statement = statementQuote(q, i, cues, inside, spans, spanAtOpen);
      if (statement) {
        if (statement.complement.span !== undefined) usedSpans.add(statement.complement.span);
        push(statement.found);
        consumedUntil = Math.max(consumedUntil, statement.complement.lastToken);
        continue;
      }
    }
    if (nextCue > i) continue;
    while (c < cues.length && cues[c].token < i) c++;
    nextCue = c < cues.length ? cues[c].token : n;
    if (nextCue !== i) continue;
    const cue = cues[c];
    if (usedCues.has(i) || i <= consumedUntil) continue;

    if (cue.kind === 'according') {
      const a = according(q, cue, cues);
      if (!a) continue;
      if (a.verbFollows) {
        if (!a.said) pendingSource = { source: a.source, sentenceEnd: a.lastToken };
        continue;
      }
      // قتل 30 شخصا، بحسب ما أفادت مصادر أمنية أمس، في هجمات …: after a comma, mid-sentence, the source
      // is given for the clause before it; what follows it (its time, the circumstances) was not said.
      // Only a complementizer or فقد after the source (، وبحسب المصادر فإن …) opens a clause it says.
      const trailing = a.contentStart < a.clauseEnd && !a.marked ? clauseBefore(q, i, cues, consumedUntil) : null;
      if (a.contentStart < a.clauseEnd && !trailing) {
        push({ kind: kindOf(q, spans, a.contentStart, a.clauseEnd), start: a.contentStart, end: a.clauseEnd, cue, speaker: a.source, dropped: null, source: a.said ? null : a.source });
        consumedUntil = a.lastToken;
      } else {
        // تعرضت القاعدة لهجوم، بحسب ما أفاد مسؤول أمريكي.: the sentence before the source is what was
        // said (with or without a comma: the source ends the sentence)
        const before = trailing ?? clauseBefore(q, i, cues, consumedUntil, true);
        if (before) {
          push({ kind: kindOf(q, spans, before.start, before.end), start: before.start, end: before.end, cue, speaker: a.source, dropped: null, source: a.said ? null : a.source });
          consumedUntil = a.lastToken;
        }
      }
      continue;
    }

    const form = cue.form as VerbForm;
    if (form.journalist || isJournalistFrame(q, i)) continue;
    const sentenceEnd = clauseLimit(q, i, inside);
    const turn = hasTurnBefore(q, i);
    const passive = form.voice === 'passive' || hasPassiveVowel(table.text, table.starts[i], table.ends[i]);
    // where what was said starts: a complementizer, a colon, a quote between marks
    const marker = findMarker(q, cue, sentenceEnd, inside, spans, spanAtOpen, cues);
    if (cue.weak && !weakCueHolds(q, cue, marker)) continue;
    // the speaker: after the verb, or before it; else carried or pointed to
    let speaker: Subject | null = null;
    // اللواء العنزي، الذي دعا المواطنين إلى …: the verb's subject is the one the relative points to;
    // the noun phrase after it is its object
    // (الدول التي قال إنها …: the relative and the verb disagree, the antecedent is the object)
    const relative = cue.kind === 'verb' && i > 0 && RELATIVES.has(table.norms[i - 1]) && relativeGender(table.norms[i - 1]) === (cue.form as VerbForm).gender;
    if (relative && !passive) {
      // (…الأبواب التي قالت الشرطة إن محتجين فتحوها: a name or a definite noun phrase between the verb and
      // its complementizer is the verb's subject, and the antecedent its object)
      const next = cue.last + 1;
      // (a singular verb only: الذين يرفضون الإعلان عن …, a plural one, has the relative as its subject;
      // إليها, إليه are no noun phrase)
      const w = next < table.count ? table.norms[next] : '';
      const named = q.mentionAt[next] >= 0 ? q.mentions[q.mentionAt[next]].form === 'name' : /^ال/.test(w) && !/^الي(?:ه|ها|هم|هما|هن|ك|كم)$/.test(w) && !q.res.functionWords.has(w);
      const between = named && (cue.form as VerbForm).number === 'sg' && marker && marker.type === 'complementizer' && marker.token > next ? subjectAfter(q, next, sentenceEnd, marker.token) : null;
      const comma = i > 1 && (table.norms[i - 2] === '،' || table.norms[i - 2] === ',');
      speaker = between ?? subjectBefore(q, comma ? i - 2 : i - 1, Math.max(0, i - 10));
    } else if (cue.kind === 'verb' && !passive) {
      // (with no complementizer, the subject ends at the preposition the verb governs: وأعرب مبعوث الأمم
      // المتحدة إلى سورية ستيفان دي ميستورا عن قلقه)
      const complementAt = marker ? marker.token : governedAfter(q, cue, sentenceEnd);
      speaker = subjectAfterKana(q, i) ?? (marker ? null : reportSubject(q, cue.last + 1, sentenceEnd)) ?? subjectAfter(q, cue.last + 1, sentenceEnd, complementAt) ?? subjectBefore(q, i, Math.max(0, i - 8)) ?? clauseSubjectBefore(q, i);
      if (!marker && speaker?.form === 'anonymous') speaker = withoutJoinedObject(q, cue, speaker);
    }
    let reportedBy: Subject | null = null;
    if (form.lemma === LEARNED.lemma) {
      // علمت الصحيفة أن …: the paper's own voice, no quote; علمت «المدينة» من مصادر مطلعة أن …: the sources said it
      const learned = marker && marker.type === 'complementizer' ? learnedFrom(q, cue, marker.token) : null;
      if (!learned) continue;
      speaker = learned.source;
      reportedBy = learned.medium;
    }
    if (form.lemma === 'نقل' && !speaker && !passive) {
      // ونقلت وسائل إعلام محلية عن والدة أحد الضحايا قولها: a medium the lexicons do not know
      const via = mediumBefore(q, cue.last + 1, sentenceEnd);
      if (via > cue.last + 1) {
        const said = subjectAfter(q, via + 1, sentenceEnd, marker ? marker.token : -1);
        if (said) {
          reportedBy = phrase(q, 'phrase', cue.last + 1, via - 1);
          speaker = said;
        }
      }
    }
    if (form.lemma === 'نقل' && speaker && speaker.first > i) {
      // نقلت وكالة تاس عن المتحدثة … / على لسان …: the agency passes on what someone else said
      let t = speaker.last + 1;
      // وكالة الأنباء السعودية (واس) عن، وكالة فارس للأنباء اليوم السبت عن: the agency's nisbas, short
      // name in brackets, genitive and the time come before عن
      for (let n = 0; n < 6 && t < sentenceEnd; n++) {
        const k = q.mentionAt[t];
        const close = bracketEnd(q, t);
        if (k >= 0 && q.mentions[k].form === 'adjective') t = q.mentions[k].last + 1;
        else if (close > 0 && close < sentenceEnd) t = close + 1;
        else if (TIME_WORDS.has(table.norms[t]) || (table.norms[t].startsWith('لل') && k < 0)) t++;
        else break;
      }
      const via = table.norms[t] === 'عن' ? t + 1 : table.norms[t] === 'علي' && table.norms[t + 1] === 'لسان' ? t + 2 : -1;
      if (via > 0) {
        const said = subjectAfter(q, via, sentenceEnd, marker ? marker.token : -1);
        if (said) {
          reportedBy = speaker;
          speaker = said;
        }
      }
    }
    // …، كما تقول بعثة الأمم المتحدة؛ …، على ما أعلنت البعثة: a verb with its subject after كما or على ما,
    // and nothing said after it, attributes the clause before it
    const lead = attributionLead(q, i);
    if (lead >= 0 && !marker && speaker && speaker.first > i) {
      const before = clauseBefore(q, lead, cues, consumedUntil, true);
      if (before) {
        push({ kind: kindOf(q, spans, before.start, before.end), start: before.start, end: before.end, cue: { ...cue, token: lead, display: table.text.slice(table.starts[lead], table.ends[cue.last]) }, speaker, dropped: null, source: null });
        consumedUntil = Math.max(consumedUntil, speaker.last);
        continue;
      }
    }
    let afterSubject = speaker && speaker.first > i ? speaker.last + 1 : cue.last + 1;
    // وأكدت "أم منصور" علمها …: past the mark that closes a speaker written in marks
    if (speaker && speaker.first > i && afterSubject < table.count && table.kinds[afterSubject] === K_PUNCT && bracketEnd(q, speaker.first - 1) === afterSubject) afterSubject++;
    // توقع صندوق النقد الدولي ارتفاع العجز …، بالرغم من توقعات المملكة أن …: a complementizer beyond a comma
    // belongs to another clause when the verb's object stands right after its subject
    const distant = marker !== null && marker.type === 'complementizer' && commaBetween(q, afterSubject, marker.token);
    const complement = (distant ? nounComplement(q, cue, afterSubject, sentenceEnd, inside, spans, spanAtOpen, cues) : null) ?? (marker ? complementAt(q, marker, sentenceEnd, inside, spans, spanAtOpen, cues) : nounComplement(q, cue, afterSubject, sentenceEnd, inside, spans, spanAtOpen, cues));
    if (!complement) continue;
    // no written subject: coref finds who the verb's pronoun is
    const dropped: Dropped | null =
      !speaker && !passive && !relative && form.person === 3
        ? { verb: i, gender: form.gender, number: form.number, carries: cue.kind === 'participle' || CARRY_LEMMAS.has(form.lemma), participle: cue.kind === 'participle', turn }
        : null;
    // a participle goes on with the subject of its clause's verb, when the clause wrote one
    if (dropped && cue.kind === 'participle') dropped.clause = clauseSubjectOf(q, i, (a, b) => quotedIn(found, a, b), dropped.number !== 'sg') ?? undefined;
    let source: Subject | null = reportedBy;
    if (pendingSource && i <= pendingSource.sentenceEnd) source = pendingSource.source;
    pendingSource = null;
    if (complement.span !== undefined) usedSpans.add(complement.span);
    // أكد أن «…»، بحسب الأناضول: a source written after what was said
    let lastToken = complement.lastToken;
    const trailing = trailingAccording(q, cues, lastToken);
    if (trailing) {
      const a = according(q, trailing, cues);
      if (a && !a.verbFollows) {
        if (!a.said) source ??= a.source;
        lastToken = a.source.last;
      }
    }
    push({ kind: complement.kind, start: complement.start, end: complement.end, cue, speaker, dropped, source });
    consumedUntil = Math.max(consumedUntil, lastToken);
  }
  return found.map((f) => said(q, f));
}

/** Is there a من within `reach` tokens from t, on the line, before any punctuation but quote marks and a comma? */
function fromWithin(table: QuoteDoc['table'], t: number, reach: number): boolean {
  for (let k = t; k < table.count && k < t + reach; k++) {
    const w = table.norms[k];
    if (w === 'من') return true;
    if (table.kinds[k] === K_PUNCT && !isComma(w) && !QUOTE_MARKS.has(w) && !'()'.includes(w)) return false;
  }
  return false;
}

/**
 * وعلمت «المدينة» من مصادر مطلعة أن، علمت من مصادرها أن: the medium that learned it (a word, a name or a
 * name in marks, may be left out), then من and the source, which ends before the complementizer.
 */
function learnedFrom(q: QuoteDoc, cue: Cue, complementAt: number): { source: Subject; medium: Subject | null } | null {
  const { table } = q;
  const first = cue.last + 1;
  let t = first;
  const close = bracketEnd(q, first);
  const quoted = close > first;
  if (quoted) t = close + 1;
  else if (q.mentionAt[t] >= 0) t = q.mentions[q.mentionAt[t]].last + 1;
  else if (table.norms[t] !== 'من' && table.kinds[t] === K_WORD) t++;
  // (a name in marks without its marks)
  const medium = t > first ? (quoted ? phrase(q, 'phrase', first + 1, close - 1) : phrase(q, 'phrase', first, t - 1)) : null;
  if (t < complementAt && isComma(table.norms[t])) t++;
  if (t + 1 >= complementAt || table.norms[t] !== 'من') return null;
  // (مصادرها، مصادره: its own sources, a source with no other name)
  const own = /^مصادر(?:ها|ه)$/.test(table.norms[t + 1]) ? phrase(q, 'anonymous', t + 1, t + 1, { head: 'مصادر' }) : null;
  const source = own ?? subjectAfter(q, t + 1, complementAt, complementAt);
  return source ? { source, medium } : null;
}

/** بين as "between", not "showed": بينها وبين …، بين الرياض والقاهرة (a name, then one joined by و). */
function isBetween(q: QuoteDoc, t: number): boolean {
  const { norms, count } = q.table;
  if (!/^[وف]?بين$/.test(norms[t])) return false;
  for (let k = t - 1; k >= 0 && t - k <= 3; k--) if (/^بين(?:ها|هما|هم|ه|نا)$/.test(norms[k])) return true;
  const k = q.mentionAt[t + 1];
  if (k < 0) return false;
  const after = q.mentions[k].last + 1;
  return after < count && norms[after].startsWith('و') && q.mentionAt[after] >= 0;
}

/** Is there a quote with its cue in tokens [a, b)? (the latest quotes only: they are in text order) */
function quotedIn(found: Found[], a: number, b: number): boolean {
  for (let k = found.length - 1; k >= 0; k--) {
    const cue = found[k].cue;
    if (!cue) continue;
    if (cue.token < a) return false;
    if (cue.token < b) return true;
  }
  return false;
}

const FI_HASH = hashString('في');
const WA_FI_HASH = hashString('وفي');

/** في تصريحات, وفي بيان: a statement noun after في. */
function isStatementPhrase(q: QuoteDoc, i: number): boolean {
  // (by the token's hash first: this runs on every token)
  const h = q.table.hashes[i];
  if (h !== FI_HASH && h !== WA_FI_HASH) return false;
  const w = q.table.norms[i];
  return (w === 'في' || w === 'وفي') && i + 1 < q.table.count && STATEMENT_NOUNS.has(q.table.norms[i + 1]) && !q.doc.breakBefore[i + 1];
}

/**
 * A noun phrase and a statement phrase with no verb (وزير الخارجية الفرنسي في تصريحات صحفية: «…»,
 * الوزارة في بيان إن …): the noun phrase, from the clause start to في, is the speaker.
 */
function statementQuote(
  q: QuoteDoc,
  i: number,
  cues: Cue[],
  inside: Int32Array,
  spans: MarkSpan[],
  spanAtOpen: SpanIndex,
): { found: Found; complement: Complement } | null {
  const { table } = q;
  // the clause start: the line start or the last punctuation, at most 12 words back
  let start = i;
  while (start > 0 && i - start < 12 && !q.doc.breakBefore[start] && table.kinds[start - 1] !== K_PUNCT) start--;
  if (start === i) return null;
  const k = firstCueFrom(cues, start);
  if (k < cues.length && cues[k].token < i) return null; // a verb or a source speaks here
  const speaker = subjectAfter(q, start, i, -1);
  if (!speaker || speaker.last !== i - 1) return null;
  const written = table.text.slice(table.starts[i], table.ends[i + 1]).replace(/^[وف](?=في)/, '');
  const cue: Cue = { token: i, last: i + 1, kind: 'phrase', form: null, lemma: written, display: written };
  const sentenceEnd = clauseLimit(q, i, inside);
  const marker = findMarker(q, cue, sentenceEnd, inside, spans, spanAtOpen, cues);
  if (!marker) return null;
  const complement = complementAt(q, marker, sentenceEnd, inside, spans, spanAtOpen, cues);
  if (!complement) return null;
  return { found: { kind: complement.kind, start: complement.start, end: complement.end, cue, speaker, dropped: null, source: null }, complement };
}

/** نقلت وسائل إعلام محلية عن …: the token of عن after a short noun phrase from t, or -1. */
function mediumBefore(q: QuoteDoc, t: number, limit: number): number {
  for (let k = t; k < limit && k < t + 5; k++) {
    if (q.table.kinds[k] !== K_WORD || q.doc.breakBefore[k]) return -1;
    if (q.table.norms[k] === 'عن') return k;
  }
  return -1;
}

/** The gender of a relative pronoun: الذي, الذين → m; التي, اللواتي → f. */
function relativeGender(w: string): 'm' | 'f' {
  return w === 'الذي' || w === 'الذين' || w === 'اللذين' ? 'm' : 'f';
}

/** Last token that ends at or before offset. */
function lastTokenBefore(table: QuoteDoc['table'], offset: number): number {
  let lo = 0;
  let hi = table.count - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (table.ends[mid] <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * المخرج المسرحي أمين طالب، الوزير محمد ناصر: a verb form right after a given name that follows a role or a
 * title, in one run of words, is that person's family name (a verb would come before its subject).
 */
function isFamilyNameAfterGiven(q: QuoteDoc, i: number): boolean {
  const { table } = q;
  const { wordClass, breakBefore } = q.doc;
  if (i < 2 || breakBefore[i] || breakBefore[i - 1] || table.kinds[i - 1] !== K_WORD || table.kinds[i - 2] !== K_WORD) return false;
  if (!(wordClass[i - 1] & (W.GIVEN | W.GIVEN_COMMON))) return false;
  // (no conjunction on the verb: وقال محمد وطالب …)
  if (/^[وف]/.test(table.norms[i]) && !(wordClass[i] & W.SPEECH)) return false;
  const before = table.norms[i - 2];
  // (the role, or its nisba: المسرحي، السعودي)
  return (wordClass[i - 2] & (W.TITLE | W.ROLE)) !== 0 || (/^ال.{2,}ي$/.test(before) && !(wordClass[i - 2] & W.FUNCTION));
}

/** The normalizer's steps that remove diacritics and tatweel, and no other. */
const MARKS_ONLY: NormalizeOptions = { presentationForms: false, alef: false, hamza: false, tehMarbuta: false, alefMaqsura: false, digits: false, persianLetters: false, invisible: false };

function findCues(q: QuoteDoc, inside: Int32Array): Cue[] {
  const { table, res } = q;
  const cues: Cue[] = [];
  const { wordClass, conjClass } = q.doc;
  const speech = speechForms(res);
  const objectVerbs = objectVerbTable(res);
  for (let i = 0; i < table.count; i++) {
    if (table.kinds[i] !== K_WORD || inside[i] >= 0) continue;
    const w = table.norms[i];
    // speech verbs carry the SPEECH bit with or without و/ف; the rest are a handful of words
    const cls = wordClass[i] | conjClass[i];
    if (!(cls & (W.SPEECH | W.ACCORDING))) {
      // ووصفها بأنها، ودعاه إلى: a verb with its object pronoun
      const withObject = objectSuffixed(q, objectVerbs, i);
      if (withObject) {
        cues.push({ token: i, last: i, kind: 'verb', form: withObject, lemma: withObject.lemma, display: withObject.lemmaText, weak: false });
        continue;
      }
      // (by the token's hash first: most words are none of these, and their strings need not be read)
      const other = otherCue(table.hashes[i]);
      if (other === null || other !== w) continue;
      // على لسان …: a source
      if (other.endsWith('علي')) {
        if (table.norms[i + 1] === 'لسان') cues.push({ token: i, last: i + 1, kind: 'according', form: null, lemma: 'على لسان', display: 'على لسان' });
      }
      // وعلمت «المدينة» من مصادر مطلعة أن: what a paper learned from a source (read in learnedFrom)
      // (only with من a few words on: علمت بوفاته, learned of his death, says nothing and ends nothing)
      else if (other.endsWith('علمت')) {
        if (!fromWithin(table, i + 1, 5)) continue;
        const form = other === 'علمت' ? LEARNED : LEARNED_JOINED;
        cues.push({ token: i, last: i, kind: 'verb', form, lemma: form.lemma, display: normalize(table.text.slice(table.starts[i], table.ends[i]), MARKS_ONLY), weak: false });
      }
      // بالقول (واسترسلت المصادر بالقول إن): "by saying", which goes on with the clause's subject
      else cues.push({ token: i, last: i, kind: 'participle', form: BY_SAYING, lemma: BY_SAYING.lemma, display: 'بالقول' });
      continue;
    }
    if (cls & W.ACCORDING && ACCORDING.has(w)) {
      // وبحسب → بحسب; but the و of وفقا is its own
      const conj = /^[وف]/.test(w) && ACCORDING.has(w.slice(1)) ? 1 : 0;
      // (the lemma without its marks and tatweel: وفقًا → وفقا)
      const written = normalize(table.text.slice(table.starts[i] + conj, table.ends[i]), MARKS_ONLY);
      cues.push({ token: i, last: i, kind: 'according', form: null, lemma: w.slice(conj), display: written });
      continue;
    }
    const forms = speech.get(w, table.hashes[i]);
    if (!forms) continue;
    // a word that is a name here (the lexicon or a rule says so) is no verb; nor is a verbal noun
    // (عدم ذكر اسمه) or a word after a complementizer (إن بين الخاتمتين)
    if (q.mentionAt[i] >= 0 || (i > 0 && (NOUN_GOVERNORS.has(table.norms[i - 1]) || COMPLEMENTIZERS.has(table.norms[i - 1])))) continue;
    if (isBetween(q, i) || (i > 0 && RELATIVE_MA.has(table.norms[i - 1]))) continue;
    if (isFamilyNameAfterGiven(q, i)) continue;
    // رفض الكشف عن هويته: a refusal to say is no statement
    if (i + 1 < table.count && SAYING_NOUNS.has(table.norms[i + 1]) && forms.some((f) => f.lemma === 'رفض')) continue;
    const form = forms.find((f) => f.person === 3) ?? forms[0];
    // وأدنا, أرى أن, قلنا outside quote marks: a first- or second-person verb is a name (وإدنا عدن) or
    // the writer's own voice, not someone quoted; a negated verb (لم يشر، لا يعلن) says nothing
    if (form.person !== 3 || (i > 0 && NEGATIONS.has(table.norms[i - 1]))) continue;
    // تعليمات مشددة، لافتة كبيرة: a feminine participle right after an indefinite noun it agrees with is
    // that noun's adjective
    if (form.tense === 'participle' && form.gender === 'f' && i > 0 && isIndefiniteFeminine(q, i - 1)) continue;
    if (isPronounNotParticiple(q, i, forms)) continue;
    // أبان (made clear) is إبان (during) once the hamza is folded: the verb is written with أ
    if (form.lemma === 'ابان' && table.text.charAt(table.starts[i] + (/^[وف]/.test(w) && w.length > 4 ? 1 : 0)) !== 'أ') continue;
    // لفت النظر، لافتا الانتباه إلى: the verb's own object is part of the cue, not its subject
    const last = form.lemma === 'لفت' && i + 1 < table.count && ATTENTION.has(table.norms[i + 1]) ? i + 1 : i;
    cues.push({ token: i, last, kind: form.tense === 'participle' ? 'participle' : 'verb', form, lemma: form.lemma, display: form.lemmaText, weak: WEAK_LEMMAS.has(form.lemma) });
  }
  return cues;
}

const ATTENTION = new Set(['النظر', 'الانتباه', 'الانظار']);

// Verbs written with their object pronoun (ووصفها بأنها، ودعاه إلى، وحثهم على، وأبلغه أن): the object
// stands in the verb, so what was said follows its subject with the preposition or complementizer.
const OBJECT_LEMMAS = new Set(['وصف', 'اتهم', 'دعا', 'طالب', 'حث', 'حذر', 'ابلغ', 'اخبر']);
const OBJECT_PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن'];
/** Per analyzer's resources: the token hash of every speech verb of OBJECT_LEMMAS written with an object
 *  pronoun (with and without و/ف) → the word and its form, made once from the speech lexicon. */
const verbsOfObject = new WeakMap<Resources, Map<number, { word: string; form: VerbForm }[]>>();

function objectVerbTable(res: Resources): Map<number, { word: string; form: VerbForm }[]> {
  let table = verbsOfObject.get(res);
  if (table) return table;
  table = new Map();
  // (keys() and get(): the shipped lexicon's map is decoded one form at a time, bundle.ts)
  for (const word of res.speech.forms.keys()) {
    const forms = res.speech.forms.get(word) ?? [];
    // (يبلغها، تبلغه: "amounts to, reaches" as often as "informs": the past only)
    const form = forms.find((f) => OBJECT_LEMMAS.has(f.lemma) && f.person === 3 && f.voice === 'active' && (f.tense === 'past' || (f.tense === 'present' && f.lemma !== 'ابلغ')));
    if (!form) continue;
    // (دعا + ه → دعاه; وصفوا + ه → وصفوه, without its alef)
    const stem = form.tense === 'past' && form.number === 'pl' && word.endsWith('وا') ? word.slice(0, -1) : word;
    const withObject: VerbForm = { ...form, complements: form.complements.filter((c) => c !== 'np') };
    for (const suffix of OBJECT_PRONOUNS) {
      const written = stem + suffix;
      const h = hashString(written);
      const list = table.get(h) ?? [];
      list.push({ word: written, form: withObject });
      table.set(h, list);
    }
  }
  verbsOfObject.set(res, table);
  return table;
}

/**
 * The form of a speech verb with an object pronoun at token i (past or present, third person, one of
 * OBJECT_LEMMAS), without the noun-phrase complement the pronoun fills; null for any other word. A word
 * written with ة (طالبة، دعوة، وصفة) is no verb with ه, though normalization makes them alike.
 */
function objectSuffixed(q: QuoteDoc, objectVerbs: Map<number, { word: string; form: VerbForm }[]>, i: number): VerbForm | null {
  const { table } = q;
  const found = objectVerbs.get(table.hashes[i])?.find((e) => e.word === table.norms[i]);
  if (!found || lastLetter(table.text, table.starts[i], table.ends[i]) === 0x0629) return null;
  // (عدم وصفه، لم يبلغه، بما وصفه: a verbal noun, a negation, a relative after a preposition)
  if (i > 0 && (NOUN_GOVERNORS.has(table.norms[i - 1]) || NEGATIONS.has(table.norms[i - 1]) || RELATIVE_MA.has(table.norms[i - 1]))) return null;
  return found.form;
}

/** The code of the last letter of text[start, end), past diacritics and tatweel. */
function lastLetter(text: string, start: number, end: number): number {
  for (let k = end - 1; k >= start; k--) {
    const c = text.charCodeAt(k);
    if (!isDiacritic(c) && c !== 0x0640) return c;
  }
  return 0;
}

/** An indefinite feminine or plural noun at t (تعليمات، خطة), no name: what a feminine adjective follows. */
function isIndefiniteFeminine(q: QuoteDoc, t: number): boolean {
  const w = q.table.norms[t];
  return q.table.kinds[t] === K_WORD && q.mentionAt[t] < 0 && !/^[وف]?ال/.test(w) && /(?:ات|ه)$/.test(w) && w.length > 3 && !q.res.functionWords.has(w);
}

/**
 * A quote whose closing mark is missing ends where the narration resumes: at the first full stop
 * followed by a speech verb in the past with a subject of its own («نؤكد … في العشرين.. وأوردت الصحف
 * التركية أن). Else it keeps the end marks.ts gave it (its paragraph's end, within a bound).
 */
function untilNarration(q: QuoteDoc, span: MarkSpan): MarkSpan {
  const { table } = q;
  const speech = speechForms(q.res);
  for (let t = span.open + 1; t + 2 < table.count && table.starts[t] < span.end; t++) {
    if (table.kinds[t] !== K_PUNCT || !TERMINALS.has(table.norms[t]) || table.kinds[t + 1] !== K_WORD) continue;
    if (!((q.doc.wordClass[t + 1] | q.doc.conjClass[t + 1]) & W.SPEECH)) continue;
    const form = speech.get(table.norms[t + 1], table.hashes[t + 1])?.find((f) => f.person === 3 && f.tense === 'past' && f.voice === 'active');
    const subject = table.norms[t + 2];
    if (!form || !(q.mentionAt[t + 2] >= 0 || subject.startsWith('ال') || isAnonymousHead(subject))) continue;
    let end = t;
    while (end - 1 > span.open && table.kinds[end - 1] === K_PUNCT) end--;
    return end - 1 > span.open ? { open: span.open, close: span.close, start: span.start, end: table.ends[end - 1], depth: span.depth } : span;
  }
  return span;
}

/** The end of the clause a cue at token i can reach: the sentence end outside quote marks, or a line break. */
function clauseLimit(q: QuoteDoc, i: number, inside: Int32Array): number {
  const { table, doc } = q;
  let t = i + 1;
  const cap = Math.min(table.count, i + 400);
  while (t < cap && !doc.breakBefore[t]) {
    if (inside[t] < 0 && table.kinds[t] === K_PUNCT && TERMINALS.has(table.norms[t]) && !isAbbreviationDot(q, t)) break;
    t++;
  }
  return t;
}

/** The dot of a one-letter abbreviation (د. فلان) or of a decimal the scanner split (4.‏95, with a mark
 *  before its second part); not the full stop after a closing quote mark («…». ). */
function isAbbreviationDot(q: QuoteDoc, t: number): boolean {
  const { table } = q;
  if (table.norms[t] !== '.' || t === 0 || table.ends[t - 1] !== table.starts[t]) return false;
  if (table.kinds[t - 1] === K_WORD) return table.norms[t - 1].length === 1;
  if (table.kinds[t - 1] !== K_NUMBER) return false;
  // the next number within a character or two (an invisible mark between)
  for (let k = t + 1; k < table.count && table.starts[k] - table.ends[t] <= 2; k++) if (table.kinds[k] === K_NUMBER) return true;
  return false;
}

/** يذكر أن، ومن المعروف أن، تجدر الإشارة إلى أن: the journalist speaking, not a source. */
function isJournalistFrame(q: QuoteDoc, i: number): boolean {
  const { norms } = q.table;
  for (let t = Math.max(0, i - 2); t <= i; t++) if (JOURNALIST_LEADS.has(norms[t])) return true;
  return false;
}

function hasTurnBefore(q: QuoteDoc, i: number): boolean {
  return turnStart(q, i) >= 0;
}

/** The first token of a turn marker right before token i (من جهته، وبدوره، من جانبه), or -1. */
function turnStart(q: QuoteDoc, i: number): number {
  const { norms, kinds } = q.table;
  for (let t = i - 1; t >= Math.max(0, i - 3); t--) {
    if (TURN.has(norms[t])) return t > 0 && (norms[t - 1] === 'من' || norms[t - 1] === 'ومن') ? t - 1 : t;
    if (kinds[t] === K_WORD && norms[t] !== 'من' && norms[t] !== 'ومن') return -1;
  }
  return -1;
}

/** A damma on the first letter of a past verb marks the passive: وأُعلن أن، ذُكر أن. */
function hasPassiveVowel(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let k = start; k < end && letters < 3; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x064f) return letters <= 2;
    if (c >= 0x0621 && c <= 0x064a) letters++;
  }
  return false;
}

interface Complement {
  kind: QuoteKind;
  start: number;
  end: number;
  lastToken: number;
  span?: number;
}

interface Marker {
  /** The complementizer, the colon, or the opening quote mark. */
  token: number;
  type: 'complementizer' | 'colon' | 'quote';
  span?: number;
}

/**
 * Where what the cue says begins, within its reach: a complementizer (أن، إن، بأن), a colon, or a quote
 * between marks that ends the clause. A short quoted term followed by more of the sentence («عكاظ»، "بي إن
 * سبورتس") is passed over; another speech verb ends the search.
 */
function findMarker(q: QuoteDoc, cue: Cue, limit: number, inside: Int32Array, spans: MarkSpan[], spanAtOpen: SpanIndex, cues: Cue[]): Marker | null {
  const { table } = q;
  const reach = Math.min(limit, cue.last + MAX_REACH);
  let stop = reach;
  for (let k = firstCueFrom(cues, cue.last + 1); k < cues.length && cues[k].token < reach; k++) {
    const c = cues[k];
    if (c.kind === 'according' || c.weak || inside[c.token] >= 0) continue;
    // a verb in a relative clause speaks for itself when its own complementizer follows
    // (الدول التي قال إنها …); otherwise it only describes the subject (المصدر الذي طلب …)
    if (inRelativeClause(q, c.token) && !COMPLEMENTIZERS.has(table.norms[c.token + 1] ?? '')) continue;
    stop = c.token;
    break;
  }
  for (let t = cue.last + 1; t < stop; t++) {
    const spanIndex = spanAtOpen.get(t);
    if (spanIndex !== undefined && inside[t] < 0) {
      // up to three words between marks right after a name or a nisba are a name (حلف شمال الأطلسي "ناتو",
      // محطة التلفزيون الإسبانية «تي في أي»)
      const words = wordCount(table.text, spans[spanIndex]);
      const term = words <= 3 && t > cue.last + 1 && q.mentionAt[t - 1] >= 0;
      if (!term && (endsClause(q, spans[spanIndex], limit, spanAtOpen, cues) || words >= 6)) return { token: t, type: 'quote', span: spanIndex };
      const close = spans[spanIndex].close;
      if (close > t) t = close; // a quoted term: read on
      continue;
    }
    if (inside[t] >= 0) continue;
    const w = table.norms[t];
    // (في حين أنه، حيث إن، رغم أن: a conjunction's complementizer, not the verb's)
    if ((COMPLEMENTIZERS.has(w) || (cue.kind === 'participle' && w === 'ان')) && !CONJUNCTION_LEADS.has(table.norms[t - 1])) return { token: t, type: 'complementizer' };
    if (w === ':' && t + 1 < limit) return { token: t, type: 'colon' };
  }
  return null;
}

/** A weak speech verb (بين، عبر، كتب) speaks when its complementizer, its colon, or its preposition and
 *  complementizer follow it, with at most a named subject between (وعبر الوزير عن, وكتب X على منصة: …). */
function weakCueHolds(q: QuoteDoc, cue: Cue, marker: Marker | null): boolean {
  // عبر … عن قلقه: "expressed" a feeling of the subject's own (see nounComplement); else it is "via", and
  // says nothing before a colon, a complementizer or quote marks (وكتب … عبر "تويتر": …), though it
  // still ends the clause before it
  if (cue.lemma === 'عبر') return feelingAfter(q, cue.last + 1) > 0;
  if (!marker) return false;
  // كلما زاد …: "the more it grew"; زاد عدد السعرات التي من المرجح أن …: the complementizer is a
  // relative clause's
  if (cue.token > 0 && q.table.norms[cue.token - 1] === 'كلما') return false;
  for (let k = cue.last + 1; k < marker.token; k++) if (RELATIVE_WORDS.has(q.table.norms[k])) return false;
  // زادت عليها بأن …، زادت من تعزيز التكهنات بأن …: "added to", "increased", not "added that"
  const after = q.table.norms[cue.last + 1] ?? '';
  if (cue.lemma === 'زاد' && (after === 'من' || /^علي(?:ه|ها|هم|هما)?$/.test(after))) return false;
  let t = cue.last + 1;
  while (t < marker.token && q.mentionAt[t] >= 0) t = q.mentions[q.mentionAt[t]].last + 1;
  if (t === marker.token) return true;
  // (وكتب الفريق ضاحي خلفان عبر حسابه الرسمي على تويتر اليوم الأحد: the medium it went through may
  // stand between the subject and the colon)
  let reach = 8;
  for (let k = cue.last + 1; k < marker.token && k - cue.last <= 8; k++) if (q.table.norms[k] === 'عبر') reach = 14;
  if (marker.type === 'colon' || marker.type === 'quote' || marker.type === 'complementizer') return marker.token - cue.last <= reach && !(marker.type === 'quote' && !endsWithColon(q, marker.token));
  const w = q.table.norms[t];
  return (w === 'الي' || w === 'عن' || w === 'علي') && t + 1 === marker.token;
}

/** The first preposition the verb governs (عن، إلى، على: not a joined ب) within a dozen words after it,
 *  past a subject, with no sentence end, complementizer or other verb of saying between; else -1. */
function governedAfter(q: QuoteDoc, cue: Cue, limit: number): number {
  const { table } = q;
  const form = cue.form as VerbForm;
  // (a verb with an object before its preposition, دعت الحكومة الليبيين إلى: the object is no subject)
  if (DIRECTIVE_LEMMAS.has(form.lemma) || OBJECT_FIRST.has(form.lemma)) return -1;
  // (the words after the verb must open a subject: a name, a role, a source, a definite noun; أكد متانة
  // العلاقات والحرص على … opens with what was said)
  const first = cue.last + 1;
  if (first >= limit) return -1;
  const w0 = table.norms[first];
  const some = (w0 === 'عدد' || w0 === 'بعض') && first + 1 < limit && (table.norms[first + 1] === 'من' || table.norms[first + 1].startsWith('ال'));
  const opens = q.mentionAt[first] >= 0 || (q.doc.wordClass[first] & (W.TITLE | W.ROLE)) !== 0 || isAnonymousHead(w0) || w0.startsWith('ال') || some || bracketEnd(q, first) > first;
  if (!opens) return -1;
  const complements = form.complements;
  for (let k = cue.last + 2; k < limit && k - cue.last <= 12; k++) {
    const w = table.norms[k];
    if (table.kinds[k] !== K_WORD) {
      if (isComma(w) || bracketEnd(q, k) > k) continue;
      return -1;
    }
    if (COMPLEMENTIZERS.has(w) || (q.doc.wordClass[k] | q.doc.conjClass[k]) & W.SPEECH) return -1;
    // (a verb whose object may be a noun phrase, أكد عدد من التجار عدم اطلاعهم على …: only عن, which
    // such an object seldom holds, ends its subject)
    if (w.length > 1 && complements.includes(w) && !COMPLEMENTIZERS.has(w) && q.mentionAt[k] < 0) return complements.includes('np') && w !== 'عن' ? -1 : k;
  }
  return -1;
}

/**
 * أفادت مصادر طبية بمقتل …: an unnamed source's phrase reads on through ب and a noun (مصادر بوزارة …)
 * where the verb governs ب; the first everyday noun joined to ب is what was said, and the source ends
 * before it.
 */
function withoutJoinedObject(q: QuoteDoc, cue: Cue, s: Subject): Subject {
  const form = cue.form as VerbForm;
  if (!form.complements.includes('ب') || !NOUN_PHRASE_LEMMAS.has(form.lemma)) return s;
  const { table } = q;
  for (let t = s.first + 1; t <= s.last; t++) {
    const w = table.norms[t];
    if (q.mentionAt[t] >= 0 || !/^ب[^ا]/.test(w) || !q.res.commonWords.has(w.slice(1))) continue;
    return newSubject({ ...s, last: t - 1, end: table.ends[t - 1], name: table.text.slice(s.start, table.ends[t - 1]) });
  }
  return s;
}

// Verbs whose object comes before the preposition they govern (حذر X من، اتهم X ب، وصف X ب، أبلغ X عن).
const OBJECT_FIRST = new Set(['حذر', 'اتهم', 'وصف', 'ابلغ', 'اخبر', 'نقل', 'سال', 'خاطب', 'طلب', 'نصح', 'اوصي', 'حمل', 'هدد', 'توعد']);

/** A noun with a possessive pronoun: what عبر عن expresses (قلقه، سعادتها، أملهم). عبر is "via" as often
 *  as "expressed", and عبر الإنترنت عن طريق … says nothing. */
const FEELING = /^[^ي]{3,}(?:ه|ها|هم|هما)$/;

/** The token of عن within a dozen words after t, with no sentence end or verb of saying between, when a
 *  noun with a possessive pronoun follows it (… عن قلقه البالغ); else -1. */
function feelingAfter(q: QuoteDoc, t: number): number {
  const { table } = q;
  for (let k = t; k < table.count && k - t < 12 && !q.doc.breakBefore[k]; k++) {
    const w = table.norms[k];
    if (TERMINALS.has(w) || COMPLEMENTIZERS.has(w) || (k > t && (q.doc.wordClass[k] | q.doc.conjClass[k]) & W.SPEECH)) return -1;
    if (w === 'عن') return k + 1 < table.count && FEELING.test(table.norms[k + 1]) ? k : -1;
  }
  return -1;
}

const endsWithColon = (q: QuoteDoc, t: number): boolean => t > 0 && q.table.norms[t - 1] === ':';

/** Inside a relative clause (المصدر الذي طلب عدم ذكر اسمه): its verbs are not a new cue. */
function inRelativeClause(q: QuoteDoc, t: number): boolean {
  // the relative clause's verb stands right after its pronoun (or after قد, لم, لا): a verb further on
  // is the main clause's (العلاقات التي تربط بين كوريا والصين قال الوزير …)
  const { norms } = q.table;
  if (t > 0 && RELATIVE_WORDS.has(norms[t - 1])) return true;
  return t > 1 && RELATIVE_WORDS.has(norms[t - 2]) && (norms[t - 1] === 'قد' || norms[t - 1] === 'لم' || norms[t - 1] === 'لا');
}
const RELATIVE_WORDS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين']);

/**
 * Does the quote close its clause: nothing but punctuation, a participle or another quote after it?
 * A short quoted name right after a preposition (لقناة “بي إن سبورتس”:) or followed by a colon and the
 * real quote does not.
 */
function endsClause(q: QuoteDoc, span: MarkSpan, limit: number, spanAtOpen: SpanIndex, cues: Cue[]): boolean {
  const { table } = q;
  const short = wordCount(table.text, span) <= 3;
  const before = span.open - 1;
  if (short && before >= 0 && table.kinds[before] === K_WORD && isNameIntroducer(table.norms[before])) return false;
  let t = span.close >= 0 ? span.close + 1 : lastTokenBefore(table, span.end) + 1;
  let colon = false;
  while (t < limit && table.kinds[t] === K_PUNCT && !spanAtOpen.has(t)) {
    if (table.norms[t] === ':') colon = true;
    t++;
  }
  if (spanAtOpen.has(t) && colon) return false; // «term»: «the quote»
  if (t >= limit || q.doc.breakBefore[t] || spanAtOpen.has(t)) return true;
  const c = cueAtToken(cues, t);
  return c !== undefined && c.kind !== 'according';
}

// Words a quoted name follows: a preposition, or a medium (لقناة “…”، لصحيفة «…»، عبر منصة "…").
const PREPOSITIONS = new Set(['في', 'عن', 'من', 'علي', 'عبر', 'ل', 'لـ', 'ب', 'الي']);
const MEDIA = new Set(['قناه', 'صحيفه', 'جريده', 'وكاله', 'موقع', 'برنامج', 'مجله', 'اذاعه', 'منصه', 'تلفزيون', 'شبكه', 'حساب', 'تطبيق', 'مبادره', 'عمليه', 'مشروع', 'حمله', 'شعار']);
function isNameIntroducer(w: string): boolean {
  return PREPOSITIONS.has(w) || MEDIA.has(w) || MEDIA.has(w.replace(/^(?:لل|[لبو])/, ''));
}

const wordCount = (text: string, span: MarkSpan): number => text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;

function complementAt(q: QuoteDoc, marker: Marker, limit: number, inside: Int32Array, spans: MarkSpan[], spanAtOpen: SpanIndex, cues: Cue[]): Complement | null {
  if (marker.type === 'quote' && marker.span !== undefined) return direct(q, spans[marker.span], marker.span);
  let next = marker.token + 1;
  if (marker.type === 'colon' && spanAtOpen.has(next)) return direct(q, spans[spanAtOpen.get(next) as number], spanAtOpen.get(next) as number);
  // وأضاف: إن …: a complementizer after the colon is not part of what was said
  if (marker.type === 'colon' && COMPLEMENTIZERS.has(q.table.norms[next] ?? '')) next++;
  return clauseAfter(q, next, limit, inside, spans, spanAtOpen, cues);
}

// Verbs whose noun-phrase or prepositional object is what was said (نفى مزاعم، دعا إلى، طالب بـ).
const PLACE_WORDS = new Set(['سلطنه', 'دوله', 'مملكه', 'جمهوريه', 'اماره', 'مدينه', 'منطقه', 'محافظه', 'ولايه', 'اقليم']);
const NOUN_PHRASE_LEMMAS = new Set(['نفي', 'افاد', 'دعا', 'حث', 'طالب', 'اعلن', 'اعرب', 'عبر', 'اشار', 'لفت', 'نوه', 'حذر', 'اتهم', 'ناشد', 'وصف', 'تعهد', 'هدد', 'توعد', 'شدد', 'كشف', 'اكد', 'ابدي', 'افصح', 'توقع']);

/** A noun-phrase or prepositional complement right after the verb and its subject. */
function nounComplement(q: QuoteDoc, cue: Cue, from: number, limit: number, inside: Int32Array, spans: MarkSpan[], spanAtOpen: SpanIndex, cues: Cue[]): Complement | null {
  return beforeElaboration(q, spans, nounPhraseAfter(q, cue, from, limit, inside, spans, spanAtOpen, cues));
}

/** وذلك، وهذا، وهو after a comma: the writer explains what was said (…، وذلك بعد إعادة فتح المطار). */
const ELABORATIONS = new Set(['وذلك', 'وهذا', 'وهذه', 'وهو', 'وهي']);

/**
 * A noun phrase said (أعلن تدشين جسر جوي …) ends before the writer's own elaboration of it, after a comma.
 * (A clause after إن may go on with وهو ما …: that is the speaker's, and clauses keep it.)
 */
function beforeElaboration(q: QuoteDoc, spans: MarkSpan[], c: Complement | null): Complement | null {
  if (!c) return c;
  const { table } = q;
  let cut = -1;
  for (let t = c.lastToken; t > 0 && table.starts[t - 1] > c.start; t--) if (ELABORATIONS.has(table.norms[t]) && isComma(table.norms[t - 1])) cut = t - 1;
  if (cut < 0) return c;
  const trimmed = trimContent(table.text, c.start, table.ends[cut - 1]);
  if (trimmed.end <= trimmed.start) return c;
  return { kind: kindOf(q, spans, trimmed.start, trimmed.end), start: trimmed.start, end: trimmed.end, lastToken: cut - 1 };
}

/** The noun phrase a verb of saying governs (its object, or after its preposition), as a complement. */
function nounPhraseAfter(q: QuoteDoc, cue: Cue, from: number, limit: number, inside: Int32Array, spans: MarkSpan[], spanAtOpen: SpanIndex, cues: Cue[]): Complement | null {
  const { table } = q;
  const form = cue.form as VerbForm;
  // past tense only: تهدد تقويض … (threatens to undermine) is no statement; a participle is one
  // (داعية إلى، مطالبا بـ، مشيرا إلى حرص …، مؤكدا دعم …)
  const directive = DIRECTIVE_LEMMAS.has(form.lemma);
  if (!NOUN_PHRASE_LEMMAS.has(form.lemma) || (cue.kind === 'verb' ? form.tense !== 'past' : cue.kind !== 'participle')) return null;
  // (واصفا مخاضاتها: a participle of describing narrates, unless it describes its object as something,
  // واصفا إياه بالعمل غير المقبول)
  if (cue.kind === 'participle' && form.lemma === 'وصف' && !/^ايا(?:ه|ها|هم|هما|هن)$/.test(q.table.norms[from] ?? '')) return null;
  let t = from;
  // adverbials between the subject and the object: ، الإثنين، / اليوم / في سلطنة عمان
  for (;;) {
    // كشفت مصادر محلية لـ«عكاظ» عن …: whom it was told
    const told = t < limit ? addresseeEnd(q, t) : -1;
    if (t < limit && (table.norms[t] === '،' || table.norms[t] === ',' || isTimeWord(table.norms[t]))) t++;
    else if (told >= t) t = told + 1;
    // في يناير الماضي، في الأسبوع الماضي: a time with في
    else if (t + 1 < limit && table.norms[t] === 'في' && (isTimeWord(table.norms[t + 1]) || MONTHS.has(table.norms[t + 1]) || TIME_SPANS.has(table.norms[t + 1]))) {
      t += 2;
      if (t < limit && TIME_PLACERS.has(table.norms[t])) t++;
    }
    else if (t + 1 < limit && table.norms[t] === 'في' && q.mentionAt[t + 1] >= 0) t = q.mentions[q.mentionAt[t + 1]].last + 1;
    // في سلطنة عمان, في مدينة جدة: a place word before the name
    else if (t + 2 < limit && table.norms[t] === 'في' && PLACE_WORDS.has(table.norms[t + 1]) && q.mentionAt[t + 2] >= 0) t = q.mentions[q.mentionAt[t + 2]].last + 1;
    else if (t + 1 < limit && table.norms[t] === 'في' && STATEMENT_NOUNS.has(table.norms[t + 1])) {
      // في بيان إلحاقي، عن …: the statement it was made in, with at most two adjectives
      t += 2;
      for (let n = 0; n < 2 && t < limit && table.kinds[t] === K_WORD && !form.complements.includes(table.norms[t]); n++) t++;
    } else break;
  }
  if (t >= limit) return null;
  // أعلنت "تحرير" محافظة ديالى: a verbal noun the writer put in marks opens what was said, marks and all
  if (table.kinds[t] !== K_WORD) {
    const close = bracketEnd(q, t);
    if (close !== t + 2 || close + 1 >= limit || !form.complements.includes('np') || !isVerbalNounShape(table.norms[t + 1]) || q.mentionAt[t + 1] >= 0) return null;
    return clauseAfter(q, t, limit, inside, spans, spanAtOpen, cues);
  }
  // عبر X، رئيس النادي، عن سعادته: what was expressed, past the subject's apposition
  if (form.lemma === 'عبر') {
    const about = feelingAfter(q, t);
    return about >= 0 && about < limit ? clauseAfter(q, about + 1, limit, inside, spans, spanAtOpen, cues) : null;
  }
  const w = table.norms[t];
  // دعا السيستاني رئيس الوزراء حيدر العبادي اليوم الجمعة للضرب …، حث X العبادي على …: a directive says
  // whom (the addressee) and what to do
  if (directive) {
    const action = requestedAction(q, form, t, limit);
    if (action > t) return clauseAfter(q, t, limit, inside, spans, spanAtOpen, cues);
  }
  // كشف اللواء عبده الحذيفي وزير الداخلية اليمني عن وقوع …: past the apposition to the preposition
  const governed = governedAfterApposition(q, form, t, limit);
  if (governed > t) return clauseAfter(q, governed + 1, limit, inside, spans, spanAtOpen, cues);
  for (const prep of form.complements) {
    if (prep === 'np' || COMPLEMENTIZERS.has(prep)) continue;
    // (مشيرا إلى الوزير: a person pointed at is nothing said; لافتة إلى جانب الطريق: إلى جانب is "beside")
    // (أكد على جميع الراغبين ضرورة …: a quantifier of whom it was said to opens the phrase too)
    if (w === prep) return t + 1 < limit && (isContentNoun(q, t + 1) || (QUANTIFIERS.has(table.norms[t + 1]) && t + 2 < limit && isContentNoun(q, t + 2))) && !(q.doc.wordClass[t + 1] & (W.TITLE | W.ROLE)) && !(w === 'الي' && table.norms[t + 1] === 'جانب') ? clauseAfter(q, t + 1, limit, inside, spans, spanAtOpen, cues) : null;
    // دعت موسكو الجانبين إلى ضبط النفس: an object (one or two words) before the preposition
    for (let k = t + 1; k <= t + 2 && k < limit; k++) {
      if (table.kinds[k] !== K_WORD) break;
      if (table.norms[k] === prep) return clauseAfter(q, k + 1, limit, inside, spans, spanAtOpen, cues);
    }
    // واتهمت النيابة تشافيز بارتكاب …: an accusation says whom (a name too) and of what, ب joined to it
    if (prep === 'ب' && OBJECT_FIRST.has(form.lemma) && q.mentionAt[t] >= 0 && q.mentions[q.mentionAt[t]].form === 'name') {
      const k = q.mentions[q.mentionAt[t]].last + 1;
      const v = k < limit ? table.norms[k] : '';
      if (table.kinds[k] === K_WORD && q.mentionAt[k] < 0 && v.startsWith('ب') && v.length > 3 && !q.res.functionWords.has(v)) return clauseAfter(q, t, limit, inside, spans, spanAtOpen, cues);
    }
    // joined: بالانسحاب → الانسحاب (the preposition is not part of what was said)
    if (prep.length === 1 && w.startsWith(prep) && w.length > 3) return clauseAfter(q, t, limit, inside, spans, spanAtOpen, cues, 1);
  }
  if (form.complements.includes('np') && isContentNoun(q, t)) return clauseAfter(q, t, limit, inside, spans, spanAtOpen, cues);
  return null;
}


// Directives: their content is the addressee and the requested action (دعا X إلى، حث X على، طالب X بـ).
const DIRECTIVE_LEMMAS = new Set(['دعا', 'حث', 'طالب', 'ناشد']);

/**
 * Where a directive's requested action starts after an addressee written at t (إلى، على، an infinitive
 * with ل or ب, أن), within a few words with no punctuation or verb between; -1 when there is none.
 */
function requestedAction(q: QuoteDoc, form: VerbForm, t: number, limit: number): number {
  const { table } = q;
  for (let k = t + 1; k < limit && k - t <= 10; k++) {
    if (table.kinds[k] !== K_WORD) {
      if (table.kinds[k] === K_PUNCT && /^["«»“”]$/.test(table.norms[k])) continue;
      return -1;
    }
    const w = table.norms[k];
    if (w === 'الي' || w === 'علي' || COMPLEMENTIZERS.has(w)) return k;
    // للضرب، بسحب، باتخاذ: an infinitive with its preposition (not a name: لوزارة …; with ب an everyday
    // noun after it, not بعد or بشكل)
    const byNoun = form.complements.includes('ب') && (w.startsWith('بال') || (w.startsWith('ب') && q.res.commonWords.has(w.slice(1)) && !q.res.functionWords.has(w)));
    if ((w.startsWith('لل') || byNoun) && q.mentionAt[k] < 0 && w.length > 4) return k;
    if (q.res.speechVerbForms.has(w) || RELATIVES.has(w)) return -1;
  }
  return -1;
}

/** The governed preposition of the verb (كشف … عن) after an apposition of the subject (a role and its words), or -1. */
function governedAfterApposition(q: QuoteDoc, form: VerbForm, t: number, limit: number): number {
  const { table } = q;
  if (!(q.doc.wordClass[t] & (W.TITLE | W.ROLE))) return -1;
  for (let k = t + 1; k < limit && k - t <= 6 && table.kinds[k] === K_WORD; k++) {
    const w = table.norms[k];
    if (form.complements.includes(w) && !COMPLEMENTIZERS.has(w)) return k;
    if (q.res.speechVerbForms.has(w) || COMPLEMENTIZERS.has(w) || RELATIVES.has(w)) return -1;
  }
  return -1;
}

const COORDINATORS = new Set(['لكنه', 'لكنها', 'ولكنه', 'ولكنها', 'لكن', 'كما', 'فيما', 'بينما', 'ثم']);
// Quantifiers that open a noun phrase (جميع الراغبين، كافة المواطنين، كل الجهات)
const QUANTIFIERS = new Set(['جميع', 'كافه', 'كل', 'مختلف']);
// Words that open a clause of their own before a verb (حيث أوضح، إذ قال)
const CLAUSE_LINKS = new Set(['حيث', 'اذ']);

const isTimeWord = (w: string): boolean => TIME_WORDS.has(w);
// في الأسبوع الماضي، في وقت سابق: spans of time after في (TIME_PLACERS place them)
const TIME_SPANS = new Set(['الاسبوع', 'الشهر', 'العام', 'السنه', 'وقت', 'الفتره', 'الايام', 'الاشهر', 'الساعات']);

/**
 * أمله (his hope) is آملة only once ة and ه are folded: is token t, a word whose only speech readings are
 * feminine participles, written with the pronoun's ه and not with ة?
 */
function isPronounNotParticiple(q: QuoteDoc, t: number, forms: readonly VerbForm[]): boolean {
  if (!forms.every((f) => f.tense === 'participle' && f.gender === 'f' && f.number === 'sg')) return false;
  return lastLetter(q.table.text, q.table.starts[t], q.table.ends[t]) === 0x0647;
}

/** A noun that can start a noun-phrase complement (a verbal noun or a noun), not a function word or a verb. */
function isContentNoun(q: QuoteDoc, t: number): boolean {
  const w = q.table.norms[t];
  const forms = q.res.speechVerbForms.has(w) ? q.res.speech.forms.get(w) : undefined;
  if (q.res.functionWords.has(w) || (forms && !isPronounNotParticiple(q, t, forms)) || COMPLEMENTIZERS.has(w)) return false;
  if (q.mentionAt[t] >= 0 && q.mentions[q.mentionAt[t]].type === 'PERSON') return false;
  return !w.startsWith('ي'); // not a present-tense verb (يقوم)
}

/** The content between quote marks as a direct quote, or null when only spaces and punctuation are there. */
function direct(q: QuoteDoc, span: MarkSpan, spanIndex: number): Complement | null {
  const { start, end } = trimContent(q.table.text, span.start, span.end);
  if (end <= start) return null;
  return { kind: 'direct', start, end, lastToken: span.close >= 0 ? span.close : lastTokenBefore(q.table, span.end), span: spanIndex };
}

/** The clause from token `first` to the end of the reported speech. */
function clauseAfter(
  q: QuoteDoc,
  first: number,
  limit: number,
  inside: Int32Array,
  spans: MarkSpan[],
  spanAtOpen: SpanIndex,
  cues: Cue[],
  skipLetters = 0,
): Complement | null {
  const { table } = q;
  if (first >= limit) return null;
  // قال إن «…»: the whole clause between marks is a direct quote
  const opening = spanAtOpen.get(first);
  if (opening !== undefined) {
    const span = spans[opening];
    const closeToken = span.close >= 0 ? span.close : lastTokenBefore(table, span.end);
    let after = closeToken + 1;
    while (after < limit && table.kinds[after] === K_PUNCT && !isOpenMark(spanAtOpen, after)) after++;
    if (after >= limit || trailingAccording(q, cues, closeToken)) {
      const whole = direct(q, span, opening);
      if (whole) return whole;
    }
  }
  // the clause ends before ", مضيفا أن", ", وأضاف", ", لكنه حذر": the next thing said
  let end = limit;
  for (let k = firstCueFrom(cues, first + 1); k < cues.length && cues[k].token < limit; k++) {
    const c = cues[k];
    if (inside[c.token] >= 0) continue;
    const prev = c.token - 1;
    const comma = table.norms[prev] === '،' || table.norms[prev] === ',' || table.norms[prev] === '؛';
    // تقدمت القوات، بحسب الأناضول: the source after a comma ends what was said; بحسب الخطة does not
    if (c.kind === 'according' && !comma) continue;
    // (…، حيث أوضح أن: so does a verb of saying in the past after حيث or إذ, which opens a clause of
    // its own; إذ تبلغ قيمته is "amounts to")
    const opensClause = CLAUSE_LINKS.has(table.norms[prev]) && c.kind === 'verb' && !c.weak && c.form?.tense === 'past';
    // (a coordinator that opens what was said ends none of it: إنه بينما يعد …)
    const linked = (COORDINATORS.has(table.norms[prev]) && prev > first) || opensClause;
    // (a weak verb joined by و is as often a noun, ورد "and a response": it ends nothing unless its
    // complementizer follows it, وبين أن)
    const weakHolds = !c.weak || (c.last + 1 < table.count && COMPLEMENTIZERS.has(table.norms[c.last + 1]));
    const conj = (c.form?.conjunction === true && weakHolds) || linked;
    if (c.kind === 'participle' || comma || conj) {
      end = comma || linked ? prev : c.token;
      while (end > first && (table.norms[end - 1] === '،' || table.norms[end - 1] === ',')) end--;
      break;
    }
    // …، من جهته قال الرئيس الكيني: a turn before a verb of saying gives the floor to someone new
    const turn = c.kind === 'verb' && !c.weak ? turnStart(q, c.token) : -1;
    if (turn > first) {
      end = turn;
      while (end > first && isComma(table.norms[end - 1])) end--;
      break;
    }
    // … وحول تسريع إعادة الأمن قال اللواء الحذيفي إنه: a verb with its own subject starts something new
    // said, with the topic phrase that leads to it
    if (c.kind === 'verb' && !c.weak && startsNamedSubject(q, c.last + 1)) {
      end = topicStart(q, c.token, first);
      break;
    }
    // …، ولكن العفو الدولية تقول إن: so does a name that says something after a word of contrast
    const lead = c.kind === 'verb' && !c.weak ? contrastBeforeSubject(q, c.token, first) : -1;
    if (lead > first) {
      end = lead;
      while (end > first && isComma(table.norms[end - 1])) end--;
      break;
    }
  }
  if (end <= first) return null;
  let startOffset = table.starts[first];
  if (skipLetters > 0) startOffset += skipLetters;
  const trimmed = trimContent(table.text, startOffset, table.ends[end - 1]);
  if (trimmed.end <= trimmed.start) return null;
  return { kind: kindOf(q, spans, trimmed.start, trimmed.end), start: trimmed.start, end: trimmed.end, lastToken: end - 1 };
}

// Words of contrast before a new speaker: الحكومة أعدمت …، لكن المنظمة تقول إن …
const CONTRAST_LEADS = new Set(['لكن', 'ولكن', 'بينما', 'فيما', 'وبينما']);

/** The token of a word of contrast right before a person's or organization's name that ends right
 *  before the verb at `verb` (…، ولكن العفو الدولية تقول), or -1. */
function contrastBeforeSubject(q: QuoteDoc, verb: number, floor: number): number {
  const k = q.mentionAt[verb - 1];
  if (k < 0) return -1;
  const m = q.mentions[k];
  if (m.form !== 'name' || (m.type !== 'PERSON' && m.type !== 'ORGANIZATION') || m.last !== verb - 1 || m.start !== q.table.starts[m.first]) return -1;
  const lead = m.first - 1;
  return lead > floor && CONTRAST_LEADS.has(q.table.norms[lead]) ? lead : -1;
}

/** The first token of كما or على ما (حسب ما) right before a verb at t, or -1. */
function attributionLead(q: QuoteDoc, t: number): number {
  const { norms } = q.table;
  if (t > 0 && (norms[t - 1] === 'كما' || norms[t - 1] === 'وكما')) return t - 1;
  if (t > 1 && norms[t - 1] === 'ما' && (norms[t - 2] === 'علي' || norms[t - 2] === 'حسب' || norms[t - 2] === 'بحسب')) return t - 2;
  return -1;
}

/** Is there a comma in tokens [from, to)? */
function commaBetween(q: QuoteDoc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (isComma(q.table.norms[t])) return true;
  return false;
}

/** Does a named subject start at t (a person or organization, or a role or title word before one)? */
function startsNamedSubject(q: QuoteDoc, t: number): boolean {
  for (let k = t; k < q.table.count && k - t < 4 && q.table.kinds[k] === K_WORD; k++) {
    const m = q.mentionAt[k];
    if (m >= 0) return q.mentions[m].form === 'name' && (q.mentions[m].type === 'PERSON' || q.mentions[m].type === 'ORGANIZATION');
    if (!(q.doc.wordClass[k] & (W.TITLE | W.ROLE))) return false;
  }
  return false;
}

// The topic phrases that lead to a new attribution: وحول …، وعن …، وفي شأن …، وردا على سؤال …
const TOPIC_LEADS = new Set(['وحول', 'وعن', 'وفي', 'وبشان', 'وفيما', 'وردا', 'وبخصوص', 'وحيال']);

/** Where the clause of a verb at `verb` starts: at the topic phrase before it, when there is one (else the verb). */
function topicStart(q: QuoteDoc, verb: number, floor: number): number {
  for (let k = verb - 1; k > floor && verb - k <= 15 && q.table.kinds[k] === K_WORD; k--) if (TOPIC_LEADS.has(q.table.norms[k])) return k;
  return verb;
}

function isOpenMark(spanAtOpen: SpanIndex, t: number): boolean {
  return spanAtOpen.has(t);
}

/** Indirect, or mixed when a quote between marks sits inside. */
function kindOf(q: QuoteDoc, spans: MarkSpan[], start: number, end: number): QuoteKind {
  // spans are in order of their start: the first one that starts inside decides
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < spans.length && spans[k].start < end; k++) if (spans[k].end <= end + 1) return 'mixed';
  void q;
  return 'indirect';
}

/** Content without surrounding white space and without the sentence punctuation at its end. */
function trimContent(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.،,؛;:!؟?…]/.test(text[end - 1])) end--;
  return { start, end };
}

// What a figure or a claim is based on, besides a statement: a report, data, sources
const REPORT_NOUNS = new Set([
  'تقرير', 'تقارير', 'بيانات', 'معلومات', 'مصادر', 'مصدر', 'احصاءات', 'احصاييات', 'ارقام', 'دراسه', 'دراسات',
  // documents that say something: وحسب وثائق المحكمة، بحسب لائحة الاتهام، وفقا لاستطلاع
  'وثايق', 'وثيقه', 'لايحه', 'مذكره', 'سجلات', 'نتايج', 'استطلاع', 'مسح', 'تقديرات',
]);

// the sentence ends of clauseLimit, and semicolons, which end a clause too
const SENTENCE_ENDS = new Set([...TERMINALS, '؛', ';']);
const MAX_CLAUSE_BACK = 80;

/**
 * The clause before an "according to" cue at token t that ends its sentence, after a comma, with no
 * speech verb in it (those take the source themselves) and at least four words; null otherwise.
 */
function clauseBefore(q: QuoteDoc, t: number, cues: Cue[], floor: number, commaOptional = false): { start: number; end: number } | null {
  const { table } = q;
  const hasComma = t > 0 && isComma(table.norms[t - 1]);
  // (without one, the clause runs up to the cue itself)
  const comma = hasComma ? t - 1 : t;
  if (comma <= 0 || (!hasComma && !commaOptional) || q.doc.breakBefore[t]) return null;
  let first = comma;
  // at most a long sentence back: the walk stays bounded on text without punctuation
  while (first - 1 > floor && comma - first < MAX_CLAUSE_BACK && !q.doc.breakBefore[first] && !SENTENCE_ENDS.has(table.norms[first - 1])) first--;
  if (first >= comma) return null;
  // a verb of saying in the clause has said it already, unless a later clause (after a comma or a
  // complementizer: … في حين أنه توفي …، كما أعلنت X) is what the source attributes
  for (let k = firstCueFrom(cues, first); k < cues.length && cues[k].token < comma; k++) {
    if (cues[k].kind === 'according') continue;
    let boundary = -1;
    for (let b = cues[k].last + 1; b < comma; b++) if (isComma(table.norms[b]) || COMPLEMENTIZERS.has(table.norms[b])) boundary = b;
    if (boundary < 0) return null;
    first = boundary + 1;
  }
  let words = 0;
  for (let k = first; k < comma; k++) if (table.kinds[k] === K_WORD) words++;
  if (words < 4) return null;
  const span = trimContent(table.text, table.starts[first], table.ends[comma - 1]);
  return span.end > span.start ? span : null;
}

/** The "according to" cue right after token `last`, past at most two commas: …»، بحسب الأناضول. */
function trailingAccording(q: QuoteDoc, cues: Cue[], last: number): Cue | undefined {
  let t = last + 1;
  while (t < q.table.count && t - last <= 2 && (q.table.norms[t] === '،' || q.table.norms[t] === ',')) t++;
  if (t >= q.table.count || q.doc.breakBefore[t]) return undefined;
  const c = cueAtToken(cues, t);
  return c && c.kind === 'according' ? c : undefined;
}

/** بحسب X، …: the source, whether a speech verb follows, and the clause after the comma. */
function according(q: QuoteDoc, cue: Cue, cues: Cue[]): ({ source: Subject; said: boolean } & Rest) | null {
  const { table } = q;
  let t = cue.last + 1;
  const w0 = cue.lemma;
  if (w0 === 'نقلا' && table.norms[t] === 'عن') t++;
  if (w0 === 'استنادا' && table.norms[t] === 'الي') {
    // استنادا إلى بيان الوزارة: a source only when it names one (not إلى تعاليم الدين)
    t++;
    const w = (table.norms[t] ?? '').replace(/^ال/, '');
    if (q.mentionAt[t] < 0 && !STATEMENT_NOUNS.has(w) && !REPORT_NOUNS.has(w)) return null;
  }
  // بحسب ما قاله الوزير، حسبما ذكرت الوزارة: the one after the verb said it (a speaker, not a medium)
  const verb = table.norms[t] === 'ما' || table.norms[t] === 'لما' ? t + 1 : w0.endsWith('ما') ? t : -1;
  if (verb >= 0) {
    if (!isSpeechVerbWithObject(q, verb)) return null;
    const limit = clauseLimitSimple(q, verb);
    let from = verb + 1;
    if (table.norms[from] === 'به' || table.norms[from] === 'بها') from++; // ما صرح به
    // بحسب ما أفاد الأربعاء مسؤول محلي: the day it was said, then who said it
    while (from < limit && from - verb <= 3 && TIME_WORDS.has(table.norms[from])) from++;
    const said = subjectAfter(q, from, limit, -1);
    if (!said) return null;
    // its verb has spoken already: a verb after it (، الذي دعا …) speaks of something else; whom it
    // was told (حسبما أفاد مصدر لوكالة الصحافة الفرنسية) is not what was said
    const told = addresseeEnd(q, said.last + 1);
    return { ...rest(q, cue, cues, (told > 0 ? told : said.last) + 1), verbFollows: false, source: said, said: true };
  }
  if (t >= table.count) return null;
  // وفقا لـ "واس", وبحسب "ناسا": a name in marks
  const lam = table.norms[t] === 'ل' || table.norms[t] === 'لـ' ? 1 : 0;
  const quotedName = bracketEnd(q, t + lam);
  if (quotedName > 0) return { ...rest(q, cue, cues, quotedName + 1), source: phrase(q, 'phrase', t + lam + 1, quotedName - 1), said: false };
  if (table.kinds[t] !== K_WORD) return null;
  // the source: up to a comma, a verb or a complementizer (ووفقا للقبلي فإن …)
  let end = t;
  while (end < table.count && end - t < 10 && table.kinds[end] === K_WORD && !q.doc.breakBefore[end] && !q.res.speechVerbForms.has(table.norms[end]) && !isComplementizer(table.norms[end]) && !CLAUSE_RESUMERS.has(table.norms[end])) end++;
  if (end === t) return null;
  const k = q.mentionAt[t];
  // وفقا للقانون، حسب المعايير، وفقا لاختصاصاته: no one said it
  if (w0 !== 'نقلا' && !isSourceWord(q, t, w0 === 'وفقا' || w0 === 'طبقا' || w0 === 'استنادا')) return null;
  // وفقا لرويترز, وفقا للبيان: the ل of وفقا لـ is not part of the name; in للبيان it stands for the
  // article's alef too, which the name gets back (البيان)
  let startOffset = table.starts[t];
  let article = '';
  if (k >= 0) startOffset = q.mentions[k].start;
  else if ((w0 === 'وفقا' || w0 === 'طبقا' || w0 === 'استنادا') && table.norms[t].startsWith('ل')) {
    const lil = table.norms[t].startsWith('لل');
    startOffset += lil ? 2 : 1;
    if (lil) article = 'ال';
  }
  let source: Subject;
  // وفقا للمهندس كمال القبلي: the name after a title; وفقا لمدير شرطة المنطقة اللواء فلان: after a role
  let named0 = k >= 0 && q.mentions[k].form === 'name' ? k : -1;
  for (let u = t + 1; u < end && named0 < 0 && q.mentionAt[t] < 0; u++) {
    const m = q.mentionAt[u];
    if (m < 0 || q.mentions[m].form !== 'name' || q.mentions[m].type !== 'PERSON') continue;
    // (further on, only a name behind a title that ends the phrase: in لرئيس الوزراء حيدر العبادي the
    // name is the genitive's, not the source's)
    if (u <= t + 2 || (q.mentions[m].last === end - 1 && q.mentions[m].first === u && q.doc.wordClass[u - 1] & W.TITLE)) named0 = m;
  }
  // وفقا لمدير شرطة المنطقة، اللواء فلان،: the role's holder in apposition after a comma
  const apposed = named0 < 0 && k < 0 ? apposedPerson(q, end) : -1;
  if (apposed >= 0) {
    named0 = apposed;
    end = q.mentions[apposed].last + 1;
  }
  if (named0 >= 0) source = named(q, named0, t, end - 1);
  else {
    // بحسب مصادر محلية: an anonymous source; وفقا للبيان: a statement, for the body that issued it
    const head = table.norms[t].replace(/^(?:لل|ل)/, '');
    // (بحسب المصدر نفسه: back to the source named before)
    const form = isAnonymousHead(head) ? 'anonymous' : isBackReference(head) ? 'back' : isStatementWord('ال' + head.replace(/^ال/, '')) && end - 1 === t ? 'statement' : 'phrase';
    source = newSubject({ form, first: t, last: end - 1, start: startOffset, end: table.ends[end - 1], mention: -1, name: article + table.text.slice(startOffset, table.ends[end - 1]), head: form === 'anonymous' ? head : form === 'back' ? head.replace(/^ال/, '') : undefined });
  }
  return { ...rest(q, cue, cues, end), source, said: false };
}

interface Rest {
  verbFollows: boolean;
  /** The clause after the phrase opens with a complementizer or فقد (وبحسب المصادر فإن …، وفقا لناسا فقد …). */
  marked: boolean;
  /** The clause after the phrase, as character offsets (equal when there is none). */
  contentStart: number;
  clauseEnd: number;
  /** The clause's last token. */
  lastToken: number;
}

/** After an "according to" phrase ending before token `end`: does a speech verb follow, and the clause after it. */
function rest(q: QuoteDoc, cue: Cue, cues: Cue[], end: number): Rest {
  const { table } = q;
  let sentenceEnd = clauseLimitSimple(q, cue.token);
  let verbFollows = false;
  for (let k = firstCueFrom(cues, end); k < cues.length && cues[k].token < sentenceEnd && !verbFollows; k++) {
    const c = cues[k];
    // ووفقا للقبلي فإن …، مضيفا: a participle after a comma goes on with what the source said; the clause ends there
    if (c.kind === 'participle' && c.token - 1 > end && isComma(table.norms[c.token - 1])) {
      sentenceEnd = c.token - 1;
      break;
    }
    // …، وفقا لمدير الشرطة، اللواء فلان، وقال: إن …: a verb with its conjunction after a comma starts a
    // new clause (its subject dropped), not one whose subject is the source
    if (c.kind === 'verb' && c.form?.conjunction === true && !c.weak && c.token - 1 === end && isComma(table.norms[end])) {
      sentenceEnd = c.token - 1;
      break;
    }
    verbFollows = c.kind !== 'according';
  }
  let contentStart = end;
  while (contentStart < sentenceEnd && table.kinds[contentStart] === K_PUNCT) contentStart++;
  // وبحسب ما قاله الوزير، فإن …، وفقا لناسا، فقد التقطت …: the complementizer or فقد is not part of what was said
  const lead = contentStart < sentenceEnd ? table.norms[contentStart] : '';
  const marked = COMPLEMENTIZERS.has(lead) || (lead.startsWith('ف') && COMPLEMENTIZERS.has(lead.slice(1))) || CLAUSE_RESUMERS.has(lead);
  if (marked) contentStart++;
  // …، الذي دعا …: a relative clause about the source, not something it said
  const lastToken = sentenceEnd - 1;
  if (RELATIVES.has(lead)) return { verbFollows, marked, contentStart: 0, clauseEnd: 0, lastToken };
  if (contentStart >= sentenceEnd) return { verbFollows, marked, contentStart: 0, clauseEnd: 0, lastToken };
  const trimmed = trimContent(table.text, table.starts[contentStart], table.ends[sentenceEnd - 1]);
  return { verbFollows, marked, contentStart: trimmed.start, clauseEnd: trimmed.end, lastToken };
}

// (غير before a participle makes it an adjective: غير مفيدة، غير مؤكد)
const NEGATIONS = new Set(['لا', 'ولا', 'لم', 'ولم', 'لن', 'ولن', 'فلا', 'فلم', 'غير', 'وغير']);
// Words after which a speech verb's form is its verbal noun: عدم ذكر، بعد إعلان، دون تأكيد، في وصف.
const NOUN_GOVERNORS = new Set(['عدم', 'دون', 'بدون', 'بعد', 'قبل', 'اثر', 'عقب', 'لدي', 'حول', 'خلال', 'في', 'الي', 'علي', 'عن']);
// Conjunctions whose أن/إن is their own: في حين أن، حيث إن، رغم أن، بما أن، إلا أن، غير أن.
const CONJUNCTION_LEADS = new Set(['حين', 'حيث', 'رغم', 'برغم', 'بما', 'الا', 'غير', 'لو', 'مع', 'بعد', 'قبل']);
// Relatives before a verb of saying: the writer's voice (بما أشار إلى أن، مما يشير إلى أن).
const RELATIVE_MA = new Set(['بما', 'مما']);
// Verbal nouns of saying: رفض الكشف عن هويته refuses to say, and says nothing.
const SAYING_NOUNS = new Set(['الكشف', 'التعليق', 'الافصاح', 'ذكر', 'الادلاء', 'الحديث', 'التصريح', 'الكلام']);
/** The form of بالقول: like قائلا, of any gender and number. */
const speechMemos = new WeakMap<Resources, HashMemo<readonly VerbForm[] | undefined>>();

/** The speech lexicon's forms of a word, read by the token's hash (the lexicon's map is large). */
function speechForms(res: Resources): HashMemo<readonly VerbForm[] | undefined> {
  let memo = speechMemos.get(res);
  if (!memo) speechMemos.set(res, (memo = new HashMemo(12, (w) => res.speech.forms.get(w))));
  return memo;
}

/** The cue words no word class marks (على لسان, بالقول), and the hashes of their normalized forms (text/hash.ts). */
const OTHER_CUES = ['علي', 'وعلي', 'فعلي', 'بالقول', 'وبالقول', 'علمت', 'وعلمت'];
const OTHER_CUE_HASHES = Int32Array.from(OTHER_CUES, hashString);

/** The cue word whose normalized form has this hash, or null (a compare per cue word: no look-up per token). */
function otherCue(hash: number): string | null {
  for (let k = 0; k < OTHER_CUE_HASHES.length; k++) if (OTHER_CUE_HASHES[k] === hash) return OTHER_CUES[k];
  return null;
}

/** علمت (a paper learned): a cue only with the source it learned from (learnedFrom). */
const LEARNED: VerbForm = { lemma: 'علم', lemmaText: 'علم', tense: 'past', person: 3, gender: 'f', number: 'sg', voice: 'active', journalist: false, complements: ['ان', 'من'], conjunction: false };
const LEARNED_JOINED: VerbForm = { ...LEARNED, conjunction: true };
const BY_SAYING: VerbForm = { lemma: 'قال', lemmaText: 'قال', tense: 'participle', person: 3, gender: 'c', number: 'sg', voice: 'active', journalist: false, complements: ['ان'], conjunction: false };
// Particles with which the clause an "according to" source modifies resumes: ووفق الإحصاءات فقد بلغ …
const CLAUSE_RESUMERS = new Set(['فقد', 'فلقد', 'وقد']);
const isComplementizer = (w: string): boolean => COMPLEMENTIZERS.has(w) || ((w[0] === 'ف' || w[0] === 'و') && COMPLEMENTIZERS.has(w.slice(1)));

// Words of the media and of those who count and report: an "according to" source (بحسب وكالة …، وفقا لإحصاءات …).
const MEDIA_WORDS = new Set(['وكاله', 'صحيفه', 'جريده', 'قناه', 'موقع', 'اذاعه', 'تلفزيون', 'شبكه', 'مجله', 'حساب']);

/**
 * Can the word at t be who said something (an "according to" source): a name, a statement or a report, a
 * medium, an organization, an anonymous source, a role, or a word no lexicon knows (a name it missed)?
 * Not a law, a standard or an agreement (وفقا للقانون، حسب المعايير), nor a possessed noun (وفقا لاختصاصاته).
 */
function isSourceWord(q: QuoteDoc, t: number, afterLam: boolean): boolean {
  const k = q.mentionAt[t];
  if (k >= 0) return q.mentions[k].form === 'name' && q.mentions[k].type !== 'WEAPON';
  // (وفقا لـ: the word carries the ل of the phrase)
  const w = afterLam ? q.table.norms[t].replace(/^(?:لل|ل)/, '') : q.table.norms[t];
  const bare = w.replace(/^ال/, '');
  if (STATEMENT_NOUNS.has(bare) || REPORT_NOUNS.has(bare) || MEDIA_WORDS.has(bare) || isAnonymousHead(bare) || isBackReference('ال' + bare) || isStatementWord('ال' + bare)) return true;
  if (q.doc.wordClass[t] & (W.TITLE | W.ROLE | W.ORG_HEAD | W.INSTITUTION) || q.res.titles.has(w) || q.res.titles.has(bare) || ORG_HEADS.has(bare)) return true;
  if (/(?:ه|ها|هم|هما)$/.test(bare) && !bare.endsWith('يه')) return false;
  // بحسب الاستخبارات الأمريكية, وفقا للسلطات المصرية: a definite plural in ات and a country's nisba,
  // a body of that country, however everyday the noun (not a law: الدستور الأمريكي، القانون الإسرائيلي)
  const next = t + 1 < q.table.count ? q.mentionAt[t + 1] : -1;
  if (w.startsWith('ال') && w.endsWith('ات') && next >= 0 && q.mentions[next].form === 'adjective' && q.mentions[next].type === 'COUNTRY' && q.mentions[next].first === t + 1) return true;
  return !q.res.commonWords.has(w) && !q.res.commonWords.has(bare) && !q.res.functionWords.has(w);
}

/** A speech verb, bare or with an object pronoun (قاله, ذكرته, أكدها). */
function isSpeechVerbWithObject(q: QuoteDoc, t: number): boolean {
  if (t >= q.table.count || q.table.kinds[t] !== K_WORD) return false;
  const w = q.table.norms[t];
  if (q.res.speech.forms.has(w)) return true;
  for (const suffix of ['ه', 'ها', 'هم']) if (w.endsWith(suffix) && w.length > suffix.length + 2 && q.res.speech.forms.has(w.slice(0, -suffix.length))) return true;
  return false;
}

function clauseLimitSimple(q: QuoteDoc, i: number): number {
  const { table, doc } = q;
  let t = i + 1;
  while (t < table.count && t < i + 400 && !doc.breakBefore[t] && !(table.kinds[t] === K_PUNCT && TERMINALS.has(table.norms[t]))) t++;
  return t;
}

/**
 * A quote between marks that no verb before it claimed: attributed by a verb right after it
 * ("…"، قال المتحدث), as the continuation of the previous quote in the same sentence or paragraph,
 * or as a paragraph of its own continuing the previous speaker. Otherwise it is a term («داعش»).
 */
function attributeFreeQuote(q: QuoteDoc, span: MarkSpan, found: Found[], cues: Cue[], usedCues: Set<number>, paragraphStart: Uint8Array): Found | null {
  const { table } = q;
  const closeToken = span.close >= 0 ? span.close : lastTokenBefore(table, span.end);
  const content = trimContent(table.text, span.start, span.end);
  if (content.end <= content.start) return null;
  // trailing attribution: "…"، قال المتحدث
  let t = closeToken + 1;
  // (a full stop between them: the verb after it starts a sentence of its own)
  while (t < table.count && table.kinds[t] === K_PUNCT && !q.doc.breakBefore[t] && t - closeToken <= 2 && !SENTENCE_ENDS.has(table.norms[t])) t++;
  const at = t < table.count ? cueAtToken(cues, t) : undefined;
  // «أرامكو» تعد أكبر شركة: a short quoted name right before a verb is its subject, not what it said
  const adjoining = t === closeToken + 1 && wordsIn(table.text.slice(content.start, content.end)) <= 3;
  const cue = at && at.kind === 'verb' && !q.doc.breakBefore[t] && !adjoining && !at.weak ? at : undefined;
  if (cue) {
    const form = cue.form as VerbForm;
    usedCues.add(cue.token);
    const limit = clauseLimitSimple(q, cue.token);
    const speaker = subjectAfter(q, cue.last + 1, limit, -1);
    const dropped: Dropped | null = speaker ? null : { verb: cue.token, gender: form.gender, number: form.number, carries: CARRY_LEMMAS.has(form.lemma), participle: false, turn: false };
    return { kind: 'direct', start: content.start, end: content.end, cue, speaker, dropped, source: null };
  }
  if (at && at.kind === 'according' && !q.doc.breakBefore[t] && !adjoining) {
    const a = according(q, at, cues);
    if (a && !a.verbFollows) usedCues.add(at.token);
    if (a && !a.verbFollows) return { kind: 'direct', start: content.start, end: content.end, cue: at, speaker: a.source, dropped: null, source: a.said ? null : a.source };
  }
  const words = wordsIn(table.text.slice(content.start, content.end));
  if (words <= 2) return null; // لوكالة أنباء «إيسنا»: a name in marks continues nobody's quote
  if (table.text.slice(content.start, content.end).replace(/\s+/g, '').length <= 6) return null; // «ش أ أ»: initials
  // the previous quote of the same paragraph with a speaker: "…" على الرغم من "…"
  const previous = found.length ? found[found.length - 1] : null;
  if (previous && (previous.speaker || previous.dropped)) {
    const prevEnd = previous.end;
    const between = table.text.slice(prevEnd, span.start);
    const sameParagraph = !/[\n\r\u2028\u2029]/.test(between);
    const sameSentence = sameParagraph && !/[.!؟?…]\s/.test(between.replace(/^\S*/, ''));
    if ((sameSentence && between.length < 200) || (paragraphStart[span.open] && words >= MIN_STANDALONE_WORDS && isWholeParagraph(q, span))) {
      // the same speaker as that quote; a new paragraph carries it on
      const dropped: Dropped = { verb: -1, gender: 'c', number: 'sg', carries: !sameSentence, participle: false, turn: false, continues: found.length - 1 };
      return { kind: 'direct', start: content.start, end: content.end, cue: sameSentence ? previous.cue : null, speaker: null, dropped, source: null };
    }
  }
  // وحدد القرار الذي أصدره رئيس الحكومة فرض حالة الطوارئ "في المنطقة …": a long quotation that ends its
  // clause is said by the subject of that clause, whatever the verb
  if (words >= LONG_QUOTE_WORDS && isClauseEnd(q, closeToken + 1)) {
    const subject = clauseSubjectOf(q, span.open, (a, b) => quotedIn(found, a, b));
    if (subject) return { kind: 'direct', start: content.start, end: content.end, cue: null, speaker: subject, dropped: null, source: null };
  }
  return null;
}

/** A quotation this long, with no verb of saying, is still one when its clause names who wrote it. */
const LONG_QUOTE_WORDS = 8;

/** Does a clause end at token t: punctuation that ends it, a line break, or the end of the text? */
function isClauseEnd(q: QuoteDoc, t: number): boolean {
  if (t >= q.table.count || q.doc.breakBefore[t]) return true;
  const w = q.table.norms[t];
  return q.table.kinds[t] === K_PUNCT && (SENTENCE_ENDS.has(w) || w === '،' || w === ',');
}

function isWholeParagraph(q: QuoteDoc, span: MarkSpan): boolean {
  const { table } = q;
  const closeToken = span.close >= 0 ? span.close : lastTokenBefore(table, span.end);
  const next = closeToken + 1;
  return next >= table.count || q.doc.breakBefore[next] === 1 || (table.kinds[next] === K_PUNCT && (next + 1 >= table.count || q.doc.breakBefore[next + 1] === 1));
}

const wordsIn = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** A found quote as coref takes it: the cue as text, the speaker phrase and the verb's agreement. */
function said(q: QuoteDoc, f: Found): SaidQuote {
  const { table } = q;
  const cue: QuoteCue | null = f.cue
    ? { text: table.text.slice(table.starts[f.cue.token], table.ends[f.cue.last]), start: table.starts[f.cue.token], end: table.ends[f.cue.last], lemma: cueLemma(f.cue) }
    : null;
  const form = f.cue?.form;
  // a verb before its subject (VSO) is singular whatever the subject's number: only its gender tells
  const agreement = f.speaker && form && f.cue ? { gender: form.gender, number: f.speaker.first < f.cue.token ? form.number : 'sg' } : null;
  return { kind: f.kind, start: f.start, end: f.end, cue, cueToken: f.cue ? f.cue.token : -1, speaker: f.speaker, agreement, dropped: f.dropped, source: f.source };
}

/** The lemma of a cue: the verb's (قال for وقالت), or the phrase (بحسب, على لسان). */
function cueLemma(cue: Cue): string {
  return cue.display;
}

