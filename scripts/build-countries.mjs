// Builds lexicons/countries.jsonl: every country and territory, with its Arabic names from three sources,
// common variants, and generated nisba adjectives (masculine, feminine, plurals, with and without ال).
//
// Sources: ../shared/data/gazetteers/countries-ar.tsv (mledoze/countries, ODbL 1.0),
// i18n-iso-countries (MIT, locale ar), cldr-localenames-full (Unicode licence, locale ar).
// Run by hand: node scripts/build-countries.mjs ; the output is committed.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(fileURLToPath(import.meta.url), '../..');
const tsv = readFileSync(join(root, '../shared/data/gazetteers/countries-ar.tsv'), 'utf8').trim().split('\n');
const isoCountries = require('i18n-iso-countries');
isoCountries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
const isoNames = isoCountries.getNames('ar', { select: 'all' });
const cldr = require('cldr-localenames-full/main/ar/territories.json').main.ar.localeDisplayNames.territories;

// Variants news use that none of the sources list.
const EXTRA = {
  US: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'الولايات المتحدة الامريكية'],
  GB: ['بريطانيا', 'المملكة المتحدة', 'بريطانيا العظمى'],
  AE: ['الإمارات', 'دولة الإمارات', 'الإمارات العربية المتحدة', 'دولة الإمارات العربية المتحدة'],
  SA: ['السعودية', 'المملكة العربية السعودية'],
  SY: ['سوريا', 'سورية', 'الجمهورية العربية السورية'],
  RU: ['روسيا', 'روسيا الاتحادية'],
  TR: ['تركيا', 'الجمهورية التركية'],
  IR: ['إيران', 'الجمهورية الإسلامية الإيرانية', 'جمهورية إيران الإسلامية'],
  PS: ['فلسطين', 'دولة فلسطين', 'الأراضي الفلسطينية'],
  KR: ['كوريا الجنوبية'],
  KP: ['كوريا الشمالية'],
  CZ: ['التشيك', 'تشيكيا', 'جمهورية التشيك'],
  NL: ['هولندا'],
  EG: ['مصر', 'جمهورية مصر العربية'],
  CN: ['الصين', 'جمهورية الصين الشعبية'],
  CD: ['الكونغو الديمقراطية'],
  MM: ['ميانمار', 'بورما'],
  CI: ['ساحل العاج', 'كوت ديفوار'],
  VA: ['الفاتيكان'],
  OM: ['سلطنة عمان'],
  JO: ['الأردن', 'المملكة الأردنية الهاشمية'],
  MA: ['المغرب', 'المملكة المغربية'],
  BH: ['البحرين', 'مملكة البحرين'],
  KW: ['الكويت', 'دولة الكويت'],
  QA: ['قطر', 'دولة قطر'],
  LY: ['ليبيا'],
  YE: ['اليمن', 'الجمهورية اليمنية'],
  GR: ['اليونان'],
  MK: ['مقدونيا الشمالية', 'مقدونيا'],
  SZ: ['سوازيلاند', 'إسواتيني'],
  TW: ['تايوان'],
  XK: ['كوسوفو'],
};

// Names that are also ordinary words: matched only after a trigger word (دولة, جمهورية …).
const AMBIGUOUS = new Set(['ML', 'BJ']); // مالي ("financial"), بنين ("boys")

