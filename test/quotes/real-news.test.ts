// Layouts of real news copy the first rules missed: straight marks that open a second quote before the
// first one closed, a quote closed in the next paragraph, "according to" phrases that name no one, long
// quotations with no verb of saying, abbreviated titles and family names.
import { createAnalyzer } from '../../src/index.js';

// These tests are of the quote and coref stages, given the entities the lexicons and rules find: the
// learned model's own choices (it may drop a rule's name) are tested in test/entities/.
const { analyze } = createAnalyzer({ tagger: false });

/** kind «content» speaker */
const quotes = (text: string): string[] => analyze(text).quotes.map((q) => `${q.kind} «${q.text}» ${q.speaker?.name ?? null}`);

describe('straight quote marks', () => {
  test('a mark against the next word opens a new quote; the open one ends at its full stop', () => {
    const text = 'كما نص القرار على أن "تتولى القوات المسلحة حفظ الأمن بالمنطقة. وأيضا على أن "يعاقب بالسجن كل من يخالف الأوامر".';
    const a = analyze(text);
    expect(a.quotes.map((q) => q.text)).toContain('يعاقب بالسجن كل من يخالف الأوامر');
    expect(a.quotes.some((q) => q.text.includes('وأيضا'))).toBe(false);
  });

  test('… or, with no full stop, at its last comma', () => {
    const text = 'وقال الوزير خالد العلي "إن الأطفال يتعرضون لسوء معاملة منذ عقد، وأن "التعديلات الأخيرة لم تغير شيئا".';
    expect(quotes(text)).toEqual(['direct «إن الأطفال يتعرضون لسوء معاملة منذ عقد» خالد العلي', 'direct «التعديلات الأخيرة لم تغير شيئا» خالد العلي']);
  });

  test('a quote opened in one paragraph and closed in the next is one quote', () => {
    const text = 'وقال الوزير خالد العلي إن "هناك فرصا كثيرة في منطقتنا.\nولذلك يتوجب على الحكومات أن تعمل معا ".';
    expect(quotes(text)).toEqual(['direct «هناك فرصا كثيرة في منطقتنا.\nولذلك يتوجب على الحكومات أن تعمل معا» خالد العلي']);
  });
});

describe('"according to" needs someone who said it', () => {
  test('a law, a standard or a possessed noun is no source', () => {
    expect(quotes('وتنفذ المحاكم العقوبات وفقا للقانون، ويحاكم المتهمون وفقا للنظام العسكري المعمول به في البلاد.')).toEqual([]);
    expect(quotes('وحدد رئيس الحكومة وفقا لاختصاصاته موعد الانتخابات.')).toEqual([]);
  });

  test('a document or a name the lexicons do not know is one', () => {
    expect(quotes('وحسب وثائق المحكمة، بلغ مجموع المبالغ المحولة نحو 190 ألف يورو.')).toEqual(['indirect «بلغ مجموع المبالغ المحولة نحو 190 ألف يورو» وثائق المحكمة']);
  });

  test('a body named by a plural and a nisba is one (بحسب الاستخبارات الأمريكية), a law with a nisba is not', () => {
    expect(quotes('وبحسب الاستخبارات الأمريكية فإن الفضلي كان من المقاتلين القلائل في تنظيم القاعدة.')).toEqual([
      'indirect «الفضلي كان من المقاتلين القلائل في تنظيم القاعدة» الاستخبارات الأمريكية',
    ]);
    expect(quotes('وحسب الدستور الأمريكي فإن الرئيس لا يترشح لولاية ثالثة.')).toEqual([]);
  });

  test('the clause after the source ends where a participle goes on', () => {
    const text = 'وقال المهندس كمال القبلي إن المشاريع تتعثر. ووفقا للقبلي فإن اختيار السعر الأقل شجع المقاولين غير الأكفاء، مضيفا: "وهكذا تستمر سلسلة المشاريع المتعثرة".';
    expect(quotes(text)).toEqual([
      'indirect «المشاريع تتعثر» كمال القبلي',
      'indirect «اختيار السعر الأقل شجع المقاولين غير الأكفاء» كمال القبلي',
      'direct «وهكذا تستمر سلسلة المشاريع المتعثرة» كمال القبلي',
    ]);
  });
});

describe('speakers written in real copy', () => {
  test('a long quotation with no verb of saying is said by the subject of its clause', () => {
    const text = 'وحدد القرار الذي أصدره رئيس الحكومة فرض حالة الطوارئ "في المنطقة الممتدة من العريش حتى خط الحدود الدولية في رفح".';
    expect(quotes(text)).toEqual(['direct «في المنطقة الممتدة من العريش حتى خط الحدود الدولية في رفح» القرار']);
  });

  test('an abbreviated title before the name', () => {
    const a = analyze('من جانبه رأى د. فرانك أليسون خبير تسويق التقنيات أن هناك حلولا علمية لتنويع مصادر الدخل.');
    expect(a.quotes.map((q) => [q.speaker?.name, q.speaker?.text])).toEqual([['فرانك أليسون', 'د. فرانك أليسون']]);
  });

  test('a family name after the name found, and alone later (آل صقر)', () => {
    const text = 'وأشار عضو مجلس الأعمال محمد بن فيصل آل صقر إلى أن الكويت أعلنت عجزا. وأضاف آل صقر أن القيادة حريصة على دعم الأبحاث.';
    expect(quotes(text)).toEqual(['indirect «الكويت أعلنت عجزا» محمد بن فيصل آل صقر', 'indirect «القيادة حريصة على دعم الأبحاث» محمد بن فيصل آل صقر']);
  });

  test('a role, where it sits, and its holder after a title, with no comma (آية الله is no one\'s name)', () => {
    expect(quotes('دعا المرجع الشيعي الأعلى في العراق آية الله علي السيستاني رئيس الوزراء حيدر العبادي اليوم الجمعة للضرب بيد من حديد.')).toEqual([
      'indirect «رئيس الوزراء حيدر العبادي اليوم الجمعة للضرب بيد من حديد» علي السيستاني',
    ]);
  });

  test('an indefinite report right after the verb, with its adjectives and whose it is, says the noun phrase after it', () => {
    expect(quotes('وأكدت دراسة حديثة ارتفاع معدلات السمنة بين الأطفال.')).toEqual(['indirect «ارتفاع معدلات السمنة بين الأطفال» دراسة حديثة']);
    expect(quotes('وتوقعت دراسة للمركز المصري للدراسات الاقتصادية تضاعف الناتج المحلي للإقليم.')).toEqual([
      'indirect «تضاعف الناتج المحلي للإقليم» دراسة للمركز المصري للدراسات الاقتصادية',
    ]);
  });

  test('a family name alone after the full name: the same person, not a role', () => {
    const text = 'وأوضح رئيس اللجنة الهندسية المهندس كمال القبلي أن التعثر يعني التوقف. وأكد المهندس القبلي ندرة الآليات السريعة.';
    const a = analyze(text);
    expect(a.quotes.map((q) => [q.speaker?.name, q.speaker?.resolution])).toEqual([['كمال القبلي', 'explicit'], ['كمال القبلي', 'explicit']]);
    expect(new Set(a.quotes.map((q) => q.speaker?.entityId)).size).toBe(1);
  });
});

