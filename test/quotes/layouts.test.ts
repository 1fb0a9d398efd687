// Quote layouts of Arabic news, one sentence or two each: the quote marks, the verbs, the speakers.
import { analyze } from '../../src/index.js';

/** kind «content» cue/lemma speaker[resolution] (mention) source */
function quotes(text: string): string[] {
  return analyze(text).quotes.map((q) => {
    const speaker = q.speaker ? `${q.speaker.name}[${q.speaker.resolution}]${q.speaker.text ? ` (${q.speaker.text})` : ''}` : 'null';
    return `${q.kind} «${q.text}» ${q.cue ? `${q.cue.text}/${q.cue.lemma}` : '-'} ${speaker}${q.source ? ` source=${q.source.name}` : ''}`;
  });
}

describe('direct quotes in every mark style', () => {
  test.each([
    ['« »', 'قال الوزير السعودي خالد العلي: «نرحب بالاتفاق».'],
    ['» « (wire copy)', 'قال الوزير السعودي خالد العلي: »نرحب بالاتفاق«.'],
  ])('%s', (_style, text) => {
    expect(quotes(text)).toEqual(['direct «نرحب بالاتفاق» قال/قال خالد العلي[explicit] (الوزير السعودي خالد العلي)']);
  });

  test.each([
    ['“ ”', 'قال المتحدث: “لن نقبل بذلك”.'],
    ['„ “', 'قال المتحدث: „لن نقبل بذلك“.'],
    ['“ ″ (a mismatched closer)', 'قال المتحدث: “لن نقبل بذلك″.'],
    ['“ " (a mismatched closer)', 'قال المتحدث: “لن نقبل بذلك".'],
    ['" "', 'قال المتحدث "لن نقبل بذلك".'],
  ])('%s', (_style, text) => {
    expect(quotes(text)).toEqual(['direct «لن نقبل بذلك» قال/قال المتحدث[explicit] (المتحدث)']);
  });

  test('one guillemet typed for both marks of a name does not open a quote over the sentences after it', () => {
    // the » before المدينة opens and the » after it closes; «الحرس الجمهوري» is a term of its own
    const text = 'وكشف مصدر طبي في تصريح خاص لـ»المدينة» أن الوزارة تستعد لنقل الجرحى.. وقال مصدر محلي: إن الغارات استهدفت معسكر «الحرس الجمهوري» في صنعاء.';
    expect(quotes(text)).toEqual([
      'indirect «الوزارة تستعد لنقل الجرحى» وكشف/كشف مصدر طبي[anonymous] (مصدر طبي)',
      'mixed «الغارات استهدفت معسكر «الحرس الجمهوري» في صنعاء» وقال/قال مصدر محلي[anonymous] (مصدر محلي)',
    ]);
    // the same in a paragraph of » « style: the second » closes the first, the « » pair after it still pairs
    expect(quotes('قال الوزير خالد العلي لـ»المدينة»: »نرحب بالاتفاق«.')).toEqual(['direct «نرحب بالاتفاق» قال/قال خالد العلي[explicit] (الوزير خالد العلي)']);
  });

  test('nested quotes stay inside', () => {
    expect(quotes('وقال المتحدث: «قلت لهم "لا" ثم غادرت».')).toEqual(['direct «قلت لهم "لا" ثم غادرت» وقال/قال المتحدث[explicit] (المتحدث)']);
  });

  test('a quote over two paragraphs, reopened at the second', () => {
    const text = 'وقال الوزير خالد العلي: «الفقرة الأولى من كلامه.\n«والفقرة الثانية من كلامه».';
    expect(quotes(text)).toEqual(['direct «الفقرة الأولى من كلامه.\n«والفقرة الثانية من كلامه» وقال/قال خالد العلي[explicit] (الوزير خالد العلي)']);
  });

  test('an unclosed mark ends at its paragraph', () => {
    expect(quotes('وقال الوزير خالد العلي: «كلام بلا نهاية\nفقرة أخرى لا علاقة لها.')).toEqual(['direct «كلام بلا نهاية» وقال/قال خالد العلي[explicit] (الوزير خالد العلي)']);
  });

  test('marks around a name or a term are not quotes', () => {
    expect(quotes('تبنى تنظيم «داعش» الهجوم، وسمي المشروع «الوصاية الدولية» وموقع "sport24" نشر الخبر.')).toEqual([]);
    expect(quotes('وقال لقناة “بي إن سبورتس”: “حلمت بهذه اللحظة”.')).toEqual(['direct «حلمت بهذه اللحظة» وقال/قال null']);
  });

  test('attribution after the quote', () => {
    expect(quotes('«سنواصل العمل»، قال المتحدث باسم الوزارة.')).toEqual(['direct «سنواصل العمل» قال/قال المتحدث[explicit] (المتحدث)']);
  });
});

