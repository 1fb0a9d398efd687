// Builds lexicons/places-wof.jsonl, a gazetteer of the Arab world below the city level (regions,
// districts, localities, neighbourhoods), from a Who's On First extract with Arabic names
// (../data/gaz/wof-arab-places.jsonl, CC BY 4.0 with attribution; its README beside it lists the WOF
// repositories and commits it was read from).
//
//   npm run build && node scripts/build-wof-places.mjs ../data/gaz/wof-arab-places.jsonl [--out lexicons/places-wof.jsonl]
//     [--anercorp ../shared/data/anercorp/train.txt] [--aqmar ../data/ner/aqmar.conll] [--idrisi ../data/ner/idrisi-r-ar-loc.conll]
//
// Tens of thousands of villages are named with everyday words (الأمن, صباح, القاعدة, جديدة, عين), first
// names (محمد, جاسم محمد), family names (الدخيل, المري, الإدريسي) or the names of other places, so every
// such name is flagged `ambiguous` (matched only after a place word such as قرية or محافظة, or after an
// unambiguous mention):
//  - an everyday word: in common-words.txt or function-words.txt, or seen outside names (tag O) in the open
//    corpora at least as often as inside one: the ANERcorp training split, AQMAR and IDRISI-R (LOC-only, so
//    its O tokens count too); a word counts also with its proclitics read off (والأمن → الأمن), as the
//    matcher reads them, and without a pronoun suffix; a one-word name counts with and without the article;
//  - a word the matcher would find inside an everyday word or a first name (سيم in وسيم, كيل in وكيل);
//  - one word that names six places or more in the extract: a generic word of the land (العشة "the hut",
//    الظهرة "the ridge", البستان "the garden") rather than a name;
//  - a first name (given-names.jsonl), a title, a word of a person's name in the people lexicons or inside a
//    person's name in the corpora, or a name that starts with a first name, a kunya, a nasab or a title
//    (جاسم محمد, أبو X, عبد X, بن X, سيدي X, الشيخ X);
//  - a one-word village or neighbourhood shaped like a family name (a nisba in ي: الإدريسي, عبيدي; or a
//    definite noun: الدخيل, المري) that the corpora never show inside a name;
//  - a phrase of several words seen as ordinary words in the corpora, or made only of everyday words with
//    no settlement word (عزبة, كفر, قرية, مديرية …) in it;
//  - a name of another lexicon's entry (a country, a city, a place, a person, an organization, a weapon),
//    or of a WOF town (CITY) when this record is a smaller place (LOCATION).
// Names of one or two letters are dropped; diacritics are removed. Records with the same name, country and
// type are merged (their variants joined; the id is the first record's). An unambiguous name keeps only
// unambiguous variants.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../dist/esm/index.js';
import { firstReadings } from '../dist/esm/lexicon/clitics.js';
import { SHIPPED_ENTITY_FILES } from '../dist/esm/lexicon/shipped-files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_FILE = 'places-wof.jsonl';

// ---- arguments --------------------------------------------------------------------------------------
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const outPath = resolve(option('--out', join(root, 'lexicons', OUT_FILE)));
const corpora = {
  anercorp: resolve(option('--anercorp', join(root, '../shared/data/anercorp/train.txt'))),
  aqmar: resolve(option('--aqmar', join(root, '../data/ner/aqmar.conll'))),
  idrisi: resolve(option('--idrisi', join(root, '../data/ner/idrisi-r-ar-loc.conll'))),
};
const input = args[0];
if (!input || args.length !== 1) {
  console.error('usage: node scripts/build-wof-places.mjs <wof-arab-places.jsonl> [--out file] [--anercorp file] [--aqmar file] [--idrisi file]');
  process.exit(2);
}
for (const path of [input, ...Object.values(corpora)]) {
  if (!existsSync(path)) {
    console.error(`missing input: ${path}`);
    process.exit(1);
  }
}

// ---- helpers ----------------------------------------------------------------------------------------
const ARABIC = /[\u0621-\u064a]/;
const letters = (s) => s.replace(/\P{L}/gu, '').length;
const readLines = (path) => readFileSync(path, 'utf8').split('\n');
const jsonLines = (path) => readLines(path).filter((l) => l.trim() && !l.startsWith('//')).map((l) => JSON.parse(l));
const bump = (map, key, n = 1) => map.set(key, (map.get(key) ?? 0) + n);
const key = (s) => normalize(s).trim().replace(/\s+/g, ' ');
// Names as news write them: no diacritics, no tatweel (the extract keeps some: اَلنُّقَيَّات).
const DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const plain = (s) => s.replace(DIACRITICS, '').trim().replace(/\s+/g, ' ');