// Nisba bases where the rule below would be wrong or news use another form.
const NISBA = {
  US: ['أمريكي', 'أميركي'], GB: ['بريطاني'], AE: ['إماراتي'], SA: ['سعودي'], NL: ['هولندي'], CZ: ['تشيكي'],
  CH: ['سويسري'], SE: ['سويدي'], NO: ['نرويجي'], DK: ['دنماركي'], FI: ['فنلندي'], BE: ['بلجيكي'], AT: ['نمساوي'],
  DE: ['ألماني'], FR: ['فرنسي'], CN: ['صيني'], IN: ['هندي'], JP: ['ياباني'], AF: ['أفغاني', 'أفغانستاني'],
  PK: ['باكستاني'], TR: ['تركي'], RU: ['روسي'], IR: ['إيراني'], IQ: ['عراقي'], SY: ['سوري'], LB: ['لبناني'],
  JO: ['أردني'], PS: ['فلسطيني'], IL: ['إسرائيلي'], EG: ['مصري'], LY: ['ليبي'], TN: ['تونسي'], DZ: ['جزائري'],
  MA: ['مغربي'], MR: ['موريتاني'], SD: ['سوداني'], SS: ['جنوب سوداني'], SO: ['صومالي'], DJ: ['جيبوتي'], KM: ['قمري'],
  YE: ['يمني'], OM: ['عماني'], QA: ['قطري'], KW: ['كويتي'], BH: ['بحريني'], GR: ['يوناني'], CY: ['قبرصي'],
  UA: ['أوكراني'], BY: ['بيلاروسي'], PL: ['بولندي'], HU: ['مجري', 'هنغاري'], RO: ['روماني'], BG: ['بلغاري'],
  RS: ['صربي'], HR: ['كرواتي'], BA: ['بوسني'], AL: ['ألباني'], PT: ['برتغالي'], IE: ['أيرلندي'], IT: ['إيطالي'],
  ES: ['إسباني'], CA: ['كندي'], MX: ['مكسيكي'], BR: ['برازيلي'], AR: ['أرجنتيني'], VE: ['فنزويلي'], CU: ['كوبي'],
  CO: ['كولومبي'], CL: ['تشيلي'], PE: ['بيروفي'], AU: ['أسترالي'], NZ: ['نيوزيلندي'], ID: ['إندونيسي'],
  MY: ['ماليزي'], PH: ['فلبيني'], TH: ['تايلاندي'], VN: ['فيتنامي'], KR: ['كوري جنوبي'], KP: ['كوري شمالي'],
  NG: ['نيجيري'], ET: ['إثيوبي'], KE: ['كيني'], ER: ['إريتري'], TD: ['تشادي'], NE: ['نيجري'], SN: ['سنغالي'],
  GH: ['غاني'], CM: ['كاميروني'], AZ: ['أذربيجاني', 'أذري'], AM: ['أرمني'], GE: ['جورجي'], KZ: ['كازاخستاني', 'كازاخي'],
  UZ: ['أوزبكي', 'أوزبكستاني'], TM: ['تركمانستاني'], TJ: ['طاجيكي'], KG: ['قرغيزي'], MD: ['مولدوفي'],
  LT: ['ليتواني'], LV: ['لاتفي'], EE: ['إستوني'], SK: ['سلوفاكي'], SI: ['سلوفيني'], MT: ['مالطي'], LK: ['سريلانكي'],
  BD: ['بنغلاديشي'], NP: ['نيبالي'], MM: ['ميانماري', 'بورمي'], SG: ['سنغافوري'], ZA: ['جنوب أفريقي'],
  UG: ['أوغندي'], TZ: ['تنزاني'], RW: ['رواندي'], CD: ['كونغولي'], CG: ['كونغولي'], ZW: ['زيمبابوي'],
  EC: ['إكوادوري'], UY: ['أوروغواياني'], PY: ['باراغواياني'], XK: ['كوسوفي'], ME: ['مونتينيغري'], MK: ['مقدوني'],
  MN: ['منغولي'], KH: ['كمبودي'], LA: ['لاوسي'], TW: ['تايواني'], BN: ['بروناي'], MV: ['مالديفي'],
};

// Broken plurals of persons, as news use them (أتراك, روس …); sound plurals are generated.
const PLURALS = {
  TR: ['أتراك'], RU: ['روس'], US: ['أمريكان', 'أميركان'], DE: ['ألمان'], AF: ['أفغان'], IN: ['هنود'],
  ES: ['إسبان'], GB: ['إنجليز', 'إنكليز'],
};

// A nisba that is an everyday word is left out (مالي "financial").
const NISBA_STOP = new Set(['مالي', 'بنيني']);

const strip = (s) => s.replace(/[\u064b-\u065f\u0670\u0640]/g, '').replace(/\s+/g, ' ').trim();

