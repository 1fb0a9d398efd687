// The coref stage: from the entity mentions and the quotes as found (speaker phrases unresolved), the
// document's referents and each quote's speaker. Quotes are read in text order; each written speaker is
// described (its name, its role's holder, the source a back-reference points to), each dropped one found
// in the discourse.

import type { Quote, QuoteSource, QuoteSpeaker, Referent as PublicReferent } from '../types.js';
import type { EntityLayer } from '../entities/recognize.js';
import type { Resources } from '../lexicon/resources.js';
import type { Dropped, SaidQuote, Subject } from './types.js';
import { bookOf, live, merge, personKey, spansOf, type Book } from './referents.js';
import { describe, type Resolved, type SpeakerNear } from './describe.js';
import { Discourse, agrees } from './discourse.js';
import { isPluralHead } from './words.js';
import { Uint8Scratch } from '../scratch.js';
import { W } from '../lexicon/word-class.js';

/** The longest first line read as a headline, in tokens. */
const HEADLINE_TOKENS = 24;

/** How far (tokens) a statement word may stand from the cue of the quote it belongs to. */
const STATEMENT_REACH = 12;

export interface Coreference {
  quotes: Quote[];
  referents: PublicReferent[];
}

/** Resolves who said each quote and groups the document's mentions into referents. */
export function resolveSpeakers(layer: EntityLayer, mentionAt: Int32Array, said: readonly SaidQuote[], res: Resources): Coreference {
  const book = bookOf(layer.doc, layer.mentions, mentionAt, res);
  book.quoted = quotedTokens(layer, said);
  const discourse = new Discourse(book, book.quoted);
  const speakers: (Resolved | null)[] = [];
  const speakerNear: SpeakerNear = {
    // the speaker of the latest quote whose cue stands shortly before token t (البيان: who issued it)
    near(t: number): number {
      for (let k = speakers.length - 1; k >= 0; k--) {
        const cue = said[k].cueToken;
        if (cue > t) continue;
        if (t - cue > STATEMENT_REACH) return -1;
        const who = speakers[k];
        if (who) return who.referent;
      }
      return -1;
    },
    last(): number {
      for (let k = speakers.length - 1; k >= 0 && k >= speakers.length - 3; k--) {
        const who = speakers[k];
        if (who) return live(book, who.referent);
      }
      return -1;
    },
  };
  // the headline: a short first line with no full stop at its end, when a body follows it
  const { breakBefore } = layer.doc;
  const { norms } = layer.doc.table;
  let bodyFrom = 1;
  while (bodyFrom < breakBefore.length && !breakBefore[bodyFrom]) bodyFrom++;
  if (bodyFrom > HEADLINE_TOKENS || /^[.!؟?…]/.test(norms[bodyFrom - 1] ?? '.')) bodyFrom = 0;
  let headlineSpeaker = -1;
  said.forEach((q, i) => {
    let who: Resolved | null = null;
    if (q.speaker) {
      who = describe(book, q.speaker, speakerNear);
      learnAgreement(book, who.referent, q);
      discourse.spoke(who.referent, q.speaker.first, q.speaker.last);
    } else if (q.dropped) {
      const d = q.dropped;
      if (d.continues !== undefined) {
        const before = speakers[d.continues];
        who = before ? { referent: before.referent, resolution: d.carries ? 'carried' : before.resolution } : null;
      } else who = (d.clause ? clauseSubject(book, discourse, d, speakerNear) : null) ?? discourse.resolve(d);
    }
    if (q.source && q.source !== q.speaker) discourse.occupy(q.source.first, q.source.last);
    // مسؤول كردي عراقي يؤكد …: a headline's unnamed speaker is the person the body's first quote names
    if (who && q.cueToken < bodyFrom && bodyFrom < breakBefore.length) {
      if (book.referents[live(book, who.referent)].kind !== 'name') headlineSpeaker = who.referent;
    } else if (who && headlineSpeaker >= 0) {
      const named = live(book, who.referent);
      const ref = book.referents[named];
      if (ref.kind === 'name' && ref.type === 'PERSON') merge(book, live(book, headlineSpeaker), named);
      headlineSpeaker = -1;
    }
    speakers.push(who);
    if (who) book.referents[live(book, who.referent)].quotes.push(i);
  });
  const text = layer.doc.table.text;
  const quotes = said.map((q, i) => ({
    kind: q.kind,
    text: text.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    cue: q.cue,
    speaker: speakerOf(book, q, speakers[i], text),
    source: sourceOf(book, q.source, text),
  }));
  return { quotes, referents: publicReferents(book, text) };
}

const QUOTED = new Uint8Scratch();

/** 1 at each token inside what a quote says (its content span); valid until the next call (a reused array). */
function quotedTokens(layer: EntityLayer, said: readonly SaidQuote[]): Uint8Array {
  const { starts, count } = layer.doc.table;
  const quoted = QUOTED.take(count);
  let t = 0;
  // (quotes come in text order; a token is inside when it starts within the content)
  for (const q of said) {
    if (t > 0 && starts[t - 1] >= q.start) t = lowerBound(starts, count, q.start);
    while (t < count && starts[t] < q.start) t++;
    for (let k = t; k < count && starts[k] < q.end; k++) quoted[k] = 1;
  }
  return quoted;
}