// ---- word lists of the lexicons ---------------------------------------------------------------------
const wordList = (file) => new Set(readLines(join(root, 'lexicons', file)).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map(key));
const commonWords = wordList('common-words.txt');
const functionWords = wordList('function-words.txt');
const givenNames = new Set(jsonLines(join(root, 'lexicons/given-names.jsonl')).map((g) => key(g.name)));
// One-word titles and the first words of longer ones: الشيخ, السيد, الأمير, اللواء …
const titleWords = new Set(jsonLines(join(root, 'lexicons/titles.jsonl')).map((t) => key(t.title).split(' ')[0]));
// Words that make a name a person's (a kunya, a nasab, a family, an honorific), normalized.
const PERSON_STARTS = new Set(
  ['عبد', 'عبيد', 'أبو', 'أبي', 'أبا', 'ابن', 'بن', 'بنت', 'أم', 'آل', 'ال', 'البو', 'سيدي', 'سيد', 'السيد', 'مولاي', 'لالة', 'للا', 'الشيخ', 'شيخ', 'الحاج', 'حاج', 'الإمام', 'إمام', 'الأمير', 'أمير', 'الملك', 'الست', 'ست', 'الولي', 'ولي', 'المرابط', 'مرابط'].map(key),
);
// Settlement and administrative words: a name with one of them is a place name, not a phrase.
const SETTLEMENT_WORDS = new Set(
  ['عزبة', 'كفر', 'نجع', 'قرية', 'القرية', 'مديرية', 'محافظة', 'قضاء', 'ناحية', 'ولاية', 'بلدية', 'إمارة', 'لواء', 'مخيم', 'منشأة', 'منشية', 'محلة', 'خربة', 'مزرعة', 'حارة', 'كوم', 'ميت', 'دوار', 'قصبة', 'مركز', 'مدينة', 'إقليم', 'حي', 'تل', 'دير', 'بيت', 'عرب', 'آيت', 'أيت', 'أولاد', 'بني', 'كاني', 'شعب', 'محل', 'جزيرة', 'وادي', 'جبل', 'بئر', 'بير'].map(key),
);

// ---- everyday words from the open corpora (tokens tagged O) ----------------------------------------
const outside = new Map(); // key → times seen as an ordinary word (with proclitics read off too)
const inside = new Map(); // key → times seen inside a name
const inPerson = new Map(); // key → times seen inside a person's name
const phrases = new Map(); // multi-word WOF name → times seen as ordinary words
function readConll(path, visit) {
  let sentence = [];
  const flush = () => {
    if (sentence.length) visit(sentence);
    sentence = [];
  };
  for (const line of readLines(path)) {
    const t = line.trim();
    if (!t || t.startsWith('# ')) {
      flush();
      continue;
    }
    const i = t.lastIndexOf(' ');
    if (i <= 0) continue;
    sentence.push([t.slice(0, i), t.slice(i + 1)]);
  }
  flush();
}

// ---- the WOF records --------------------------------------------------------------------------------
const records = jsonLines(input);
const multiWord = new Map(); // first word → lengths of the multi-word names starting with it
for (const r of records) {
  for (const name of [r.name, ...(r.variants ?? [])]) {
    const words = key(name).split(' ');
    if (words.length < 2) continue;
    const lengths = multiWord.get(words[0]) ?? new Set();
    lengths.add(words.length);
    multiWord.set(words[0], lengths);
  }
}
const multiNames = new Set(records.flatMap((r) => [r.name, ...(r.variants ?? [])]).map(key).filter((k) => k.includes(' ')));

// A word of the corpora with its proclitics read off as the matcher reads them (والأمن → الأمن) and
// without a pronoun suffix (شهواتهم → شهوات; not ه, which is also a normalized ة).
const SUFFIXES = ['هما', 'ها', 'هم', 'هن', 'كم', 'نا'];
function withoutClitics(k) {
  const out = new Set([k, ...firstReadings(k).map((r) => r.key)]);
  for (const w of [...out]) {
    for (const s of SUFFIXES) if (w.endsWith(s) && letters(w) - s.length >= 3) out.add(w.slice(0, -s.length));
  }
  return out;
}

