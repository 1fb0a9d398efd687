// Roles: the words a document introduces a person with, so that a later role alone (الوزير الكوري،
// مسؤول العلاقات الخارجية، المستشارة الأمريكية) finds its holder. An apposition stands right before the
// name (وزير الخارجية الإيراني محمد جواد ظريف، مستشارة الأمن القومي للرئيس جورج بوش → بوش is the
// president, the nearest role word) or right after it (يون جينسنك وزير التجارة الكوري، أحمد الطيب، شيخ
// الأزهر). Organizations answer to the words of their names (الوزارة، الحركة، المعهد).

import { K_PUNCT, K_WORD } from '../tokens/scan.js';
import type { Resources } from '../lexicon/resources.js';
import type { Mention } from '../entities/layers.js';
import { W } from '../lexicon/word-class.js';
import { Int32Scratch } from '../scratch.js';
import { HashMemo } from '../text/hash-memo.js';
import { ROLE_NOUNS } from '../lexicon/heads.js';
import { addCountry, addHead, live, type Book } from './referents.js';
import { ADDRESS_WORDS, ANONYMOUS_HEADS, COUNTERPART_WORDS, ROLE_HEADS, hasBare, headKey } from './words.js';

/** How far an apposition reaches from its name, in tokens. */
const APPOSITION_REACH = 8;

// Role nouns beyond the lexicon's titles: offices and functions a news text introduces people with.
const MORE_ROLES = `وكيل امام خطيب قايد مدرب رييس نايب مدير محافظ امين وزير سفير مبعوث ممثل منسق مفوض شيخ
  مساعد مستشار عضو قيادي مسوول متحدث ناطق نقيب عميد استاذ باحث خبير محلل مندوب زعيم رييسه`;

const roleKeysCache = new WeakMap<Resources, Set<string>>();
/** Per word form: is its head key a role's? (read per token, by its hash) */
const roleWords = new WeakMap<Resources, HashMemo<boolean>>();

/** Is the head of token t a role noun (والوزيرة, المسؤول, مدرب)? */
export function isRoleToken(book: Book, t: number): boolean {
  let memo = roleWords.get(book.res);
  if (!memo) {
    const keys = roleKeys(book.res);
    roleWords.set(book.res, (memo = new HashMemo(14, (w) => keys.has(headKey(w)))));
  }
  return memo.get(book.doc.table.norms[t], book.doc.table.hashes[t]);
}

/** The head keys of role nouns: the first words of the lexicon's titles, the role nouns, the anonymous heads. */
export function roleKeys(res: Resources): Set<string> {
  let keys = roleKeysCache.get(res);
  if (!keys) {
    keys = new Set<string>();
    for (const w of res.titles.keys()) if (!ADDRESS_WORDS.has(w)) keys.add(headKey(w));
    for (const w of ROLE_NOUNS) keys.add(headKey(w));
    for (const w of ANONYMOUS_HEADS) keys.add(headKey(w));
    for (const w of MORE_ROLES.split(/\s+/)) if (w) keys.add(w);
    for (const w of ['سيد', 'دكتور', 'مهندس', 'حاج', 'استاذ', 'سمو', 'معالي', 'سعاد', 'فضيل', 'سماح']) keys.delete(w);
    roleKeysCache.set(res, keys);
  }
  return keys;
}

/** The country of a nisba or a country mention at token t (التركي → TR), or null. */
export function countryAt(book: Book, t: number): string | null {
  const k = t >= 0 && t < book.mentionAt.length ? book.mentionAt[t] : -1;
  if (k < 0) return null;
  const m = book.mentions[k];
  if (m.form !== 'adjective' && m.type !== 'COUNTRY') return null;
  return book.res.lexicon.entries[m.entry]?.country ?? null;
}

/** A token that ends an apposition: punctuation, a line break, a clause word, a speech verb, a function word (but في, ب, العام). */
function endsApposition(book: Book, t: number): boolean {
  const { table } = book.doc;
  if (table.kinds[t] !== K_WORD) return true;
  // (the word-class bits say speech verb and function word at once, for the function-word and speech lists)
  const cls = book.doc.wordClass[t];
  if (cls & W.SPEECH) return true;
  if (!(cls & W.FUNCTION)) return false;
  const w = table.norms[t];
  return w !== 'في' && w !== 'ب' && w !== 'العام' && w !== 'باسم';
}

const isPersonName = (book: Book, t: number): boolean => {
  const k = book.mentionAt[t];
  return k >= 0 && book.mentions[k].form === 'name' && book.mentions[k].type === 'PERSON';
};

/** Adds the role words of [from, to] (a role phrase) to referent r: its head key and the countries in it. */
export function addRole(book: Book, r: number, from: number, to: number): void {
  const { table } = book.doc;
  const ref = book.referents[r];
  let head = -1;
  for (let t = from; t <= to; t++) {
    const c = countryAt(book, t);
    if (c) addCountry(ref, c);
    if (head < 0 && table.kinds[t] === K_WORD && book.mentionAt[t] < 0 && !hasBare(ADDRESS_WORDS, table.norms[t]) && isRoleToken(book, t)) head = t;
  }
  if (head >= 0) addHead(book, r, headKey(table.norms[head]));
}

