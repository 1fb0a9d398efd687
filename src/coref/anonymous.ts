// Anonymous sources and the references back to them: المصادر after مصادر سياسية في صنعاء is that source,
// whether the first mention spoke (وقالت مصادر مطلعة) or only stood in the narration (علمت الصحيفة من
// مصادر سياسية أن).

import { K_WORD } from '../tokens/scan.js';
import { normalize } from '../text/normalize.js';
import { addMention, addReferent, byPhrase, holdersOf, mentionBefore, type Book } from './referents.js';
import { ANONYMOUS_HEADS, TIME_WORDS, headKey, isPluralHead } from './words.js';

/** How far back a reference looks for its source in the text, in tokens. */
const BACK_REACH = 800;

// Broken plurals and duals of the heads, read as their singular: a later المصدر points back to مصادر
// ميدانية as a later المصادر does (the writer's number varies for one anonymous source).
const SINGULAR = new Map([
  ['مصادر', 'مصدر'], ['مصدران', 'مصدر'], ['مصدرا', 'مصدر'], ['شهود', 'شاهد'], ['شاهدان', 'شاهد'], ['خبراء', 'خبير'],
  ['اعضاء', 'عضو'], ['مسوولان', 'مسوول'], ['دبلوماسيان', 'دبلوماسي'],
]);

/** The plural and dual forms of each singular in SINGULAR. */
const FORMS = new Map<string, string[]>();
for (const [form, one] of SINGULAR) FORMS.set(one, [...(FORMS.get(one) ?? []), form]);

/** One key for the singular, dual and plural of a head: مسوولون and مسوولين, مصادر and مصدر. */
export const anonymousKey = (w: string): string => {
  const key = headKey(w).replace(/ين$/, 'ون');
  return SINGULAR.get(key) ?? key;
};
const headOf = anonymousKey;
const ANONYMOUS_KEYS = new Set([...ANONYMOUS_HEADS].map(headOf));

/**
 * The anonymous referent a back-reference at token `before` with this head points to: the nearest one
 * before it among those coref met, or one read from the text; -1 when there is none.
 */
export function anonymousBefore(book: Book, head: string, before: number): number {
  const key = headOf(head);
  if (!key || !ANONYMOUS_KEYS.has(key)) return -1;
  let best = -1;
  let bestAt = -1;
  // (referents are kept under the head as they were written: مصادر, المصدر …)
  for (const h of new Set([key, head, ...(FORMS.get(key) ?? [])])) {
    for (const r of holdersOf(book, h, 30)) {
      const ref = book.referents[r];
      if (ref.kind !== 'anonymous') continue;
      const m = mentionBefore(book, r, before);
      if (m && m.first > bestAt) {
        best = r;
        bestAt = m.first;
      }
    }
  }
  const written = describedBefore(book, key, before, bestAt);
  return written >= 0 ? written : best;
}

/** An anonymous description in the narration between `after` and `before` (مصادر سياسية في صنعاء), as a referent. */
function describedBefore(book: Book, key: string, before: number, after: number): number {
  const { table } = book.doc;
  // (cheap tests first: most words are shorter or hold none of the first letters of the head's forms)
  const stems = [key, ...(FORMS.get(key) ?? [])].map((f) => f.slice(0, 3));
  const known = book.undescribed.get(key);
  const low = Math.max(after, before - BACK_REACH); // read tokens (low, before)
  for (let t = before - 1; t > low; t--) {
    if (known && t > known.from && t < known.to) {
      t = known.from + 1; // read before: nothing there
      continue;
    }
    if (table.kinds[t] !== K_WORD || table.norms[t].length < key.length || book.mentionAt[t] >= 0 || !stems.some((stem) => table.norms[t].includes(stem))) continue;
    const w = table.norms[t].replace(/^[وف]/, '').replace(/^(?:من|ب|ل)(?=..)/, '');
    if (w.startsWith('ال') || headOf(w) !== key) continue;
    const last = descriptionEnd(book, t);
    if (last === t) continue; // a bare مصادر says nothing to point back to
    const start = table.starts[t] + (table.norms[t].length - w.length);
    const name = table.text.slice(start, table.ends[last]);
    const k = normalize(name);
    const met = byPhrase(book, 'anonymous', k);
    const r = met >= 0 ? met : addReferent(book, { name, type: null, kind: 'anonymous', key: k, first: t, head: headOf(w), plural: isPluralHead(w) });
    addMention(book, r, { first: t, last, start, end: table.ends[last] });
    return r;
  }
  // remember what was read (joined to what was read before when the two touch)
  if (known && low < known.to && known.from < before) book.undescribed.set(key, { from: Math.min(low, known.from), to: Math.max(before, known.to) });
  else book.undescribed.set(key, { from: low, to: before });
  return -1;
}

