// The closed word classes the quote stage reads, in normalized form (see normalize()).

import { wordSet as set } from '../lexicon/word-lists.js';

// Shared with the entity stage and coref, which read them too.
export { ACCORDING, TURN, WEAK_LEMMAS } from '../lexicon/word-lists.js';

/** Complementizers of reported speech, alone or with a pronoun: إن أن بأن إنه أنها بأنهم … */
export const COMPLEMENTIZERS = set(`
  ان بان وان لان
  انه انها انهم انهما انهن انني انا اننا انك انكم
  بانه بانها بانهم بانهما بانهن بانني باننا
  وانه وانها وانهم
`);

/** Speech verbs whose dropped subject continues the previous speaker (أضاف، تابع، أوضح …). */
export const CARRY_LEMMAS = set(`اضاف تابع اوضح اشار استطرد واصل اختتم ختم اردف استدرك لفت نوه زاد`);

/** The journalist's own voice: يذكر أن، يشار إلى أن، تجدر الإشارة إلى أن، ومن المعروف أن. */
export const JOURNALIST_LEADS = set(`يذكر ويذكر يشار ويشار تجدر وتجدر الجدير والجدير المعروف المعلوم يضاف ويضاف`);

/** Adverbials between a verb and what it says: in time, place or manner, never the speaker. */
export const ADVERBIAL_LEADS = set(`
  في وفي خلال عقب بعد قبل اثناء امام لدي عند عبر اليوم امس غدا يوم مساء صباح ليله
  الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت ايضا كذلك مجددا مرارا بدوره
  مساء صباح ظهر فجر حينها حين لاحقا سابقا للصحفيين للصحافيين
`);

/** Statement phrases that can carry a quote without a verb: في تصريحات، في بيان، في مؤتمر صحفي. */
export const STATEMENT_NOUNS = set(`تصريحات تصريح تصريحه تصريحاته بيان بيانه مؤتمر كلمه كلمته حديث حديثه مقابله مقابلته تغريده تغريدته منشور رساله`);

/** Relative pronouns: the clause after one describes, it does not name the speaker. */
export const RELATIVES = set(`الذي التي الذين اللذين اللتين اللواتي اللاتي`);

/** Sentence-ending punctuation. */
export const TERMINALS = new Set(['.', '!', '?', '؟', '…', '...', '..']);

/** An Arabic or a Latin comma. */
export const isComma = (w: string): boolean => w === '،' || w === ',';