/** The first index k < count with starts[k] ≥ offset. */
function lowerBound(starts: ArrayLike<number>, count: number, offset: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A participle's clause subject, when it agrees with the participle; it is introduced in the discourse as it speaks. */
function clauseSubject(book: Book, discourse: Discourse, d: Dropped, speakerNear: SpeakerNear): Resolved | null {
  const s = d.clause as Subject;
  const who = describe(book, s, speakerNear);
  const ref = book.referents[who.referent];
  // اشتكى عمال النظافة …، مؤكدين: a plural participle makes the unnamed group of its own clause plural
  // (a broken plural no list knows), when its head reads as one: a plural's shape, or an indefinite head
  // of a genitive that is no singular feminine (not البائع العماني, المناسبة; not a role, وأكد الوزير
  // …، مشيرين is two)
  const head = book.doc.table.norms[s.first];
  const groupHead = isPluralHead(head.replace(/^[وف]?ال/, '')) || (!/^[وف]?ال/.test(head) && !head.endsWith('ه'));
  const group = d.number !== 'sg' && ref.kind === 'description' && ref.type === null && groupHead && !(book.doc.wordClass[s.first] & (W.TITLE | W.ROLE));
  if (group) ref.plural = true;
  if (!agrees(ref, d)) return null;
  discourse.spoke(who.referent, s.first, s.last);
  return { referent: who.referent, resolution: 'carried' };
}

/** وقالت مصادر: the verb tells how the referent agrees (feminine; a broken plural). */
function learnAgreement(book: Book, r: number, q: SaidQuote): void {
  const at = live(book, r);
  const ref = book.referents[at];
  const a = q.agreement;
  // وقال مصرفيون، وقال متضررون: one word of a sound plural's shape that the model took for a person's
  // name speaks for many (a given name of that shape, خلدون, stays one person)
  if (ref.type === 'PERSON' && ref.id.startsWith('rule:') && isPluralPersonWord(book, personKey(book, at))) ref.plural = true;
  if (!a) {
    if (ref.kind !== 'name' && isPluralHead(ref.head)) ref.plural = true;
    return;
  }
  if (a.number !== 'sg') ref.plural = true;
  // a person's own gender stands; for the rest, the verb is the best evidence there is
  else if (a.gender !== 'c' && !ref.plural && (ref.gender === null || ref.type !== 'PERSON')) ref.gender = a.gender;
}

/** A single word shaped as a sound masculine plural (مصرفيون، متضررين) that is no given name, nor a
 *  foreign family name in -son (واتسون، جونسون). */
function isPluralPersonWord(book: Book, key: string): boolean {
  return key.length >= 5 && !key.includes(' ') && /(?:ون|يين)$/.test(key) && !/سون$/.test(key) && !key.startsWith('ال') && !book.res.givenNames.has(key);
}

function speakerOf(book: Book, q: SaidQuote, who: Resolved | null, text: string): QuoteSpeaker | null {
  if (!who) return null;
  const ref = book.referents[live(book, who.referent)];
  const s = q.speaker;
  if (!s) return { name: ref.name, entityId: ref.id, type: ref.type, resolution: who.resolution };
  return { text: text.slice(s.start, s.end), start: s.start, end: s.end, name: ref.name, entityId: ref.id, type: ref.type, resolution: who.resolution };
}

function sourceOf(book: Book, s: Subject | null, text: string): QuoteSource | null {
  if (!s) return null;
  const named = s.mention >= 0 && book.ofMention[s.mention] >= 0 ? book.referents[live(book, book.ofMention[s.mention])] : null;
  return { text: text.slice(s.start, s.end), start: s.start, end: s.end, name: named ? named.name : s.name, entityId: named ? named.id : null };
}

/** A referent's mentions as public spans (straight from its entity mentions when nothing else joined them). */
function mentionObjects(book: Book, r: number, text: string): PublicReferent['mentions'] {
  const ref = book.referents[r];
  const out: PublicReferent['mentions'] = [];
  if (ref.entityFirst >= 0 && ref.mentions.length === 0) {
    for (let k = ref.entityFirst; k >= 0; k = book.nextMention[k]) {
      const m = book.mentions[k];
      out.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end });
    }
    return out;
  }
  for (const m of spansOf(book, r)) out.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end });
  return out;
}

/** The referents a user sees: every named one and every speaker, in order of first mention. */
function publicReferents(book: Book, text: string): PublicReferent[] {
  const out: PublicReferent[] = [];
  let ordered = true;
  book.referents.forEach((ref, r) => {
    if (book.into[r] >= 0 || (ref.kind !== 'name' && ref.quotes.length === 0)) return;
    // (quotes are added in order, but a merge may append earlier ones)
    const quotes = ref.quotes.every((q, k) => k === 0 || ref.quotes[k - 1] < q) ? ref.quotes : [...ref.quotes].sort((a, b) => a - b);
    const mentions = mentionObjects(book, r, text);
    if (mentions.length === 0) return;
    if (out.length && out[out.length - 1].mentions[0].start > mentions[0].start) ordered = false;
    out.push({ id: ref.id, name: ref.name, type: ref.type, kind: ref.kind, mentions, quotes });
  });
  // (named referents come in text order already; a description met later may belong earlier)
  return ordered ? out : out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}