const corpusStats = {};
for (const [label, path] of Object.entries(corpora)) {
  let tokens = 0;
  readConll(path, (sentence) => {
    const keys = sentence.map(([token]) => key(token));
    const isO = sentence.map(([, tag]) => tag === 'O');
    keys.forEach((k, i) => {
      if (!ARABIC.test(k)) return;
      tokens++;
      if (!isO[i]) {
        bump(inside, k);
        if (sentence[i][1].endsWith('PERS')) for (const w of withoutClitics(k)) bump(inPerson, w);
        return;
      }
      for (const w of withoutClitics(k)) bump(outside, w);
      // ordinary phrases that are also a multi-word place name
      for (const first of [k, ...firstReadings(k).map((r) => r.key)]) {
        for (const n of multiWord.get(first) ?? []) {
          if (i + n > keys.length || !isO.slice(i, i + n).every(Boolean)) continue;
          const phrase = [first, ...keys.slice(i + 1, i + n)].join(' ');
          if (multiNames.has(phrase)) bump(phrases, phrase);
        }
      }
    });
  });
  corpusStats[label] = tokens;
}
const corpusWord = (k) => (outside.get(k) ?? 0) >= 1 && (outside.get(k) ?? 0) >= (inside.get(k) ?? 0);
const listedWord = (k) => commonWords.has(k) || functionWords.has(k) || corpusWord(k);
// with and without the article: قلة is everyday because القلة is (the corpora are small)
const toggled = (k) => (k.startsWith('ال') ? (k.length > 4 ? k.slice(2) : null) : 'ال' + k);
const everyday = (k) => listedWord(k) || (!k.includes(' ') && toggled(k) !== null && listedWord(toggled(k)));
// A word the matcher reads with proclitics before a name (و+سيم in وسيم): is any such whole word an
// everyday word or a first name?
const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
function hiddenInWord(k) {
  for (const p of PROCLITICS) {
    const whole = p + k;
    if (!(everyday(whole) || givenNames.has(whole))) continue;
    if (firstReadings(whole).some((r) => r.key === k)) return true;
  }
  if (k.startsWith('ال')) {
    for (const p of ['لل', 'ولل', 'فلل']) {
      const whole = p + k.slice(2);
      if ((everyday(whole) || givenNames.has(whole)) && firstReadings(whole).some((r) => r.key === k)) return true;
    }
  }
  return false;
}

// ---- names of the other lexicons --------------------------------------------------------------------
const otherNames = new Set();
const personWords = new Set(); // every word of the people's names: الدخيل, المري, لافروف
for (const file of SHIPPED_ENTITY_FILES) {
  if (file === OUT_FILE) continue;
  const path = join(root, 'lexicons', file);
  if (!existsSync(path)) continue;
  for (const e of jsonLines(path)) {
    for (const n of [e.name, ...(e.variants ?? []), ...(e.nisba ?? [])]) otherNames.add(key(n));
    if (e.type === 'PERSON') for (const n of [e.name, ...(e.variants ?? [])]) for (const w of key(n).split(' ')) personWords.add(w);
  }
}
// A family name has the shape of a nisba (الإدريسي, عبيدي) or of a definite noun (الدخيل, المري): a
// one-word small place of that shape is read as a person's name or a word more often than as the place.
const familyShaped = (k) => (k.endsWith('ي') && letters(k) >= 4) || (k.startsWith('ال') && letters(k) >= 4);

// WOF towns (CITY): a smaller place (LOCATION) with the same name is ambiguous.
const wofTowns = new Set(records.filter((r) => r.type === 'CITY').map((r) => key(r.name)));
// One word given to many places is a generic word of the land (العشة "the hut", الظهرة "the ridge",
// الحمام, البستان) more than a name, even when the corpora are too small to show it.
const GENERIC_PLACES = 6;
const placesNamed = new Map();
for (const r of records) bump(placesNamed, key(r.name));

/** Why a name (normalized) needs a trigger, or null. */
function reason(k, type, kind) {
  const words = k.split(' ');
  if (otherNames.has(k)) return 'other_lexicon';
  if (type === 'LOCATION' && wofTowns.has(k)) return 'wof_town';
  if (words.length === 1) {
    if (givenNames.has(k) || titleWords.has(k) || PERSON_STARTS.has(k)) return 'given_name';
    if (personWords.has(k) || (inPerson.get(k) ?? 0) > 0) return 'person_name_word';
    if (everyday(k)) return 'everyday_word';
    if (hiddenInWord(k)) return 'inside_a_word';
    if ((placesNamed.get(k) ?? 0) >= GENERIC_PLACES) return 'generic_place_word';
    // a small place (not a town, district or region) not seen as a name in the corpora
    if (type === 'LOCATION' && (kind === 'locality' || kind === 'neighbourhood') && familyShaped(k) && !((inside.get(k) ?? 0) > 0)) return 'family_name_shape';
    return null;
  }
  if (givenNames.has(words[0]) || PERSON_STARTS.has(words[0]) || titleWords.has(words[0])) return 'person_like';
  if (phrases.has(k)) return 'everyday_phrase';
  if (words.every((w) => everyday(w)) && !words.some((w) => SETTLEMENT_WORDS.has(w))) return 'everyday_words';
  return null;
}

