// Partial mentions: once a document names a person in full (مولود جاويش أوغلو), a later surname alone
// (أوغلو, جاويش أوغلو) means the same person. A surname two people of the document share links to nobody.

import { K_WORD } from '../tokens/scan.js';
import { normalize } from '../text/normalize.js';
import { Int32Scratch } from '../scratch.js';
import { newMention, type DocTokens, type Mention } from './layers.js';
import type { Resources } from '../lexicon/resources.js';
import { letterOffset } from '../lexicon/clitics.js';
import { W } from '../lexicon/word-class.js';

// Words of a name that never stand for the person on their own.
const CONNECTORS = new Set(['بن', 'بنت', 'ابن', 'ابو', 'ام', 'ال', 'عبد', 'ولد', 'اغا', 'باشا', 'بيك', 'دي', 'فون', 'فان', 'لا', 'دا']);
// The forces and followers of a leader, named by the leader's surname: قوات صالح، أنصار هادي، حكومة هادي.
// (read without a leading و)
const FOLLOWERS = new Set(['قوات', 'ميليشيات', 'مليشيات', 'ميلشيات', 'انصار', 'حكومه', 'نظام', 'عهد', 'حزب', 'المخلوع']);
// Loyal to (ل + the leader's surname): الموالية لهادي.
const LOYAL = new Set(['المواليه', 'الموالي', 'الموالين', 'الموالون', 'مواليه', 'موالين']);
// Regnal numbers and the like: الحسن الثاني is not "الثاني".
const NOT_ALONE = new Set(['الله', 'الدين', 'الرحمن', 'الرحيم', 'العزيز', 'الاسلام', 'الحق', 'الكريم', 'النبي', 'الزهراء', 'الهدي', 'المسيح', 'الملك', 'الامير', 'الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الابن', 'الاب', 'الكبير', 'الصغير', 'جونيور']);

const coveredScratch = new Int32Scratch();
const unknownScratch = new Int32Scratch();
/** 1 at the tail (see tail) of a word an alias starts with, while linkAliases runs; else 0. An entry
 *  left set (by an exception) would only cost a look-up that finds nothing. */
const TAILS = new Uint8Array(1 << 16);

/** A word's last two code units, folded into 16 bits (their low bytes: exact for Arabic letters). A
 *  proclitic reading of a word (clitics.ts) only strips letters from its front and keeps three letters
 *  at least, so it ends as the word does: a word whose tail no alias's first word has matches none. */
function tail(s: string): number {
  const n = s.length;
  return (s.charCodeAt(n - 1) & 0xff) | (n > 1 ? (s.charCodeAt(n - 2) & 0xff) << 8 : 0);
}

interface Alias {
  keys: string[];
  mention: Mention;
}