describe('reported speech', () => {
  test('قال إن with a title and a name, then a participle', () => {
    expect(quotes('وقال الوزير خالد العلي إن الاتفاق جيد، مشيرا إلى أن التنفيذ يبدأ غدا.')).toEqual([
      'indirect «الاتفاق جيد» وقال/قال خالد العلي[explicit] (الوزير خالد العلي)',
      'indirect «التنفيذ يبدأ غدا» مشيرا/أشار خالد العلي[carried]',
    ]);
  });

  test('SVO', () => {
    expect(quotes('لافروف أكد أن موسكو لن تتراجع.')).toEqual(['indirect «موسكو لن تتراجع» أكد/أكد سيرغي لافروف[explicit] (لافروف)']);
  });

  test('a colon then a complementizer', () => {
    expect(quotes('وأضاف الوزير خالد العلي: إن الاتفاق يحفظ الحقوق.')).toEqual(['indirect «الاتفاق يحفظ الحقوق» وأضاف/أضاف خالد العلي[explicit] (الوزير خالد العلي)']);
  });

  test('a quoted fragment makes it mixed', () => {
    expect(quotes('وقال الوزير خالد العلي إن الحكومة "لن تتهاون" مع المخالفين.')).toEqual(['mixed «الحكومة "لن تتهاون" مع المخالفين» وقال/قال خالد العلي[explicit] (الوزير خالد العلي)']);
  });

  test('noun-phrase and prepositional complements', () => {
    expect(quotes('ونفى الوزير خالد العلي مزاعم تورط بلاده في الهجوم.')).toEqual(['indirect «مزاعم تورط بلاده في الهجوم» ونفى/نفى خالد العلي[explicit] (الوزير خالد العلي)']);
    expect(quotes('ودعت موسكو الجانبين إلى ضبط النفس.')).toEqual(['indirect «الجانبين إلى ضبط النفس» ودعت/دعا موسكو[explicit] (موسكو)']);
  });

  test('a name that speaks after a word of contrast ends the quote before it and says its own', () => {
    expect(quotes('وقالت الحكومة إنها أعدمت 289 شخصاً، ولكن العفو الدولية تقول إن العدد بلغ 743 شخصا.')).toEqual([
      'indirect «أعدمت 289 شخصاً» وقالت/قال الحكومة[explicit] (الحكومة)',
      'indirect «العدد بلغ 743 شخصا» تقول/قال منظمة العفو الدولية[explicit] (العفو الدولية)',
    ]);
    // a common noun after لكن is no named speaker: the clause goes on
    expect(quotes('وقال الوزير إن الاتفاق جيد لكن المعارضة تقول إنه سيء.')).toEqual(['indirect «الاتفاق جيد لكن المعارضة تقول إنه سيء» وقال/قال الوزير[explicit] (الوزير)']);
  });

  test('a relative clause speaks for itself', () => {
    expect(quotes('وانتقد الوزير الدول التي قال إنها تدعم الإرهاب.')).toEqual(['indirect «تدعم الإرهاب» قال/قال null']);
  });

  test('passives have no speaker; the journalist’s own voice is no quote', () => {
    expect(quotes('وأُعلن في وقت لاحق أن المدارس ستغلق.')).toEqual(['indirect «المدارس ستغلق» وأُعلن/أعلن null']);
    expect(quotes('يذكر أن تركيا اشترت المنظومة عام 2019. وتجدر الإشارة إلى أن العقوبات فرضت لاحقا.')).toEqual([]);
  });
});

