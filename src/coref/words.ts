// The closed word classes coref reads (normalized forms, see normalize()); the quote stage shares the
// anonymous-source heads to read a speaker phrase.

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Heads of anonymous sources: مصدر كبير، مسؤول أمريكي، مصادر دبلوماسية، شهود عيان، قيادي بارز. */
export const ANONYMOUS_HEADS = set(`
  مصدر مصادر مسوول مسوولون مسوولين مسووله مسوولو دبلوماسي دبلوماسيون دبلوماسيين
  شهود شاهد خبراء خبير محللون محلل مراقبون اوساط جهات ناشطون ناشط سكان مقربون مقربين
  متحدث متحدثه ناطق عضو اعضاء مستشار مصدرا قيادي قياديون قياديين مختصون مختصين متخصصون
  مصدران مسوولان دبلوماسيان شاهدان تقارير وسايل
`);

/** مصدر، ومسؤولون: an anonymous head, with or without و/ف. */
export function isAnonymousHead(w: string): boolean {
  return ANONYMOUS_HEADS.has(w) || (/^[وف]/.test(w) && ANONYMOUS_HEADS.has(w.slice(1)));
}

/** المصدر، والمصادر، المسؤول، الناطق: an anonymous head made definite, pointing back to its source. */
export function isBackReference(w: string): boolean {
  const m = /^[وف]?ال(.+)$/.exec(w);
  return m !== null && ANONYMOUS_HEADS.has(m[1]);
}

/** Statements that stand for who issued them: البيان، التقرير، الرسالة. */
export const STATEMENT_WORDS = set(`بيان تقرير رساله تصريح مذكره وثيقه دراسه احصاييه احصاييات احصاءات`);

/** البيان، والتقرير: a definite statement word. */
export function isStatementWord(w: string): boolean {
  const m = /^[وف]?ال(.+)$/.exec(w);
  return m !== null && STATEMENT_WORDS.has(m[1]);
}

// Each set hasBare reads, with its words also written after و and ف (made once per set).
const withConjunction = new WeakMap<ReadonlySet<string>, Set<string>>();

/** Is w, without a leading و/ف when it has one, in the set (وسعادة → سعاده)? One look-up, no string made. */
export function hasBare(words: ReadonlySet<string>, w: string): boolean {
  let forms = withConjunction.get(words);
  if (!forms) {
    forms = new Set();
    for (const x of words) {
      if (!x.startsWith('و') && !x.startsWith('ف')) forms.add(x);
      forms.add('و' + x).add('ف' + x);
    }
    withConjunction.set(words, forms);
  }
  return forms.has(w);
}

/** A head word without conjunction, article and feminine ending: والوزيرة → وزير, المستشارة → مستشار. */
export function headKey(w: string): string {
  let from = 0;
  // و/ف before an article, then the article with or without ل, ب, ك
  if ((w[0] === 'و' || w[0] === 'ف') && (w.startsWith('ال', 1) || w.startsWith('لل', 1))) from = 1;
  if (w.startsWith('ال', from)) from += 2;
  else if (w.startsWith('لل', from)) from += 2;
  else if ((w[from] === 'ب' || w[from] === 'ك') && w.startsWith('ال', from + 1)) from += 3;
  let to = w.length;
  if (to - from > 3 && w[to - 1] === 'ه') to--;
  return to - from >= 2 ? w.slice(from, to) : w;
}

/** Arabic head nouns of the lexicon's roles, so a person the lexicon knows resolves الوزير or الرئيس. */
export const ROLE_HEADS: Readonly<Record<string, readonly string[]>> = {
  head_of_state: ['رييس'], president: ['رييس'], vice_president: ['نايب'], king: ['ملك', 'عاهل'], emir: ['امير'],
  sultan: ['سلطان'], crown_prince: ['ولي'], prime_minister: ['رييس'], deputy_prime_minister: ['نايب'],
  speaker: ['رييس'], party_leader: ['زعيم', 'رييس'], opposition_leader: ['زعيم'], armed_group_leader: ['زعيم', 'قايد'],
  religious_leader: ['مرشد', 'مفتي', 'شيخ'], military_commander: ['قايد'], chief_of_staff: ['رييس'], intelligence_chief: ['رييس', 'مدير'],
  spokesperson: ['متحدث', 'ناطق'], secretary_general: ['امين'], envoy: ['مبعوث'], ambassador: ['سفير'],
  central_bank_governor: ['محافظ'], governor: ['محافظ', 'امير'], mayor: ['عمد', 'رييس'], judge: ['قاضي'], prosecutor: ['مدعي', 'نايب'],
  coach: ['مدرب'], athlete: ['لاعب'], businessperson: ['رجل'], journalist: ['صحفي'], royal: ['امير'],
};

/** Words of a role phrase that say nothing about the office (titles of address, ranks). */
export const ADDRESS_WORDS = set(`
  السيد السيده الدكتور الدكتوره الشيخ الشيخه المهندس المهندسه الاستاذ الاستاذه الحاج الحاجه
  دكتور دكتوره مهندس استاذ
  سماحه فضيله معالي سعاده فخامه سمو جلاله
  اللواء العميد العقيد المقدم الرايد النقيب الفريق المشير العماد الجنرال
`);

/** The counterpart words: نظيره الروسي is the holder of the same role in Russia. */
export const COUNTERPART_WORDS = set(`نظيره نظيرته نظيرها نظير نظيريه`);

/** مسؤولون، شهود، مصادر: heads that take plural verbs (or, as broken plurals, feminine singular ones). */
export function isPluralHead(w: string): boolean {
  return /(?:ون|ين|و|ان)$/.test(w) || BROKEN_PLURALS.has(w);
}
const BROKEN_PLURALS = set(`مصادر شهود خبراء اوساط جهات سكان اعضاء قيادات`);

/** Times that end a description (مصدر أمني صباح اليوم): no part of who spoke. */
export const TIME_WORDS = set(`
  اليوم امس غدا صباح مساء ظهر فجر ليله الليله يوم الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت
  حاليا سابقا لاحقا مؤخرا امس الاول
`);
