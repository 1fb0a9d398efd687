// Who a verb with no written subject is: the discourse, not the nearest name. The last speaker stays the
// speaker until another one is introduced: by speaking, or as the subject of a clause (وأشاد غروس
// بتعاقدات فريقه، وقال: «…»). A participle (مضيفا، مشيرة) goes with the subject of its own clause; a turn
// marker (بدوره، من جهته) hands the floor to somebody new. Every candidate must agree with the verb.

import { K_PUNCT, K_WORD } from '../tokens/scan.js';
import { W } from '../lexicon/word-class.js';
import { Uint8Scratch } from '../scratch.js';
import type { SpeakerResolution } from '../types.js';
import type { Dropped } from './types.js';
import { live, type Book, type Referent } from './referents.js';
import { ADDRESS_WORDS, hasBare, isPluralHead } from './words.js';
import { isRoleToken } from './roles.js';
import { isPrepositionalName } from './mentions.js';
import { DIVINE_EPITHETS, TURN } from '../lexicon/word-lists.js';

/** How many earlier speakers a pronoun may reach back over to find one that agrees. */
const SPEAKER_REACH = 6;
/** How far back (tokens) the nearest agreeing name is looked for when nobody has spoken yet. */
const NAME_REACH = 150;
/** How many introductions a pronoun looks back over at most (a bound on hostile text). */
const TIMELINE_REACH = 40;
/** How far back (tokens) a sentence start is looked for. */
const SENTENCE_REACH = 400;

/** Somebody introduced in the discourse: a speaker (at its cue) or the subject of a clause. */
interface Introduction {
  referent: number;
  token: number;
  speaker: boolean;
  /** God or the Prophet, cited (قال الله تعالى، حذر النبي): قال and فقال may go on with them; a
   *  reporter's verb (ونوه، وأضاف، وأشار) and وقال go on with the speaker who cited them. */
  scripture?: boolean;
}

const SUBJECT_TYPES = new Set(['PERSON', 'ORGANIZATION', 'COUNTRY', 'CITY']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '؟', '…', '...', '..', '؛', ';']);
// after a dateline's dash a clause starts too: (رويترز) - أبقت مجموعة أوبك+ …
const CLAUSE_OPENERS = new Set([...SENTENCE_ENDS, '-', '–', '—']);
/** 1 at the code of each one-character clause opener: the test runs on every punctuation token. */
const OPENER_CODE = new Uint8Array(0x10000);
for (const p of CLAUSE_OPENERS) if (p.length === 1) OPENER_CODE[p.charCodeAt(0)] = 1;

/** Does punctuation token k open a clause after it? (one-character marks by code, the rest by the set) */
function opensClause(book: Book, k: number): boolean {
  const w = book.doc.table.norms[k];
  return w.length === 1 ? OPENER_CODE[w.charCodeAt(0)] === 1 : CLAUSE_OPENERS.has(w);
}

const OCCUPIED = new Uint8Scratch();

export class Discourse {
  /** Speakers and clause subjects in text order (clause subjects are merged in as the quotes reach them). */
  private readonly timeline: Introduction[] = [];
  /** Clause subjects read so far (the text is read up to the latest verb resolved, no further). */
  private readonly topics: Introduction[] = [];
  private readTo = 0;
  private nextTopic = 0;
  /** Tokens of speaker and source phrases: a clause subject there is already accounted for (or a medium).
   *  Made on the first phrase: most documents quote nobody. */
  private occupied: Uint8Array | null = null;
  /** The unnamed plural source the last speaker phrase named in the singular (وقال المصدر), or -1. */
  private singular = -1;

  /** `quoted`: 1 at the tokens of what the document's quotes say (their clauses are no narrative). */
  constructor(
    private readonly book: Book,
    private readonly quoted: Uint8Array,
  ) {}

  /** A speaker written at its quote, over tokens [first, last]. */
  spoke(referent: number, first: number, last: number): void {
    this.insert({ referent, token: first, speaker: true, scripture: isScripture(this.book, first) });
    this.occupy(first, last);
    // مصادر مطلعة … وقال المصدر … وأضاف: an unnamed plural source named in the singular speaks on in it
    const ref = this.book.referents[live(this.book, referent)];
    // (not a quantifier: عدد من الجمهوريين is plural)
    const head = this.book.doc.table.norms[first].replace(/^[وف]?ال/, '');
    this.singular = ref.kind === 'anonymous' && ref.plural && !isPluralHead(head) && head !== 'عدد' && head !== 'بعض' ? live(this.book, referent) : -1;
  }

  /** A phrase that is no clause subject of its own: a speaker's, or the medium that passed a quote on. */
  occupy(first: number, last: number): void {
    const occupied = (this.occupied ??= OCCUPIED.take(this.book.doc.table.count));
    for (let t = Math.max(0, first); t <= last && t < occupied.length; t++) occupied[t] = 1;
  }

