// Speakers with the default analyzer (the NER model on): the quote stage and coref also read the persons
// the rules found where the model reported nothing (and a person who speaks is an entity), a ḥāl after
// the verb is no subject, and a nisba after a bare indefinite title is no person.
import { analyze, createAnalyzer } from '../../src/index.js';

const said = (text: string): string[][] => analyze(text).quotes.map((q) => [q.text, q.speaker?.name ?? '-', q.speaker?.resolution ?? '-']);

describe('speakers with the default analyzer', () => {
  test('a name after a title is a speaker, and its family name alone later is the same person', () => {
    const text = 'وأوضح رئيس اللجنة الهندسية بغرفة المدينة المهندس كمال القبلي، أن تعثر المشاريع يعني توقفه. وقال القبلي إن التأخير ناتج من نقص السيولة.';
    const a = analyze(text);
    expect(said(text)).toEqual([
      ['تعثر المشاريع يعني توقفه', 'كمال القبلي', 'explicit'],
      ['التأخير ناتج من نقص السيولة', 'كمال القبلي', 'explicit'],
    ]);
    // one referent, with the id the rules gave the name; a person who speaks is an entity, with the
    // family name alone as its alias, whatever the model made of the name
    const who = a.referents.find((r) => r.name === 'كمال القبلي');
    expect(who?.id).toBe('rule:person:كمال القبلي');
    expect(who?.quotes).toEqual([0, 1]);
    expect(a.entities.map((e) => [e.text, e.start, e.end, e.id, e.source])).toEqual([
      ['غرفة المدينة', 28, 40, 'rule:organization:غرفة المدينة', 'rule'],
      ['كمال القبلي', 49, 60, 'rule:person:كمال القبلي', 'rule'],
      ['القبلي', 96, 102, 'rule:person:كمال القبلي', 'alias'],
    ]);
  });

  test('a participle in the accusative after the verb tells how it was said: the subject is carried', () => {
    const text = 'واستنكر الدكتور عوض القرني اقتحام المسجد الأقصى، وأضاف مستهجناً: "ماذا سنقول لربنا؟". وقال متسائلاً: "أين الأمة؟"';
    // (استنكر with a noun object says nothing, as the guidelines have it: an evaluation, no statement)
    expect(said(text)).toEqual([
      ['ماذا سنقول لربنا', 'عوض القرني', 'carried'],
      ['أين الأمة', 'عوض القرني', 'carried'],
    ]);
  });

  test('two persons the model puts side by side inside one name the rules found after a title are one person', () => {
    const text = 'من جانبه أوضح المتحدث الإعلامي بشرطة منطقة مكة المكرمة العقيد الدكتور عاطي عطية القرشي، أنه «تم ضبط المتهمين».';
    // the model alone labels عاطي and عطية القرشي as two persons
    expect(analyze(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.text)).toEqual(['عاطي عطية القرشي']);
    expect(said(text)).toEqual([['تم ضبط المتهمين', 'عاطي عطية القرشي', 'explicit']]);
  });

  test('وزير كوري: the nisba of an indefinite title is no person', () => {
    const a = analyze('وقال وزير كوري إن الأزمة ستحل سلميا، وأكد مسؤول غربي أن المحادثات مستمرة.');
    expect(a.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['وزير كوري', 'مسؤول غربي']);
  });
});

describe('cues', () => {
  test('a speech verb form right after a given name that follows a role is the family name, not the cue', () => {
    const a = analyze('وأوضح المخرج المسرحي أمين طالب أن معظم المسرحيات تهدف إلى إيصال معان سامية.');
    expect(a.quotes.map((q) => [q.cue?.text, q.text])).toEqual([['وأوضح', 'معظم المسرحيات تهدف إلى إيصال معان سامية']]);
  });
});

