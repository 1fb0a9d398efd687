// Who is written as the speaker of one clause: the subject after a speech verb (VSO) or right before it
// (SVO), read as a phrase with its form (a name, an anonymous source, a definite role, a back-reference …).
// Nothing here looks beyond the clause: who a role or a dropped subject is, across the document, is coref's.

import { K_NUMBER, K_PUNCT, K_WORD, type TokenTable } from '../tokens/scan.js';
import { isConstructPlural, type DocTokens, type Mention } from '../entities/layers.js';
import { titleEnd } from '../entities/rules.js';
import { DIVINE_EPITHETS } from '../lexicon/word-lists.js';
import type { Resources } from '../lexicon/resources.js';
import { W } from '../lexicon/word-class.js';
import { DEFINITE_ORG_HEADS, ORG_HEADS, PLACE_HEAD_WORDS } from '../lexicon/heads.js';
import { newSubject, type Subject } from '../coref/types.js';
import { ADDRESS_WORDS, STATEMENT_WORDS, TIME_WORDS, isAnonymousHead, isBackReference, isStatementWord } from '../coref/words.js';
import { isPrepositional } from '../coref/mentions.js';
import { ADVERBIAL_LEADS, COMPLEMENTIZERS, RELATIVES, STATEMENT_NOUNS, TERMINALS, WEAK_LEMMAS, isComma } from './words.js';

/** The document as the quote stage reads it. */
export interface QuoteDoc {
  doc: DocTokens;
  table: TokenTable;
  res: Resources;
  mentions: Mention[];
  /** Mention index covering each token, or -1. */
  mentionAt: Int32Array;
}

const COUNTERPART = new Set(['نظيره', 'نظيرته', 'نظيرها', 'نظير', 'نظيريه']);

/** A subject naming the entity mention k, written over tokens [first, last]. */
export function named(q: QuoteDoc, k: number, first: number, last: number): Subject {
  const m = q.mentions[k];
  const start = m.first === first ? m.start : stripConjunctionOffset(q, first);
  return newSubject({ form: 'name', first, last, start, end: q.table.ends[last], mention: k, name: m.name });
}

/** A subject that is a phrase, named by its words from `first` (without a leading و/ف) to `last`. */
export function phrase(q: QuoteDoc, form: Subject['form'], first: number, last: number, extra: Partial<Subject> = {}): Subject {
  const start = stripConjunctionOffset(q, first);
  const end = q.table.ends[last];
  return newSubject({ form, first, last, start, end, mention: -1, name: q.table.text.slice(start, end), ...extra });
}

/** Prepositions that end a speaker's noun phrase (في, ب, من, لدى, باسم may continue it). */
const NP_ENDS = new Set(['الي', 'علي', 'عن', 'مع', 'حول', 'نحو', 'ضد', 'خلال', 'عقب', 'بعد', 'قبل', 'منذ', 'حتي']);

const isStop = (q: QuoteDoc, t: number): boolean => {
  const { norms, kinds } = q.table;
  if (kinds[t] === K_PUNCT) return true;
  if (q.mentionAt[t] >= 0) return false; // a name (روي كاريلو) is no verb
  if (q.doc.wordClass[t] & W.SPEECH) return true;
  // complementizers and relatives open with ا، ب، و or ل: no set look-up for the other words
  const w = norms[t];
  const c = w.charCodeAt(0);
  return (c === 0x0627 || c === 0x0628 || c === 0x0648 || c === 0x0644) && (COMPLEMENTIZERS.has(w) || RELATIVES.has(w));
};

/** Does a noun phrase start at t that could be a subject: a mention, a definite noun, an anonymous head? */
function startsNounPhrase(q: QuoteDoc, t: number): boolean {
  const w = q.table.norms[t];
  if (q.table.kinds[t] !== K_WORD || isStop(q, t)) return false;
  if (q.mentionAt[t] >= 0) return q.mentions[q.mentionAt[t]].form === 'name';
  if (isAnonymousHead(w) || isBackReference(w)) return true;
  if (q.res.functionWords.has(w) || ADVERBIAL_LEADS.has(w)) return false;
  // (a word that opens with ل or ب is read as a preposition, unless an organization's name follows it:
  // بعثة الأمم المتحدة, لجنة الأمم المتحدة)
  const next = t + 1 < q.table.count ? q.mentionAt[t + 1] : -1;
  const ofOrganization = next >= 0 && q.mentions[next].first === t + 1 && q.mentions[next].type === 'ORGANIZATION' && q.mentions[next].form === 'name';
  return /^(ال|وال)/.test(w) || q.res.titles.has(w) || isOrgHeadWord(w) || !/^[لب]/.test(w) || ofOrganization;
}

/**
 * The subject after a speech verb (VSO), within [from, limit): a name (with its role), an anonymous source,
 * a definite role, or another noun phrase (الحكومة). When adverbials come first (وقال في تصريح لوكالة …
 * وزير المالية سعد …), the name right before the complement. Null when the subject is dropped.
 */
export function subjectAfter(q: QuoteDoc, at: number, limit: number, complementAt: number): Subject | null {
  if (at >= limit || q.doc.breakBefore[at]) return null;
  // كشفت لـ"الاقتصادية" مصادر مطلعة: whom it was told comes first, then who told it
  const addressed = pastAddressee(q, at, limit);
  // رأى د. فرانك أليسون: an abbreviated title before the name is part of the phrase, not its end
  // (وقال الليلة قبل الماضية إن، أعلن مساء الثلاثاء فقدان …: a time first is no subject, and what
  // follows it is the subject only when it opens one)
  const timed = pastTimeToSubject(q, addressed, limit);
  if (timed < 0) return null;
  const from = pastAbbreviations(q, timed, limit);
  if (from >= limit || from === complementAt) return null;
  // وأضاف مستهجناً:، وقال مستشهداً بالأبيات …: how it was said, the subject dropped
  if (from === at && isCircumstantial(q, from)) return null;
  // (وقالت قاضية أميركية في مانهاتن، أول من أمس، إن: an indefinite noun and its nisba)
  // (ناشدت معلمة سعودية في ألمانيا، بالوقوف …: with no complementizer either, an indefinite noun and its
  // nisba right after the verb are its subject)
  let s = readSubject(q, from, limit, complementAt) ?? (complementAt > from ? (phraseBeforeMarker(q, from, complementAt) ?? nisbaSubject(q, from, complementAt)) : nisbaSubject(q, from, limit));
  if (s && complementAt > s.last) s = withFullName(q, s, complementAt);
  if (s && s.form === 'role' && complementAt > s.last + 1) s = holderAfterRole(q, s, complementAt) ?? s;
  // وقال ممثل اليونيسيف باليمن، جوليان هارنيس، إن: the role's holder in apposition after a comma speaks
  if (s && s.form !== 'name' && s.last + 1 < limit) {
    // (past where the role sits: باليمن، في الأردن)
    let comma = s.last + 1;
    for (;;) {
      const at = comma < limit && comma - s.last <= 3 ? (q.table.norms[comma] === 'في' ? comma + 1 : comma) : -1;
      const k = at >= 0 && at < limit ? q.mentionAt[at] : -1;
      if (k < 0 || q.mentions[k].first !== at || !PLACE_TYPES.has(q.mentions[k].type)) break;
      comma = q.mentions[k].last + 1;
    }
    // (دعا المرجع الشيعي الأعلى في العراق آية الله علي السيستاني: after where the role sits, its holder
    // may follow with no comma)
    const apposed = apposedPerson(q, comma);
    const holder = apposed >= 0 ? apposed : comma > s.last + 1 ? titledPersonAt(q, comma) : -1;
    if (holder >= 0 && q.mentions[holder].last < limit) s = named(q, holder, s.first, q.mentions[holder].last);
    else {
      // قال رئيس اللجنة الأمنية لدراسة …، مدير عام الإدارة … الشيخ أحمد بن حمد، إن: a second role in
      // apposition, after the first one's genitives, and its holder's name right before the complement
      const late = complementAt > s.last ? apposedRoleHolder(q, s.last + 1, complementAt) : -1;
      if (late >= 0) s = named(q, late, s.first, q.mentions[late].last);
    }
  }
  return s && from > addressed && s.first === from ? newSubject({ ...s, first: addressed, start: stripConjunctionOffset(q, addressed) }) : s;
}

/**
 * An indefinite accusative right after the verb (a ḥāl: مستهجناً، متسائلاً، مستشهدا) tells how something
 * was said, never who said it: written with tanween fath, or a participle of the form مستفعلا.
 */
function isCircumstantial(q: QuoteDoc, t: number): boolean {
  const { table } = q;
  if (table.kinds[t] !== K_WORD || q.mentionAt[t] >= 0) return false;
  const end = table.ends[t];
  const fathatan = table.text.charCodeAt(end - 1) === 0x064b || (table.text.charCodeAt(end - 2) === 0x064b && table.text.charCodeAt(end - 1) === 0x0627);
  return fathatan || /^مست.{3,4}ا$/.test(table.norms[t]);
}