/** Adds alias mentions for surnames of people named in full elsewhere in the document. */
export function linkAliases(doc: DocTokens, mentions: Mention[], res: Resources): Mention[] {
  const { table } = doc;
  const aliases = new Map<string, Alias | null>(); // first key → alias (null: shared by two people)
  // surnames that are also first names (عادل منصور → منصور): only right after a speech verb (وأضاف منصور)
  const spoken = new Map<string, Mention | null>();
  const register = (words: string[], mention: Mention): void => {
    for (let k = 1; k < words.length; k++) {
      if (CONNECTORS.has(words[k - 1])) continue; // عبد الله: "الله" is half of a compound
      const keys = words.slice(k);
      if (CONNECTORS.has(keys[0]) || NOT_ALONE.has(keys[0]) || (keys.length === 1 && res.functionWords.has(keys[0]))) continue;
      // (an everyday word as a surname, صالح or هادي, only for a person a lexicon lists, and only where
      // the surname of a given name would be read: after a verb, a title or the forces of a leader)
      if (keys.length === 1 && res.commonWords.has(keys[0]) && mention.entry < 0) continue;
      if (keys.length === 1 && (res.givenNames.has(keys[0]) || res.commonWords.has(keys[0]))) {
        const known = spoken.get(keys[0]);
        if (known === undefined) spoken.set(keys[0], mention);
        else if (known && known.id !== mention.id) spoken.set(keys[0], null);
        continue;
      }
      if (keys[0].length < 3 && keys.length === 1) continue;
      const id = keys.join(' ');
      const known = aliases.get(id);
      if (known === undefined) aliases.set(id, { keys, mention });
      else if (known && known.mention.id !== mention.id) aliases.set(id, null);
    }
  };
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.form !== 'name' || m.source === 'alias') continue;
    register(normalize(m.name).split(' '), m);
    const written: string[] = [];
    for (let t = m.first; t <= m.last; t++) written.push(table.norms[t]);
    if (written.length > 1) register(written, m);
  }
  if (aliases.size === 0 && spoken.size === 0) return mentions;
  const byFirst = new Map<string, Alias[]>();
  for (const a of aliases.values()) {
    if (!a) continue;
    const list = byFirst.get(a.keys[0]) ?? [];
    list.push(a);
    byFirst.set(a.keys[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  // the tails of the words aliases start with screen out the other words, before a lookup by the string
  // (TAILS is cleared entry by entry at the end, not all 64K of it for each document)
  const tails = TAILS;
  for (const key of byFirst.keys()) tails[tail(key)] = 1;

  // Persons that a rule or the tagger found without knowing who they are may be a surname too.
  const covered = coveredScratch.take(table.count, -1);
  const unknownAt = unknownScratch.take(table.count, -1);
  mentions.forEach((m, index) => {
    // a person nobody knew, or a small gazetteer town spelled like the surname (بيريرا), gives way
    const unknownPerson = m.type === 'PERSON' && m.entry < 0 && m.source === 'rule' && m.first === m.last;
    const town = m.type === 'CITY' && m.first === m.last && m.entry >= 0 && res.lexicon.entries[m.entry].source === 'wikidata-world-cities';
    if (unknownPerson || town) unknownAt[m.first] = index;
    else for (let t = m.first; t <= m.last; t++) covered[t] = index;
  });
  const replaced = new Set<number>();
  const added: Mention[] = [];
  for (let i = 0; i < table.count; i++) {
    if (covered[i] >= 0 || table.kinds[i] !== K_WORD) continue;
    const norm = table.norms[i];
    // (and after a title, a role or the forces of a leader: الرئيس هادي، قوات صالح، الموالية لهادي)
    // (read only when the document has such a surname: most documents and tokens are spared the tests)
    let byVerb: Mention | null | undefined;
    let loyal = false;
    if (spoken.size > 0 && i > 0 && !doc.breakBefore[i]) {
      const prev = table.norms[i - 1];
      if ((doc.wordClass[i - 1] & (W.SPEECH | W.TITLE | W.ROLE)) !== 0 || FOLLOWERS.has(prev) || (prev.charCodeAt(0) === 0x0648 && FOLLOWERS.has(prev.slice(1)))) byVerb = spoken.get(norm);
      else if (LOYAL.has(prev) && norm.startsWith('ل') && norm.length > 3) {
        loyal = true;
        byVerb = spoken.get(norm.slice(1));
      }
    }
    // the word and its proclitic readings (from its lexeme: no slicing per token); most words are
    // neither, so this cheap test comes first
    const stems = tails[tail(norm)] ? doc.lexemes[i].stems : undefined;
    const aliasHere = stems !== undefined && (byFirst.has(norm) || stems.some((r) => byFirst.has(r.key)));
    if (!aliasHere && !(byVerb && byVerb.first !== i)) continue;
    // a surname right after a first name belongs to someone else (أحمد داود أوغلو)
    if (i > 0 && !doc.breakBefore[i] && res.givenNames.has(table.norms[i - 1])) continue;
    if (byVerb && byVerb.first !== i) {
      if (unknownAt[i] >= 0) replaced.add(unknownAt[i]);
      added.push(newMention({ ...byVerb, start: loyal ? letterOffset(table.text, table.starts[i], table.ends[i], 1) : table.starts[i], end: table.ends[i], first: i, last: i, source: 'alias' }));
      continue;
    }
    if (!aliasHere) continue;
    const readings = [{ key: norm, strip: 0 }, ...stems];
    const found = longestAlias(readings, byFirst, (alias) => {
      if (i + alias.keys.length > table.count) return false;
      for (let k = 1; k < alias.keys.length; k++) if (covered[i + k] >= 0 || doc.breakBefore[i + k] || table.norms[i + k] !== alias.keys[k]) return false;
      return true;
    });
    if (!found) continue;
    const last = i + found.alias.keys.length - 1;
    const person: Mention = found.alias.mention;
    if (person.first === i) continue; // the full mention itself
    for (let t = i; t <= last; t++) if (unknownAt[t] >= 0) replaced.add(unknownAt[t]);
    added.push(
      newMention({
        ...person,
        start: found.strip > 0 ? letterOffset(table.text, table.starts[i], table.ends[i], found.strip) : table.starts[i],
        end: table.ends[last],
        first: i,
        last,
        source: 'alias',
      }),
    );
    i = last;
  }
  for (const key of byFirst.keys()) tails[tail(key)] = 0;
  if (added.length === 0) return mentions;
  return [...mentions.filter((_, k) => !replaced.has(k)), ...added].sort((a, b) => a.start - b.start);
}

/** The longest alias that starts with one of the readings of a token and fits the tokens after it. */
function longestAlias(readings: { key: string; strip: number }[], byFirst: Map<string, Alias[]>, fits: (alias: Alias) => boolean): { alias: Alias; strip: number } | null {
  for (const r of readings) {
    for (const alias of byFirst.get(r.key) ?? []) if (fits(alias)) return { alias, strip: r.strip }; // lists are longest first
  }
  return null;
}