// ---- commits and licence from the extract's README --------------------------------------------------
const readme = join(dirname(resolve(input)), basename(input).replace(/\.jsonl$/, '.README.md'));
if (!existsSync(readme)) {
  console.error(`missing ${readme} (the WOF repositories and commits for the header)`);
  process.exit(1);
}
const commits = [...readFileSync(readme, 'utf8').matchAll(/whosonfirst-data\/whosonfirst-data-admin-([a-z]{2})\s*\|\s*`([0-9a-f]{40})`/g)].map((m) => `${m[1]}@${m[2]}`);
if (commits.length === 0) {
  console.error(`no WOF commits found in ${readme}`);
  process.exit(1);
}

// ---- entries ----------------------------------------------------------------------------------------
const reasons = new Map();
const byKey = new Map(); // country|type|name → entry
const entries = [];
let short = 0;
let merged = 0;
for (const r of records) {
  const name = plain(r.name);
  const k = key(name);
  if (letters(k) <= 2) {
    short++;
    continue;
  }
  const why = reason(k, r.type, r.kind);
  const seen = new Set([k]);
  const variants = [];
  for (const v of r.variants ?? []) {
    const vk = key(v);
    if (seen.has(vk) || letters(vk) <= 2) continue;
    seen.add(vk);
    // an unambiguous name keeps only variants that are unambiguous too (مديرية أحور keeps أحور only if
    // أحور is no everyday word)
    if (!why && reason(vk, r.type, r.kind)) continue;
    variants.push(plain(v));
  }
  const mergeKey = `${r.country}|${r.type}|${k}`;
  const same = byKey.get(mergeKey);
  if (same) {
    merged++;
    for (const v of variants) if (!same.variants.some((x) => key(x) === key(v))) same.variants.push(v);
    continue;
  }
  if (why) bump(reasons, why);
  const entry = {
    id: `place:${r.country}:wof${r.wof_id}`,
    type: r.type,
    name,
    country: r.country,
    variants,
    ambiguous: why !== null,
    source: 'wof',
  };
  byKey.set(mergeKey, entry);
  entries.push(entry);
}

const line = (e) =>
  JSON.stringify({
    id: e.id,
    type: e.type,
    name: e.name,
    country: e.country,
    ...(e.variants.length ? { variants: e.variants } : {}),
    ...(e.ambiguous ? { ambiguous: true } : {}),
    source: e.source,
  });
const header = [
  "// Places of 18 Arab countries below the country level (regions, districts, localities, neighbourhoods) from Who's On First (WOF).",
  '// Generated by scripts/build-wof-places.mjs from wof-arab-places.jsonl; edit the script, not this file.',
  `// Source: whosonfirst-data/whosonfirst-data-admin-<cc> at ${commits.join(' ')}`,
  "// Licence: CC BY 4.0. Attribution: Data from Who's On First (https://whosonfirst.org/docs/licenses/), including GeoNames (CC BY 4.0) and Wikidata (CC0).",
  '// ambiguous: everyday words (by ANERcorp train, AQMAR and IDRISI-R word counts and common-words.txt), generic place words, first names,',
  '// person-like and family-shaped names, and names of other lexicons or of a WOF town; see the script.',
];
writeFileSync(outPath, header.join('\n') + '\n' + entries.map(line).join('\n') + '\n');

const ambiguous = entries.filter((e) => e.ambiguous).length;
console.error(
  `wrote ${outPath}: ${entries.length} entries (${ambiguous} ambiguous: ${[...reasons].map(([k, n]) => `${k} ${n}`).join(', ')}); ` +
    `${records.length} records, ${short} of one or two letters dropped, ${merged} merged into an entry of the same name, country and type; ` +
    `corpus tokens ${Object.entries(corpusStats).map(([k, n]) => `${k} ${n}`).join(', ')}`,
);