const HEADS_READ = new Int32Scratch();
const ENTRY_READ = new Int32Scratch();

/** The roles and countries a lexicon entry gives a person. */
function lexiconRoles(book: Book, r: number, entry: Resources['lexicon']['entries'][number] | undefined): void {
  if (!entry) return;
  const ref = book.referents[r];
  for (const role of entry.roles ?? []) {
    for (const h of ROLE_HEADS[role.role] ?? (role.role.endsWith('minister') ? ['وزير'] : [])) addHead(book, r, h);
    if (role.country) addCountry(ref, role.country);
  }
  if (entry.country) addCountry(ref, entry.country);
}

/** لـ or بـ written on the word (ل = U+0644, ب = U+0628). */
function startsWithPreposition(w: string): boolean {
  const c = w.charCodeAt(0);
  return c === 0x0644 || c === 0x0628;
}

/** Are two mentions written with the same words, and the same word (no mention) before them? */
function sameWords(book: Book, a: Mention, b: Mention): boolean {
  const { norms } = book.doc.table;
  if (a.last - a.first !== b.last - b.first || a.first === 0 || b.first === 0 || book.mentionAt[a.first - 1] >= 0 || book.mentionAt[b.first - 1] >= 0) return false;
  for (let d = -1; d <= a.last - a.first; d++) if (norms[a.first + d] !== norms[b.first + d]) return false;
  return true;
}

/** Roles of every person from the appositions around its mentions and from the lexicon; heads of organizations (once). */
export function collectRoles(book: Book): void {
  if (book.rolesRead) return;
  book.rolesRead = true;
  const { table } = book.doc;
  let lastWithRole = -1; // the last person introduced with a role: whose counterpart نظيره is
  const headsRead = HEADS_READ.take(book.referents.length, -1); // per organization, the last mention read
  const entryRead = ENTRY_READ.take(book.referents.length, -1); // per person, the lexicon entry read
  book.mentions.forEach((m, k) => {
    if (book.ofMention[k] < 0) return;
    const r = live(book, book.ofMention[k]);
    const ref = book.referents[r];
    if (m.type === 'ORGANIZATION') {
      // (the words as written: the canonical name may be spelled otherwise; most mentions repeat the last one)
      if (headsRead[r] >= 0 && sameWords(book, book.mentions[headsRead[r]], m)) return;
      headsRead[r] = k;
      for (let t = m.first; t <= m.last; t++) if (table.kinds[t] === K_WORD) addHead(book, r, headKey(table.norms[t]));
      // وزارة الدفاع (البنتاجون) → the head word written before the mention
      if (m.first > 0 && book.mentionAt[m.first - 1] < 0 && table.kinds[m.first - 1] === K_WORD) addHead(book, r, headKey(table.norms[m.first - 1]));
      return;
    }
    if (m.type !== 'PERSON') return;
    if (m.entry >= 0 && entryRead[r] !== m.entry) {
      // what the lexicon knows of the person (once: every mention says the same)
      entryRead[r] = m.entry;
      lexiconRoles(book, r, book.res.lexicon.entries[m.entry]);
    }
    // before the name: back over titles of address to the nearest role word, then its phrase
    let t = m.first - 1;
    while (t >= 0 && m.first - t <= 2 && table.kinds[t] === K_WORD && hasBare(ADDRESS_WORDS, table.norms[t])) t--;
    for (let n = 0; t >= 0 && n < APPOSITION_REACH && !book.doc.breakBefore[t + 1] && !endsApposition(book, t) && !isPersonName(book, t); n++, t--) {
      if (book.mentionAt[t] >= 0) {
        const c = countryAt(book, t);
        if (c) addCountry(ref, c);
        t = book.mentions[book.mentionAt[t]].first;
        continue;
      }
      if (isRoleToken(book, t)) {
        addRole(book, r, t, m.first - 1);
        // نظيره التركي كمال أرسلان: the counterpart holds the role of the one before him
        if (hasBare(COUNTERPART_WORDS, table.norms[t]) && lastWithRole >= 0 && lastWithRole !== r) {
          for (const h of book.referents[lastWithRole].heads) addHead(book, r, h);
        }
        break;
      }
    }
    // after the name: an optional comma, then a role word and its phrase (يون جينسنك وزير التجارة الكوري)
    let a = m.last + 1;
    if (a < table.count && table.kinds[a] === K_PUNCT && (table.norms[a] === '،' || table.norms[a] === ',')) a++;
    if (a < table.count && !book.doc.breakBefore[a] && table.kinds[a] === K_WORD && book.mentionAt[a] < 0 && !startsWithPreposition(table.norms[a]) && isRoleToken(book, a)) {
      let end = a;
      while (end + 1 < table.count && end + 1 - a < APPOSITION_REACH && !book.doc.breakBefore[end + 1] && !endsApposition(book, end + 1) && !isPersonName(book, end + 1)) end++;
      addRole(book, r, a, end);
    }
    if (ref.heads.size) lastWithRole = r;
  });
}
