// Bodies no lexicon knows, named once in full and then by their head word: وقال المكتب after أصدر مكتب
// تحقيقات الطيران بالمملكة العربية السعودية بيانا is that office; وقالت الإدارة after بيانات من إدارة
// معلومات الطاقة الأمريكية is that administration. The entity stage finds neither (an indefinite head
// and a genitive chain), so the bare head would stay a word; here it finds its body in the text.

import { K_WORD } from '../tokens/scan.js';
import { normalize } from '../text/normalize.js';
import { letterOffset } from '../lexicon/clitics.js';
import { addHead, addMention, addReferent, byPhrase, live, type Book } from './referents.js';

/** How far back (tokens) a head word looks for the body it names. */
const BODY_REACH = 600;
/** The most words a body's name has after its head. */
const BODY_WORDS = 6;

/**
 * The body a bare definite head word at token `before` (المكتب، الإدارة) stands for: the nearest indefinite
 * use of the same head before it with a genitive chain after it (مكتب تحقيقات الطيران), as a referent;
 * -1 when there is none.
 */
export function bodyBefore(book: Book, key: string, before: number): number {
  const { table } = book.doc;
  for (let t = before - 1; t >= 0 && before - t <= BODY_REACH; t--) {
    if (table.kinds[t] !== K_WORD || book.mentionAt[t] >= 0) continue;
    const w = table.norms[t];
    // (cheap test first: the word holds the head; then the head itself, after و/ف and ب/ل)
    const clitics = w.includes(key) ? cliticsBeforeHead(w, key) : -1;
    if (clitics < 0) continue;
    const last = chainEnd(book, t);
    if (last === t) continue;
    // (the name starts at the head, after its clitics and any mark on them)
    const start = letterOffset(table.text, table.starts[t], table.ends[t], clitics);
    const name = table.text.slice(start, table.ends[last]);
    const k = normalize(name);
    const met = byPhrase(book, 'description', k);
    if (met >= 0) return live(book, met);
    const r = addReferent(book, { name, type: 'ORGANIZATION', kind: 'description', key: k, first: t, head: key });
    addHead(book, r, key);
    addMention(book, r, { first: t, last, start, end: table.ends[last] });
    return r;
  }
  return -1;
}

/** A nisba adjective's ending: ي، ية، يون، يين. */
const NISBA = /(?:ي|يه|يون|يين)$/;

/** How many clitic letters stand before the head `key` (a headKey: no article, no feminine ending) in w:
 *  0, 1 (و، ف، ب، ل) or 2 (و/ف then ب/ل: وبمكتب); -1 when w is not that head. */
function cliticsBeforeHead(w: string, key: string): number {
  const a = w[0];
  const max = a === 'و' || a === 'ف' ? ((w[1] === 'ب' || w[1] === 'ل') ? 2 : 1) : a === 'ب' || a === 'ل' ? 1 : 0;
  for (let p = 0; p <= max; p++) {
    // (the indefinite head only, with or without its feminine ending: والصحيفة، للمركز are the
    // definite word, which refers back itself)
    const core = w.slice(p);
    if (core === key || (core.length === key.length + 1 && core.endsWith('ه') && core.startsWith(key))) return p;
  }
  return -1;
}

/**
 * The last token of a head's genitive chain from token t: indefinite nouns up to a definite one
 * (تحقيقات الطيران), then its definite adjectives and a place named with ب (بالمملكة العربية السعودية);
 * t itself when no definite noun ends the chain.
 */
function chainEnd(book: Book, t: number): number {
  const { table, breakBefore } = book.doc;
  let end = t;
  let definite = false;
  for (let k = t + 1; k < table.count && k - t <= BODY_WORDS && !breakBefore[k] && table.kinds[k] === K_WORD; k++) {
    const w = table.norms[k];
    const m = book.mentionAt[k];
    if (book.res.functionWords.has(w)) break;
    if (m >= 0) {
      const mention = book.mentions[m];
      // a place or a country in the chain, or its adjective (الأمريكية)
      if (mention.first !== k || !(mention.form === 'adjective' || mention.type === 'COUNTRY' || mention.type === 'CITY' || mention.type === 'LOCATION')) break;
      if (mention.form !== 'adjective' && !definite && !w.startsWith('ب')) definite = true;
      end = mention.last;
      k = mention.last;
      continue;
    }
    const article = w.startsWith('ال');
    if (definite && !article) break; // بيانا: the chain has ended
    // جماعة بيئية: an indefinite head with its adjective is a description, not a body's name
    if (!definite && NISBA.test(w)) return t;
    if (article) definite = true;
    end = k;
  }
  return definite ? end : t;
}
