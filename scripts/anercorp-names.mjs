// Names mined from ANERcorp's annotations: the token sequences its annotators tagged as a person, a
// place or an organization at least twice, and that the corpus uses as a name most of the time.
// Shared by scripts/build-anercorp-lexicon.mjs (the shipped lexicon) and scripts/cv-anercorp.mjs (an
// honest estimate: mined from the other folds only).
import { normalize } from '../dist/esm/index.js';
import { firstReadings } from '../dist/esm/lexicon/clitics.js';

const TYPES = { PERS: 'PERSON', LOC: 'LOCATION', ORG: 'ORGANIZATION' };

/** FNV-1a, for ids that stay the same from one build to the next. */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * @param sentences [token, tag][][] (ANERcorp format)
 * @param known Set of normalized names already in the shipped lexicons
 * @param skip Set of normalized words never to mine alone (function, common, given names)
 * @param genderOf first word → 'm' | 'f' (from the given names; men by default, as in the corpus)
 */
export function mineNames(sentences, known, skip, { minCount = 2, minRatio = 0.7, genderOf = () => 'm' } = {}) {
  const asName = new Map(); // normalized sequence → { count, type counts, surface }
  const seqCount = new Map(); // normalized sequence → occurrences as any tokens
  const maxLen = 5;
  for (const sentence of sentences) {
    const norms = sentence.map(([t]) => normalize(t));
    // every n-gram up to maxLen, to count how often a name's words occur without being a name
    for (let i = 0; i < norms.length; i++) {
      let key = '';
      for (let n = 1; n <= maxLen && i + n <= norms.length; n++) {
        key = n === 1 ? norms[i] : `${key} ${norms[i + n - 1]}`;
        seqCount.set(key, (seqCount.get(key) ?? 0) + 1);
      }
    }
    for (let i = 0; i < sentence.length; i++) {
      const [, tag] = sentence[i];
      if (!tag.startsWith('B-')) continue;
      const cls = tag.slice(2);
      if (!TYPES[cls]) continue;
      let j = i;
      while (j + 1 < sentence.length && sentence[j + 1][1] === `I-${cls}`) j++;
      const words = norms.slice(i, j + 1);
      const surface = sentence.slice(i, j + 1).map(([t]) => t);
      if (words.length > maxLen) continue;
      const key = words.join(' ');
      const slot = asName.get(key) ?? { count: 0, types: {}, surface };
      slot.count++;
      slot.types[cls] = (slot.types[cls] ?? 0) + 1;
      asName.set(key, slot);
    }
  }
  const entries = [];
  for (const [key, slot] of asName) {
    if (slot.count < minCount) continue;
    const total = seqCount.get(key) ?? slot.count;
    if (slot.count / total < minRatio) continue;
    const [cls, n] = Object.entries(slot.types).sort((a, b) => b[1] - a[1])[0];
    if (n / slot.count < 0.8) continue; // the annotators disagree on the type
    const words = key.split(' ');
    // a proclitic on the first word (وموسكو, للعراق) is not part of the name: it is known without it
    if (firstReadings(words[0]).some((r) => { const bare = [r.key, ...words.slice(1)].join(' '); return known.has(bare) || asName.has(bare); })) continue;
    if (known.has(key)) continue;
    // وأوربا: a conjunction before a word the corpus also writes alone; فلسطين ولبنان: two names joined
    if (/^[وف]/.test(words[0]) && words[0].length > 3 && seqCount.has(words[0].slice(1))) continue;
    if (words.slice(1).some((w) => /^و/.test(w) && (known.has(w.slice(1)) || asName.has(w.slice(1))))) continue;
    if (words.length === 1 && (skip.has(key) || key.length < 3)) continue;
    if (words.every((w) => skip.has(w))) continue;
    const type = TYPES[cls];
    const prefix = { PERSON: 'person', LOCATION: 'loc', ORGANIZATION: 'org' }[type];
    const entry = { id: `${prefix}:anercorp_${hash(key)}`, type, name: slot.surface.join(' ') };
    if (type === 'PERSON') entry.gender = genderOf(words[0]);
    entry.source = 'anercorp';
    entries.push(entry);
  }
  return entries.sort((a, b) => a.id.localeCompare(b.id));
}
