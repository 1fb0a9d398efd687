// Who is who across a document: roles resolved to their holders, anonymous sources and the references
// back to them, names the lexicons do not know, dropped subjects that follow the discourse; and the
// referents the analysis lists.
import { createAnalyzer } from '../../src/index.js';

// These tests are of the quote and coref stages, given the entities the lexicons and rules find: the
// learned model's own choices (it may drop a rule's name) are tested in test/entities/.
const { analyze } = createAnalyzer({ tagger: false });

/** speaker name [resolution] for each quote, in order. */
const speakers = (text: string): string[] => analyze(text).quotes.map((q) => `${q.speaker?.name ?? null} [${q.speaker?.resolution ?? '-'}]`);

describe('roles resolve to the person introduced with them', () => {
  test('an apposition after the name, then the role with its nisba', () => {
    const text =
      'أكد السيد يون جينسنك وزير التجارة والصناعة الكوري الجنوبي اليوم أن الأزمة ستحل سلميا.\n' +
      'وقال الوزير الكوري إن بلاده ملتزمة بالحوار.';
    expect(speakers(text)).toEqual(['يون جينسنك [explicit]', 'يون جينسنك [title]']);
  });

  test('the nearest role word before a name is its own (not that of the person before)', () => {
    const text =
      'قالت كوندوليزا رايس مستشارة الأمن القومي للرئيس الأمريكي جورج بوش إن الخطة جيدة.\n' +
      'وقالت المستشارة الأمريكية إن على إسرائيل أن ترد بشكل إيجابي.';
    const a = analyze(text);
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['كوندوليزا رايس', 'كوندوليزا رايس']);
    expect(a.quotes[1].speaker?.entityId).toBe(a.quotes[0].speaker?.entityId);
  });

  test('an organization answers to a word of its name (الوزارة)', () => {
    const text = 'أعلنت وزارة الدفاع الأمريكية أن الاجتماع انتهى. وقالت الوزارة في بيان إن القوات ستبقى.';
    expect(speakers(text)).toEqual(['وزارة الدفاع الأمريكية [explicit]', 'وزارة الدفاع الأمريكية [title]']);
  });
});

describe('anonymous sources', () => {
  test('a back-reference finds the source a paper learned from', () => {
    // (علمت الصحيفة من مصادر … أن: the sources said it, as news annotation reads it)
    const text = 'علمت الصحيفة من مصادر سياسية في صنعاء أن الوفد غادر. وقالت المصادر إن الطائرة أقلعت صباحا.';
    const a = analyze(text);
    expect(a.quotes.map((q) => [q.speaker?.name, q.speaker?.text, q.speaker?.resolution])).toEqual([
      ['مصادر سياسية في صنعاء', 'مصادر سياسية في صنعاء', 'anonymous'],
      ['مصادر سياسية في صنعاء', 'المصادر', 'anonymous'],
    ]);
  });

  test('a broken plural takes feminine verbs: the participle goes on with it', () => {
    const text = 'وقالت مصادر ميدانية إن الغارات استهدفت مواقع عدة، مشيرة إلى أن القصف طال منطقة مران.';
    expect(speakers(text)).toEqual(['مصادر ميدانية [anonymous]', 'مصادر ميدانية [carried]']);
  });
});

describe('names the lexicons do not know', () => {
  test('a word where the name stands, then the pronouns that follow it', () => {
    const text = 'وقال غروس: «لم تكن لدي الخبرة بالدوري». وأكد أن الفريق سيعود أقوى.';
    const a = analyze(text);
    expect(a.quotes.map((q) => `${q.speaker?.name} [${q.speaker?.resolution}]`)).toEqual(['غروس [explicit]', 'غروس [pronoun]']);
    const gross = a.referents.find((r) => r.name === 'غروس');
    expect(gross).toMatchObject({ kind: 'name', quotes: [0, 1], mentions: [{ text: 'غروس', start: 5, end: 9 }] });
  });

  test('a role and a name no lexicon knows: the role later finds that name', () => {
    const text = 'وقال مدرب الهلال البرتغالي روي كاريلو: «الفوز ليس سهلا».\nوأوضح المدرب البرتغالي أن الإصابة ليست خطيرة.';
    expect(speakers(text)).toEqual(['روي كاريلو [explicit]', 'روي كاريلو [title]']);
  });

  test('a name the entity stage cut short is completed from the words before the complement', () => {
    const text = 'وكان قائد شرطة كابول عبدالرحمن رحيمي قد صرح بأنهم «أحصوا ثمانية قتلى».\nوأضاف: «إن عددا كبيرا من الأطفال قتلوا».';
    const a = analyze(text);
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['عبدالرحمن رحيمي', 'عبدالرحمن رحيمي']);
    expect(a.quotes[0].speaker?.text).toBe('قائد شرطة كابول عبدالرحمن رحيمي');
  });
});

