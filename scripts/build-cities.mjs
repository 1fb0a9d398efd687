// Builds lexicons/cities.jsonl from ../shared/data/gazetteers/world-cities-ar.csv (6,340 cities with
// Arabic and English names, from Wikidata via jamsshhayd/world-cities-translations, CC BY 4.0).
// City names that are also everyday words (الخبر "the news", صور "pictures", المدينة "the city") are
// flagged `ambiguous`: matched only after a place word (مدينة, بلدة …) or a full unambiguous mention.
// Curated towns in lexicons/places.jsonl win over this list (same id or same name). Curated fixes of
// the list (spellings news use besides the label, better labels, ambiguity) are in scripts/city-fixes.mjs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize, readAnercorp, root, shared, slug } from './lib.mjs';
import { AMBIGUOUS, LABELS, VARIANTS } from './city-fixes.mjs';

const csv = readFileSync(join(shared, 'data/gazetteers/world-cities-ar.csv'), 'utf8').replace(/^\ufeff/, '').trim().split('\n');
const countries = readFileSync(join(shared, 'data/gazetteers/countries-ar.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const codeByEnglish = new Map();
for (const [cca2, , common, official] of countries) {
  codeByEnglish.set(common.toLowerCase(), cca2);
  codeByEnglish.set(official.toLowerCase(), cca2);
}
// English country names of the city list that the country table spells otherwise.
const COUNTRY_ALIASES = {
  'united states of america': 'US', 'united states': 'US', turkey: 'TR', 'czech republic': 'CZ', 'ivory coast': 'CI',
  "côte d'ivoire": 'CI', 'democratic republic of the congo': 'CD', 'republic of the congo': 'CG', 'east timor': 'TL',
  'the bahamas': 'BS', 'the gambia': 'GM', 'cape verde': 'CV', swaziland: 'SZ', macedonia: 'MK', 'north macedonia': 'MK',
  burma: 'MM', 'vatican city': 'VA', "people's republic of china": 'CN', 'state of palestine': 'PS', 'palestinian territories': 'PS',
  'kingdom of the netherlands': 'NL', 'bosnia and herzevina': 'BA', 'fiji islands': 'FJ', 'hong kong s.a.r.': 'HK',
  'man (isle of)': 'IM', 'palestinian territory occupied': 'PS', 'south korea': 'KR', 'north korea': 'KP', russia: 'RU', 'federated states of micronesia': 'FM',
  'são tomé and príncipe': 'ST', 'sao tome and principe': 'ST', kosovo: 'XK', 'republic of ireland': 'IE', 'hong kong': 'HK',
};
const countryCode = (english) => COUNTRY_ALIASES[english.toLowerCase()] ?? codeByEnglish.get(english.toLowerCase());

const parseCsvLine = (line) => {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
};

const common = new Set(readFileSync(join(root, 'lexicons/common-words.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
// How often ANERcorp's annotators saw each word outside a place name and inside one: a word seen more
// often as an ordinary word (سنة "year", كتاب "book") is no city name to trust without a place word.
const outsideLoc = new Map();
const insideLoc = new Map();
for (const sentence of readAnercorp()) {
  for (const [token, tag] of sentence) {
    const key = normalize(token);
    const map = tag.endsWith('LOC') ? insideLoc : outsideLoc;
    map.set(key, (map.get(key) ?? 0) + 1);
  }
}
const mostlyWord = (key) => (outsideLoc.get(key) ?? 0) >= 2 && (outsideLoc.get(key) ?? 0) > (insideLoc.get(key) ?? 0);
// A city spelled like a first name (جون, حمد, عيسى) needs a place word too.
const givenNames = new Set();
for (const line of readFileSync(join(root, 'lexicons/given-names.jsonl'), 'utf8').split('\n')) {
  if (line.trim() && !line.startsWith('//')) givenNames.add(normalize(JSON.parse(line).name));
}
// Everyday words and phrases that are also city names in the list (checked by reading the list).
const EVERYDAY = new Set(
  [
    'الخبر', 'صور', 'المدينة', 'الجديدة', 'العين', 'الزرقاء', 'المنصورة', 'القريات', 'الباب', 'السلام', 'النصر', 'الأمل',
    'الوادي', 'الحرية', 'الوحدة', 'الشرق', 'الغرب', 'الشمال', 'الجنوب', 'الوسطى', 'الساحل', 'الجبل', 'البحر', 'النهر',
    'الرمل', 'الريف', 'السوق', 'المركز', 'العاصمة', 'الحمراء', 'البيضاء', 'الخضراء', 'الصفراء', 'السوداء', 'الكبرى',
    'الصغرى', 'الشارقة', 'القاهرة', 'الرياض', 'بيت', 'باب', 'عين', 'رأس', 'تل', 'حي', 'دار', 'قصر', 'بئر', 'سوق', 'جبل',
    'نهر', 'وادي', 'كفر', 'دير', 'بني', 'أبو', 'ابن', 'بنت', 'قرية', 'مدينة', 'سيدي', 'مولاي', 'حمام', 'برج', 'مرسى',
    'الرس', 'الخرج', 'المجمعة', 'الحوطة', 'ظهران', 'رابغ', 'الليث', 'الحديثة', 'الرمادي', 'الكوت', 'العمارة', 'الناصرية',
    'الحلة', 'النجف', 'الكوفة', 'السماوة', 'الديوانية', 'العزيزية', 'المحمدية', 'الحسينية', 'الإسماعيلية', 'الزهراء',
    'الفيحاء', 'اللاذقية', 'الجزيرة', 'جزيرة', 'كربلاء', 'المنامة', 'الكويت', 'عمان', 'قطر', 'البصرة', 'مكة', 'جدة',
    'حماة', 'حمص', 'حلب', 'إدلب', 'درعا', 'عدن', 'سيئون', 'المكلا', 'الحديدة', 'تعز', 'إب', 'ذمار', 'صعدة', 'مأرب',
    'المطرية', 'الشامية', 'الهاشمية', 'طنطا', 'المنيا', 'قنا', 'سوهاج', 'أسيوط', 'الأقصر', 'أسوان', 'بنها', 'دمياط', 'الفيوم', 'السويس', 'العريش',
    // towns far from the Arab world that news write as something else, found by listing what the city
    // list matched over the SaudiNewsNet articles: everyday words (مول "mall", كان "was", سيجد "will find",
    // ناس "people", فيروس "virus", دراما, بوب, خفي "hidden", البسيط "the simple", البندقية "the rifle", الفحص
    // "the examination", عشاق "fans"), players' names (مورا، ريفاس), a newspaper's first word (ديلي), and
    // words with a clitic in front (لولي = لـ + ولي، فرانس = فـ + رانس، سترى "you will see", جينية "genetic")
    'مول', 'كان', 'سيجد', 'ناس', 'فيروس', 'دراما', 'بوب', 'خفي', 'البسيط', 'البندقية', 'الفحص', 'عشاق', 'مورا', 'ريفاس',
    'ديلي', 'لولي', 'رانس', 'ستري', 'جينيه', 'ينا', 'تاتا',
  ].map(normalize),
);
// Famous cities whose name is an everyday word but which news mean far more often than the word.
const NEWS_CITIES = new Set(['القاهره', 'الرياض', 'الشارقه', 'الكويت', 'عمان', 'المنامه', 'البصره', 'مكه', 'جده', 'حماه', 'حمص', 'حلب', 'ادلب', 'درعا', 'عدن', 'كربلاء', 'النجف', 'اللاذقيه', 'الحديده', 'تعز', 'مارب', 'صعده', 'المكلا', 'اسوان', 'الاقصر', 'السويس', 'العريش', 'طنطا', 'المنيا', 'سوهاج', 'اسيوط', 'بنها', 'دمياط', 'الفيوم', 'الرمادي', 'الكوت', 'الناصريه', 'الحله', 'الكوفه', 'السماوه', 'الديوانيه', 'الخرج', 'الرس', 'المجمعه', 'رابغ', 'الليث', 'سيئون', 'ذمار', 'اب', 'قنا', 'الاسماعيليه']);
const ARAB_WORLD = new Set('SA AE QA KW BH OM YE IQ SY LB JO PS EG LY TN DZ MA MR SD SO DJ KM TR IR IL'.split(' '));
// an administrative or other place word before the name: مديرية الديس, ملعب الفلوجة, جامعة المنيا
const ADMIN_PREFIX = /^(ولاية|محافظة|مدينة|إقليم|مقاطعة|منطقة|بلدية|قضاء|ناحية|مديرية|عزلة|مركز|قسم|دائرة|كانتون|إدارة|ملعب|مطار|جامعة)\s+/;

const places = new Map();
const placesFile = join(root, 'lexicons/places.jsonl');
if (existsSync(placesFile)) {
  for (const line of readFileSync(placesFile, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('//')) continue;
    const e = JSON.parse(line);
    places.set(e.id, e);
    for (const n of [e.name, ...(e.variants ?? [])]) places.set(normalize(n), e);
  }
}
const namesIn = (file, { alsoAmbiguous = true } = {}) => {
  const names = new Set();
  const path = join(root, 'lexicons', file);
  if (!existsSync(path)) return names;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('//')) continue;
    const e = JSON.parse(line);
    if (e.ambiguous && !alsoAmbiguous) continue;
    for (const n of [e.name, ...(e.variants ?? [])]) names.add(normalize(n));
  }
  return names;
};
const countryNames = namesIn('countries.jsonl');
// A city spelled like a weapon, an organization or a person (إسكندر, الميادين) needs a place word first;
// not when that name is itself ambiguous there (مارسيليا, إشبيلية: a club only after نادي or a word of the game).
const otherNames = new Set(
  ['weapons.jsonl', 'organizations.jsonl', 'people-mena.jsonl', 'people-world.jsonl'].flatMap((f) => [...namesIn(f, { alsoAmbiguous: false })]),
);

const byId = new Map();
const unknownCountries = new Set();
// Some Arabic labels of the list are another article's title: Worms → "السجل الدولي للأنواع البحرية"
// (WoRMS), Westminster → "برلمان المملكة المتحدة", Mao → "ماو تسي تونغ". A city's Arabic name is a
// transliteration of its English one, so the first sounds must agree and the length must be close.
const INITIALS = [
  ['sh', 'شس'], ['ch', 'تشكخش'], ['kh', 'خك'], ['th', 'ثتذ'], ['dh', 'ذدظض'], ['gh', 'غجق'], ['ts', 'تس'], ['zh', 'ژجزت'], ['dj', 'جد'],
  ['a', 'اأإآعءيو'], ['e', 'اأإآعي'], ['i', 'اأإعي'], ['o', 'اأإآعو'], ['u', 'اأإعوي'], ['y', 'يجا'], ['b', 'بف'],
  ['p', 'بپ'], ['c', 'كسشقت'], ['d', 'دض'], ['f', 'ف'], ['g', 'غجقكگ'], ['h', 'هحخغ'], ['j', 'جيخهغ'], ['k', 'كقخ'],
  ['l', 'ل'], ['m', 'م'], ['n', 'ن'], ['q', 'قكتش'], ['r', 'رغ'], ['s', 'سصشز'], ['t', 'تطث'], ['v', 'فڤوب'],
  ['w', 'وفڤ'], ['x', 'شزكسإ'], ['z', 'زذظتس'],
];
const ARABIC_ARTICLE = /^ال(?=..)/;
const ENGLISH_ARTICLE = /^(?:al|el|as|ash|ad|adh|az|ar|an|at|ath|aş|es|ed|et|ez|er|en|ul)[\s\-'‘`]+(?=\S)/i;
const EXTRA_WORDS = 2; // سان خوان ديل مونتي for San Juan is already too far
const latinLetters = (s) => s.normalize('NFD').replace(/[^a-z]/gi, '').toLowerCase();

function looksTransliterated(arabic, english, code, population) {
  const hadArticle = ARABIC_ARTICLE.test(arabic);
  const ar = arabic.replace(ARABIC_ARTICLE, '').replace(/\s+/g, ' ');
  const en = english.replace(/^['‘`]+/, '').replace(ENGLISH_ARTICLE, '');
  const first = latinLetters(en);
  if (!first) return true; // nothing to compare with
  const sounds = (latin) => INITIALS.find(([l]) => latin.startsWith(l))?.[1];
  // Algiers, Laghouat: an English name that keeps the article fused (الجزائر, الأغواط)
  // (Errachidia, Essaouira: the article's vowel before a doubled sun letter)
  const candidates = [first, ...(hadArticle ? [first.replace(/^(?:al|el|l)/, ''), first.replace(/^[ae](?=([a-z])\1)/, '')] : [])].map(sounds).filter(Boolean);
  // big cities with an old Arabic name or an exonym (إشبيلية Sevilla, حلب Aleppo, الدار البيضاء
  // Casablanca): the first sound cannot tell
  if (population < (ARAB_WORLD.has(code) ? 1000000 : 300000)) {
    if (candidates.length && !candidates.some((c) => c.includes(ar[0]))) return false;
  }
  const arLetters = ar.replace(/ /g, '').length;
  if (arLetters > 2.5 * first.length + 4) return false;
  const arWords = ar.split(' ').length;
  const enWords = english.split(/[\s-]+/).length;
  return !(enWords === 1 && arWords - enWords >= EXTRA_WORDS);
}
// Labels that pass that test but name something else: a language (Latina → اللاتينية, San → السنسكريتية,
// Berber → الأمازيغية).
const MISLABELLED = new Set(['city:IT:latina', 'city:ML:san', 'city:SD:berber']);
// Exonyms of smaller cities, whose Arabic name shares no first sound with the English one
const EXONYMS = new Set(['city:PS:jerusalem']);

let skipped = 0;
let mislabelled = 0;
for (const line of csv.slice(1)) {
  const [, countryEn, cityAr, cityEn, population] = parseCsvLine(line);
  const code = countryCode(countryEn);
  if (!code) {
    unknownCountries.add(countryEn);
    continue;
  }
  // "سان فرناندو، الفلبين": the part after a comma or in parentheses disambiguates, it is not the name
  const cut = cityAr.search(/[،,(]/);
  const written = (cut >= 0 ? cityAr.slice(0, cut) : cityAr).replace(/[\u064b-\u065f\u0670\u0640]/g, '').replace(/\s+/g, ' ').trim();
  const id = `city:${code}:${slug(cityEn) || slug(countryEn)}`;
  // a curated label replaces the list's (Libreville was شارلفيل-ميزيير, Hatay حطاي)
  const label = LABELS[id];
  if (!label && (!written || /[A-Z]/i.test(written))) continue;
  const bare = label ?? written.replace(ADMIN_PREFIX, '');
  const key = normalize(bare);
  if (countryNames.has(key) || places.has(key)) {
    skipped++;
    continue; // a country's name (الكويت, سنغافورة) is the country; a curated place wins
  }
  if (MISLABELLED.has(id) || (!label && !EXONYMS.has(id) && !looksTransliterated(bare, cityEn, code, Number(population) || 0))) {
    mislabelled++;
    continue;
  }
  if (places.has(id)) {
    skipped++;
    continue;
  }
  const previous = byId.get(id);
  if (previous) {
    if (label) continue;
    if (!previous.variants?.includes(bare) && previous.name !== bare) (previous.variants ??= []).push(bare);
    continue;
  }
  const entry = { id, type: 'CITY', name: bare };
  // the administrative form (منطقة الرياض) names the province, which lexicons/places.jsonl holds
  entry.en = cityEn;
  entry.country = code;
  const noArticle = key.startsWith('ال') ? key.slice(2) : key;
  const everyday = !NEWS_CITIES.has(key) && (EVERYDAY.has(key) || common.has(key) || common.has(noArticle) || noArticle.length <= 2 || otherNames.has(key) || mostlyWord(key) || givenNames.has(key));
  // The translations of small towns far from the Arab world are the least reliable part of the list.
  const small = (Number(population) || 0) < 20000 && !ARAB_WORLD.has(code);
  if (everyday || small) entry.ambiguous = true;
  entry.source = 'wikidata-world-cities';
  entry._population = Number(population) || 0;
  byId.set(id, entry);
}

// The same name in several countries: the most populous city keeps the name; the others only match
// after a place word (they are flagged ambiguous).
const byName = new Map();
for (const e of byId.values()) {
  const key = normalize(e.name);
  const list = byName.get(key) ?? [];
  list.push(e);
  byName.set(key, list);
}
for (const list of byName.values()) {
  list.sort((a, b) => b._population - a._population);
  for (const e of list.slice(1)) e.ambiguous = true;
}

// Curated spellings (scripts/city-fixes.mjs): كابول beside كابل, بيونغ يانغ and بيونج يانج. A spelling a country
// or a curated place already uses stays theirs; one that only folds into the name (hamza, ta marbuta) is not needed.
const nameOwner = new Map();
for (const e of byId.values()) for (const n of [e.name, ...(e.variants ?? [])]) if (!nameOwner.has(normalize(n))) nameOwner.set(normalize(n), e.id);
const problems = [];
for (const [id, spellings] of Object.entries(VARIANTS)) {
  const e = byId.get(id);
  if (!e) {
    if (!places.has(id)) problems.push(`${id}: not in the city list (VARIANTS)`);
    continue;
  }
  for (const v of spellings) {
    const k = normalize(v);
    const owner = nameOwner.get(k);
    if (owner === id) problems.push(`${id}: ${v} folds into a name it has`);
    else if (countryNames.has(k) || places.has(k)) problems.push(`${id}: ${v} is a country's or curated place's name`);
    else if (owner) problems.push(`${id}: ${v} is also ${owner}'s name`);
    else {
      (e.variants ??= []).push(v);
      nameOwner.set(k, id);
    }
  }
}
// A name that is a clitic and another place's name (وجدة, a spelling of Oujda, is و + جدة in Saudi news;
// فاس and بيروت are not: no place is called اس or يروت): only after a place word. The other place is a
// country, a curated place or a city of a million in the Arab world, the reading Arabic news mean.
for (const e of byId.values()) {
  for (const n of [e.name, ...(e.variants ?? [])]) {
    const key = normalize(n);
    if (!/^[وفبلك]/.test(key) || NEWS_CITIES.has(key)) continue;
    const rest = key.slice(1);
    const other = byName.get(rest)?.[0];
    if (countryNames.has(rest) || places.has(rest) || (other && other !== e && ARAB_WORLD.has(other.country) && other._population >= 1000000)) e.ambiguous = true;
  }
}
for (const [id, flag] of Object.entries(AMBIGUOUS)) {
  const e = byId.get(id);
  if (!e) {
    if (!places.has(id)) problems.push(`${id}: not in the city list (AMBIGUOUS)`);
  } else if (flag) e.ambiguous = true;
  else delete e.ambiguous;
}
for (const [id, label] of Object.entries(LABELS)) if (!byId.has(id) && !places.has(id) && !places.has(normalize(label))) problems.push(`${id}: not in the city list (LABELS)`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
const entries = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
for (const e of entries) delete e._population;
writeFileSync(
  join(root, 'lexicons/cities.jsonl'),
  [
    '// Cities: generated by scripts/build-cities.mjs from world-cities-ar.csv (Wikidata via jamsshhayd/world-cities-translations, CC BY 4.0).',
    '// Edit the script or lexicons/places.jsonl, not this file.',
    ...entries.map((e) => JSON.stringify(e)),
  ].join('\n') + '\n',
);
console.error(`lexicons/cities.jsonl: ${entries.length} cities (${entries.filter((e) => e.ambiguous).length} ambiguous), ${skipped} left to countries/places, ${mislabelled} labels dropped as another article's title`);
if (unknownCountries.size) console.error('countries without a code:', [...unknownCountries].join('; '));
