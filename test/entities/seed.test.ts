// The seed article (corpus/article.txt): every name and nisba adjective of the NER issue, each
// occurrence, and nothing else.
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';

const text = readFileSync(new URL('../../corpus/article.txt', import.meta.url), 'utf8');
const { entities } = analyze(text);
const names = entities.filter((e) => e.form === 'name');
const adjectives = entities.filter((e) => e.form === 'adjective');
const count = (s: string): number => text.split(s).length - 1;

describe('the seed article', () => {
  test('every span is exact', () => {
    for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  test('places, people, organizations and the weapon, as names, each occurrence', () => {
    const expected: [string, string][] = [
      ['أنقرة', 'CITY'], ['موسكو', 'CITY'], ['واشنطن', 'CITY'], ['روسيا', 'COUNTRY'], ['تركيا', 'COUNTRY'],
      ['الولايات المتحدة', 'COUNTRY'], ['اليونان', 'COUNTRY'], ['قبرص', 'COUNTRY'], ['ليبيا', 'COUNTRY'], ['سوريا', 'COUNTRY'],
      ['البحر المتوسط', 'LOCATION'], ['عين عيسى', 'CITY'], ['إم4', 'LOCATION'],
      ['مولود جاويش أوغلو', 'PERSON'], ['سيرغي لافروف', 'PERSON'], ['حفتر', 'PERSON'], ['بشار الأسد', 'PERSON'],
      ['حلف شمال الأطلسي', 'ORGANIZATION'], ['الاتحاد الأوروبي', 'ORGANIZATION'], ['مؤسسة الصناعات الدفاعية التركية', 'ORGANIZATION'],
      ['الأناضول', 'ORGANIZATION'], ['وزارة الدفاع التركية', 'ORGANIZATION'], ['وحدات حماية الشعب الكردية', 'ORGANIZATION'],
      ['وحدات حماية الشعب', 'ORGANIZATION'], ['إس-400', 'WEAPON'],
    ];
    const found = names.map((e) => `${e.text}/${e.type}`).sort();
    const wanted: string[] = [];
    // each occurrence in the text, minus the occurrences inside a longer expected name
    const occurrences = new Map<string, number>();
    for (const [name] of expected) occurrences.set(name, count(name));
    occurrences.set('وحدات حماية الشعب', count('وحدات حماية الشعب') - count('وحدات حماية الشعب الكردية'));
    occurrences.set('روسيا', count('روسيا') - count('روسيا اليوم') + 1); // "في روسيا اليوم الثلاثاء" is the country
    for (const [name, type] of expected) for (let k = 0; k < (occurrences.get(name) ?? 0); k++) wanted.push(`${name}/${type}`);
    // partial mentions of the two ministers
    for (let k = 0; k < count('أوغلو') - count('جاويش أوغلو'); k++) wanted.push('أوغلو/PERSON');
    for (let k = 0; k < count('لافروف') - count('سيرغي لافروف'); k++) wanted.push('لافروف/PERSON');
    expect(found).toEqual(wanted.sort());
  });

  test('partial names resolve to the full name', () => {
    const oglu = names.filter((e) => e.text === 'أوغلو');
    expect(oglu.length).toBe(2);
    for (const e of oglu) expect(e.name).toBe('مولود جاويش أوغلو');
    for (const e of names.filter((e) => e.text === 'لافروف')) expect(e.name).toBe('سيرغي لافروف');
    expect(names.find((e) => e.text === 'حفتر')?.name).toBe('خليفة حفتر');
  });

  test('proclitics stay outside the span, the article inside', () => {
    const at = (s: string): string[] => names.filter((e) => e.start === text.indexOf(s) + (s.length - e.text.length)).map((e) => e.text);
    expect(at('لحفتر')).toEqual(['حفتر']);
    expect(at('وموسكو')).toEqual(['موسكو']);
    expect(at('لواشنطن')).toEqual(['واشنطن']);
  });

  test('nisba adjectives, each occurrence in order, linked to their country', () => {
    const TR = 'country:TR', RU = 'country:RU', US = 'country:US', LY = 'country:LY', SY = 'country:SY';
    expect(adjectives.map((e) => [e.text, e.id])).toEqual([
      ['الأميركية', US], // headline: العقوبات الأميركية
      ['التركي', TR], // وزير الخارجية التركي
      ['الروسي', RU], // نظيره الروسي
      ['التركية', TR], // العلاقات التركية
      ['الروسية', RU], // الصاروخية الروسية
      ['الأميركية', US],
      ['الأميركية', US],
      ['التركي', TR], // الوزير التركي
      ['الليبية', LY],
      ['روسية', RU], // روسية الصنع
      ['التركي', TR], // نظيره التركي
      ['السوري', SY], // الملف السوري
      ['روسية', RU], // قوات روسية
      ['تركية', TR], // وتركية: the conjunction stays outside
      ['سورية', SY], // مدنا سورية: an adjective, not the country
      ['تركية', TR], // قوات تركية
      ['السورية', SY], // المعارضة السورية
      ['السورية', SY], // الكردية السورية
      ['السورية', SY],
    ]);
    for (const e of adjectives) expect(e.name).toBe({ TR: 'تركيا', RU: 'روسيا', US: 'الولايات المتحدة', LY: 'ليبيا', SY: 'سوريا' }[e.id.slice(8)]);
  });
});