describe('anonymous sources', () => {
  test('a later المصدر or المصادر is the source first described in the plural, also when it only stood in the narration', () => {
    const spoke = analyze('وقالت مصادر ميدانية في الجيش إن الوفد وصل أمس. وأضافت المصادر أن المحادثات ستبدأ غدا. وأكد المصدر أن الاتفاق قريب.');
    expect(spoke.quotes.map((q) => [q.speaker?.name, q.speaker?.resolution])).toEqual([
      ['مصادر ميدانية في الجيش', 'anonymous'],
      ['مصادر ميدانية في الجيش', 'anonymous'],
      ['مصادر ميدانية في الجيش', 'anonymous'],
    ]);
    const narrated = analyze('علمت الصحيفة من مصادر سياسية في صنعاء بوصول الوفد. وأوضح المصدر أن المحادثات ستبدأ غدا.');
    expect(narrated.quotes.map((q) => [q.speaker?.name, q.speaker?.resolution])).toEqual([['مصادر سياسية في صنعاء', 'anonymous']]);
  });
});

describe('the headline', () => {
  test('an unnamed speaker of the headline is the person the body first quotes, and so are its later references', () => {
    const text = 'مسؤول كردي عراقي يؤكد ضرورة "إقامة عراق موحد"\nالقاهرة 3 مايو\nأكد رئيس الحكومة الكردية برهام صالح ضرورة إقامة عراق موحد.\nكما أكد المسؤول الكردي العراقي على أهمية دور مصر.';
    const quotes = analyze(text).quotes;
    expect(quotes.map((q) => [q.speaker?.text, q.speaker?.resolution])).toEqual([
      ['مسؤول كردي عراقي', 'anonymous'],
      ['رئيس الحكومة الكردية برهام صالح', 'explicit'],
      ['المسؤول', 'anonymous'],
    ]);
    // one person: the id and name of the one the body names
    expect(new Set(quotes.map((q) => q.speaker?.entityId)).size).toBe(1);
    expect(quotes[0].speaker?.entityId).toMatch(/^rule:person:.*صالح$/);
  });

  test('a headline source the body does not name stays anonymous', () => {
    const text = 'مسؤول كردي يؤكد ضرورة "إقامة عراق موحد"\nالقاهرة 3 مايو\nقالت مصادر مطلعة إن المحادثات مستمرة.';
    expect(analyze(text).quotes.map((q) => q.speaker?.name)).toEqual(['مسؤول كردي', 'مصادر مطلعة']);
  });
});

describe('statements', () => {
  test('البيان speaks for who issued the بيان before it (the ب of بيان is no preposition)', () => {
    const a = analyze('وأعلنت كتائب القسام في بيان لها أن "عددا من الجنود سقطوا".\nوقال البيان إن الرد قادم.');
    expect(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name, q.speaker?.resolution])).toEqual([
      ['كتائب القسام', 'كتائب عز الدين القسام', 'explicit'],
      ['البيان', 'كتائب عز الدين القسام', 'title'],
    ]);
  });
});