describe('speakers', () => {
  test('a dropped subject is carried from the speaker of the same gender', () => {
    const text = 'وقالت وزيرة الصحة سلوى بن عمر إن الوضع مستقر. وقال المدير خالد العلي إن المستشفيات جاهزة. وأضافت أن الحملة مستمرة.';
    expect(quotes(text)).toEqual([
      'indirect «الوضع مستقر» وقالت/قال سلوى بن عمر[explicit] (وزيرة الصحة سلوى بن عمر)',
      'indirect «المستشفيات جاهزة» وقال/قال خالد العلي[explicit] (المدير خالد العلي)',
      'indirect «الحملة مستمرة» وأضافت/أضاف سلوى بن عمر[carried]',
    ]);
  });

  test('بدوره introduces a new speaker', () => {
    expect(quotes('وقال خالد العلي إن الاتفاق جيد. بدوره، أكد سيرغي لافروف أن التعاون مستمر.')).toEqual([
      'indirect «الاتفاق جيد» وقال/قال خالد العلي[explicit] (خالد العلي)',
      'indirect «التعاون مستمر» أكد/أكد سيرغي لافروف[explicit] (سيرغي لافروف)',
    ]);
  });

  test('an anonymous source, and المصدر referring back to it', () => {
    expect(quotes('وقال مصدر كبير في وزارة الدفاع التركية إن أنقرة مستعدة. وأضاف المصدر الذي طلب عدم ذكر اسمه «لن نتراجع».')).toEqual([
      'indirect «أنقرة مستعدة» وقال/قال مصدر كبير في وزارة الدفاع التركية[anonymous] (مصدر كبير في وزارة الدفاع التركية)',
      'direct «لن نتراجع» وأضاف/أضاف مصدر كبير في وزارة الدفاع التركية[anonymous] (المصدر)',
    ]);
  });

  test('a feminine verb with no subject points to the nearest feminine entity that acted', () => {
    expect(quotes('ودعت موسكو الجانبين إلى ضبط النفس. وقالت إنها لم ترصد أي قصف.')).toEqual([
      'indirect «الجانبين إلى ضبط النفس» ودعت/دعا موسكو[explicit] (موسكو)',
      'indirect «لم ترصد أي قصف» وقالت/قال موسكو[pronoun]',
    ]);
  });

  test('الأمين العام and المدير العام resolve to the person introduced with them', () => {
    const text = 'وقال الأمين العام لمجلس التعاون خالد بن سعيد المري: "دول المجلس تقف صفا واحدا". وأعرب الأمين العام عن تقدير دول المجلس للجهود.';
    expect(quotes(text)).toEqual([
      'direct «دول المجلس تقف صفا واحدا» وقال/قال خالد بن سعيد المري[explicit] (الأمين العام لمجلس التعاون خالد بن سعيد المري)',
      'indirect «تقدير دول المجلس للجهود» وأعرب/أعرب خالد بن سعيد المري[title] (الأمين العام)',
    ]);
  });

  test('نظيره الروسي: the counterpart the document named, else the phrase itself, never the possessor', () => {
    const first = 'قال وزير الخارجية التركي مولود جاويش أوغلو إن العلاقات قوية. وقال نظيره الروسي إن التعاون مستمر.';
    expect(quotes(first)[1]).toBe('indirect «التعاون مستمر» وقال/قال نظيره الروسي[explicit] (نظيره الروسي)');
    const named = 'التقى وزير الخارجية الروسي سيرغي لافروف في أنقرة. ' + first;
    expect(quotes(named)[1]).toBe('indirect «التعاون مستمر» وقال/قال سيرغي لافروف[title] (نظيره الروسي)');
  });

  test('the speaker phrase: المتحدث باسم الجيش is a role, not a name; نفى الوزير مزاعم … has an object', () => {
    expect(quotes('وقال المتحدث باسم الجيش أحمد المسماري إن القوات تقدمت.')).toEqual([
      'indirect «القوات تقدمت» وقال/قال أحمد المسماري[explicit] (المتحدث باسم الجيش أحمد المسماري)',
    ]);
    expect(quotes('نفى الوزير مزاعم التدخل في الشؤون الداخلية.')).toEqual(['indirect «مزاعم التدخل في الشؤون الداخلية» نفى/نفى الوزير[explicit] (الوزير)']);
  });

  test('a role resolves to the person introduced with it, including a counterpart', () => {
    const text = 'وقال وزير الخارجية الروسي أندريه فولكوف إن المحادثات مثمرة. واجتمع مع نظيره التركي كمال أرسلان. من جانبه، قال الوزير التركي إن أنقرة لن تنسحب.';
    expect(quotes(text)).toEqual([
      'indirect «المحادثات مثمرة» وقال/قال أندريه فولكوف[explicit] (وزير الخارجية الروسي أندريه فولكوف)',
      'indirect «أنقرة لن تنسحب» قال/قال كمال أرسلان[title] (الوزير التركي)',
    ]);
  });
});

