// A headline or lead in the agencies' form "who: what" (رايس: إسرائيل لديها مصلحة في قيام دولة فلسطينية،
// وزير كوري: حل القضية النووية يجب أن يتم بطرق سلمية): a short speaker phrase opening a line, a colon, and
// the statement to the end of the line, or to the dateline that follows it (أبوظبي 3 مايو/شينخوا/).

import { K_NUMBER, K_PUNCT, K_WORD } from '../tokens/scan.js';
import { W } from '../lexicon/word-class.js';
import type { Subject } from '../coref/types.js';
import { phraseBeforeMarker, type QuoteDoc } from './subjects.js';
import { TERMINALS } from './words.js';
import { MONTHS } from '../lexicon/word-lists.js';

/** The speaker phrase of a headline: at most this many words. */
const MAX_SPEAKER_WORDS = 4;
/** What it said: at least this many words. */
const MIN_STATEMENT_WORDS = 4;

export interface Headline {
  speaker: Subject;
  colon: number;
  /** Offsets of the statement, and its last token. */
  start: number;
  end: number;
  lastToken: number;
}

/** The narration taking up again at t after an inline headline: من جانب آخر، ومن جهة أخرى، وفي سياق … */
function turnsNarration(q: QuoteDoc, t: number): boolean {
  const w = q.table.norms[t];
  if (w === 'وفي') return true;
  const next = q.table.norms[t + 1] ?? '';
  return (w === 'من' || w === 'ومن') && (next === 'جانب' || next === 'جهه' || next === 'ناحيه');
}

/** The "who: what" headline opening at token p (a line start, or, where the copy lost its line breaks, a
 *  sentence start: `inLine`, and the statement ends with its sentence), or null. */
export function headlineAt(q: QuoteDoc, p: number, inLine = false): Headline | null {
  const { table } = q;
  let colon = p;
  while (colon < table.count && colon - p <= MAX_SPEAKER_WORDS && table.kinds[colon] === K_WORD && !q.doc.breakBefore[colon + 1]) colon++;
  if (colon === p || colon >= table.count || table.norms[colon] !== ':' || q.doc.breakBefore[colon]) return null;
  for (let t = p; t < colon; t++) if (q.res.functionWords.has(table.norms[t]) && q.mentionAt[t] < 0) return null;
  const speaker = phraseBeforeMarker(q, p, colon);
  if (!speaker || speaker.first !== p || speaker.last !== colon - 1 || !isSpeakerPhrase(q, speaker)) return null;
  // the statement: to the end of the line or to a dateline; no quote marks (those are quotes of their own)
  let last = colon;
  let words = 0;
  for (let t = colon + 1; t < table.count && !q.doc.breakBefore[t] && !isDateline(q, t); t++) {
    if (table.kinds[t] === K_PUNCT && /^["«»“”]$/.test(table.norms[t])) return null;
    // (in a line: to its sentence's end, or to what the narration takes up next, a comma or a speech verb:
    // … في المنطقة من جانب آخر، أكد وزير الدفاع …)
    if (inLine && ((table.kinds[t] === K_PUNCT && (TERMINALS.has(table.norms[t]) || table.norms[t] === '،')) || (q.doc.wordClass[t] | q.doc.conjClass[t]) & W.SPEECH || turnsNarration(q, t))) break;
    if (table.kinds[t] === K_WORD) words++;
    last = t;
  }
  if (words < MIN_STATEMENT_WORDS) return null;
  if (speaker.form === 'role' && isNameAfterRank(q, colon, last, words, speaker.first === speaker.last)) return null;
  return { speaker, colon, start: table.starts[colon + 1], end: table.ends[last], lastToken: last };
}

/**
 * A list of ranks and names, no statement (العريف: أحمد موسى علي آل حسان): after a role, the words from
 * the colon to `last` open with a person or a given name, or are a short line with بن or آل in it (a name
 * the lexicons do not know), or a short one after a bare rank (العريف: عيد ماطر مبارك الشهراني).
 */
function isNameAfterRank(q: QuoteDoc, colon: number, last: number, words: number, bareRank: boolean): boolean {
  const { table } = q;
  const named = q.mentionAt[colon + 1];
  if ((named >= 0 && q.mentions[named].type === 'PERSON') || q.doc.wordClass[colon + 1] & W.GIVEN) return true;
  if (words <= 8) for (let t = colon + 1; t <= last; t++) if (table.norms[t] === 'بن' || table.norms[t] === 'ال') return true;
  return bareRank && words <= 5;
}

/** A headline speaks by a name (of a person, a body, a country), a role (وزير كوري) or an anonymous source. */
function isSpeakerPhrase(q: QuoteDoc, s: Subject): boolean {
  if (s.form === 'name') {
    const m = q.mentions[s.mention];
    // the name opens the phrase, or follows a role word (وزير الخارجية لافروف)
    return m.type !== 'LOCATION' && m.type !== 'WEAPON' && (m.first === s.first || (q.doc.wordClass[s.first] & (W.TITLE | W.ROLE)) !== 0);
  }
  return (s.form === 'role' && (q.doc.wordClass[s.first] & (W.TITLE | W.ROLE)) !== 0) || s.form === 'anonymous';
}

/** A dateline starts at t: a place, a day and a month (القدس 2 مايو، غزة أول مايو). */
function isDateline(q: QuoteDoc, t: number): boolean {
  const { table } = q;
  const k = q.mentionAt[t];
  if (k < 0 || q.mentions[k].first !== t) return false;
  const type = q.mentions[k].type;
  if (type !== 'CITY' && type !== 'COUNTRY' && type !== 'LOCATION') return false;
  const day = q.mentions[k].last + 1;
  return day + 1 < table.count && (table.kinds[day] === K_NUMBER || table.norms[day] === 'اول') && MONTHS.has(table.norms[day + 1]);
}
