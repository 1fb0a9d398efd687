// The seed article: the eleven quotes of the quotes issue, with their speakers, and no other quote.
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';

const text = readFileSync(new URL('../../corpus/article.txt', import.meta.url), 'utf8');
const { quotes } = analyze(text);

const OGLU = 'مولود جاويش أوغلو';
const LAVROV = 'سيرغي لافروف';
const SOURCE = 'مصدر كبير في وزارة الدفاع التركية';

describe('the seed article: quotes', () => {
  test('the eleven quotes, in order, with kind, speaker and resolution', () => {
    const seen = quotes.map((q) => [q.kind, q.text.split(' ').slice(0, 4).join(' '), q.speaker?.name ?? null, q.speaker?.resolution ?? null]);
    expect(seen).toEqual([
      ['indirect', 'العلاقات التركية مع روسيا', OGLU, 'explicit'],
      ['indirect', 'العقوبات الأميركية المفروضة على', OGLU, 'explicit'],
      ['indirect', 'تركيا لن تتراجع عن', OGLU, 'carried'],
      ['direct', 'لا يحق لحفتر أو', OGLU, 'title'],
      ['indirect', 'التعاون العسكري بين موسكو', LAVROV, 'explicit'],
      ['direct', 'أكدنا عزمنا المشترك لتعزيز', LAVROV, 'explicit'],
      ['direct', 'الضغوط غير الشرعية لواشنطن', LAVROV, 'explicit'],
      ['indirect', 'أرسلت المزيد من أفراد', 'روسيا', 'explicit'],
      ['indirect', 'أنقرة ستستغل اجتماع الثلاثاء', SOURCE, 'anonymous'],
      ['direct', 'يجب بكل تأكيد أن', SOURCE, 'anonymous'],
      ['indirect', 'لم ترصد أي قصف', 'موسكو', 'pronoun'],
    ]);
  });

  test('exact content spans, without marks or complementizers', () => {
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(quotes[0].text).toBe('العلاقات التركية مع روسيا ليست بديلا عن علاقاتها مع حلف شمال الأطلسي أو الاتحاد الأوروبي');
    expect(quotes[3].text).toBe('لا يحق لحفتر أو لأية دولة أخرى المطالبة بمغادرة تركيا للأراضي الليبية ووقف دعمها للحكومة الشرعية');
    expect(quotes[5].text).toBe('أكدنا عزمنا المشترك لتعزيز العلاقات العسكرية مع تركيا');
    expect(quotes[6].text).toBe('الضغوط غير الشرعية لواشنطن');
    expect(quotes[8].text).toBe('أنقرة ستستغل اجتماع الثلاثاء للدفع بمطلبها المتعلق بانسحاب وحدات حماية الشعب الكردية السورية التي تصفها بأنها منظمة إرهابية');
    expect(quotes[10].text).toBe('لم ترصد أي قصف من جانب القوات المدعومة من تركيا خلال الساعات الأربع والعشرين الماضية');
  });

  test('cues, mentions and the source', () => {
    expect(quotes.map((q) => q.cue?.text)).toEqual(['أكّد', 'وأكد', 'أوضح', 'قال', 'أكد', 'وقال', 'وقال', 'قالت', 'وقال', 'وأضاف', 'وقالت']);
    expect(quotes.map((q) => q.cue?.lemma)).toEqual(['أكد', 'أكد', 'أوضح', 'قال', 'أكد', 'قال', 'قال', 'قال', 'قال', 'أضاف', 'قال']);
    expect(quotes[0].speaker?.text).toBe('وزير الخارجية التركي مولود جاويش أوغلو');
    expect(quotes[1].speaker?.text).toBe('أوغلو');
    expect(quotes[3].speaker?.text).toBe('الوزير التركي');
    expect(quotes[3].speaker?.entityId).toBe('person:mevlut_cavusoglu');
    expect(quotes[9].speaker?.text).toBe('المصدر');
    expect(quotes[2].speaker?.text).toBeUndefined();
    expect(quotes[2].source).toEqual({ text: 'الأناضول', start: text.indexOf('الأناضول،'), end: text.indexOf('الأناضول،') + 8, name: 'وكالة الأناضول', entityId: 'org:anadolu' });
    expect(quotes.filter((q) => q.source).length).toBe(1);
  });
});