describe('sources', () => {
  test('according to, before the verb', () => {
    expect(quotes('وبحسب الأناضول، أوضح الوزير التركي مولود جاويش أوغلو أن تركيا لن تتراجع.')).toEqual([
      'indirect «تركيا لن تتراجع» أوضح/أوضح مولود جاويش أوغلو[explicit] (الوزير التركي مولود جاويش أوغلو) source=وكالة الأناضول',
    ]);
  });

  test('according to, with no verb: the source speaks', () => {
    expect(quotes('ووفقا لوزارة الصحة، بلغ عدد الإصابات 40 حالة.')).toEqual(['indirect «بلغ عدد الإصابات 40 حالة» ووفقا/وفقا وزارة الصحة[explicit] (وزارة الصحة) source=وزارة الصحة']);
  });

  test('according to, after what was said: a source, not part of the quote', () => {
    expect(quotes('وأكدت الوزيرة أن "الاتفاق صامد"، بحسب وكالة الأناضول.')).toEqual(['direct «الاتفاق صامد» وأكدت/أكد الوزيرة[explicit] (الوزيرة) source=وكالة الأناضول']);
    expect(quotes('وقال المتحدث إن القوات انسحبت من البلدة، وفقا لرويترز.')).toEqual(['indirect «القوات انسحبت من البلدة» وقال/قال المتحدث[explicit] (المتحدث) source=وكالة رويترز']);
    // no comma: بحسب الخطة belongs to what was said
    expect(quotes('وقال المتحدث إن القوات انسحبت بحسب الخطة.')).toEqual(['indirect «القوات انسحبت بحسب الخطة» وقال/قال المتحدث[explicit] (المتحدث)']);
  });

  test('بحسب ما قاله X: X is the speaker, not a source; the relative clause after is X speaking again', () => {
    expect(quotes('«سلامة الطرق خط أحمر»، بحسب ما قاله اللواء فيصل العنزي، الذي دعا المواطنين إلى الإبلاغ عن أي عروض مشبوهة.')).toEqual([
      'direct «سلامة الطرق خط أحمر» بحسب/بحسب فيصل العنزي[explicit] (اللواء فيصل العنزي)',
      'indirect «المواطنين إلى الإبلاغ عن أي عروض مشبوهة» دعا/دعا فيصل العنزي[explicit] (فيصل العنزي)',
    ]);
    expect(quotes('وبحسب ما قاله الوزير خالد العلي، فإن المفاوضات متعثرة.')).toEqual([
      'indirect «المفاوضات متعثرة» وبحسب/بحسب خالد العلي[explicit] (الوزير خالد العلي)',
    ]);
  });

  test('according to a role, with its holder after a title or in apposition', () => {
    const expected = ['indirect «تمكنت الشرطة من ضبط 4 أشخاص» وفقًا/وفقا عبدالعزيز الصولي[explicit] (لمدير شرطة منطقة مكة المكرمة، اللواء عبدالعزيز الصولي) source=عبدالعزيز الصولي'];
    expect(quotes('تمكنت الشرطة من ضبط 4 أشخاص، وفقًا لمدير شرطة منطقة مكة المكرمة، اللواء عبدالعزيز الصولي.')).toEqual(expected);
    // a verb with its conjunction after the apposition says something new, with its subject dropped
    expect(quotes('تمكنت الشرطة من ضبط 4 أشخاص، وفقًا لمدير شرطة منطقة مكة المكرمة، اللواء عبدالعزيز الصولي، وقال: إن العمل جار.')).toEqual([
      ...expected,
      'indirect «العمل جار» وقال/قال عبدالعزيز الصولي[pronoun]',
    ]);
    // a name in the role's genitive is not the source
    expect(quotes('وجددت الحكومة، وعلى لسان المتحدث باسم رئيس الوزراء حيدر العبادي، موقفها الثابت.')).toEqual([
      'indirect «موقفها الثابت» وعلى لسان/على لسان المتحدث باسم رئيس الوزراء حيدر العبادي[explicit] (المتحدث باسم رئيس الوزراء حيدر العبادي) source=المتحدث باسم رئيس الوزراء حيدر العبادي',
    ]);
  });

  test('على لسان and وفقا لـ, with and without a conjunction', () => {
    expect(quotes('وجاء على لسان المتحدث أن الوضع هادئ.')).toEqual(['indirect «الوضع هادئ» على لسان/على لسان المتحدث[explicit] (المتحدث) source=المتحدث']);
    expect(quotes('وعلى لسان المتحدث، فإن الوضع هادئ.')).toEqual(['indirect «الوضع هادئ» وعلى لسان/على لسان المتحدث[explicit] (المتحدث) source=المتحدث']);
    expect(quotes('وفقا لوزارة الصحة، ارتفع عدد الإصابات.')).toEqual(['indirect «ارتفع عدد الإصابات» وفقا/وفقا وزارة الصحة[explicit] (وزارة الصحة) source=وزارة الصحة']);
  });

  test('an agency passing on what someone said', () => {
    expect(quotes('ونقلت وكالة تاس عن المتحدثة باسم الخارجية الروسية يلينا سوروكينا قولها إن الضربات استهدفت منشآت عسكرية.')).toEqual([
      'indirect «الضربات استهدفت منشآت عسكرية» ونقلت/نقل يلينا سوروكينا[explicit] (المتحدثة باسم الخارجية الروسية يلينا سوروكينا) source=وكالة تاس',
    ]);
  });
});