  /** The speaker of a verb with no written subject, or null when nobody fits. */
  resolve(d: Dropped): { referent: number; resolution: SpeakerResolution } | null {
    const resolution: SpeakerResolution = d.carries ? 'carried' : 'pronoun';
    this.reach(d.verb);
    const { timeline } = this;
    // the introductions before the verb: from `top` down
    let top = timeline.length - 1;
    while (top >= 0 && timeline[top].token >= d.verb) top--;
    if (d.turn) {
      const last = top >= 0 ? live(this.book, timeline[top].referent) : -1;
      const fresh = this.nearestName(d, (r) => r !== last);
      return fresh >= 0 ? { referent: fresh, resolution } : null;
    }
    if (d.participle) {
      // the subject of the participle's own clause, when that clause named one
      const start = this.sentenceStart(d.verb);
      for (let k = top; k >= 0 && timeline[k].token >= start; k--) {
        const r = this.candidate(timeline[k], d);
        if (r >= 0 && agrees(this.book.referents[r], d)) return { referent: r, resolution: 'carried' };
      }
    }
    let speakers = 0;
    let spoke = false;
    for (let k = top, steps = 0; k >= 0 && speakers < SPEAKER_REACH && steps < TIMELINE_REACH; k--, steps++) {
      const intro = timeline[k];
      if (intro.speaker) {
        speakers++;
        spoke = true;
      }
      const r = this.candidate(intro, d);
      if (r >= 0 && (agrees(this.book.referents[r], d) || (r === this.singular && d.number === 'sg'))) return { referent: r, resolution };
    }
    // nobody has spoken yet: the nearest name that agrees
    for (let k = top; k >= 0 && !spoke; k--) spoke = timeline[k].speaker;
    if (spoke) return null;
    const nearest = this.nearestName(d, () => true);
    return nearest >= 0 ? { referent: nearest, resolution } : null;
  }

  /** The referent an introduction stands for now, or -1 for a clause subject that turned out to be a
   *  speaker's phrase or a medium, and for scripture before a reporter's verb. */
  private candidate(intro: Introduction, d: Dropped): number {
    if (!intro.speaker && this.occupied !== null && this.occupied[intro.token]) return -1;
    if (intro.scripture && !isPlainSaying(this.book, d.verb)) return -1;
    return live(this.book, intro.referent);
  }

  /** Merges the clause subjects before token `before` into the timeline. */
  private reach(before: number): void {
    if (before > this.readTo) {
      clauseSubjects(this.book, this.quoted, this.readTo, before, this.topics);
      this.readTo = before;
    }
    while (this.nextTopic < this.topics.length && this.topics[this.nextTopic].token < before) this.insert(this.topics[this.nextTopic++]);
  }

  /** Inserts in token order (a speaker before a clause subject at the same token); almost always at the end. */
  private insert(intro: Introduction): void {
    const { timeline } = this;
    let k = timeline.length;
    while (k > 0 && (timeline[k - 1].token > intro.token || (timeline[k - 1].token === intro.token && !timeline[k - 1].speaker && intro.speaker))) k--;
    timeline.splice(k, 0, intro);
  }

  private sentenceStart(t: number): number {
    const { table } = this.book.doc;
    let k = t;
    while (k > 0 && t - k < SENTENCE_REACH && !this.book.doc.breakBefore[k] && !(table.kinds[k - 1] === K_PUNCT && SENTENCE_ENDS.has(table.norms[k - 1]))) k--;
    return k;
  }

  /** The nearest name before the verb that could be its subject and agrees with it (not an addressee, not a place in passing). */
  private nearestName(d: Dropped, accept: (r: number) => boolean): number {
    const { book } = this;
    if (d.verb < 0) return -1;
    for (let t = d.verb - 1; t >= 0 && d.verb - t <= NAME_REACH; t--) {
      const k = book.mentionAt[t];
      if (k < 0) continue;
      const m = book.mentions[k];
      t = m.first;
      const r = book.ofMention[k] >= 0 ? live(book, book.ofMention[k]) : -1;
      if (r < 0 || m.type === 'WEAPON' || m.type === 'LOCATION') continue;
      if (m.type === 'CITY' && !isClauseSubject(book, m.first)) continue; // a capital speaks only as a subject (ودعت موسكو)
      if (isPrepositionalName(book, k)) continue;
      const ref = book.referents[r];
      if (d.gender !== 'c' && ref.type === 'PERSON' && ref.gender === null) continue;
      if (!accept(r) || !agrees(ref, d)) continue;
      return r;
    }
    return -1;
  }
}

/** Is the verb at token t قال or يقول, bare, with ف or with أيضا after it (going on with the same subject),
 *  not a reporter's verb (ونوه، وأضاف، وأشار) or a وقال that opens the next turn? */
function isPlainSaying(book: Book, t: number): boolean {
  const { norms, count } = book.doc.table;
  const w = t >= 0 ? norms[t] : '';
  // (وقال أيضا: "and it says too", the same speaker again)
  return w === 'قال' || w === 'يقول' || w === 'فقال' || w === 'فيقول' || ((w === 'وقال' || w === 'ويقول') && t + 1 < count && norms[t + 1] === 'ايضا');
}