function cleanNames(raw) {
  const out = [];
  for (const name of raw) {
    if (!name) continue;
    const s = strip(name);
    const open = s.indexOf('(');
    const close = s.lastIndexOf(')');
    if (open > 0 && close > open) out.push(s.slice(0, open).trim(), s.slice(open + 1, close).trim());
    else if (s.includes(' - ') || s.includes('،')) continue; // "الكونغو - كينشاسا": a disambiguation, not a name
    else out.push(s);
  }
  return out.filter((s) => s.length > 1);
}

/** The masculine nisba of a country name by the regular rules. */
function ruleNisba(name) {
  let base = name.startsWith('ال') ? name.slice(2) : name;
  if (base.includes(' ')) return null; // multi-word names: only explicit forms
  if (base.endsWith('يا')) return base.slice(0, -1); // تركيا → تركي, روسيا → روسي
  if (base.endsWith('ا')) return base.slice(0, -1) + 'ي'; // فرنسا → فرنسي
  if (base.endsWith('ية')) return base.slice(0, -1); // السعودية → سعودي
  if (base.endsWith('ة')) return base.slice(0, -1) + 'ي';
  if (base.endsWith('ي')) return null; // مالي, جيبوتي: the country name itself
  return base + 'ي'; // مصر → مصري, إيران → إيراني
}

/** Every nisba form of a masculine base: m/f, sound plurals, with and without the article. */
function nisbaForms(base, code) {
  const words = base.split(' ');
  const forms = new Set();
  const suffixes = ['', 'ة', 'ون', 'ين', 'ات'];
  for (const suffix of suffixes) {
    // multi-word bases (كوري جنوبي): every word takes the suffix, and the article when definite
    const indefinite = words.map((w) => w + suffix).join(' ');
    const definite = words.map((w) => 'ال' + w + suffix).join(' ');
    forms.add(indefinite);
    forms.add(definite);
  }
  for (const plural of PLURALS[code] ?? []) {
    forms.add(plural);
    forms.add('ال' + plural);
  }
  return [...forms];
}

const slugCountry = (code) => `country:${code}`;
const entries = [];
const header = tsv[0].split('\t');
for (const line of tsv.slice(1)) {
  const row = Object.fromEntries(line.split('\t').map((v, i) => [header[i], v]));
  const code = row.cca2;
  const iso = isoNames[code] ?? [];
  const cldrNames = Object.entries(cldr).filter(([k]) => k === code || k.startsWith(code + '-alt')).map(([, v]) => v);
  const names = cleanNames([row.name_ar_common, ...(EXTRA[code] ?? []), ...cldrNames, ...iso, row.name_ar_official]);
  const unique = [...new Set(names)];
  const name = unique[0];
  const variants = unique.slice(1);
  const bases = NISBA[code] ?? [ruleNisba(name)].filter(Boolean);
  const nisba = [...new Set(bases.filter((b) => !NISBA_STOP.has(b)).flatMap((b) => nisbaForms(b, code)))];
  const entry = { id: slugCountry(code), type: 'COUNTRY', name };
  if (variants.length) entry.variants = variants;
  entry.en = row.name_en_common;
  entry.country = code;
  if (nisba.length) entry.nisba = nisba;
  if (AMBIGUOUS.has(code)) entry.ambiguous = true;
  entry.source = 'mledoze-countries+i18n-iso-countries+cldr';
  entries.push(entry);
}

const out = [
  '// Countries and territories: generated by scripts/build-countries.mjs — edit the script, not this file.',
  '// Sources: mledoze/countries (ODbL 1.0), i18n-iso-countries (MIT), CLDR (Unicode licence).',
  ...entries.map((e) => JSON.stringify(e)),
].join('\n');
writeFileSync(join(root, 'lexicons/countries.jsonl'), out + '\n');
console.error(`lexicons/countries.jsonl: ${entries.length} countries, ${entries.reduce((n, e) => n + (e.nisba?.length ?? 0), 0)} nisba forms`);