describe('headlines in the agencies\' "who: what" form', () => {
  test('a name or a role, a colon, and the statement up to the line end or the dateline', () => {
    const text = 'رايس: إسرائيل لديها مصلحة في قيام دولة فلسطينية\nالقدس 2 مايو\nقالت كوندوليزا رايس إن إسرائيل تملك مصلحة في ذلك.';
    const a = analyze(text);
    expect(a.quotes.map((q) => `${q.kind} «${q.text}» ${q.cue?.text} ${q.speaker?.name}`)).toEqual([
      'direct «إسرائيل لديها مصلحة في قيام دولة فلسطينية» : كوندوليزا رايس',
      'indirect «إسرائيل تملك مصلحة في ذلك» قالت كوندوليزا رايس',
    ]);
    const lead = 'وزير كوري: حل القضية النووية يجب أن يتم بطرق سلمية أبوظبي 3 مايو/شينخوا/أكد يون جينسنك وزير التجارة الكوري أن الأزمة ستحل.';
    expect(analyze(lead).quotes.map((q) => `«${q.text}» ${q.speaker?.name}`)).toEqual(['«حل القضية النووية يجب أن يتم بطرق سلمية» يون جينسنك', '«الأزمة ستحل» يون جينسنك']);
  });

  test('a label, a link line or an example is no speaker', () => {
    expect(quotes('السيناريو الثاني: طهران وصلت إلى قناعة راسخة بضعف خصومها في المنطقة.')).toEqual([]);
    expect(quotes('رابط الخبر بصحيفة الوئام: وزير الخارجية يرحب بأي اتفاق يمنع السلاح النووي')).toEqual([]);
    expect(quotes('مثال آخر: قبض علي رجل مرور متلبسا بقطع إشارة فبدأت أكتب عن المرور.')).toEqual([]);
  });
});