describe('a statement with no verb', () => {
  test('X في تصريحات / في بيان: «…»: the noun phrase before في speaks', () => {
    expect(quotes('وزير الخارجية الفرنسي في تصريحات صحفية: «الحوار مستمر».')).toEqual([
      'direct «الحوار مستمر» في تصريحات/في تصريحات وزير الخارجية الفرنسي[explicit] (وزير الخارجية الفرنسي)',
    ]);
    expect(quotes('وزارة الخارجية في بيان: «الحوار مستمر».')).toEqual(['direct «الحوار مستمر» في بيان/في بيان وزارة الخارجية[explicit] (وزارة الخارجية)']);
  });

  test('a verb before the phrase keeps the verb as the cue', () => {
    expect(quotes('قال وزير الخارجية الفرنسي في تصريحات صحفية: «الحوار مستمر».')).toEqual([
      'direct «الحوار مستمر» قال/قال وزير الخارجية الفرنسي[explicit] (وزير الخارجية الفرنسي)',
    ]);
  });

  test('no quote marks and no complementizer: nothing is quoted', () => {
    expect(quotes('وزير الخارجية الفرنسي في تصريحات صحفية أمس.')).toEqual([]);
  });
});

describe('a role with its place before the name', () => {
  test('مدير … في الأمانة خالد الزهراني: the name after the place of the role speaks', () => {
    expect(quotes('بدوره، قال مدير إدارة الطوارئ في الأمانة خالد الزهراني إن البلاغات لم تتجاوز 300 بلاغ.')).toEqual([
      'indirect «البلاغات لم تتجاوز 300 بلاغ» قال/قال خالد الزهراني[explicit] (مدير إدارة الطوارئ في الأمانة خالد الزهراني)',
    ]);
  });

  test('a title word that ends a name is no title of the words after it; a place of the role before a name is', () => {
    // السلطان ends the family's name: the rules' reading of تدشين as a name after the title السلطان is no speaker
    expect(quotes('وأعلن قائد القوات البحرية الملكية السعودية الفريق ركن عبدالله بن سلطان السلطان تدشين جسر جوي للإغاثة بين السعودية واليمن.')).toEqual([
      'indirect «تدشين جسر جوي للإغاثة بين السعودية واليمن» وأعلن/أعلن عبدالله بن سلطان السلطان[explicit] (قائد القوات البحرية الملكية السعودية الفريق ركن عبدالله بن سلطان السلطان)',
    ]);
    expect(quotes('وقال المتحدث باسم مجلس المقاومة في عدن علي الأحمدي إن خدمات المياه ستعود قريبا.')).toEqual([
      'indirect «خدمات المياه ستعود قريبا» وقال/قال علي الأحمدي[explicit] (المتحدث باسم مجلس المقاومة في عدن علي الأحمدي)',
    ]);
  });

  test('a name joined by و to one after a preposition is no subject of the verb after it', () => {
    const text = 'وقال مدرب الفريق إن اللاعب جاهز للمباراة في الملعب هذا الموسم. وعن توقعاته لمباراة السوبر بين الهلال والنصر قال: «صعب التوقع بنتيجة المباراة».';
    expect(quotes(text)[1]).toBe('direct «صعب التوقع بنتيجة المباراة» قال/قال مدرب الفريق[pronoun]');
  });

  test('without a name after it, the role speaks', () => {
    expect(quotes('وقال المدير في الشركة إن الأرباح تراجعت.')).toEqual(['indirect «الأرباح تراجعت» وقال/قال المدير[explicit] (المدير)']);
  });
});