function readSubject(q: QuoteDoc, from: number, limit: number, complementAt: number): Subject | null {
  // قال تعالى، قال جل وعز، قال سبحانه وتعالى: God, by the epithets that stand for the name
  if (DIVINE_EPITHETS.has(q.table.norms[from])) {
    let last = from;
    while (last + 1 < limit && DIVINE_EPITHETS.has(q.table.norms[last + 1])) last++;
    return phrase(q, 'phrase', from, last, { name: 'الله' });
  }
  // قال "عسيري" في حديث …: a name in marks right after the verb is its subject
  const quoted = bracketEnd(q, from);
  if (quoted > 0 && quoted <= from + 5 && quoted + 1 < limit) {
    const k = q.mentionAt[from + 1];
    if (k >= 0 && q.mentions[k].form === 'name' && q.mentions[k].last === quoted - 1) return named(q, k, from + 1, quoted - 1);
    // (a role or a surname in marks reads as it would without them: «المسؤول اليمني», «الحارثي»)
    const inner = startsNounPhrase(q, from + 1) ? nounPhrase(q, from + 1, quoted) : null;
    if (inner && inner.last === quoted - 1) return inner;
    if (quoted <= from + 3) return phrase(q, 'phrase', from + 1, quoted - 1);
  }
  if (!startsNounPhrase(q, from)) {
    // adverbials first: the subject may stand right before the complement
    if (complementAt > from && complementAt <= limit) return subjectBeforeComplement(q, from, complementAt);
    return null;
  }
  return nounPhrase(q, from, limit);
}

function nounPhrase(q: QuoteDoc, from: number, limit: number): Subject | null {
  const { table } = q;
  const w0 = table.norms[from];
  // آل صقر (normalized ال صقر): a family name, not an article
  if (w0 === 'ال' && from + 1 < limit && isUnknownWord(q, from + 1)) return phrase(q, 'unknown', from, from + 1);
  // كشفت إحصائية للأمم المتحدة مقتل …: a statement with the organization that issued it, ل joined to it
  const issuer = from + 1 < limit && STATEMENT_WORDS.has(w0.replace(/^[وف]/, '')) ? q.mentionAt[from + 1] : -1;
  if (issuer >= 0 && q.mentions[issuer].first === from + 1 && q.mentions[issuer].type === 'ORGANIZATION' && q.mentions[issuer].form === 'name' && q.mentions[issuer].last < limit) {
    return phrase(q, 'phrase', from, q.mentions[issuer].last);
  }
  const anonymous = isAnonymousHead(w0) || isBackReference(w0);
  const indefiniteSource = isAnonymousHead(w0) && !/^[وف]?ال/.test(w0);
  const k0 = q.mentionAt[from];
  // a role: a word that is not a name, possibly a title of the lexicon (المدير العام للمنظمة الدكتور …)
  const roleLike = k0 < 0 && !anonymous;
  const definiteHead = /^(ال|وال|فال)/.test(w0) && !ROOT_WAW.test(w0);
  const orgHead = k0 < 0 && isOrgHeadWord(w0);
  let end = from;
  let person = -1;
  let definite = false; // a definite word after the head (its genitive chain has ended)
  while (end < limit && end - from < 16 && !q.doc.breakBefore[end]) {
    const w = table.norms[end];
    // رئيس اللجنة المنظمة د. أحمد الغامدي: an abbreviated title (a letter and its full stop) inside the phrase
    if (end > from && w === '.' && table.norms[end - 1].length === 1 && table.ends[end - 1] === table.starts[end] && end + 1 < limit) {
      end++;
      continue;
    }
    if (end > from && isStop(q, end)) {
      // (البنتاغون), «التنمية والتحرير»: a name in brackets or quote marks inside the phrase
      const close = bracketEnd(q, end);
      if (close < 0 || !(roleLike || anonymous)) break;
      end = close + 1;
      continue;
    }
    const k = q.mentionAt[end];
    // مصادر قبلية لـ«الوطن»، مسؤول في الشركة لوكالة الصحافة الفرنسية: whom an unnamed source told
    if (end > from && indefiniteSource && addresseeEnd(q, end) >= 0) break;
    // أعلنت مصادر طبية مقتل ثلاثة أشخاص، وأكدت مصادر محلية وصول التعزيزات: right after an unnamed
    // source's adjectives, a noun in construct opens the object
    if (end > from && indefiniteSource && SOURCE_HEADS.has(w0.replace(/^[وف]/, '')) && onlyAdjectives(q, from + 1, end) && opensConstruct(q, end, limit)) break;
    if (k >= 0) {
      const m = q.mentions[k];
      // شركة أبناء عبدالله الخضري: a company named after a person is the company; المسؤول الكردي: a
      // nisba after a role is no name, whatever the entity stage made of it
      if (m.type === 'PERSON' && m.form === 'name' && !orgHead && !isNisbaAfterRole(q, k)) {
        person = k;
        end = m.last + 1;
        break; // the name ends the phrase
      }
      if (end === from && m.form === 'name' && !anonymous) {
        end = m.last + 1;
        break; // an organization or a place says it: وزارة الصحة التونسية
      }
      end = m.last + 1;
      continue;
    }
    // إلى, على, عن …: the phrase has ended (مصادر مطلعة إلى أن …); so has it at قولها (نقلت … عن X قولها)
    if (end > from && (NP_ENDS.has(w) || /^قول(?:ه|ها|هم|هما)$/.test(w))) break;
    if (end > from && ADVERBIAL_LEADS.has(w)) {
      // مصدر كبير في وزارة الدفاع / المدير العام للمنظمة: where the source or the role sits
      const next = q.mentionAt[end + 1];
      const where =
        ((anonymous || roleLike) && (w === 'في' || w === 'ب') && next >= 0 && q.mentions[next].form === 'name' && q.mentions[next].type !== 'PERSON') ||
        // مصدر في المقاومة، مصادر من الجيش: an anonymous source's place, a definite noun
        (anonymous && (w === 'في' || w === 'من') && isPlaceOfSource(q, end + 1)) ||
        // مسؤول في مطار عدن الدولي: a place or body word before the name of where it is
        (anonymous && (w === 'في' || w === 'من' || w === 'ب') && isHeadOfName(q, end + 1));
      // مدير إدارة الطوارئ في الأمانة خالد الزهراني: the place of a role, when a name follows it
      if (!where && !((roleLike || anonymous) && (w === 'في' || w === 'لدي') && personAhead(q, end + 1, limit))) break;
    }
    if (end > from && /^ل/.test(w) && !(anonymous || roleLike)) break; // لقناة, للصحفيين: whom it was told
    // نفى الوزير مزاعم …: an indefinite noun after a definite role is the object (a definite noun
    // takes no genitive), unless it is a given name
    // (المتحدث باسم رئاسة الجمهورية: the body after باسم is no object)
    // (الفريق ركن: a title of more than one word goes on)
    if (end > from && roleLike && definiteHead && !/^(ال|لل|ب|ل|وال)/.test(w) && !(q.doc.wordClass[end] & W.GIVEN) && table.norms[end - 1] !== 'باسم' && titleEnd(q, from) <= end) break;
    // (أعلنت قيادة قوات التحالف الالتزام بهدنة …: after a definite word that ended the phrase's genitives,
    // a definite verbal noun is the object, not one more adjective)
    // (not a title of that shape: الأستاذ)
    if (end > from && definite && q.mentionAt[end] < 0 && /^(ال|وال)/.test(table.norms[end - 1]) && isDefiniteMasdar(w) && !(q.doc.wordClass[end] & (W.TITLE | W.ROLE)) && !q.res.titles.has(w)) break;
    // (دعا الوزير المواطنين إلى …: a definite head takes no genitive, and a sound plural is no adjective of
    // a singular head: the object)
    if (end > from && roleLike && definiteHead && /^ال.{3,}(?:ين|ون)$/.test(w) && q.mentionAt[end] < 0 && singularHeadBefore(q, from, end)) break;
    // (أعلنت قيادة قوات التحالف بدء هدنة …: a body's head and its genitives end at their first definite
    // word; an indefinite noun after it is the object, في بيان لها the statement it was made in)
    if (end > from && orgHead && definite && ((!/^(ال|لل|ب|ل|وال)/.test(w) && !q.res.functionWords.has(w)) || OBJECT_OPENERS.has(w) || (w === 'في' && STATEMENT_NOUNS.has(table.norms[end + 1] ?? '')))) break;
    if (end > from && /^(ال|وال)/.test(w)) definite = true;
    end++;
  }
  if (person >= 0 && (roleLike || anonymous || k0 === person)) return named(q, person, from, q.mentions[person].last);
  const last = Math.max(from, end - 1);
  // المصدر، المسؤولون الأميركيون: back to an anonymous source, with its adjectives
  if (isBackReference(w0)) return phrase(q, 'back', from, adjectivesAfter(q, from, last), { head: w0.replace(/^[وف]?ال/, '') });
  if (anonymous) {
    // مسؤول العلاقات الخارجية في الحزب: a definite genitive makes the office a definite role
    // (up to a name right after a definite word, with no preposition or place word between: واتهمت
    // وسائل الإعلام الاتحاد الصربي: the object; مسؤولو الحياة البرية بولاية كاليفورنيا stays whole)
    if (from + 1 <= last && /^ال/.test(table.norms[from + 1]) && q.mentionAt[from + 1] < 0) {
      let cut = from + 1;
      while (cut < last) {
        const k = q.mentionAt[cut + 1];
        if (k >= 0 && q.mentions[k].form === 'name' && q.mentions[k].first === cut + 1 && q.mentions[k].start === table.starts[cut + 1] && /^[وف]?ال/.test(table.norms[cut])) break;
        cut = k >= 0 ? Math.min(last, q.mentions[k].last) : cut + 1;
      }
      return phrase(q, 'role', from, cut);
    }
    // the relative clause that follows (الذي طلب عدم ذكر اسمه) is not part of the name
    return phrase(q, 'anonymous', from, last, { head: w0.replace(/^[وف]/, '') });
  }
  if (k0 >= 0 && q.mentions[k0].form === 'name') return named(q, k0, from, q.mentions[k0].last);
  // بنك جولدمان ساكس, وكالة رويترز: a head word and the organization it introduces
  const k1 = from + 1 < table.count ? q.mentionAt[from + 1] : -1;
  if (k0 < 0 && k1 >= 0 && q.mentions[k1].first === from + 1 && q.mentions[k1].form === 'name' && q.mentions[k1].type === 'ORGANIZATION' && isOrgHeadWord(w0)) {
    return named(q, k1, from, q.mentions[k1].last);
  }
  // منظمة لم تعرفها المعاجم: a head word and its name, unresolved
  if (k0 < 0 && isOrgHeadWord(w0) && end - 1 > from) return phrase(q, 'phrase', from, end - 1, { organization: true });
  // بعثة الأمم المتحدة، مكتب الأمم المتحدة: a body of the organization named after it
  // (not a person's role in it: مدرب الهلال فلان)
  const personRole = (q.doc.wordClass[from] & (W.TITLE | W.ROLE)) !== 0 || isAnonymousHead(w0);
  if (k0 < 0 && k1 >= 0 && q.mentions[k1].first === from + 1 && q.mentions[k1].form === 'name' && q.mentions[k1].type === 'ORGANIZATION' && !/^ال/.test(w0) && !q.res.functionWords.has(w0) && !personRole) {
    return phrase(q, 'phrase', from, q.mentions[k1].last, { organization: true });
  }
  if (COUNTERPART.has(w0.replace(/^[وف]/, ''))) {
    // نظيره الروسي: the word and its nisba
    let cut = from;
    while (cut + 1 <= last && q.mentionAt[cut + 1] >= 0 && q.mentions[q.mentionAt[cut + 1]].form === 'adjective') cut++;
    return phrase(q, 'counterpart', from, cut);
  }
  // وزير الخارجية الفرنسي: an indefinite title made definite by the genitive that follows it
  // (رئيس الاتفاق المكلف: the genitive may be the body's name)
  const genitive = from + 1 <= last ? q.mentionAt[from + 1] : -1;
  const construct = q.res.titles.has(w0) && from + 1 <= last && /^(ال|لل)/.test(table.norms[from + 1]) && (genitive < 0 || (q.mentions[genitive].type === 'ORGANIZATION' && q.mentions[genitive].form === 'name'));
  // رئيسة «اتحاد جمعيات الصحافيين الإسبان»: a title and the body's name between marks
  // (an indefinite title only: after المتحدث the marks hold what he said)
  const quotedBody = q.res.titles.has(w0) && !definiteHead ? bracketEnd(q, from + 1) : -1;
  if (quotedBody > 0 && quotedBody <= last) return phrase(q, 'phrase', from, quotedBody);
  // والدة أحد الضحايا: a relative of someone, named by the whole phrase
  if (ROOT_WAW.test(w0)) return phrase(q, 'phrase', from, last);
  if (!/^(ال|وال|فال)/.test(w0) && !construct) return null;
  // a definite role or short name (الوزير التركي, الوزارة): its adjectives and a genitive
  // (المديرية العامة للأرصاد الجوية)
  const cut = adjectivesAfter(q, construct && genitive >= 0 ? q.mentions[genitive].last : from, last);
  // حاكم المصرف المركزي الإيراني ولي الله سيف: a role of a named body introduces the person named
  // after it (read further on), it does not speak itself
  // (or a name no lexicon knows: only a function word, a complementizer or punctuation may follow)
  if (construct && genitive >= 0 && (personSoonAfter(q, cut + 1) || !endsPhraseAt(q, cut + 1))) return null;
  return phrase(q, isStatementWord(w0) && cut === from ? 'statement' : 'role', from, cut);
}

