// Closed word lists that more than one stage reads (the entities and the quotes), in normalized form.

export const wordSet = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Words that introduce an "according to" source: بحسب الأناضول، وفقا لرويترز، نقلا عن واس. */
export const ACCORDING = wordSet(`
  بحسب وبحسب فبحسب حسب وحسب حسبما وحسبما بحسبما وبحسبما
  وفقا ووفقا وفق ووفق طبقا وطبقا استنادا واستنادا نقلا ونقلا
`);

// Verbs that are speech verbs only in some uses: بين (between), عبر (across), تعد (is considered),
// واصل (went on), روى … They count only with a complementizer or their preposition right after them.
export const WEAK_LEMMAS = new Set(['بين', 'عبر', 'وعد', 'عد', 'واصل', 'زاد', 'ختم', 'اختتم', 'روي', 'كتب', 'قدر', 'طلب', 'رد', 'وجه', 'سال', 'نص']);

/** Turn markers: بدوره، من جهته، من جانبه — a new speaker takes the floor (the quotes and coref read them). */
export const TURN = wordSet(`
  بدوره بدورها بدورهم وبدوره وبدورها وبدورهم
  جهته جهتها جهتهم جانبه جانبها جانبهم
`);

/** The quote marks news put around a name or a quote: « » " “ ” (the entity rules and coref read them). */
export const QUOTE_MARKS = new Set(['«', '»', '"', '“', '”']);

/** Month names, Gregorian (مايو), Syriac as the Levant and Iraq write them (أيار), and Hijri (رمضان):
 *  the headline stage reads them in datelines, the entity stage in dates (no month is a name there). */
export const MONTHS = wordSet(`
  يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
  كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين
  محرم صفر رجب شعبان رمضان شوال
`);

/** Words that place a time before or after now (في نيسان الماضي، في الأسبوع المقبل، في وقت سابق): the
 *  entity stage reads a month with them as a date, the quote stage skips such a time before an object. */
export const TIME_PLACERS = wordSet(`
  الماضي الماضيه المقبل المقبله الجاري الحالي المنصرم القادم سابق السابق الاخير الاخيره
`);

/** Epithets of God that stand for the name after قال in cited scripture (قال تعالى، قال جل وعز، قال سبحانه). */
export const DIVINE_EPITHETS = wordSet(`
  تعالي وتعالي سبحانه جل وجل عز وعز جلاله تبارك وتبارك
`);