describe('tanween', () => {
  test('words written with tanween are indefinite, no name, with the model or without it', () => {
    const text = 'وقال الخطيب إنه لا يمكن لمؤمنٍ صادقٍ أن يقبل بتفجير المساجد.';
    expect(analyze(text).entities.filter((e) => e.type === 'PERSON')).toEqual([]);
    expect(createAnalyzer({ tagger: false }).analyze(text).entities.filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});

describe('plurals in construct', () => {
  test('محققو الشرطة is a group that speaks, no person', () => {
    const a = analyze('وأكد محققو الشرطة انهم يعتقدون ان مبنى عسكريا قريبا من مكان الهجوم كان الهدف.');
    expect(a.entities.filter((e) => e.type === 'PERSON')).toEqual([]);
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['محققو الشرطة']);
  });
});

describe('a body no lexicon knows, named once in full and then by its head word', () => {
  test('المكتب, الإدارة: the indefinite head and its genitive chain named before', () => {
    const a = analyze('أصدر مكتب تحقيقات الحوادث البحرية بيانا عن غرق السفينة. وقال المكتب إن التحقيق سيستمر أسبوعين.');
    expect(a.quotes.map((q) => [q.text, q.speaker?.text, q.speaker?.name, q.speaker?.resolution])).toEqual([['التحقيق سيستمر أسبوعين', 'المكتب', 'مكتب تحقيقات الحوادث البحرية', 'title']]);
    const office = a.referents.find((r) => r.name === 'مكتب تحقيقات الحوادث البحرية');
    expect(office?.mentions.map((m) => [m.text, m.start])).toEqual([['مكتب تحقيقات الحوادث البحرية', 5], ['المكتب', 61]]);
    expect(said('وأظهرت بيانات من إدارة الأرصاد الكندية تراجع الأمطار. وقالت الإدارة إن الجفاف سيستمر.')).toEqual([['الجفاف سيستمر', 'إدارة الأرصاد الكندية', 'title']]);
  });

  test('an indefinite head with its adjective is a description, not a body', () => {
    expect(said('وقالت جماعة بيئية محلية إن المياه ملوثة. وأضافت الجماعة أن الأسماك نفقت.')).toEqual([
      ['المياه ملوثة', 'جماعة بيئية محلية', 'explicit'],
      ['الأسماك نفقت', 'جماعة بيئية محلية', 'title'],
    ]);
  });
});

describe('who the narration introduces', () => {
  test('a clause after a turn marker (من جانبه) introduces its subject, who then speaks with a dropped subject', () => {
    const text = 'وقال الدكتور عوض القرني إن الأمة في خطر. من جانبه أشاد الدكتور محمد العريفي بالمقاومة، وقال في تغريدة: «الأبطال يبيضون وجه الأمة».';
    expect(said(text)).toEqual([
      ['الأمة في خطر', 'عوض القرني', 'explicit'],
      ['الأبطال يبيضون وجه الأمة', 'محمد العريفي', 'pronoun'],
    ]);
  });

  test('a clause inside a quote is what its speaker said, and introduces nobody', () => {
    const text = 'وقال كفاح محمود، المستشار الإعلامي، إن «الرئيس تحدث مع الوزير. ومن جانبه، أبدى مسعود بارزاني قلقه». وأكد أن «الحل سلمي».';
    expect(said(text).map(([content, who]) => [content.slice(0, 12), who])).toEqual([
      ['الرئيس تحدث ', 'كفاح محمود'],
      ['الحل سلمي', 'كفاح محمود'],
    ]);
  });
});

describe('the holder of a role, written with it', () => {
  test('after an abbreviated title inside the phrase (د.), or in apposition between commas', () => {
    expect(said('وأوضح رئيس اللجنة المنظمة للمهرجان د. أحمد الخازم الغامدي بأن المعرض يفتح غدا.')).toEqual([['المعرض يفتح غدا', 'أحمد الخازم', 'explicit']]);
    expect(said('وقال ممثل اليونيسيف باليمن، جوليان هارنيس، إن التعليم أمر حاسم.')).toEqual([['التعليم أمر حاسم', 'جوليان هارنيس', 'explicit']]);
  });
});

describe('a statement speaks for who issued it', () => {
  test('بيان صادر عن منظمة …، بيان لوزارة الخارجية: the organization named in the phrase; البيان later is the same', () => {
    const a = analyze('وقال بيان صادر عن منظمة الأمم المتحدة للطفولة إن القتال أغلق المدارس. وأكد البيان أن المنظمة جهزت فصولا.');
    expect(a.quotes.map((q) => [q.speaker?.text, q.speaker?.name, q.speaker?.resolution])).toEqual([
      ['بيان صادر عن منظمة الأمم المتحدة للطفولة', 'منظمة الأمم المتحدة للطفولة', 'title'],
      ['البيان', 'منظمة الأمم المتحدة للطفولة', 'title'],
    ]);
    expect(said('وقال بيان لوزارة الخارجية إن الوضع خطير.')).toEqual([['الوضع خطير', 'وزارة الخارجية', 'title']]);
  });
});

describe('an unnamed source the writer names in both numbers', () => {
  test('مصادر مطلعة … وقال المصدر … وأضاف: the singular verb goes on with the plural source', () => {
    const text = 'كشفت مصادر لبنانية مطلعة أن الحزب ما زال يبحث عن عناصره. وقال المصدر إن القيادة لا تملك أي معلومات. وأضاف أن الأهالي غاضبون.';
    expect(said(text).map(([, who]) => who)).toEqual(['مصادر لبنانية مطلعة', 'مصادر لبنانية مطلعة', 'مصادر لبنانية مطلعة']);
  });
});

describe('an indefinite role the article names later', () => {
  test('قاضية أميركية … القاضية باربره جافي: the lead is the person named with the role', () => {
    expect(said('وقالت قاضية أميركية في مانهاتن إن القضية معقدة. وأضافت القاضية باربره جافي أن الحكم نهائي.')).toEqual([
      ['القضية معقدة', 'باربره جافي', 'title'],
      ['الحكم نهائي', 'باربره جافي', 'explicit'],
    ]);
  });
});

describe('the name a speaker is given', () => {
  test('is written as the document writes it when only the spacing differs from the lexicon (عبدالله, عبد الله)', () => {
    const text = 'وقال الشيخ راشد بن عبدالله آل خليفة إن البحرين آمنة. وأضاف أن الوضع مستقر.';
    const a = analyze(text);
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['راشد بن عبدالله آل خليفة', 'راشد بن عبدالله آل خليفة']);
    // (the entity keeps the lexicon's canonical name)
    expect(a.entities.find((e) => e.type === 'PERSON')?.name).toBe('راشد بن عبد الله آل خليفة');
  });
});

describe('a body referred back to by its head word', () => {
  test('is the one the narration names, not one named only inside what a quote says', () => {
    const text = 'أعلنت جامعة جدة عن وظائف شاغرة. وقال المتحدث خالد العلي إن الأولوية للخريجين من جامعة سعودية معترف بها. وأفادت الجامعة أن التقديم يبدأ غدا.';
    expect(said(text).map(([content, who]) => [content, who])).toEqual([
      ['وظائف شاغرة', 'جامعة جدة'],
      ['الأولوية للخريجين من جامعة سعودية معترف بها', 'خالد العلي'],
      ['التقديم يبدأ غدا', 'جامعة جدة'],
    ]);
  });
});

describe('a family name two persons of the document share', () => {
  test('is the one written last before it, as a reader takes it', () => {
    const text = 'وقال الدكتور عبدالله عويقل السلمي إن المعرض ناجح. وحضر الدكتور عبدالرحمن السلمي الافتتاح. وقال الدكتور عبدالله السلمي: "الجميل في هذا المعرض مشاركة الفنانين". وأضاف "السلمي": "المعرض يستمر أسبوعا".';
    expect(said(text).map(([content, who]) => [content, who])).toEqual([
      ['المعرض ناجح', 'عبدالله عويقل السلمي'],
      ['الجميل في هذا المعرض مشاركة الفنانين', 'عبدالله السلمي'],
      ['المعرض يستمر أسبوعا', 'عبدالله السلمي'],
    ]);
  });
});

describe('a verb with no subject after a cited verse', () => {
  test('a reporter\'s verb goes on with the speaker who cited it, not with God', () => {
    const text = 'وقال الشيخ عبدالعزيز آل الشيخ إن الاعتداء جريمة، قال الله تعالى: (ومن أظلم ممن منع مساجد الله). ونوه بوجوب احترام دور العبادة. وأضاف أن الأمن نعمة.';
    expect(said(text).map(([content, who]) => [content, who])).toEqual([
      ['الاعتداء جريمة', 'عبدالعزيز آل الشيخ'],
      ["(ومن أظلم ممن منع مساجد الله)", "الله"],
      ['وجوب احترام دور العبادة', 'عبدالعزيز آل الشيخ'],
      ['الأمن نعمة', 'عبدالعزيز آل الشيخ'],
    ]);
  });
});

describe('a verse cited by the epithets of God', () => {
  test('قال تعالى، قال جل وعز: God speaks; وقال أيضا goes on with the same speaker, ونوه with the preacher', () => {
    const text = 'وقال الشيخ سعود الشريم إن العدل واجب، حيث قال جلّ وعزّ: “فلا تميلوا كل الميل”، وقال أيضاً: “ولن تعدلوا بين النساء ولو حرصتم”. ونوه بأهمية العدل.';
    expect(said(text).map(([content, who]) => [content, who])).toEqual([
      ['العدل واجب', 'سعود الشريم'],
      ['فلا تميلوا كل الميل', 'الله'],
      ['ولن تعدلوا بين النساء ولو حرصتم', 'الله'],
      ['أهمية العدل', 'سعود الشريم'],
    ]);
  });
});

describe('a role and a second role in apposition', () => {
  test('the second role\'s holder, named right before the complement, is the speaker', () => {
    const text = 'قال رئيس اللجنة الأمنية لدراسة كافة الأوضاع والإجراءات الخاصة بعمليات الدخول والخروج للمركبات من جسر الملك فهد، مدير عام الإدارة العامة للتخليص والتفتيش الجمركي الشيخ أحمد بن حمد آل خليفة، إن العمل جار على المشروع.';
    expect(said(text)).toEqual([['العمل جار على المشروع', 'أحمد بن حمد آل خليفة', 'explicit']]);
    // (after a comma and a preposition, the name is whom the speaker met)
    expect(analyze('قال وزير الخارجية، خلال لقائه سيرغي لافروف، إن الحل سياسي.').quotes.map((q) => q.speaker?.text)).toEqual(['وزير الخارجية']);
  });
});

describe('one word of a sound plural\'s shape as the speaker', () => {
  test('speaks for many: a plural participle goes on with it, a family name in -son stays one person', () => {
    expect(said('وقال مصرفيون إن القروض ارتفعت، معتبرين أن للعرض والطلب تأثيرا كبيرا.').map(([, who]) => who)).toEqual(['مصرفيون', 'مصرفيون']);
    expect(said('وقال جونسون إن الاتفاق جيد. وأضاف أن التنفيذ يبدأ غدا.').map(([, who]) => who)).toEqual(['جونسون', 'جونسون']);
  });
});

describe('a statement and its issuer', () => {
  test('a definite statement with a genitive body speaks for that body; a later bare التقرير is the same', () => {
    const text = 'وأشار التقرير الأسبوعي للبورصة المصرية إلى ارتفاع قيم التداولات. وأفاد التقرير أن المستثمرين الأجانب اشتروا أسهما.';
    expect(said(text).map(([, who]) => who)).toEqual(['البورصة المصرية', 'البورصة المصرية']);
    // (an indefinite statement written before: التقرير stands for it)
    const study = 'وأفادت دراسة بريطانية بأن السعادة تتراجع. وكشفت الدراسة أن الوظيفة مهمة.';
    expect(said(study).map(([, who]) => who)).toEqual(['دراسة بريطانية', 'دراسة بريطانية']);
  });
});

describe('a body the model runs on into a person', () => {
  test('ends before the person a rule found by a given name, who speaks', () => {
    const text = 'أعلنت المؤسسة العامة للتدريب التقني والمهني استمرار فترة القبول. وأوضح المتحدث الرسمي للمؤسسة العامة للتدريب التقني والمهني فهد العتيبي أن البوابة ستستمر في استقبال الطلبات.';
    expect(said(text).map(([, who]) => who)).toEqual(['المؤسسة العامة للتدريب التقني والمهني', 'فهد العتيبي']);
    expect(analyze(text).entities.filter((e) => e.type === 'PERSON').map((e) => e.text)).toEqual(['فهد العتيبي']);
  });
});