/**
 * الالتزام، الاستمرار، الإعلان، التدشين، التأكيد: a definite verbal noun of the common derived patterns
 * (افتعال, انفعال, استفعال, إفعال; تفعيل), which no nisba or participle adjective shares (those end in ي
 * or open with م).
 */
function isDefiniteMasdar(w: string): boolean {
  return w.length >= 7 && w.startsWith('ال') && isVerbalNounShape(w.slice(2));
}

/** A word without the article of those verbal-noun shapes: التزام، استمرار، إعلان، تحرير، تدشين. */
export function isVerbalNounShape(w: string): boolean {
  return (w.length >= 5 && w.startsWith('ا') && w.charCodeAt(w.length - 2) === 0x0627) || /^ت..ي.$/.test(w);
}

/** The unnamed sources whose object may follow their adjectives directly. */
const SOURCE_HEADS = new Set(['مصادر', 'مصدر', 'مسؤول', 'مسؤولون', 'مسؤولين']);
/** محلية، أمنية، عراقيون: the nisba shapes (ة folded to ه). */
const NISBA_SHAPE = /(?:ي|يه|يون|يين|يان|يات)$/;
/** مطلعة، موثوق، مسؤولة: a participle (م and three letters or more, ة folded to ه). */
const PARTICIPLE_SHAPE = /^م.{3,}$/;
const SOURCE_ADJECTIVES = new Set(['رفيع', 'رفيعه', 'كبير', 'كبيره', 'كبار', 'بارز', 'بارزه', 'خاص', 'خاصه', 'عليا', 'رسمي', 'رسميه']);

/** Are tokens [from, to) all adjectives of an unnamed source (طبية، مطلعة، رفيعة)? */
function onlyAdjectives(q: QuoteDoc, from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const w = q.table.norms[t];
    if (q.table.kinds[t] !== K_WORD || w.startsWith('ال') || !(NISBA_SHAPE.test(w) || PARTICIPLE_SHAPE.test(w) || SOURCE_ADJECTIVES.has(w))) return false;
  }
  return true;
}

/**
 * Does the noun at t open a construct chain (up to three nouns, then a number or a definite genitive:
 * مقتل ثلاثة، نبأ استشهاد الشاب، وصول التعزيزات)? Not an adjective (a nisba, a participle), an adverb
 * of place (داخل العاصمة) or a word with a proclitic, save the few verbal nouns that open with و or ب.
 */
function opensConstruct(q: QuoteDoc, t: number, limit: number): boolean {
  const plainNoun = (k: number): boolean => {
    const w = q.table.norms[k];
    return q.table.kinds[k] === K_WORD && q.mentionAt[k] < 0 && !w.startsWith('ال') && (!/^[وفبلك]/.test(w) || WHOLE_NOUNS.has(w)) && !NISBA_SHAPE.test(w) && !q.res.functionWords.has(w) && !ADVERBIAL_LEADS.has(w) && !TIME_WORDS.has(w) && !NP_ENDS.has(w) && !PLACE_ADVERBS.has(w) && !(q.doc.wordClass[k] & (W.TITLE | W.ROLE));
  };
  if (!plainNoun(t) || (PARTICIPLE_SHAPE.test(q.table.norms[t]) && !EVENT_NOUNS.has(q.table.norms[t]))) return false;
  let k = t;
  while (k + 1 < limit && k - t < 2 && plainNoun(k + 1)) {
    k++;
    if (NUMBER_WORDS.has(q.table.norms[k])) return true; // مقتل ثلاثة أشخاص
  }
  const next = k + 1;
  if (next >= limit || q.doc.breakBefore[next]) return false;
  const w = q.table.norms[next];
  if (q.table.kinds[next] === K_NUMBER) return true;
  return w.startsWith('ال') && !TIME_WORDS.has(w) && !ADJECTIVE_GENITIVES.has(w) && !NISBA_SHAPE.test(w);
}
/** Verbal nouns that open with و or ب as whole words (وصول، بدء), and event nouns of the participle's shape (مقتل). */
const WHOLE_NOUNS = new Set(['وصول', 'وفاه', 'وقوع', 'وجود', 'وقف', 'بدء', 'بقاء']);
const EVENT_NOUNS = new Set(['مقتل', 'مصرع', 'مغادره', 'مشاركه', 'مواصله', 'موافقه', 'مقاطعه', 'ملاحقه']);
/** Adverbs of place (داخل العاصمة): where a source sits, not what it said. */
const PLACE_ADVERBS = new Set(['داخل', 'خارج', 'قرب', 'شرق', 'غرب', 'شمال', 'جنوب', 'وسط', 'بين']);
/** Number words that follow a noun in construct (مقتل ثلاثة، إصابة عشرات). */
const NUMBER_WORDS = new Set(['اثنين', 'اثنان', 'ثلاثه', 'اربعه', 'خمسه', 'سته', 'سبعه', 'ثمانيه', 'تسعه', 'عشره', 'عشرات', 'مئات', 'الاف', 'ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر', 'مئه', 'الف']);
/** The genitives of an adjective in construct (مصادر رفيعة المستوى، وثيقة الصلة، واسعة الاطلاع). */
const ADJECTIVE_GENITIVES = new Set(['المستوي', 'الصله', 'الاطلاع', 'الشان', 'الثقه']);