describe('after an "according to" clause', () => {
  test('quotes in the next paragraphs are still found', () => {
    const text = 'وبحسب لائحة الاتهام، تسببت العبوات في وفاة طفلين.\nوقال المحامي عادل منصور للصحفيين: "موكلي كان ضحية".\nوأضاف منصور: "سنطعن على الحكم".';
    expect(quotes(text)).toEqual([
      'indirect «تسببت العبوات في وفاة طفلين» وبحسب/بحسب لائحة الاتهام[explicit] (لائحة الاتهام) source=لائحة الاتهام',
      'direct «موكلي كان ضحية» وقال/قال عادل منصور[explicit] (المحامي عادل منصور)',
      'direct «سنطعن على الحكم» وأضاف/أضاف عادل منصور[explicit] (منصور)',
    ]);
  });

  test('a medium the lexicons do not know passes on what a relative said', () => {
    expect(quotes('ونقلت وسائل إعلام محلية عن والدة أحد الضحايا قولها: "لن يعيد الحكم ابني".')).toEqual([
      'direct «لن يعيد الحكم ابني» ونقلت/نقل والدة أحد الضحايا[explicit] (والدة أحد الضحايا) source=وسائل إعلام محلية',
    ]);
  });
});

describe('quoted names are not quotes', () => {
  test('a short form in marks after a name, a quoted name before its verb', () => {
    expect(quotes('وتطالب موسكو كييف بالتخلي عن خططها للانضمام إلى حلف شمال الأطلسي "ناتو".')).toEqual([]);
    expect(quotes('ومن المعروف أن «أرامكو» تعد أكبر شركة منتجة للنفط في العالم.')).toEqual([]);
    expect(quotes('انتهت مواجهة «الديربي» بين النصر والشباب بالتعادل.')).toEqual([]);
  });

  test('a quote with a comma before its verb is still attributed by it', () => {
    expect(quotes('«لن نتراجع»، قال المتحدث.')).toEqual(['direct «لن نتراجع» قال/قال المتحدث[explicit] (المتحدث)']);
  });
});