describe('attributions after what was said', () => {
  test('"according to" ending the sentence, with or without a comma', () => {
    expect(quotes('وبلغ النمو السعودي 3.5 في المئة عام 2014 وفقا لصندوق النقد الدولي.')).toEqual(['indirect «وبلغ النمو السعودي 3.5 في المئة عام 2014» صندوق النقد الدولي']);
    expect(quotes('وسجلت المملكة عجزها الأول في الميزانية منذ عام 2002، وفقا لأرقام نشرتها مؤسسة النقد.')).toEqual(['indirect «وسجلت المملكة عجزها الأول في الميزانية منذ عام 2002» أرقام نشرتها مؤسسة النقد']);
    // (فقد after the source resumes the clause, as a complementizer would: it is not part of what was said)
    expect(quotes('ووفق احصائيات ادارة السجون فقد بلغ عدد المعتقلين 163 طفلا.')).toEqual(['indirect «بلغ عدد المعتقلين 163 طفلا» احصائيات ادارة السجون']);
  });

  test('a source after a comma in mid-sentence is given for the clause before it, not for what follows it', () => {
    expect(quotes('قتل 30 شخصا على الأقل في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق، بحسب ما أفادت مصادر أمنية وطبية أمس، في هجمات تبنى بعضها التنظيم.')).toEqual([
      'indirect «قتل 30 شخصا على الأقل في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق» مصادر أمنية وطبية',
    ]);
    expect(quotes('فازت خمس شركات كورية بصفقات ضخمة لتنفيذ مشروع المصفاة، بحسب ما نقلته تقارير إخبارية أمس.')).toEqual([
      'indirect «فازت خمس شركات كورية بصفقات ضخمة لتنفيذ مشروع المصفاة» تقارير إخبارية',
    ]);
    // a complementizer after the source opens the clause it says
    expect(quotes('وارتفعت الأسعار في الأسواق المحلية خلال الشهر الماضي، وبحسب مصادر مطلعة فإن الحكومة ستتدخل قريبا.')).toEqual([
      'indirect «الحكومة ستتدخل قريبا» مصادر مطلعة',
    ]);
  });

  test('a source in quote marks without ل (وبحسب "ناسا"، …), before or after what it said', () => {
    expect(quotes('وبحسب "ناسا"، التقط المرصد هذه الصور في السادس من يوليو الجاري.')).toEqual(['indirect «التقط المرصد هذه الصور في السادس من يوليو الجاري» ناسا']);
    expect(quotes('وبحسب "الفرنسية"، فقد قامت الحكومة بخفض الديون في الأشهر الأخيرة.')).toEqual(['indirect «قامت الحكومة بخفض الديون في الأشهر الأخيرة» الفرنسية']);
    expect(quotes('ويدعم التطبيق الجديد خمسين لغة بينها العربية بحسب "سكاي نيوز".')).toEqual(['indirect «ويدعم التطبيق الجديد خمسين لغة بينها العربية» سكاي نيوز']);
  });

  test('كما تقول X, على ما أعلنت X: the clause before is what X said; a negated verb says nothing', () => {
    const text = 'ولا يعلن المتمردون عادة مسؤوليتهم عن الهجمات، كما تقول بعثة الأمم المتحدة في تقرير نشر هذا الأسبوع.';
    expect(analyze(text).quotes.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([['ولا يعلن المتمردون عادة مسؤوليتهم عن الهجمات', 'كما تقول', 'بعثة الأمم المتحدة']]);
    const text2 = 'وقتل 1592 شخصا في أعمال العنف، على ما أعلنت بعثة الأمم المتحدة في تقرير بهذا الخصوص.';
    expect(analyze(text2).quotes.map((q) => [q.text, q.cue?.text, q.speaker?.name])).toEqual([['وقتل 1592 شخصا في أعمال العنف', 'على ما أعلنت', 'بعثة الأمم المتحدة']]);
    expect(quotes('ولم يشر الوزير إلى أن الاتفاق سيوقع قريبا.')).toEqual([]);
  });
});

describe('where what was said ends', () => {
  test('a noun phrase said ends before the writer explains it (، وذلك، وهو); a clause after إن keeps it', () => {
    expect(quotes('وأعلن الوزير خالد العلي تدشين جسر جوي للإغاثة بين السعودية واليمن، وذلك بعد إعادة فتح مطار عدن.')).toEqual([
      'indirect «تدشين جسر جوي للإغاثة بين السعودية واليمن» خالد العلي',
    ]);
    expect(quotes('وقال الوزير خالد العلي إن الوضع صعب، وهو ما يتطلب تدخلا عاجلا.')).toEqual(['indirect «الوضع صعب، وهو ما يتطلب تدخلا عاجلا» خالد العلي']);
  });

  test('a coordinator that opens what was said (إنه بينما …) ends none of it', () => {
    expect(quotes('وقال الدكتور سيلسو كارفالهو إنه بينما يعد ذلك أمرا عاديا تقدم النتائج دليلا جديدا.')).toEqual([
      'indirect «بينما يعد ذلك أمرا عاديا تقدم النتائج دليلا جديدا» سيلسو كارفالهو',
    ]);
  });

  test('a turn (من جهته) before a verb of saying ends what the last speaker said', () => {
    expect(quotes('وحذرت السفارة من أن القمة قد تكون هدفا محتملا للإرهابيين، من جهته قال الرئيس الكيني أوهورو كينياتا إن القمة تقدم وجها آخر.')).toEqual([
      'indirect «القمة قد تكون هدفا محتملا للإرهابيين» السفارة',
      'indirect «القمة تقدم وجها آخر» أوهورو كينياتا',
    ]);
  });
});

describe('words that look like cues and are not', () => {
  test('a verbal noun after عدم or a preposition, a word after إن, a conjunction\'s أن', () => {
    const text = 'وبينت المصادر ــ فضلت عدم ذكر اسمها ــ أن الوزارة تتطلع إلى تحديد موعد.';
    expect(quotes(text)).toEqual(['indirect «الوزارة تتطلع إلى تحديد موعد» المصادر']);
    expect(quotes('وقد اتحد المقالان في وصف البؤس الإداري، والترهل الوظيفي لهذه الإدارة.')).toEqual([]);
    expect(quotes('وانتقد الكوادر الحركة لتكتمها في حين أنه توفي قبل عامين.')).toEqual([]);
  });

  test('a verb after a relative clause of another verb is the main clause\'s', () => {
    const text = 'وعن العلاقات التي تربط بين كوريا الجنوبية والصين قال الوزير الكوري إنها علاقات قوية.';
    expect(analyze(text).quotes.map((q) => [q.cue?.text, q.text, q.speaker?.text])).toEqual([['قال', 'علاقات قوية', 'الوزير الكوري']]);
  });

  test('بالقول goes on with the subject of its clause', () => {
    const text = 'وقالت مصادر ميدانية إن الغارات استمرت. واسترسلت المصادر بالقول إن بعض الأسر رفضت تسلم الجثث.';
    expect(analyze(text).quotes.map((q) => [q.cue?.text, q.text, q.speaker?.name])).toEqual([
      ['وقالت', 'الغارات استمرت', 'مصادر ميدانية'],
      ['بالقول', 'بعض الأسر رفضت تسلم الجثث', 'مصادر ميدانية'],
    ]);
  });
});

describe('وزاد, "he added"', () => {
  test('with a complementizer or a colon it goes on with the speaker; increased, exceeded, "the more" it is not', () => {
    expect(quotes('وقال الوزير خالد العلي إن الوضع صعب. وزاد أن الحكومة ستتحرك قريبا.')).toEqual([
      'indirect «الوضع صعب» خالد العلي',
      'indirect «الحكومة ستتحرك قريبا» خالد العلي',
    ]);
    expect(quotes('وعندما زاد عليه المرض فكر أن يسافر. وكلما زاد الطلب زاد عدد السعرات التي من المرجح أن يستهلكها.')).toEqual([]);
  });
});

describe('no quote where nothing is said', () => {
  test('a refusal to speak, initials in marks, the writer\'s relative (بما أشار)', () => {
    const text = 'وصرح مسؤول تركي رفض الكشف عن هويته «نؤكد أن المنفذ رجل في العشرين». والشاب المشار إليه بالأحرف «ش أ أ» التحق بالتنظيم.';
    expect(analyze(text).quotes.map((q) => [q.cue?.text, q.text, q.speaker?.name])).toEqual([['وصرح', 'نؤكد أن المنفذ رجل في العشرين', 'مسؤول تركي']]);
    expect(quotes('وتراجعت الأسعار في يوليو بما أشار إلى أن البيانات كان يمكن أن تأتي أضعف.')).toEqual([]);
  });
});

describe('unnamed sources and whom they told', () => {
  test('an unnamed source sits in a place or body named after its head word; reports speak as unnamed sources', () => {
    expect(quotes('وذكر مسؤول في مطار عدن الدولي أن طائرة هبطت في المطار.')).toEqual(['indirect «طائرة هبطت في المطار» مسؤول في مطار عدن الدولي']);
    expect(quotes('وذكرت تقارير إعلامية أن المفاوضات توقفت.')).toEqual(['indirect «المفاوضات توقفت» تقارير إعلامية']);
    expect(quotes('وقالت قاضية أميركية في مانهاتن، أول من أمس، إن القضية معقدة.')).toEqual(['indirect «القضية معقدة» قاضية أميركية']);
    expect(quotes('وتبدأ الدراسة الأحد المقبل، حسبما أفادت وسائل إعلام رسمية.')).toEqual(['indirect «وتبدأ الدراسة الأحد المقبل» وسائل إعلام رسمية']);
    // (a name right after the definite genitive is the verb's object)
    expect(quotes('واتهمت وسائل الإعلام الاتحاد الأوروبي بالتقصير.')).toEqual(['indirect «الاتحاد الأوروبي بالتقصير» وسائل الإعلام']);
  });

  /** kind «content» speaker-as-written => speaker name */
  const said = (text: string): string[] => analyze(text).quotes.map((q) => `${q.kind} «${q.text}» ${q.speaker?.text ?? '-'} => ${q.speaker?.name ?? null}`);

  test('the paper or the agency a source spoke to is not part of the source', () => {
    expect(said('وقالت مصادر أمنية لـ«الشرق الأوسط» إن الهجوم استهدف نقطة تفتيش قرب المطار.')).toEqual(['indirect «الهجوم استهدف نقطة تفتيش قرب المطار» مصادر أمنية => مصادر أمنية']);
    expect(said('وأكد مسؤول محلي لوكالة الأنباء الألمانية أن القصف توقف مساء أمس.')).toEqual(['indirect «القصف توقف مساء أمس» مسؤول محلي => مسؤول محلي']);
    // … nor does it stand between the verb and its preposition
    expect(said('وكشف مصدر مطلع لـ«عكاظ» عن خطة جديدة لتطوير الميناء.')).toEqual(['indirect «خطة جديدة لتطوير الميناء» مصدر مطلع => مصدر مطلع']);
  });

  test('"according to what X said": the day it was said stands between the verb and who said it', () => {
    const text = 'وانهار مبنى سكني في وسط المدينة، بحسب ما أفاد الثلاثاء مسؤول في الدفاع المدني. وقال المسؤول إن فرق الإنقاذ انتشلت ثلاث جثث.';
    expect(said(text)).toEqual([
      'indirect «وانهار مبنى سكني في وسط المدينة» مسؤول في الدفاع المدني => مسؤول في الدفاع المدني',
      'indirect «فرق الإنقاذ انتشلت ثلاث جثث» المسؤول => مسؤول في الدفاع المدني',
    ]);
  });

  test('a back-reference finds its source without the object the source confirmed', () => {
    // (what the source confirmed, a noun phrase, is a quote of its own)
    expect(said('وأكدت مصادر طبية حصيلة الضحايا. وقالت المصادر إن بين القتلى طفلين.')).toEqual([
      'indirect «حصيلة الضحايا» مصادر طبية => مصادر طبية',
      'indirect «بين القتلى طفلين» المصادر => مصادر طبية',
    ]);
  });
});

describe('a participle goes on with its own clause', () => {
  test('past a lead phrase before a comma (وأمام ذلك، من جهة أخرى،) to the verb and its subject', () => {
    const text = 'تخلف محمد الأحمد لاعب الفريق عن السفر مع البعثة إلى تركيا. وأمام ذلك، استغرب رئيس النادي المكلف من غياب اللاعب، مشيرا إلى أنه لاعب محترف يعرف الأنظمة.';
    expect(quotes(text)).toEqual(['indirect «لاعب محترف يعرف الأنظمة» رئيس النادي المكلف']);
  });
});

describe('a cue with its own object', () => {
  test('لفت النظر، لافتا الانتباه: the object is part of the cue, not the speaker', () => {
    const a = analyze('وقال الوزير خالد العلي إن الخطة جاهزة، لافتا الانتباه إلى أن التنفيذ يبدأ غدا. ولفت النظر إلى أن الميزانية كافية.');
    expect(a.quotes.map((q) => [q.cue?.text, q.text, q.speaker?.name])).toEqual([
      ['وقال', 'الخطة جاهزة', 'خالد العلي'],
      ['لافتا الانتباه', 'التنفيذ يبدأ غدا', 'خالد العلي'],
      ['ولفت النظر', 'الميزانية كافية', 'خالد العلي'],
    ]);
  });
});

describe('an announcement whose object is a verbal noun', () => {
  test('the subject ends where the verbal noun begins: after a body’s genitives, a title of two words, a name', () => {
    // a definite verbal noun after the body's last definite genitive is the object, no adjective of it
    expect(quotes('أعلنت قيادة قوات التحالف الالتزام بهدنة إنسانية في اليمن لمدة خمسة أيام.')).toEqual(['indirect «الالتزام بهدنة إنسانية في اليمن لمدة خمسة أيام» قيادة قوات التحالف']);
    // الفريق ركن is one title
    expect(quotes('وأعلن الفريق ركن عبدالله الغامدي تدشين جسر جوي للإغاثة.')).toEqual(['indirect «تدشين جسر جوي للإغاثة» عبدالله الغامدي']);
  });

  test('after a time with في, and written in quote marks', () => {
    expect(quotes('وكانت السلطات العراقية أعلنت في يناير الماضي "تحرير" محافظة ديالى من وجود التنظيم.')).toEqual(['mixed «"تحرير" محافظة ديالى من وجود التنظيم» السلطات العراقية']);
    // a word in marks that has no verbal noun's shape is the subject
    expect(quotes('وأبدى "عامل" انزعاجه من القرار.')).toEqual(['indirect «انزعاجه من القرار» عامل']);
  });
});

describe('a role and its holder named by words the entity stage did not read as a name', () => {
  test('a given name that is also a word (فايز) and a family name that is also one (الشهري) right before the complement', () => {
    expect(quotes('من جانبه، شدّد المدير الرياضي للأولمبياد الخاص السعودي فايز الشهري على أن المنافسات كانت قوية. وقال الشهري إن كل منافسة تضم ثلاثين منافسا.')).toEqual([
      'indirect «المنافسات كانت قوية» فايز الشهري',
      'indirect «كل منافسة تضم ثلاثين منافسا» فايز الشهري',
    ]);
    // على (on) is no علي
    expect(quotes('وقال المشرف على الفعالية إن البرنامج ناجح.')).toEqual(['indirect «البرنامج ناجح» المشرف']);
  });
});

describe('an unnamed source and the object of its verb', () => {
  test('right after the source’s adjectives, a noun in construct opens what was said; a place or an adjective’s genitive does not', () => {
    expect(quotes('وأعلنت مصادر طبية مقتل ثلاثة أشخاص في الهجوم.')).toEqual(['indirect «مقتل ثلاثة أشخاص في الهجوم» مصادر طبية']);
    expect(quotes('وأكدت مصادر محلية وصول التعزيزات إلى المدينة.')).toEqual(['indirect «وصول التعزيزات إلى المدينة» مصادر محلية']);
    expect(quotes('وقالت مصادر رفيعة المستوى إن الاتفاق قريب.')).toEqual(['indirect «الاتفاق قريب» مصادر رفيعة المستوى']);
    expect(quotes('وأكدت مصادر صحفية داخل العاصمة صنعاء أن الوفد غادر.')).toEqual(['indirect «الوفد غادر» مصادر صحفية داخل العاصمة صنعاء']);
  });
});

describe('what a paper learned from its sources', () => {
  test('علمت X من مصادر أن: the sources said it, and a participle after goes on with them', () => {
    expect(quotes('وعلمت "المدينة" من مصادر مطلعة أن الوثيقة ستكون لعلاج الحالات الطارئة، مشددة على أن القرار نهائي.')).toEqual([
      'indirect «الوثيقة ستكون لعلاج الحالات الطارئة» مصادر مطلعة',
      'indirect «القرار نهائي» مصادر مطلعة',
    ]);
    expect(quotes('وعلمت «عكاظ» من مصادرها أن الفتاة ذهبت مع والدتها.')).toEqual(['indirect «الفتاة ذهبت مع والدتها» مصادرها']);
  });

  test('علمت أن with no source is the paper’s own voice; علمت ب is learning of something', () => {
    expect(quotes('وعلمت الصحيفة أن الوزارة ستعلن القرار.')).toEqual([]);
    const text = 'وقالت ابنته عندما علمت بالخبر "كان أبي يقول إن فقدان الكمان كمن فقد ذراعا".';
    expect(analyze(text).quotes.map((q) => [q.cue?.text, q.text])).toEqual([['وقالت', 'كان أبي يقول إن فقدان الكمان كمن فقد ذراعا']]);
  });
});

describe('a participle with its own object inside the speaker phrase', () => {
  test('الحكومة المعترف بها دوليا: the preposition, its pronoun and the adverb belong to the phrase', () => {
    const a = analyze('وقالت الحكومة المعترف بها دوليا إن الوضع خطير. ودعت الحكومة المعترف بها دوليا الأطراف إلى وقف القتال.');
    expect(a.quotes.map((q) => [q.text, q.speaker?.text])).toEqual([
      ['الوضع خطير', 'الحكومة المعترف بها دوليا'],
      ['الأطراف إلى وقف القتال', 'الحكومة المعترف بها دوليا'],
    ]);
  });
});

describe('a role of a named body', () => {
  test('رئيس الهلال المكلف speaks as the role, with the club in it; a person named after it speaks instead', () => {
    const text = 'وغاب اللاعب سالم الدوسري مهاجم فريق الهلال عن التدريبات. وفي المقابل، انتقد رئيس الهلال المكلف تصرف اللاعب، مؤكدا أن اللوائح واضحة.';
    expect(quotes(text)).toEqual(['indirect «اللوائح واضحة» رئيس الهلال المكلف']);
    expect(quotes('وأكد رئيس البرلمان العربي أحمد الجروان أن الإرهاب لا دين له.')).toEqual(['indirect «الإرهاب لا دين له» أحمد الجروان']);
  });
});

describe('participles that are also adjectives', () => {
  test('مفيدا أن speaks; غير مفيدة and مفيدة لـ do not', () => {
    expect(quotes('وقال الوزير خالد العلي إن المفاوضات مستمرة، مفيدا أن الاتفاق قريب.')).toEqual([
      'indirect «المفاوضات مستمرة» خالد العلي',
      'indirect «الاتفاق قريب» خالد العلي',
    ]);
    expect(quotes('وقال الوزير خالد العلي إن الإجابات غير مفيدة بأي شكل، وإن الحوار مطلوب.')).toEqual(['indirect «الإجابات غير مفيدة بأي شكل، وإن الحوار مطلوب» خالد العلي']);
  });

  test('a participle after a purpose clause goes on with the speaker, not with the purpose clause', () => {
    const text = 'وأكد الوزير خالد العلي أن الحوار وسيلة حاسمة؛ لتجنب تكرار حوادث الخطف مفيدًا أن بلاده واثقة.';
    expect(quotes(text)).toEqual(['indirect «الحوار وسيلة حاسمة؛ لتجنب تكرار حوادث الخطف» خالد العلي', 'indirect «بلاده واثقة» خالد العلي']);
  });
});

describe('a speech verb in a relative clause', () => {
  test('with a subject of its own before the complementizer, that subject speaks; the antecedent is its object', () => {
    expect(quotes('وأغلقت الشرطة أبواب المسجد التي قالت الشرطة إن محتجين فتحوها عنوة.')).toEqual(['indirect «محتجين فتحوها عنوة» الشرطة']);
    // (a plural verb agrees with the relative: the noun after it is its object)
    expect(quotes('وانتقد الكاتب المسؤولين الذين يرفضون الإعلان عن الأموال.')).toEqual([]);
  });
});

describe('the full stop after a closing quote mark', () => {
  test('ends the sentence: an indirect quote with marked words at its end does not run into the next one', () => {
    const text = 'وحذرت السفارة الأمريكية من أن هذه القمة قد تكون «هدفا محتملا للإرهابيين». وكانت الحكومة قد أعلنت عن خطة أمنية.';
    expect(quotes(text)).toEqual(['mixed «هذه القمة قد تكون «هدفا محتملا للإرهابيين»» السفارة الأمريكية', 'indirect «خطة أمنية» الحكومة']);
    // (a whole clause between marks is a direct quote)
    expect(quotes('وقال الوزير خالد العلي إن «الاتفاق يشكل تهديدا خطيرا». وغادر القاعة.')).toEqual(['direct «الاتفاق يشكل تهديدا خطيرا» خالد العلي']);
  });

  test('the dot of a one-letter abbreviation and of a split decimal ends nothing', () => {
    expect(quotes('وأضافت الجامعة أن هناك احتمالا بنسبة 4.\u200f95 في المائة بأن تكون المخطوطة قديمة.')).toEqual([
      'indirect «هناك احتمالا بنسبة 4.\u200f95 في المائة بأن تكون المخطوطة قديمة» الجامعة',
    ]);
    expect(quotes('وقال د. خالد العلي إن الحالة مستقرة.')).toEqual(['indirect «الحالة مستقرة» خالد العلي']);
  });
});

describe('كان … قد before the verb', () => {
  test('the words between كان and قد are the subject, whatever follows the verb', () => {
    expect(quotes('وكانت جماعة الحوثي المسلحة قد أعلنت أن الهدنة انتهت.')).toEqual(['indirect «الهدنة انتهت» جماعة الحوثي']);
    expect(quotes('وكان المتحدث الأمني لوزارة الداخلية قد أوضح بأنه تم ضبط المتهمين.')).toEqual(['indirect «تم ضبط المتهمين» المتحدث الأمني لوزارة الداخلية']);
    // (and without قد: وكانت X قالت)
    expect(quotes('وقال المسؤول الطبي عبد الغني هشي إن المصابين نقلوا. وكانت مصادر قالت أمس إن الحادثة أسفرت عن مقتل عشرة مدنيين.')).toEqual([
      'indirect «المصابين نقلوا» عبد الغني هشي',
      'indirect «الحادثة أسفرت عن مقتل عشرة مدنيين» مصادر',
    ]);
  });

  test('a كان before a complementizer opens another clause: its words are no subject of the verb', () => {
    expect(quotes('كان الناس يظنون أن «القاعدة» قد أعلنت أن الهدنة انتهت.')).toEqual(['indirect «الهدنة انتهت» تنظيم القاعدة']);
  });
});

describe('a quote whose closing mark is missing', () => {
  test('ends where the narration resumes: a full stop, then a speech verb with a subject of its own', () => {
    const text = 'وصرح مسؤول تركي: «نؤكد أن منفذ الهجوم رجل في العشرين.. وأوردت الصحف التركية أن الشاب التحق بالتنظيم قبل شهرين. وأشارت السلطات التركية إلى أنه فجر نفسه.';
    expect(quotes(text)).toEqual([
      'direct «نؤكد أن منفذ الهجوم رجل في العشرين» مسؤول تركي',
      'indirect «الشاب التحق بالتنظيم قبل شهرين» الصحف التركية',
      'indirect «فجر نفسه» السلطات التركية',
    ]);
  });

  test('… and runs on over sentences that do not resume it', () => {
    const text = 'وقال الوزير خالد العلي: «نحن مستعدون للحوار. والحوار هو الطريق الوحيد.';
    expect(quotes(text)).toEqual(['direct «نحن مستعدون للحوار. والحوار هو الطريق الوحيد» خالد العلي']);
  });
});

describe('verbs of expressing and reporting', () => {
  test('عبر … عن says a feeling of its subject; عبر as "via" says nothing', () => {
    expect(quotes('من جهته، عبر محمد القاسم رئيس النادي، عن سعادته بهذه الرعاية.')).toEqual(['indirect «سعادته بهذه الرعاية» محمد القاسم']);
    expect(quotes('وتم ذلك عبر الإنترنت عن طريق شركة محلية.')).toEqual([]);
  });

  test('with no complementizer, the subject ends at the preposition the verb governs', () => {
    expect(quotes('وأعرب مبعوث الأمم المتحدة إلى سورية ستيفان دي ميستورا عن قلقه البالغ.')).toEqual(['indirect «قلقه البالغ» ستافان دي ميستورا']);
    // (a directive's object stands before its preposition, and is no part of the subject)
    expect(quotes('ودعت موسكو الجانبين إلى ضبط النفس.')).toEqual(['indirect «الجانبين إلى ضبط النفس» موسكو']);
  });

  test('أوردت الصحف أن and أظهرت البيانات أن report what a source says', () => {
    expect(quotes('وأوردت الصحف التركية أمس أن الشاب التحق بالتنظيم.')).toEqual(['indirect «الشاب التحق بالتنظيم» الصحف التركية']);
    expect(quotes('وأظهرت بيانات جديدة أن الدين العام تراجع.').map((s) => s.split('» ')[0])).toEqual(['indirect «الدين العام تراجع']);
  });
});

describe('a noun phrase after a participle or a preposition the verb governs', () => {
  test('مشيرا إلى + a verbal noun, مؤكدا + a verbal noun are what was said', () => {
    expect(quotes('وأشاد المدير خالد العلي بالمشاركين، مشيراً إلى حرص أولياء الأمور على مشاهدة المسرحية.')).toEqual(['indirect «حرص أولياء الأمور على مشاهدة المسرحية» خالد العلي']);
    expect(quotes('وأشار الوزير خالد العلي إلى سعي الحكومة لتطوير القطاع.')).toEqual(['indirect «سعي الحكومة لتطوير القطاع» خالد العلي']);
    expect(quotes('وزار الوزير خالد العلي مدينة جدة، مؤكداً دعم الوزارة للبرنامج.')).toEqual(['indirect «دعم الوزارة للبرنامج» خالد العلي']);
  });

  test('a person pointed at, a describing participle and an evaluation with a noun object say nothing', () => {
    expect(quotes('وأشاد الوزير خالد العلي بالمبادرة، مشيرا إلى الوزير.')).toEqual([]);
    expect(quotes('وتحدث الكاتب خالد العلي عن الرواية، واصفاً مخاضاتها.')).toEqual([]);
    expect(quotes('وأدان الوزير خالد العلي اختطاف الموظفين، واصفًا إياه بالعمل غير المقبول.')).toEqual(['indirect «إياه بالعمل غير المقبول» خالد العلي']);
  });
});

describe('feminine participles', () => {
  test('مشددة، لافتة، داعية، معتبرة go on with the feminine speaker and end her previous quote', () => {
    expect(quotes('وقالت وزارة الصحة إن الحالات مستقرة، مشددة على أن الوضع تحت السيطرة، لافتة إلى أن الفرق تعمل.')).toEqual([
      'indirect «الحالات مستقرة» وزارة الصحة',
      'indirect «الوضع تحت السيطرة» وزارة الصحة',
      'indirect «الفرق تعمل» وزارة الصحة',
    ]);
  });

  test('after an indefinite noun it agrees with, a feminine participle is an adjective; إلى جانب is "beside"', () => {
    expect(quotes('وقال الوزير خالد العلي إن القيادة أعطت تعليمات مشددة للقادة بضرورة البحث عنهم.')).toEqual(['indirect «القيادة أعطت تعليمات مشددة للقادة بضرورة البحث عنهم» خالد العلي']);
    expect(quotes('ورفعت الوزارة لافتة إلى جانب الطريق.')).toEqual([]);
  });
});

describe('a verb written with its object pronoun', () => {
  test('ووصفها بأنها، يصفه … بأنه، وحثهم على are cues; the object is in the verb', () => {
    expect(quotes('وأدان الوزير خالد العلي الهجوم ووصفه بأنه «عمل إجرامي».')).toEqual(['direct «عمل إجرامي» خالد العلي']);
    expect(quotes('والتقى الوزير خالد العلي بالفريق، وحثهم على بذل المزيد من الجهد.')).toEqual(['indirect «بذل المزيد من الجهد» خالد العلي']);
  });

  test('a word in ة (طالبة، دعوة) is no such cue; "what it described as" (فيما وصفته بـ«…») is one', () => {
    expect(quotes('وقالت طالبة جامعية إن الإجراءات ميسرة.')).toEqual(['indirect «الإجراءات ميسرة» طالبة جامعية']);
    expect(quotes('وحذرت جبهة النصرة من المشاركة فيما وصفته بـ«المشروع الأميركي».')).toEqual(['indirect «المشاركة» جبهة النصرة', 'direct «المشروع الأميركي» جبهة النصرة']);
  });
});

describe('a time phrase right after the verb', () => {
  test('is no subject: the subject after it, or none', () => {
    expect(quotes('وقال الليلة قبل الماضية إن الوضع خطير.')).toEqual(['indirect «الوضع خطير» null']);
    expect(quotes('وقال أول من أمس الوزير خالد العلي إن الوضع خطير.')).toEqual(['indirect «الوضع خطير» خالد العلي']);
    // (what follows the time is the object, when it opens no subject: أعلن مساء الثلاثاء فقدان …)
    expect(quotes('وكان الاتحاد أعلن مساء الثلاثاء فقدان أثر الصحافيين.')).toEqual(['indirect «فقدان أثر الصحافيين» الاتحاد']);
  });
});

describe('bodies that speak', () => {
  test('شرطة، قيادة، أمانة head a speaker phrase; its genitives end at their first definite word', () => {
    expect(quotes('وقالت شرطة دبي إن التحقيقات مستمرة.')).toEqual(['indirect «التحقيقات مستمرة» شرطة دبي']);
    expect(quotes('وأعلنت قيادة القوات المشتركة في بيان لها إن العملية انتهت.')).toEqual(['indirect «العملية انتهت» قيادة القوات المشتركة']);
    expect(quotes('وأكدت أمانة المنظمة هذه الأمور، مؤكدة أن التصريحات غير مسؤولة.').map((s) => s.split('» ')[1])).toEqual(['أمانة المنظمة']);
  });
});

describe('a "who: what" headline inside a line', () => {
  test('after a full stop, in copy that lost its line breaks, it is a quote to where the narration takes up again', () => {
    const text = 'وزار الوزير خالد العلي المعرض. وزير الدفاع: قواتنا تدعم الأمن والاستقرار في المنطقة من جانب آخر، أكد الوزير خالد العلي أن المعرض ناجح.';
    expect(quotes(text).map((s) => s.split('» ')[0])).toEqual(['direct «قواتنا تدعم الأمن والاستقرار في المنطقة', 'indirect «المعرض ناجح']);
  });

  test('a rank and a name after the colon is no headline; a named speaker may say a name first', () => {
    expect(quotes('وأسماء المصابين هي. العريف: عيد ماطر مبارك الشهراني.')).toEqual([]);
    expect(quotes('وزير الخارجية عادل الجبير: الأسد لا مستقبل له في سوريا')).toEqual(['direct «الأسد لا مستقبل له في سوريا» عادل الجبير']);
  });
});

describe('a directive with its addressee after a definite subject', () => {
  test('a sound plural right after a singular role or body is the addressee, not part of the speaker', () => {
    expect(quotes('ودعت بلدية غزة المواطنين إلى وضع خزانات أرضية للمياه.')).toEqual(['indirect «المواطنين إلى وضع خزانات أرضية للمياه» بلدية غزة']);
    expect(quotes('ودعت الوزارة المتقدمين إلى سرعة حجز موعد الاختبار.')).toEqual(['indirect «المتقدمين إلى سرعة حجز موعد الاختبار» الوزارة']);
    // (not after a plural head: العمال المصابون)
    expect(quotes('وقال العمال المصابون إن الوزارة زارتهم.')).toEqual(['indirect «الوزارة زارتهم» العمال المصابون']);
  });
});

describe('a speaker written in quote marks', () => {
  test('is the subject also right before the complementizer, read as it would be without the marks', () => {
    expect(quotes('وذكر "الربيعة" أن الوزارة ستبدأ العمل.')).toEqual(['indirect «الوزارة ستبدأ العمل» الربيعة']);
    expect(quotes('وقالت «أبل» إنها ستطلق هاتفا جديدا.')).toEqual(['indirect «ستطلق هاتفا جديدا» شركة أبل']);
    // (a role in marks is still a role: the body named before holds it)
    const text = 'أفاد المرصد السوري لحقوق الإنسان أن القصف مستمر. وتابع «المرصد» أن الاشتباكات مستمرة.';
    expect(quotes(text)).toEqual(['indirect «القصف مستمر» المرصد السوري لحقوق الإنسان', 'indirect «الاشتباكات مستمرة» المرصد السوري لحقوق الإنسان']);
  });
});

describe('أفاد with ب and a noun', () => {
  test('what was reported is the noun phrase; an unnamed source ends before it, and a body after ب stays its place', () => {
    expect(quotes('وأفادت مصادر طبية بمقتل مدني وإصابة 4 آخرين في قصف.')).toEqual(['indirect «مقتل مدني وإصابة 4 آخرين في قصف» مصادر طبية']);
    expect(quotes('أفاد المرصد السوري لحقوق الإنسان بمقتل 12 شخصا في القصف.')).toEqual(['indirect «مقتل 12 شخصا في القصف» المرصد السوري لحقوق الإنسان']);
    expect(quotes('وقال مصدر بوزارة الداخلية إن الهجوم فشل.')).toEqual(['indirect «الهجوم فشل» مصدر بوزارة الداخلية']);
  });
});

describe('a plural participle after an unnamed group', () => {
  test('goes on with the subject of its own clause, a noun and its genitive, when it reads as a group', () => {
    expect(quotes('اشتكى عمال النظافة في كورنيش القطيف من تزايد النفايات، مؤكدين أن إهمال بعض الأسر هو السبب.')).toEqual(['indirect «إهمال بعض الأسر هو السبب» عمال النظافة']);
    // (a definite singular is no group the participle can speak for)
    expect(quotes('ويحظى البائع العماني بثقة المتسوقين، مشيرين إلى أنهم يستعدون للموسم.')).toEqual(['indirect «يستعدون للموسم» null']);
  });
});

describe('a word that folds into a feminine participle', () => {
  test('أمله (his hope) is no آملة: it is what أعرب عن expresses', () => {
    expect(quotes('وأعرب الوزير عن أمله في نجاح المفاوضات.')).toEqual(['indirect «أمله في نجاح المفاوضات» الوزير']);
    expect(quotes('وقالت الوزيرة آملة أن تنجح المفاوضات.')).toEqual(['indirect «تنجح المفاوضات» الوزيرة']);
  });
});

describe('عبر, "via" as often as "expressed"', () => {
  test('is a cue with عن and a feeling only; the medium may stand between a subject and its colon', () => {
    expect(quotes('أهداف إيران عبر الاتفاق هي: المحافظة على نظام الجمهورية.')).toEqual([]);
    expect(quotes('وعبر الوزير عن قلقه من التصعيد.')).toEqual(['indirect «قلقه من التصعيد» الوزير']);
    expect(quotes('وكتب الفريق ضاحي خلفان عبر حسابه الرسمي على تويتر اليوم الأحد: "المدعي العام يجب أن يتحرك".')).toEqual(['direct «المدعي العام يجب أن يتحرك» ضاحي خلفان']);
  });
});

describe('accusations and directives with ب', () => {
  test('an accusation names whom, a name too, and of what; a directive asks with ب and an everyday noun', () => {
    expect(quotes('واتهمت النيابة العامة تشافيز بارتكاب أعمال فساد.')).toEqual(['indirect «تشافيز بارتكاب أعمال فساد» النيابة العامة']);
    expect(quotes('وطالب الدكتور ناصر الدوسري جميع المستشفيات باتخاذ الاحتياطات كافة.')).toEqual(['indirect «جميع المستشفيات باتخاذ الاحتياطات كافة» ناصر الدوسري']);
  });
});

describe('more subjects before a noun complement', () => {
  test('a speaker in marks, then what was said; an indefinite noun and its nisba with no complementizer either', () => {
    expect(quotes('وأكدت "أم منصور" علمها بذلك مسبقاً.')).toEqual(['indirect «علمها بذلك مسبقاً» أم منصور']);
    expect(quotes('ناشدت معلمة سعودية في ألمانيا، بالوقوف معها لمتابعة علاج طفلها.')).toEqual(['indirect «بالوقوف معها لمتابعة علاج طفلها» معلمة سعودية']);
  });

  test('a verb of saying in the past after حيث or إذ opens a clause of its own', () => {
    expect(quotes('وكشف المدير عن برنامج المرحلة الثانية حيث أوضح أن الفريق سيخوض أربع مباريات.').map((s) => s.split('» ')[0])).toEqual(['indirect «برنامج المرحلة الثانية', 'indirect «الفريق سيخوض أربع مباريات']);
  });
});

describe('a quantifier after the governed preposition', () => {
  test('opens what was said (أكد على جميع الراغبين ضرورة …)', () => {
    expect(quotes('وأكد الوزير على جميع الراغبين ضرورة الدخول على البوابة.')).toEqual(['indirect «جميع الراغبين ضرورة الدخول على البوابة» الوزير']);
  });
});

describe('أبان (made clear)', () => {
  test('is a verb of saying with أن; إبان (during), the same letters once the hamza is folded, is not', () => {
    expect(quotes('وأبان المدير أن المشروع اكتمل.')).toEqual(['indirect «المشروع اكتمل» المدير']);
    expect(quotes('وذلك إبان الحرب أن الجيش انسحب.')).toEqual([]);
  });
});

describe('a weak verb joined by و inside what was said', () => {
  test('ends nothing when it is a noun (ورد "and a response"), but does with its complementizer (وبين أن)', () => {
    expect(quotes('وأضاف الوزير أن البلاد تدعو إلى استنكار ورد وطني مخلص تجاه هذه التدخلات.')).toEqual(['indirect «البلاد تدعو إلى استنكار ورد وطني مخلص تجاه هذه التدخلات» الوزير']);
    expect(quotes('وقال الوكيل إن الأسواق تعمل بشكل طبيعي وبين أن المراكز التجارية لم تتأثر.').map((s) => s.split('» ')[0])).toEqual(['indirect «الأسواق تعمل بشكل طبيعي', 'indirect «المراكز التجارية لم تتأثر']);
  });
});