/** The last token of whom something was told, starting at t (لـ before a name in marks, or an
 *  organization with ل: لوكالة الصحافة الفرنسية, لرويترز), or -1 when no addressee starts there. */
export function addresseeEnd(q: QuoteDoc, t: number): number {
  const w = q.table.norms[t];
  if (w === 'ل' || w === 'لـ') return bracketEnd(q, t + 1);
  const k = q.mentionAt[t];
  const m = k >= 0 ? q.mentions[k] : null;
  if (!m || !w.startsWith('ل') || m.first !== t || m.start === q.table.starts[t] || m.form !== 'name' || m.type !== 'ORGANIZATION') return -1;
  // a news medium (a one-word name, or one with its head: لوكالة الأنباء الألمانية); any other
  // organization with ل is more often a genitive (المجلس الوزاري لمجلس التعاون)
  return m.last === t || MEDIA_HEADS.has(w.slice(1)) ? m.last : -1;
}
const MEDIA_HEADS = new Set(['وكاله', 'صحيفه', 'جريده', 'قناه', 'اذاعه', 'تلفزيون', 'موقع', 'شبكه', 'مجله']);

/**
 * The person named after a comma at token `comma`, behind titles, and before a comma, the sentence's end
 * or the complementizer (…، اللواء عبدالعزيز الصولي،; ممثل اليونيسيف، جوليان هارنيس، إن): the mention's
 * index, or -1.
 */
export function apposedPerson(q: QuoteDoc, comma: number): number {
  const { table } = q;
  if (comma >= table.count || !isComma(table.norms[comma])) return -1;
  let u = comma + 1;
  while (u < table.count && u - comma <= 3 && q.mentionAt[u] < 0 && table.kinds[u] === K_WORD && q.doc.wordClass[u] & W.TITLE) u++;
  const m = u < table.count && !q.doc.breakBefore[u] ? q.mentionAt[u] : -1;
  if (m < 0 || q.mentions[m].form !== 'name' || q.mentions[m].type !== 'PERSON' || q.mentions[m].first !== u) return -1;
  const after = q.mentions[m].last + 1;
  if (after >= table.count || q.doc.breakBefore[after]) return m;
  const w = table.norms[after];
  return isComma(w) || TERMINALS.has(w) || COMPLEMENTIZERS.has(w) ? m : -1;
}

/** Reports and documents that say something when they are a verb's subject (كشفت دراسة حديثة …). */
const REPORT_SUBJECTS = new Set(['تقرير', 'دراسه', 'احصاييه', 'احصاءات', 'احصاييات', 'بيانات', 'ارقام', 'استطلاع', 'مسح', 'وثيقه', 'وثايق', 'بيان', 'تقارير', 'دراسات']);

/**
 * An indefinite report right after a verb with no complementizer, with its indefinite adjectives and whose
 * it is (كشفت دراسة حديثة ارتفاع …، كشف تقرير للأمم المتحدة مقتل …): the subject, what it said after it.
 */
export function reportSubject(q: QuoteDoc, from: number, limit: number): Subject | null {
  const { table } = q;
  if (from >= limit || table.kinds[from] !== K_WORD || q.mentionAt[from] >= 0 || !REPORT_SUBJECTS.has(table.norms[from])) return null;
  let last = from;
  for (let t = from + 1; t < limit && t - from <= 3 && table.kinds[t] === K_WORD && !q.doc.breakBefore[t]; t++) {
    const w = table.norms[t];
    const k = q.mentionAt[t];
    // للأمم المتحدة: whose report, a name with ل, ends the phrase
    if (k >= 0) {
      if (q.mentions[k].form === 'name' && q.mentions[k].first === t && w.startsWith('ل') && q.mentions[k].last < limit) last = q.mentions[k].last;
      else if (q.mentions[k].form === 'adjective' && q.mentions[k].first === t) {
        last = t = q.mentions[k].last;
        continue;
      }
      break;
    }
    // للمركز المصري للدراسات: whose it is, a definite genitive with ل and the words of its name
    if (w.startsWith('لل')) {
      last = t;
      while (last + 1 < limit && last - t < 4 && table.kinds[last + 1] === K_WORD && !q.doc.breakBefore[last + 1] && /^(ال|لل)/.test(table.norms[last + 1]) && !isStop(q, last + 1)) last++;
      break;
    }
    // حديثة، جديدة، دولية: an indefinite adjective (no article, no preposition, not what was said, not a
    // verb in the past: دراسة نشرت …)
    if (/^[لبوف]|^ال/.test(w) || (w.endsWith('ت') && !w.endsWith('ات')) || q.res.functionWords.has(w) || isVerbalNounShape(w) || isStop(q, t)) break;
    last = t;
  }
  return phrase(q, 'phrase', from, last);
}

/** A person's name at t, after titles (آية الله علي السيستاني): its mention, or -1. */
function titledPersonAt(q: QuoteDoc, t: number): number {
  let u = t;
  for (let end = titleEnd(q, u); end > u && end - t <= 4 && q.mentionAt[u] < 0; end = titleEnd(q, u)) u = end;
  const m = u < q.table.count && !q.doc.breakBefore[u] ? q.mentionAt[u] : -1;
  return m >= 0 && q.mentions[m].form === 'name' && q.mentions[m].type === 'PERSON' && q.mentions[m].first === u ? m : -1;
}

/**
 * A role opening after a comma, with its holder's name at its end right before the complement (or a
 * comma and the complement): the name's mention, when the words from `from` to that comma name no person
 * and hold no verb of saying (they qualify the first role), or -1.
 */
function apposedRoleHolder(q: QuoteDoc, from: number, complementAt: number): number {
  const { table } = q;
  const end = isComma(table.norms[complementAt - 1]) ? complementAt - 2 : complementAt - 1;
  const k = end >= from ? q.mentionAt[end] : -1;
  if (k < 0 || q.mentions[k].type !== 'PERSON' || q.mentions[k].form !== 'name' || q.mentions[k].last !== end) return -1;
  // back over the role's words to the comma that opens it
  let c = q.mentions[k].first - 1;
  while (c >= from && q.mentions[k].first - c <= 10 && table.kinds[c] === K_WORD) {
    const m = q.mentionAt[c];
    if (m >= 0 && q.mentions[m].type === 'PERSON') return -1;
    c--;
  }
  if (c < from || !isComma(table.norms[c]) || c + 1 >= q.mentions[k].first) return -1;
  const w = table.norms[c + 1];
  if (!(q.doc.wordClass[c + 1] & (W.ROLE | W.TITLE)) && !q.res.titles.has(w)) return -1;
  for (let t = from; t < c; t++) {
    if (q.doc.breakBefore[t] || (table.kinds[t] === K_PUNCT && TERMINALS.has(table.norms[t])) || q.doc.wordClass[t] & W.SPEECH) return -1;
    const m = q.mentionAt[t];
    if (m >= 0 && q.mentions[m].type === 'PERSON' && q.mentions[m].form === 'name') return -1;
  }
  return c - from <= 20 ? k : -1;
}

const PLACE_TYPES = new Set(['COUNTRY', 'CITY', 'LOCATION']);

/** Could no name start at t: the end of the text or line, punctuation, a function word, a
 *  complementizer, or an everyday word that is no given name (the verb's object: تصرف اللاعب)? */
function endsPhraseAt(q: QuoteDoc, t: number): boolean {
  if (t >= q.table.count || q.doc.breakBefore[t] || q.table.kinds[t] !== K_WORD) return true;
  const w = q.table.norms[t];
  if (q.res.functionWords.has(w) || COMPLEMENTIZERS.has(w)) return true;
  return q.res.commonWords.has(w) && !(q.doc.wordClass[t] & (W.GIVEN | W.GIVEN_COMMON));
}

/** Does a person's name start within a few words from t (past a comma), in the same line? */
function personSoonAfter(q: QuoteDoc, t: number): boolean {
  for (let k = t; k < q.table.count && k - t < 4 && !q.doc.breakBefore[k]; k++) {
    const m = q.mentionAt[k];
    if (m >= 0 && q.mentions[m].type === 'PERSON' && q.mentions[m].form === 'name') return true;
    // (a comma may stand between: رئيس اللجنة الوطنية، نضال رضوان)
    if (q.table.kinds[k] !== K_WORD && !isComma(q.table.norms[k])) return false;
  }
  return false;
}

/** A preposition with its pronoun, as the object of a participle in a phrase (المعترف بها، المشار إليه). */
const PARTICIPLE_OBJECTS = new Set(['به', 'بها', 'بهم', 'عليه', 'عليها', 'عليهم', 'اليه', 'اليها', 'اليهم', 'منه', 'منها', 'عنه', 'عنها', 'له', 'لها', 'لهم']);