/** The definite genitives an adjective of a description takes (رفيع المستوى، واسع الاطلاع، وثيق الصلة). */
const ADJECTIVE_GENITIVES = new Set(['المستوي', 'الاطلاع', 'الصله']);

/** The last token of an anonymous description starting at t: its adjectives and a place (في صنعاء، من المقاومة). */
function descriptionEnd(book: Book, t: number): number {
  const { table } = book.doc;
  let end = t;
  let places = 0;
  // an indefinite head (not مصادره المقربة, definite by its possessive) followed by an adjective (a
  // nisba, a participle: not the genitive of خبراء أمراض القلب) has indefinite adjectives after it
  const first = t + 1 < table.count ? book.mentionAt[t + 1] : -1;
  const adjective = first >= 0 ? book.mentions[first].form === 'adjective' : t + 1 < table.count && /^م|(?:ي|يه|يون|يين|يان)$/.test(table.norms[t + 1]);
  let indefinite = adjective && !/(?:ه|ها|هم|هما)$/.test(table.norms[t]);
  for (let k = t + 1; k < table.count && k - t < 9 && !book.doc.breakBefore[k] && table.kinds[k] === K_WORD; k++) {
    const w = table.norms[k];
    if (book.res.speechVerbForms.has(w) || TIME_WORDS.has(w)) break;
    if (w === 'في' || w === 'من' || w === 'ب') {
      if (places++ > 0) break;
      continue;
    }
    if (book.res.functionWords.has(w) || w.startsWith('ل')) break;
    // (بالأمانة العامة: what follows a preposition is its genitive)
    if (w.startsWith('ب')) indefinite = false;
    if (places === 0 && indefinite && k > t + 1) {
      // the head is indefinite, and so are its adjectives: a definite word, a name, or a noun with a
      // definite or named genitive (مصادر طبية حصيلة التفجير: what they confirmed; مسؤول محلي وكالة
      // فرانس برس: whom he told) is no part of the description
      const m = book.mentionAt[k];
      if ((w.startsWith('ال') && !ADJECTIVE_GENITIVES.has(w)) || (m >= 0 && book.mentions[m].form !== 'adjective')) break;
      // (an adjective's own genitive stays: مصدر رفيع المستوى)
      const next = k + 1 < table.count && !book.doc.breakBefore[k + 1] ? table.norms[k + 1] : '';
      const named = next !== '' && book.mentionAt[k + 1] >= 0 && book.mentions[book.mentionAt[k + 1]].form !== 'adjective';
      if (m < 0 && ((next.startsWith('ال') && book.mentionAt[k + 1] < 0 && !ADJECTIVE_GENITIVES.has(next)) || named)) break;
    }
    // مصادر سياسية في صنعاء بوصول الوفد: after its place, a word with ب is what the source told, unless
    // a place follows it (في الجيش الوطني بمحافظة الضالع)
    if (places > 0 && w.startsWith('ب') && book.mentionAt[k] < 0 && book.mentionAt[k + 1] < 0) break;
    end = k;
  }
  return end;
}
