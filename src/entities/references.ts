// Short references to a country that the document names or implies: المملكة (the kingdom) alone, as
// Saudi papers write it for Saudi Arabia, is the kingdom the document speaks of.

import { K_WORD } from '../tokens/scan.js';
import type { Resources } from '../lexicon/resources.js';
import { letterOffset } from '../lexicon/clitics.js';
import type { LexiconEntry } from '../lexicon/schema.js';
import { Uint8Scratch } from '../scratch.js';
import { newMention, type DocTokens, type Mention } from './layers.js';

// ISO codes of the kingdoms news call المملكة (Saudi Arabia first: the default when none is named)
const KINGDOMS = ['SA', 'JO', 'MA', 'BH', 'GB', 'ES', 'NL', 'BE', 'SE', 'NO', 'DK', 'TH', 'MY', 'KH', 'BT', 'LS', 'SZ', 'TO'];
const KINGDOM = 'المملكه';

const coveredScratch = new Uint8Scratch();
/** Per entry list (an analyzer's lexicon): the index of each kingdom's country entry, found once. */
const kingdomEntries = new WeakMap<readonly LexiconEntry[], Map<string, number>>();

/** Adds a mention of the kingdom for every bare المملكة (with its proclitics) no other mention covers. */
export function linkKingdom(doc: DocTokens, mentions: Mention[], res: Resources): Mention[] {
  const { table } = doc;
  const n = table.count;
  const covered = coveredScratch.take(n);
  const counts = new Map<string, number>();
  for (const m of mentions) {
    for (let t = m.first; t <= m.last; t++) covered[t] = 1;
    if (m.type !== 'COUNTRY' || m.entry < 0) continue;
    const code = res.lexicon.entries[m.entry].country ?? m.id.slice('country:'.length);
    if (KINGDOMS.includes(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const added: Mention[] = [];
  let kingdom: Mention | null | undefined;
  for (let i = 0; i < n; i++) {
    if (covered[i] || table.kinds[i] !== K_WORD) continue;
    const norm = table.norms[i];
    // a proclitic reading only drops letters from a word's front: a word that does not end as المملكة
    // ends reads as none (most words are out after one cheap test)
    if (!norm.endsWith('مملكه')) continue;
    // the word's proclitic readings come with its lexeme (computed once per word type)
    const strip = norm === KINGDOM ? 0 : (doc.lexemes[i].stems.find((r) => r.key === KINGDOM)?.strip ?? -1);
    if (strip < 0) continue;
    // المملكة المتحدة, المملكة الحديثة: an adjective after it makes it another kingdom, or a common noun
    const next = i + 1 < n && !doc.breakBefore[i + 1] ? table.norms[i + 1] : '';
    if (next.startsWith('ال') && next.endsWith('ه')) continue;
    kingdom ??= kingdomOf(counts, res);
    if (!kingdom) return mentions;
    const start = strip > 0 ? letterOffset(table.text, table.starts[i], table.ends[i], strip) : table.starts[i];
    added.push(newMention({ ...kingdom, start, end: table.ends[i], first: i, last: i, source: 'alias' }));
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** The kingdom the document names most (Saudi Arabia when it names none), as a mention to copy. */
function kingdomOf(counts: Map<string, number>, res: Resources): Mention | null {
  let best = KINGDOMS[0];
  let top = 0;
  for (const [code, count] of counts) if (count > top) [best, top] = [code, count];
  const entries = res.lexicon.entries;
  let index = kingdomEntries.get(entries);
  if (!index) kingdomEntries.set(entries, (index = new Map()));
  let entry = index.get(best);
  if (entry === undefined) index.set(best, (entry = entries.findIndex((e) => e.id === `country:${best}`)));
  if (entry < 0) return null;
  const e = res.lexicon.entries[entry];
  return newMention({ start: 0, end: 0, first: 0, last: 0, type: 'COUNTRY', id: e.id, name: e.name, form: 'name', source: 'alias', entry, gender: 'f', rule: null });
}