/** The last token of the adjectives and definite genitives after a definite head at `from`, up to `last`. */
function adjectivesAfter(q: QuoteDoc, from: number, last: number): number {
  let cut = from;
  while (cut + 1 <= last && cut - from < 5) {
    const next = cut + 1;
    const k = q.mentionAt[next];
    const w = q.table.norms[next];
    // العام is a function word (هذا العام) but also the adjective of a role (الأمين العام, المدير العام)
    // (الكاتبة والناشطة الأمريكية: coordinated roles)
    const ok = k >= 0 ? q.mentions[k].form === 'adjective' : (/^(ال|لل|وال)/.test(w) && !q.res.functionWords.has(w)) || w === 'العام';
    if (!ok) {
      // الحكومة المعترف بها دوليا: a participle's preposition with its pronoun, and an adverb after it
      if (!(k < 0 && q.table.norms[cut].startsWith('الم') && PARTICIPLE_OBJECTS.has(w))) break;
      cut = next;
      // (the adverb may stand past where the phrase was read: an indefinite word ended it)
      const a = cut + 1;
      const adverb = a < q.table.count && q.table.kinds[a] === K_WORD && !q.doc.breakBefore[a] && q.mentionAt[a] < 0 ? q.table.norms[a] : '';
      if (adverb.length > 3 && adverb.endsWith('يا') && !adverb.startsWith('ال')) cut++;
      continue;
    }
    cut = next;
  }
  return cut;
}

// Honorifics that stand for a person already named (وقال فضيلته، وأضاف سموه): no new speaker.
const HONORIFIC_PRONOUNS = new Set(['فضيلته', 'سماحته', 'معاليه', 'سموه', 'جلالته', 'فخامته', 'سعادته', 'فضيلتها', 'سموها', 'معاليها']);

// Words that qualify a time word: الليلة الماضية، يوم الأحد المقبل، الليلة قبل الماضية، أمس الأول.
const TIME_QUALIFIERS = new Set(['الماضي', 'الماضيه', 'المقبل', 'المقبله', 'الاول', 'الفايت', 'الفايته', 'الحالي', 'الاخير', 'الاخيره']);

/** Past a time phrase at t (الليلة قبل الماضية، أول من أمس، صباح اليوم), or t itself. */
function pastTime(q: QuoteDoc, t: number, limit: number): number {
  const { norms, kinds } = q.table;
  const start = t;
  for (let n = 0; n < 6 && t < limit && kinds[t] === K_WORD; n++) {
    const w = norms[t];
    // (يوم الاتفاق is "the day of the agreement": يوم is a time before a weekday or a qualifier only)
    if (w === 'يوم' && !(t + 1 < limit && (TIME_WORDS.has(norms[t + 1]) || TIME_QUALIFIERS.has(norms[t + 1])))) break;
    if (TIME_WORDS.has(w) || (t > start && TIME_QUALIFIERS.has(w))) t++;
    else if (t > start && (w === 'قبل' || w === 'بعد') && t + 1 < limit && TIME_QUALIFIERS.has(norms[t + 1])) t += 2;
    else if (w === 'اول' && norms[t + 1] === 'من' && norms[t + 2] === 'امس') t += 3;
    else break;
  }
  return t;
}

/** Past a time phrase at t to where a subject opens (t itself when no time is there), or -1 when a time
 *  is followed by no subject (وقال الليلة قبل الماضية إن). */
function pastTimeToSubject(q: QuoteDoc, t: number, limit: number): number {
  const from = pastTime(q, t, limit);
  return from > t && (from >= limit || !opensSubject(q, from)) ? -1 : from;
}

/** Can a subject start at t: a mention, a title or role, an unnamed source, a definite noun? */
function opensSubject(q: QuoteDoc, t: number): boolean {
  const w = q.table.norms[t];
  return q.mentionAt[t] >= 0 || (q.doc.wordClass[t] & (W.TITLE | W.ROLE)) !== 0 || isAnonymousHead(w) || /^[وف]?ال/.test(w);
}

/** Past abbreviated titles (د. أ.د. م.): a letter and a full stop written against it. */
function pastAbbreviations(q: QuoteDoc, t: number, limit: number): number {
  const { table } = q;
  while (t + 1 < limit && table.kinds[t] === K_WORD && table.norms[t].length === 1 && table.norms[t + 1] === '.' && table.ends[t] === table.starts[t + 1]) t += 2;
  return t;
}

/** Past an addressee written before the subject (لـ"الاقتصادية"، ل»الحياة«، لـ(المدينة)، للصحفيين), or t itself. */
function pastAddressee(q: QuoteDoc, t: number, limit: number): number {
  const { norms } = q.table;
  for (let n = 0; n < 2 && t < limit; n++) {
    const w = norms[t];
    if (w === 'ل' || w === 'لـ') {
      const close = bracketEnd(q, t + 1);
      if (close < 0) return t;
      t = close + 1;
    } else if (w === 'للصحفيين' || w === 'للصحافيين' || w === 'للصحافه') t++;
    else break;
  }
  return t;
}

/**
 * The words between a speech verb and what it says, when nothing else read them as a subject (وقال غروس:،
 * وقال مدير برنامج المساءلة في الحركة … عايد أبو قطيش "إن …"، وذكر صحافيون من وكالة فرانس برس أن):
 * a subject, once the addressee and the time after it are left out. A person named in it is the
 * subject; words no lexicon knows after a role, or alone, are a name; an indefinite plural is an anonymous source.
 */
export function phraseBeforeMarker(q: QuoteDoc, from: number, marker: number): Subject | null {
  const { table } = q;
  // في حديث خاص: an adverbial, not a subject
  const first = table.norms[from];
  // (بيان begins with ب, and is no preposition)
  const statement = STATEMENT_WORDS.has(first.replace(/^[وف]/, ''));
  if (table.kinds[from] !== K_WORD || ADVERBIAL_LEADS.has(first) || (q.res.functionWords.has(first) && q.mentionAt[from] < 0) || (/^[لب]/.test(first) && !statement)) return null;
  let last = trimTail(q, from, marker - 1);
  if (last < from || last - from > 12) return null;
  // تقرير نشر على موقع صحيفة «ديلي ميل»: a report speaks for who wrote it, named in the phrase
  if (statement) return phrase(q, 'phrase', from, last);
  // عدد من خبراء الصحة، بعض المسؤولين: some of an anonymous group
  if (QUANTIFIERS.has(first) && table.norms[from + 1] === 'من' && from + 2 <= last) return phrase(q, 'anonymous', from, last, { head: table.norms[from + 2].replace(/^ال/, '') });
  if (QUANTIFIERS.has(first) && first === 'بعض' && from + 1 <= last) return phrase(q, 'anonymous', from, last, { head: table.norms[from + 1].replace(/^ال/, '') });
  const roleFirst = (q.doc.wordClass[from] & (W.TITLE | W.ROLE)) !== 0;
  let person = -1;
  for (let t = from; t <= last; t++) {
    if (table.kinds[t] !== K_WORD) {
      const close = bracketEnd(q, t);
      if (close < 0 || close > last) return null;
      t = close;
      continue;
    }
    const k = q.mentionAt[t];
    if (k >= 0) {
      if (q.mentions[k].type === 'PERSON' && q.mentions[k].form === 'name' && !isNisbaAfterRole(q, k)) person = k;
      t = q.mentions[k].last;
      continue;
    }
    const w = table.norms[t];
    if (COMPLEMENTIZERS.has(w) || RELATIVES.has(w) || isSpeechVerb(q, w)) return null;
    if (q.res.functionWords.has(w) && !(roleFirst ? ROLE_PHRASE_INNER : PHRASE_INNER).has(w)) return null;
  }
  if (person >= 0) return named(q, person, from, Math.max(last, q.mentions[person].last));
  const w0 = table.norms[from];
  if (HONORIFIC_PRONOUNS.has(w0)) return null;
  if (isAnonymousHead(w0) || (/^[^ا].{2,}ون$/.test(w0) && !NOT_PLURAL.has(w0)) || isConstructPlural(q.doc, from)) return phrase(q, 'anonymous', from, last, { head: w0.replace(/^[وف]/, '') });
  // وزير كوري: an indefinite role and its nisba
  if (q.doc.wordClass[from] & (W.TITLE | W.ROLE) && last - from < 3 && nameFreeAfter(q, from, last)) return phrase(q, 'role', from, last);
  // the name: the unknown words at the end (after a role), or at the start (before one); آل صقر
  let nameLast = last;
  while (nameLast >= from && !isUnknownWord(q, nameLast)) nameLast--;
  let nameFirst = nameLast;
  while (nameFirst - 1 >= from && (isUnknownWord(q, nameFirst - 1) || FAMILY_CONNECTORS.has(table.norms[nameFirst - 1])) && nameLast - nameFirst < 2) nameFirst--;
  if (nameLast < from || nameLast - nameFirst > 2) return /^(ال|وال)/.test(w0) ? phrase(q, 'role', from, last) : null;
  last = Math.max(last, nameLast);
  const role = nameFirst > from ? { roleFirst: from, roleLast: nameFirst - 1 } : nameLast < last ? { roleFirst: nameLast + 1, roleLast: last } : {};
  // a name after (or before) a role of persons is a person's
  let ofPerson = false;
  for (let t = role.roleFirst ?? 0; role.roleLast !== undefined && t <= role.roleLast && !ofPerson; t++) ofPerson = (q.doc.wordClass[t] & (W.TITLE | W.ROLE)) !== 0;
  return newSubject({ ...phrase(q, 'unknown', from, last, { ...role, person: ofPerson }), name: table.text.slice(table.starts[nameFirst], table.ends[nameLast]) });
}

// Prepositions a speech verb governs before its complementizer (أشار إلى أن، شدد على أن، كشف عن).
const GOVERNED = new Set(['الي', 'علي', 'عن', 'ب', 'من']);

// Words that join a family name to a given name: آل (normalized ال), بن, ابن, ابو.
const FAMILY_CONNECTORS = new Set(['ال', 'بن', 'ابن', 'ابو', 'بنت']);