describe('"according to" at the end of a sentence with no verb', () => {
  test('the sentence before the comma is what the source said; المسؤول later is the same source', () => {
    const text = 'تعرضت قاعدة عين الأسد الجوية لهجوم بطائرتين مسيرتين فجر الجمعة، بحسب ما أفاد مسؤول أمريكي.\nوقال المسؤول الذي طلب عدم الكشف عن اسمه »أسقطت الدفاعات الجوية إحدى الطائرتين«.';
    expect(quotes(text)).toEqual([
      'indirect «تعرضت قاعدة عين الأسد الجوية لهجوم بطائرتين مسيرتين فجر الجمعة» بحسب/بحسب مسؤول أمريكي[anonymous] (مسؤول أمريكي)',
      'direct «أسقطت الدفاعات الجوية إحدى الطائرتين» وقال/قال مسؤول أمريكي[anonymous] (المسؤول)',
    ]);
  });

  test('a plan is no source', () => {
    expect(quotes('وسيتم تنفيذ المشروع على مراحل، وفقا للخطة.')).toEqual([]);
  });

  test('an agency with its short name in brackets passes on what the spokesman said', () => {
    expect(quotes('ونقلت وكالة الأنباء السعودية (واس) عن المتحدث قوله إن فرق الإسعاف نفذت 9 آلاف مهمة.')).toEqual([
      'indirect «فرق الإسعاف نفذت 9 آلاف مهمة» ونقلت/نقل المتحدث[explicit] (المتحدث) source=وكالة الأنباء السعودية',
    ]);
  });
});

describe('organizations introduced by their head word', () => {
  test('وقال بنك جولدمان ساكس: the bank speaks; وكالة stays outside the entity but inside the mention', () => {
    expect(quotes('وقال بنك جولدمان ساكس في مذكرة "قرار الإبقاء على السياسة كان متوقعا".')).toEqual([
      'direct «قرار الإبقاء على السياسة كان متوقعا» وقال/قال غولدمان ساكس[explicit] (بنك جولدمان ساكس)',
    ]);
    expect(quotes('وذكرت وكالة رويترز أن الاجتماع انتهى.')).toEqual(['indirect «الاجتماع انتهى» وذكرت/ذكر وكالة رويترز[explicit] (وكالة رويترز)']);
  });
});

describe('an organization the lexicons do not know', () => {
  test('its head word and name speak, unresolved', () => {
    expect(quotes('وقالت جمعية أصدقاء البيئة في بيان إن التلوث ارتفع.')).toEqual(['indirect «التلوث ارتفع» وقالت/قال جمعية أصدقاء البيئة[explicit] (جمعية أصدقاء البيئة)']);
  });
});

describe('speakers from real wire copy', () => {
  test('a company named after a person is the company', () => {
    expect(quotes('أعلنت شركة أبناء عبدالله عبدالمحسن الخضري في بيان إلحاقي، عن إكتمال توقيع العقد.')).toEqual([
      'indirect «إكتمال توقيع العقد» أعلنت/أعلن شركة أبناء عبدالله عبدالمحسن الخضري[explicit] (شركة أبناء عبدالله عبدالمحسن الخضري)',
    ]);
  });

  test('the body after باسم, then the name', () => {
    expect(quotes('ونقلت وسائل إعلام محلية عن المتحدث الرسمي باسم رئاسة الجمهورية خالد شواني قوله: “التصريحات شخصية”.')).toEqual([
      'direct «التصريحات شخصية» ونقلت/نقل خالد شواني[explicit] (المتحدث الرسمي باسم رئاسة الجمهورية خالد شواني) source=وسائل إعلام محلية',
    ]);
  });

  test('a plural verb with no subject is no one person', () => {
    expect(quotes('واجتمع الأهالي مع الوزير خالد العلي، وأصدروا بيانا قالوا فيه: اجتمعنا كي نعيد تذكير المسؤولين.')).toEqual([
      'indirect «اجتمعنا كي نعيد تذكير المسؤولين» قالوا/قال null',
    ]);
  });
});