describe('the discourse: dropped subjects', () => {
  test('the subject of a clause that is no quote is introduced too (وأشاد X …، وقال:)', () => {
    const text =
      'قال مصدر في النادي إن المعسكر انتهى.\n' +
      'وأشاد الأمير خالد بن سلطان بأداء اللاعبين، وقال: «الفريق جاهز للموسم».';
    expect(speakers(text)).toEqual(['مصدر في النادي [anonymous]', 'خالد بن سلطان [pronoun]']);
  });

  test('a participle goes on with the subject of its clause, even when that verb quotes nothing', () => {
    const text = 'وشكك معهد بحثي أمريكي بارز في الرواية الرسمية، قائلا إن الصور تظهر نشاطا مختلفا.';
    const a = analyze(text);
    expect(a.quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.resolution])).toEqual([['الصور تظهر نشاطا مختلفا', 'معهد بحثي أمريكي بارز', 'carried']]);
    const text2 = 'ورحبت قيادات سنية وشيعية بالدعوة، مؤكدين أن المبادرة هي العلاج.';
    expect(speakers(text2)).toEqual(['قيادات سنية وشيعية [carried]']);
  });

  test('a verb agrees with its speaker: a feminine verb skips a masculine one', () => {
    const text = 'وقالت الوزيرة هند الصبيح إن البرنامج بدأ. وقال المدير خالد العلي إن الميزانية كافية. وأضافت أن التسجيل مفتوح.';
    expect(speakers(text)).toEqual(['هند الصبيح [explicit]', 'خالد العلي [explicit]', 'هند الصبيح [carried]']);
  });
});

describe('Analysis.referents', () => {
  test('each named entity once, with its mentions, and the indexes of its quotes', () => {
    const text = 'قال وزير الخارجية التركي مولود جاويش أوغلو إن العلاقات جيدة. وأضاف أوغلو أن الحوار مستمر مع روسيا.';
    const a = analyze(text);
    expect(a.referents.map((r) => [r.id, r.name, r.kind, r.mentions.map((m) => m.text), r.quotes])).toEqual([
      ['person:mevlut_cavusoglu', 'مولود جاويش أوغلو', 'name', ['وزير الخارجية التركي مولود جاويش أوغلو', 'مولود جاويش أوغلو', 'أوغلو'], [0, 1]],
      ['country:RU', 'روسيا', 'name', ['روسيا'], []],
    ]);
    for (const r of a.referents) for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(a.quotes.every((q) => q.speaker?.entityId === 'person:mevlut_cavusoglu')).toBe(true);
  });
});

describe('bodies, reports and generic roles', () => {
  test('a body the lexicons do not know answers to its head word (الاتحاد), a report to its issuer', () => {
    const text = 'قال الاتحاد الروسي لكرة القدم إنه رفض الادعاءات. وأضاف الاتحاد أن لجنة الانضباط لم تجد أي دليل.';
    expect(speakers(text)).toEqual(['الاتحاد الروسي لكرة القدم [explicit]', 'الاتحاد الروسي لكرة القدم [title]']);
    const text2 = 'وذكرت صحيفة «راينيشه بوست» الألمانية أن القائمة طويلة. وبحسب تقرير الصحيفة، فإن ثلث الأماكن شاغرة.';
    expect(speakers(text2)).toEqual(['صحيفة «راينيشه بوست» الألمانية [explicit]', 'صحيفة «راينيشه بوست» الألمانية [title]']);
  });

  test('a generic role with no holder named is the one speaking (وأضاف المسؤول الروسي)', () => {
    const text = 'وقال ارتور جريجوريانتس رئيس لجنة الانضباط "لم يسجل أي انتهاك". وأضاف المسؤول الروسي "لم نجد أي أحداث عنصرية".';
    expect(speakers(text)).toEqual(['ارتور جريجوريانتس [explicit]', 'ارتور جريجوريانتس [title]']);
  });

  test('a name cut short before its apposition, then its family name alone', () => {
    const text = 'وقال الكسندر ميتين مسؤول الأمن في الدوري الروسي إنه لم يثبت أي إساءة. وقال ميتين "الكاميرات لم تلتقط أي دليل".';
    expect(speakers(text)).toEqual(['الكسندر ميتين [explicit]', 'الكسندر ميتين [explicit]']);
  });

  test('some of an anonymous group, and a report named in full, speak', () => {
    expect(speakers('حذر عدد من خبراء الصحة من أن السباحة في المسابح تسبب الربو.')).toEqual(['عدد من خبراء الصحة [anonymous]']);
    expect(speakers('وذكر تقرير نشر على موقع صحيفة «ديلي ميل» البريطانية، أن الكلور استخدم لأكثر من مئة عام.')).toEqual(['تقرير نشر على موقع صحيفة «ديلي ميل» البريطانية [explicit]']);
  });

  test('a participle after في حين and its verb goes on with that verb\'s subject', () => {
    const text = 'وفي حين قدم زوجها فيصل العمراني شكره للوزير، مبينا أن الأمير فتح الباب أمام ابنه.';
    expect(speakers(text)).toEqual(['فيصل العمراني [carried]']);
  });
});