/** Only adjectives (nisbas: كوري، العراقي) and definite words after a role word: no name in the phrase. */
function nameFreeAfter(q: QuoteDoc, from: number, last: number): boolean {
  for (let t = from + 1; t <= last; t++) {
    const k = q.mentionAt[t];
    const w = q.table.norms[t];
    if (k >= 0 ? q.mentions[k].form !== 'adjective' && !isNisbaAfterRole(q, k) : !w.startsWith('ال') && !/^\S{3,}ي$/.test(w)) return false;
  }
  return true;
}

// Words that count a group: عدد من، بعض، عشرات من.
const QUANTIFIERS = new Set(['عدد', 'بعض', 'مجموعه', 'عشرات', 'مييات', 'الاف', 'عشرات']);

// Words in ون that are no plural of persons.
const NOT_PLURAL = new Set(['قانون', 'مليون', 'كانون', 'زيتون', 'صالون', 'مجنون', 'ملعون', 'مضمون', 'مكنون', 'طاعون', 'حلزون']);

// Words inside a speaker phrase that are function words elsewhere: في, من, باسم, العام.
const PHRASE_INNER = new Set(['في', 'من', 'باسم', 'العام', 'بن', 'بنت', 'ابو', 'ابن', 'ال']);
// … and, after a role word, in the name of what it heads (مدير برنامج المساءلة في الحركة العالمية للدفاع عن الأطفال)
const ROLE_PHRASE_INNER = new Set([...PHRASE_INNER, 'عن', 'الي', 'علي']);

/** The last token of a phrase without what may close it: an addressee, a time, a statement phrase (في تصريحات …), commas. */
function trimTail(q: QuoteDoc, from: number, last: number): number {
  const { table } = q;
  for (let n = 0; n < 6 && last >= from; n++) {
    const w = table.norms[last];
    if (table.kinds[last] === K_PUNCT && (w === '،' || w === ',' || w === ':')) last--;
    else if (TIME_WORDS.has(w)) last--;
    // أشار X إلى أن: the preposition the verb governs
    else if (GOVERNED.has(w)) last--;
    else if (table.kinds[last] === K_PUNCT) {
      // ل»الحياة«, لـ(المدينة): a medium in brackets after ل
      let open = last - 1;
      while (open >= from && last - open < 6 && table.kinds[open] === K_WORD) open--;
      if (open > from && bracketEnd(q, open) === last && /^لـ?$/.test(table.norms[open - 1])) last = open - 2;
      else break;
    } else if (/^ل/.test(w) && last > from && !q.doc.breakBefore[last]) {
      // لوكالة الأنباء, للصحفيين: whom it was told
      const k = q.mentionAt[last];
      const first = k >= 0 ? q.mentions[k].first : last;
      if (/^ل/.test(table.norms[first]) && first > from) last = first - 1;
      else break;
    } else break;
  }
  return last;
}

/** A speech verb form, unless it is only one of the verbs that are also other words (روي: Rui, بين: between). */
function isSpeechVerb(q: QuoteDoc, w: string): boolean {
  const forms = q.res.speech.forms.get(w);
  return forms !== undefined && !forms.every((f) => WEAK_LEMMAS.has(f.lemma));
}

/** A word no lexicon knows and that reads as a name: no function or common word, no role, no article, no verb. */
function isUnknownWord(q: QuoteDoc, t: number): boolean {
  const { table } = q;
  if (table.kinds[t] !== K_WORD || q.mentionAt[t] >= 0 || isConstructPlural(q.doc, t)) return false;
  const w = table.norms[t];
  if (w.length < 2 || /^[وفلب]?ال/.test(w) || q.res.functionWords.has(w) || q.res.commonWords.has(w) || isSpeechVerb(q, w)) return false;
  if (ADVERBIAL_LEADS.has(w) || TIME_WORDS.has(w) || HONORIFIC_PRONOUNS.has(w) || STATEMENT_NOUNS.has(w)) return false;
  // أصدرته، نشرها: a verb with its object pronoun is no name; nor is قبلها، عنه (a preposition with one)
  if (/(?:ته|تها|تهم|وه|وها|وهم)$/.test(w) || /^قول(?:ه|ها|هم|هما)$/.test(w)) return false;
  const stem = /^(.{2,}?)(?:ها|هم|هما|ه)$/.exec(w)?.[1];
  if (stem && (ADVERBIAL_LEADS.has(stem) || q.res.functionWords.has(stem))) return false;
  return !(q.doc.wordClass[t] & (W.TITLE | W.ROLE | W.ORG_HEAD | W.PLACE_HEAD)) && !isAnonymousHead(w);
}

/** A word with the article that can be a family name: no function word, time, role, place or mention. */
function isFamilyName(q: QuoteDoc, t: number): boolean {
  const w = q.table.norms[t];
  if (q.table.kinds[t] !== K_WORD || q.mentionAt[t] >= 0 || !w.startsWith('ال') || w.length < 5) return false;
  if (q.res.functionWords.has(w) || TIME_WORDS.has(w) || ADVERBIAL_LEADS.has(w)) return false;
  return !(q.doc.wordClass[t] & (W.TITLE | W.ROLE | W.ORG_HEAD | W.PLACE_HEAD | W.INSTITUTION));
}

/**
 * A name the entity stage cut short (سيف الدين for سيف الدين أيدمير, مارتن for مارتن هولم): the words no
 * lexicon knows between it and the complement join it, as the speaker's fuller name.
 */
function withFullName(q: QuoteDoc, s: Subject, complementAt: number): Subject {
  if (s.form !== 'name' || s.mention < 0) return s;
  const m = q.mentions[s.mention];
  if (m.type !== 'PERSON' || m.entry >= 0 || s.last - m.last > 2) return s;
  let last = m.last;
  // آل صقر, بن سلمان: a family written after the name the entity stage found
  if (last + 2 < complementAt && FAMILY_CONNECTORS.has(q.table.norms[last + 1]) && isUnknownWord(q, last + 2)) last += 2;
  while (last + 1 < complementAt && last - m.last < 2 && isUnknownWord(q, last + 1)) last++;
  // a lone given name and a family name with the article (سليمان العائد)
  if (last === m.last && m.first === m.last && q.doc.wordClass[m.first] & W.GIVEN && last + 1 < complementAt && isFamilyName(q, last + 1)) last++;
  // (what follows up to the complement is dropped from the speech, or an apposition of the name: الكسندر
  // ميتين مسؤول الأمن في الدوري الروسي إن)
  const apposition = last + 1 < complementAt && ((q.doc.wordClass[last + 1] & (W.TITLE | W.ROLE)) !== 0 || isAnonymousHead(q.table.norms[last + 1]) || isBackReference(q.table.norms[last + 1]));
  if (last === m.last || last < s.last || (!apposition && trimTail(q, last + 1, complementAt - 1) >= last + 1)) return s;
  return newSubject({ ...s, last, end: q.table.ends[last], name: q.table.text.slice(m.start, q.table.ends[last]) });
}

/**
 * شدد المدير الرياضي للأولمبياد الخاص السعودي فايز الشهري على أن: a role, and right before the complement
 * (or the preposition the verb governs) a given name and a family name the entity stage did not read as
 * a person (فايز is also "winner", الشهري "monthly"): the role's holder, by that name.
 */
function holderAfterRole(q: QuoteDoc, s: Subject, complementAt: number): Subject | null {
  const { table } = q;
  const first = s.last + 1;
  let last = complementAt - 1;
  while (last > first && (isComma(table.norms[last]) || NP_ENDS.has(table.norms[last]))) last--;
  if (last - first < 1 || last - first > 2) return null;
  // (على, on, is no علي: the written alef maqsura tells them apart)
  if (!(q.doc.wordClass[first] & (W.GIVEN | W.GIVEN_COMMON)) || (table.norms[first] === 'علي' && table.text.charCodeAt(table.ends[first] - 1) === 0x0649)) return null;
  for (let t = first; t <= last; t++) if (table.kinds[t] !== K_WORD || q.mentionAt[t] >= 0 || q.doc.breakBefore[t]) return null;
  // (a family name is no plural: المسلمون الخوارج)
  const family = (t: number): boolean => (isFamilyName(q, t) || isUnknownWord(q, t)) && !/(?:ون|ين|ات)$/.test(table.norms[t]);
  for (let t = first + 1; t < last; t++) if (!family(t) && !FAMILY_CONNECTORS.has(table.norms[t])) return null;
  if (!family(last)) return null;
  return newSubject({ ...phrase(q, 'unknown', s.first, last, { roleFirst: s.first, roleLast: s.last, person: true }), name: table.text.slice(table.starts[first], table.ends[last]) });
}

/** An indefinite place or body word with a name after it (مطار عدن، وزارة الداخلية، مدينة جدة). */
function isHeadOfName(q: QuoteDoc, t: number): boolean {
  if (t + 1 >= q.table.count || q.mentionAt[t] >= 0 || q.doc.breakBefore[t + 1]) return false;
  const w = q.table.norms[t];
  const next = q.mentionAt[t + 1];
  return (PLACE_HEAD_WORDS.has(w) || ORG_HEADS.has(w)) && next >= 0 && q.mentions[next].form === 'name' && q.mentions[next].type !== 'PERSON' && q.mentions[next].first === t + 1;
}