describe('names in marks around a quote', () => {
  test('a title and its body in marks speak; a channel name in marks is no quote', () => {
    const text = 'وأعلنت رئيسة «اتحاد جمعيات الصحافيين الإسبان» يوم الثلاثاء أن ثلاثة صحافيين فقدوا. وقالت إلسا غونزاليس في تصريح إلى محطة التلفزيون العامة الإسبانية «تي في أي»، «بإمكاننا فقط التحدث عن اختفاء».';
    expect(quotes(text)).toEqual([
      'indirect «ثلاثة صحافيين فقدوا» وأعلنت/أعلن رئيسة «اتحاد جمعيات الصحافيين الإسبان»[explicit] (رئيسة «اتحاد جمعيات الصحافيين الإسبان»)',
      'direct «بإمكاننا فقط التحدث عن اختفاء» وقالت/قال إلسا غونزاليس[explicit] (إلسا غونزاليس)',
    ]);
  });
});

describe('first-person verbs outside quote marks', () => {
  test('a name spelled like a first-person verb (وإدنا عدن) is no cue', () => {
    expect(quotes('وضمت القائمة حواء عبدي وإدنا عدن (الصومال)، وملالا يوسفزاي (باكستان).')).toEqual([]);
  });

  test('coordinated roles stay one speaker', () => {
    expect(quotes('وقالت الكاتبة والناشطة الأمريكية: «تشرفت بالعمل معهن».')).toEqual([
      'direct «تشرفت بالعمل معهن» وقالت/قال الكاتبة والناشطة الأمريكية[explicit] (الكاتبة والناشطة الأمريكية)',
    ]);
  });
});

describe('noun-phrase complements', () => {
  test('أكد على …, أكد حرص …: what was asserted', () => {
    expect(quotes('وأكد وزير التعليم عزام الدخيل في الاجتماع على أهمية مراعاة سلامة الطلاب.')).toEqual([
      'indirect «أهمية مراعاة سلامة الطلاب» وأكد/أكد عزام الدخيل[explicit] (وزير التعليم عزام الدخيل)',
    ]);
  });

  test('a place word between the subject and the object', () => {
    expect(quotes('حذرت المديرية العامة للأرصاد الجوية في سلطنة عمان من تأثر محافظة ظفار بحالة مدارية.')).toEqual([
      'indirect «تأثر محافظة ظفار بحالة مدارية» حذرت/حذر المديرية العامة للأرصاد الجوية[explicit] (المديرية العامة للأرصاد الجوية)',
    ]);
  });
});

describe('names in marks next to the verb', () => {
  test('قال "عسيري" …: the name in marks is the subject', () => {
    expect(quotes('وعن وصول الطائرة قال "عسيري" في حديث تلفزيوني: "إن الطائرة سعودية".')).toEqual(['direct «إن الطائرة سعودية» قال/قال عسيري[explicit] (عسيري)']);
  });

  test('an agency in marks after a quote continues no quote; a one-word name before حسب is no quote', () => {
    expect(quotes('وأضاف: «تظهر الدراسات أن النساء سرحن من العمل»، في تصريح لوكالة أنباء «إيسنا».')).toEqual([
      'direct «تظهر الدراسات أن النساء سرحن من العمل» وأضاف/أضاف null',
    ]);
    expect(quotes('وجاءت «شيمه» حسب ترتيب الشعراء في المسابقة.')).toEqual([]);
  });

  test('استنادا إلى names a source only when it is one', () => {
    expect(quotes('واستنادا إلى تعاليم الدين الحنيف، ننصر أخانا ظالما أو مظلوما.')).toEqual([]);
  });
});