/** Does the speaker phrase at token t name God or the Prophet (الله، النبي، الرسول، رسول الله، تعالى)? */
function isScripture(book: Book, t: number): boolean {
  const { norms, count } = book.doc.table;
  const w = norms[t].replace(/^[وف](?=ال)/, '');
  return w === 'الله' || w === 'النبي' || w === 'الرسول' || (w === 'رسول' && t + 1 < count && norms[t + 1] === 'الله') || DIVINE_EPITHETS.has(w);
}

/** Does a verb with this gender and number agree with the referent? */
export function agrees(ref: Referent, d: Pick<Dropped, 'gender' | 'number'>): boolean {
  if (d.number !== 'sg') return ref.plural;
  // مصادر … مشيرة: a broken plural takes feminine singular verbs
  if (ref.plural) return d.gender === 'f' || d.gender === 'c';
  return d.gender === 'c' || ref.gender === null || ref.gender === d.gender;
}

/** After a turn marker at token t (بدوره، من جانبه، ومن جهتها) and its comma, where the clause goes on; t when there is none. */
function turnMarkerEnd(book: Book, t: number): number {
  const { norms } = book.doc.table;
  let k = t;
  if ((norms[k] === 'من' || norms[k] === 'ومن') && TURN.has(norms[k + 1] ?? '')) k += 2;
  else if (TURN.has(norms[k]) && norms[k].includes('بدور')) k++;
  else return t;
  if (norms[k] === '،' || norms[k] === ',') k++;
  return k;
}

/** Is the token right after the first word of its clause (ودعت موسكو: the subject of that verb)? */
function isClauseSubject(book: Book, t: number): boolean {
  const { table } = book.doc;
  const verb = t - 1;
  if (verb < 0 || table.kinds[verb] !== K_WORD) return false;
  const before = verb - 1;
  return before < 0 || book.doc.breakBefore[verb] === 1 || table.kinds[before] === K_PUNCT;
}

/**
 * The subjects of clause-initial verbs (وأشاد غروس بتعاقدات فريقه، وسخر اللواء الحذيفي، أبقت مجموعة
 * أوبك+): a person or organization name right after the first word of a clause (past titles of address),
 * or a person named after a role (وأدان مدرب الفريق فلان): not the organization a role belongs to.
 */
function clauseSubjects(book: Book, quoted: Uint8Array, from: number, to: number, out: Introduction[]): void {
  const { table, breakBefore } = book.doc;
  for (let t = from; t + 1 < table.count && t < to; t++) {
    // a clause start first: it rules out most tokens with one look; a clause inside a quote is what
    // its speaker said (ومن جانبه، أبدى بارزاني قلقه … inside the adviser's quote), not the narration
    if (!(t === 0 || breakBefore[t] === 1 || (table.kinds[t - 1] === K_PUNCT && opensClause(book, t - 1))) || quoted[t]) continue;
    // من جانبه أشاد فلان …، وقال: a turn marker before the verb (its comma is optional)
    const lead = turnMarkerEnd(book, t);
    if (lead > t) {
      if (lead >= to || lead + 1 >= table.count) continue;
      t = lead;
    }
    if (table.kinds[t] !== K_WORD || book.mentionAt[t] >= 0 || book.doc.wordClass[t] & W.FUNCTION) continue;
    // a verb-like first word: not a function word, not a definite noun
    const w = table.norms[t];
    if (w.startsWith('ال') || ((w[0] === 'و' || w[0] === 'ف') && w.startsWith('ال', 1))) continue;
    let k = t + 1;
    while (k < table.count && k - t <= 3 && table.kinds[k] === K_WORD && hasBare(ADDRESS_WORDS, table.norms[k])) k++;
    const first = book.mentionAt[k];
    if (first >= 0) {
      const m = book.mentions[first];
      // (a capital or a country speaks as the subject of a verb too: ودعت موسكو)
      if (m.form === 'name' && SUBJECT_TYPES.has(m.type) && book.ofMention[first] >= 0 && !isPrepositionalName(book, first)) out.push({ referent: book.ofMention[first], token: m.first, speaker: false });
      continue;
    }
    // a role first: the person named after it is the subject (the organization in its genitive is not)
    if (k >= table.count || !isRoleToken(book, k)) continue;
    for (let j = k + 1; j < table.count && j - k <= 6 && !breakBefore[j] && table.kinds[j] === K_WORD; j++) {
      const m = book.mentionAt[j];
      if (m < 0) continue;
      const mention = book.mentions[m];
      if (mention.form === 'name' && mention.type === 'PERSON' && book.ofMention[m] >= 0) {
        out.push({ referent: book.ofMention[m], token: mention.first, speaker: false });
        break;
      }
      j = mention.last;
    }
  }
}