/** A definite noun where an anonymous source sits (في المقاومة): not a time, a statement or a function word. */
function isPlaceOfSource(q: QuoteDoc, t: number): boolean {
  if (t >= q.table.count || q.table.kinds[t] !== K_WORD || q.mentionAt[t] >= 0) return false;
  const w = q.table.norms[t];
  return w.startsWith('ال') && !q.res.functionWords.has(w) && !TIME_WORDS.has(w) && !STATEMENT_NOUNS.has(w.slice(2)) && !ADVERBIAL_LEADS.has(w);
}

/**
 * A one-word person the entity stage found right after a role word, that reads as a nisba (المسؤول
 * الكردي، وزير كوري): an adjective of the role, not a name.
 */
function isNisbaAfterRole(q: QuoteDoc, k: number): boolean {
  const m = q.mentions[k];
  if (m.first !== m.last || m.entry >= 0 || m.first === 0) return false;
  const w = q.table.norms[m.first];
  if (!/^\S{3,}ي$/.test(w)) return false;
  // (after a rank or an honorific it is a family name: اللواء الحذيفي، العقيد البلوشي)
  const before = q.table.norms[m.first - 1];
  if (ADDRESS_WORDS.has(before.replace(/^[وف]/, ''))) return false;
  return (q.doc.wordClass[m.first - 1] & (W.TITLE | W.ROLE)) !== 0 || isAnonymousHead(before) || isBackReference(before);
}

/** Is a person's name among the next few words from t, before any verb, clause word or punctuation? */
function personAhead(q: QuoteDoc, t: number, limit: number): boolean {
  for (let k = t; k < limit && k < t + 8 && !q.doc.breakBefore[k]; k++) {
    const m = q.mentionAt[k];
    if (m >= 0 && q.mentions[m].type === 'PERSON' && q.mentions[m].form === 'name') return true;
    if (isStop(q, k)) {
      const close = bracketEnd(q, k);
      if (close < 0) return false;
      k = close;
    }
  }
  return false;
}

/** The word before `end` is the phrase's head at `from`, a singular role or body (الوزير، الوزارة, not
 *  العمال), or a nisba right after it (الوزير السعودي). */
function singularHeadBefore(q: QuoteDoc, from: number, end: number): boolean {
  const { table } = q;
  const head = (q.doc.wordClass[from] & (W.TITLE | W.ROLE)) !== 0 || DEFINITE_ORG_HEADS.has(table.norms[from]);
  if (!head || /(?:ين|ون|ات)$/.test(table.norms[from])) return false;
  if (end - 1 === from) return true;
  const k = q.mentionAt[end - 1];
  return end - 2 === from && k >= 0 && q.mentions[k].form === 'adjective';
}

// Function words that open a verb's object after its subject (نفت الشرطة ما تم تداوله، عدّت الأمانة هذه
// التصريحات …).
const OBJECT_OPENERS = new Set(['ما', 'هذا', 'هذه', 'ذلك', 'تلك', 'هولاء', 'هذين', 'هاتين']);

// Words that head a body that speaks, besides the entity rules' institution words (which need a name
// after them to make an entity): شرطة دبي، قيادة القوات المشتركة، أمانة جدة، إمارة منطقة الرياض. The
// quote stage reads them as the head of a speaker phrase only; the entities stay the rules' and the model's.
const BODY_HEADS = new Set([...ORG_HEADS, 'شرطه', 'قياده', 'امانه', 'اماره', 'مصلحه', 'ديوان', 'سلطه', 'مستشفي', 'خليه']);
const isOrgHeadWord = (w: string): boolean => BODY_HEADS.has(w) || (/^[وف]/.test(w) && BODY_HEADS.has(w.slice(1)));

const BRACKETS: Record<string, string> = { '(': ')', '«': '»', '»': '«', '"': '"', '“': '”', '[': ']' };

/** The token that closes a short bracketed or quoted name opening at t (at most four words), or -1. */
export function bracketEnd(q: QuoteDoc, t: number): number {
  const close = BRACKETS[q.table.norms[t]];
  if (!close) return -1;
  for (let k = t + 1; k < q.table.count && k <= t + 5; k++) {
    if (q.table.norms[k] === close) return k > t + 1 ? k : -1;
    if (q.table.kinds[k] !== K_WORD) return -1;
  }
  return -1;
}

/** After adverbials: the person or role phrase that ends right before the complement. */
function subjectBeforeComplement(q: QuoteDoc, from: number, complementAt: number): Subject | null {
  const last = complementAt - 1;
  if (last < from) return null;
  const k = q.mentionAt[last];
  if (k < 0) return null;
  const m = q.mentions[k];
  if (m.type !== 'PERSON' || m.form !== 'name') return null;
  // the role before the name belongs to the mention: المدير العام للمنظمة الدكتور أنطونيو بيريرا
  let first = m.first;
  while (first - 1 > from && !isStop(q, first - 1) && !ADVERBIAL_LEADS.has(q.table.norms[first - 1]) && q.mentionAt[first - 1] < 0 && m.first - first < 6) first--;
  return named(q, k, first, m.last);
}

/** وقال الوزير: a mention's span leaves the و/ف outside (not the و of والدة). */
export function stripConjunctionOffset(q: QuoteDoc, t: number): number {
  const w = q.table.norms[t];
  return /^[وف]ال/.test(w) && !ROOT_WAW.test(w) ? q.table.starts[t] + 1 : q.table.starts[t];
}

// والدة, والد, والي: words whose و is their first root letter, not a conjunction
const ROOT_WAW = /^(?:والد|والي)/;

/** The subject right before a speech verb (SVO): لافروف أكد أن، الوزير قال، الفيلسوف "ويليام جيمس" فيقول. */
export function subjectBefore(q: QuoteDoc, verb: number, floor: number): Subject | null {
  let t = verb - 1;
  if (t < floor || q.doc.breakBefore[verb]) return null;
  // a name between quote marks or brackets right before the verb
  if (q.table.kinds[t] === K_PUNCT && t - 1 >= floor && q.mentionAt[t - 1] >= 0) {
    const m = q.mentions[q.mentionAt[t - 1]];
    if (m.first - 1 >= floor && bracketEnd(q, m.first - 1) === t) t--;
  }
  const k = q.mentionAt[t];
  if (k < 0) return null;
  const m = q.mentions[k];
  if (m.form !== 'name' || (m.type !== 'PERSON' && m.type !== 'ORGANIZATION' && m.type !== 'COUNTRY')) return null;
  // after a preposition it is no subject (في روسيا قال …)
  const before = m.first - 1;
  if (before >= floor && (ADVERBIAL_LEADS.has(q.table.norms[before]) || isPrepositional(q.table, m))) return null;
  // (… بين الهلال والنصر قال: nor is a name joined by و to one after a preposition)
  const joined = before >= floor && m.start > q.table.starts[m.first] && q.table.norms[m.first].startsWith('و') ? q.mentionAt[before] : -1;
  if (joined >= 0) {
    const p = q.mentions[joined];
    const lead = p.first - 1 >= floor ? q.table.norms[p.first - 1] : '';
    if (ADVERBIAL_LEADS.has(lead) || lead === 'بين' || isPrepositional(q.table, p)) return null;
  }
  return named(q, k, m.first, m.last);
}


// كان and its forms: they open a clause whose subject stands before قد and the verb (وكانت الشركة قد أعلنت).
const KANA = new Set(['كان', 'وكان', 'فكان', 'كانت', 'وكانت', 'فكانت', 'كانوا', 'وكانوا', 'فكانوا']);

/** Tokens [from, to) hold at most four words, none of them a verb, complementizer or relative: what may
 *  follow a subject as its adjectives, place or time (المسلحة، في جدة، أمس). */
function onlyAttributes(q: QuoteDoc, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let t = from; t < to; t++) {
    const w = q.table.norms[t];
    if (q.table.kinds[t] !== K_WORD || COMPLEMENTIZERS.has(w) || RELATIVES.has(w) || isSpeechVerb(q, w) || /^[يت]/.test(w)) return false;
  }
  return true;
}

// Words after which an SVO clause starts: its subject stands between one of them and the verb.
const CLAUSE_OPENERS = new Set(['ان', 'انه', 'إن', 'اما', 'واما', ...KANA]);

/**
 * The subject of a verb written after كان … قد (وكانت وزارة الداخلية قد أعلنت، وكان خامنئي قد أعلن في …),
 * or after كان alone (وكان الاتحاد أعلن): the words between كان and قد or the verb, whatever follows the
 * verb. Null when no كان opens the verb's clause within a few words.
 */
export function subjectAfterKana(q: QuoteDoc, verb: number): Subject | null {
  const { table } = q;
  // where the subject ends: before قد, or before the verb when قد is left out (وكان الاتحاد أعلن …; the
  // subject is then nearer)
  const withQad = verb > 0 && table.norms[verb - 1] === 'قد';
  const end = withQad ? verb - 1 : verb;
  if (end < 1 || q.doc.breakBefore[verb]) return null;
  let comma = false;
  for (let k = end - 1; k >= 0 && end - k <= (withQad ? 16 : 8); k--) {
    // (كان … أن X قد أعلن: the كان of another clause)
    if (q.doc.breakBefore[k + 1] || SENTENCE_TERMINALS.has(table.norms[k]) || COMPLEMENTIZERS.has(table.norms[k])) return null;
    if (isComma(table.norms[k])) comma = true;
    if (!KANA.has(table.norms[k])) continue;
    if (k + 1 === end) return null; // التي كانت قد أعلنت: the relative is the subject
    // (an apposition between commas: وكان العميد صقر الجروشي، قائد سلاح الجو، قد أعلن)
    if (comma) return clauseSubjectBefore(q, verb);
    // the words read as a verb's subject (a name, a role, a source), when they fill the gap; else the
    // gap read as one phrase (المتحدث الأمني لوزارة الداخلية); else the subject with only its adjectives,
    // place or time after it (وكانت جماعة الحوثي المسلحة قد أعلنت)
    const s = subjectAfter(q, k + 1, end, end);
    if (s && s.first === k + 1 && s.last + 1 === end) return s;
    return phraseBeforeMarker(q, k + 1, end) ?? (s && s.first === k + 1 && onlyAttributes(q, s.last + 1, end) ? s : null);
  }
  return null;
}

/**
 * The subject of an SVO clause whose verb stands after an apposition or a particle: وكان قائد شرطة كابول
 * عبدالرحمن رحيمي قد صرح، يذكر أن سليمان العائد، مسؤول تسجيل الغذاء، قال. The words between the clause
 * opener (a line or sentence start, أن، كان) and the verb, when they name someone.
 */
export function clauseSubjectBefore(q: QuoteDoc, verb: number): Subject | null {
  const { table } = q;
  let t = verb - 1;
  if (t >= 0 && (table.norms[t] === 'قد' || table.norms[t] === 'لقد')) t--;
  let roleLast = -1;
  if (t >= 0 && (table.norms[t] === '،' || table.norms[t] === ',')) {
    // back over an apposition between commas
    let k = t - 1;
    while (k >= 0 && t - k <= 12 && table.kinds[k] === K_WORD && !isStop(q, k)) k--;
    if (k < 0 || (table.norms[k] !== '،' && table.norms[k] !== ',') || k === t - 1) return null;
    roleLast = t - 1;
    t = k - 1;
  }
  let first = t;
  while (first - 1 >= 0 && t - first < 6 && !q.doc.breakBefore[first] && table.kinds[first - 1] === K_WORD && !CLAUSE_OPENERS.has(table.norms[first - 1]) && !isStop(q, first - 1)) first--;
  const opener = first === 0 || q.doc.breakBefore[first] || (first > 0 && (CLAUSE_OPENERS.has(table.norms[first - 1]) || (table.kinds[first - 1] === K_PUNCT && /[.!؟?]/.test(table.norms[first - 1]))));
  if (!opener || first > t) return null;
  const s = phraseBeforeMarker(q, first, t + 1);
  // (a name, an anonymous source as headlines write it: مسؤول كردي يؤكد، or a reference back to one:
  // إلا أن المصادر الأمنية شددت)
  if (!s || (s.form !== 'name' && s.form !== 'unknown' && s.form !== 'anonymous' && !(s.form === 'role' && isBackReference(table.norms[first])))) return null;
  if (s.form === 'role') return newSubject({ ...s, form: 'back', head: table.norms[first].replace(/^[وف]?ال/, '') });
  const full = s.form === 'name' ? withFullName(q, s, t + 1) : s;
  return roleLast > t ? newSubject({ ...full, roleFirst: t + 2, roleLast }) : full;
}

// Particles that may open a clause before its verb: كما قال، فيما يرفض، وقد أكد.
const CLAUSE_PARTICLES = new Set(['كما', 'وكما', 'فيما', 'وفيما', 'بينما', 'ثم', 'لكن', 'ولكن', 'وقد', 'قد', 'لقد']);
const SENTENCE_TERMINALS = new Set(['.', '!', '?', '؟', '…', '...', '..', '؛', ';']);
const QUOTE_MARKS = new Set(['«', '»', '"', '“', '”', '„', '″']);

/**
 * The subject of the verb that opens the clause of a participle at token p (ورحبت قيادات سنية وشيعية
 * بالدعوة، مؤكدين أن …؛ وشكك معهد بحثي أمريكي … قائلا إن): what the participle goes on with.
 */
export function clauseSubjectOf(q: QuoteDoc, p: number, quotedBetween: (from: number, to: number) => boolean, plural = false): Subject | null {
  const { table } = q;
  let s = p;
  while (s > 0 && p - s < 60 && !q.doc.breakBefore[s] && !(table.kinds[s - 1] === K_PUNCT && SENTENCE_TERMINALS.has(table.norms[s - 1]))) s--;
  // وأمام ذلك، استغرب …؛ ومن جانبه، أشاد …: a short lead phrase of function words before a comma
  // (no name in it) sets the scene; the verb comes after it
  for (let c = s + 1; c < p - 2 && c - s <= 3; c++) {
    if (table.kinds[c] === K_WORD) {
      if (q.mentionAt[c] >= 0) break;
      continue;
    }
    if (isComma(table.norms[c])) {
      const w = table.norms[s];
      if (q.res.functionWords.has(w) || q.res.functionWords.has(w.replace(/^[وف]/, ''))) s = c + 1;
    }
    break;
  }
  if (s < p && CLAUSE_PARTICLES.has(table.norms[s])) s++;
  // وفي حين قدم زوجها فلان شكره …، مبينا: في حين before the verb
  if (s + 1 < p && (table.norms[s] === 'في' || table.norms[s] === 'وفي') && table.norms[s + 1] === 'حين') s += 2;
  // the verb: a word that is no name, no function word (وحول, وفي), no definite noun, no ل of purpose
  // (؛ لتجنب تكرار الحوادث …، مفيدا: a purpose clause has no subject of its own; ولخص is a verb)
  const w = table.norms[s];
  if (s + 1 >= p || table.kinds[s] !== K_WORD || q.mentionAt[s] >= 0 || q.res.functionWords.has(w) || q.res.functionWords.has(w.replace(/^[وف]/, '')) || /^[وف]?(?:ال|لل|لت|لي|بال)/.test(w)) return null;
  // a quote of the clause has its own speaker, whom the participle goes on with (coref knows it); so
  // does a quotation between marks
  if (quotedBetween(s, p)) return null;
  for (let t = s; t < p; t++) if (table.kinds[t] === K_PUNCT && QUOTE_MARKS.has(table.norms[t])) return null;
  // (وأدان الليلة قبل الماضية اختطاف …: the time after the verb is no subject)
  const from = pastTimeToSubject(q, s + 1, p);
  if (from < 0) return null;
  // (اشتكى عمال النظافة …، مؤكدين: before a plural participle, a noun and its definite genitive too)
  const subject = readSubject(q, from, p, -1) ?? indefiniteSubject(q, from, p) ?? (plural ? constructSubject(q, from, p) : null);
  return subject && subject.last < p ? subject : null;
}

/** An indefinite noun and the definite genitive after it, with that genitive's adjectives (عمال النظافة). */
function constructSubject(q: QuoteDoc, from: number, limit: number): Subject | null {
  const { table } = q;
  const w = table.norms[from];
  const next = from + 1;
  if (next >= limit || table.kinds[from] !== K_WORD || table.kinds[next] !== K_WORD || q.mentionAt[from] >= 0 || q.mentionAt[next] >= 0) return null;
  if (q.res.functionWords.has(w) || /^([وف]?ال|[لب])/.test(w) || isSpeechVerb(q, w) || !/^ال/.test(table.norms[next]) || q.res.functionWords.has(table.norms[next])) return null;
  return phrase(q, 'phrase', from, adjectivesAfter(q, next, limit - 1));
}

/** An indefinite noun with a nisba right after it (قاضية أميركية، طبيب سوري), and its other adjectives. */
function nisbaSubject(q: QuoteDoc, from: number, limit: number): Subject | null {
  // (a pronoun is none: وهو أتراك)
  if (q.res.functionWords.has(q.table.norms[from].replace(/^[وف]/, ''))) return null;
  const k = from + 1 < limit ? q.mentionAt[from + 1] : -1;
  if (k < 0 || q.mentions[k].form !== 'adjective' || q.mentions[k].first !== from + 1) return null;
  return indefiniteSubject(q, from, limit);
}

/** An indefinite noun and its adjectives after a verb (قيادات سنية وشيعية): a described, often plural, subject. */
function indefiniteSubject(q: QuoteDoc, from: number, limit: number): Subject | null {
  const { table } = q;
  const first = table.norms[from];
  if (table.kinds[from] !== K_WORD || q.mentionAt[from] >= 0 || q.res.functionWords.has(first) || COMPLEMENTIZERS.has(first) || /^([وف]?ال|[لب])/.test(first) || isSpeechVerb(q, first)) return null;
  let last = from;
  for (let t = from + 1; t < limit && t - from < 4 && table.kinds[t] === K_WORD; t++) {
    const w = table.norms[t];
    const adjective = q.mentionAt[t] >= 0 ? q.mentions[q.mentionAt[t]].form === 'adjective' : !/^([وف]?ال|[لب])/.test(w) && !q.res.functionWords.has(w) && !ADVERBIAL_LEADS.has(w) && !TIME_WORDS.has(w);
    if (!adjective) break;
    last = t;
  }
  if (last === from) return null; // a lone indefinite noun after a verb is more often its object
  return phrase(q, isAnonymousHead(first) ? 'anonymous' : 'phrase', from, last, isAnonymousHead(first) ? { head: first.replace(/^[وف]/, '') } : {});
}
