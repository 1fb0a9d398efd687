// What the quote stage hands to coref: each quote with the speaker phrase as written (unresolved), or,
// when no subject is written, what the verb tells about it. Coref decides who that is across the document.

import type { QuoteCue, QuoteKind } from '../types.js';

/** How a written speaker phrase reads, as the quote stage parsed it. */
export type SubjectForm =
  /** A name the entity stage found, alone or with its role (وزير الخارجية محمد جواد ظريف): `mention`. */
  | 'name'
  /** An anonymous source: مصدر كبير في وزارة الدفاع، مصادر مطلعة، مسؤولون أتراك. */
  | 'anonymous'
  /** A definite reference back to an anonymous source: المصدر، المصادر، الناطق. */
  | 'back'
  /** A definite role or short name (الوزير الكوري، الوزارة، مسؤول العلاقات الخارجية في الحزب). */
  | 'role'
  /** نظيره الروسي: the holder of the same role in another country. */
  | 'counterpart'
  /** A statement standing for its author: البيان، التقرير. */
  | 'statement'
  /** Words the entity stage did not know, standing where a name stands (وقال غروس:). */
  | 'unknown'
  /** Any other noun phrase (الجانبان، والدة أحد الضحايا، جمعية أصدقاء البيئة). */
  | 'phrase';

/** A speaker (or source) phrase written in the text. */
export interface Subject {
  form: SubjectForm;
  /** Token range of the phrase as written (the mention at the quote). */
  first: number;
  last: number;
  /** Its UTF-16 span, without a leading conjunction or preposition (وقال الوزير → الوزير, وفقا لرويترز → رويترز). */
  start: number;
  end: number;
  /** For `name`: the entity mention (index into the entity layer) the phrase names. */
  mention: number;
  /** The phrase as a name (clitics and relative clauses left out); for `name`, the entity's name. */
  name: string;
  /** For `anonymous` and `back`: the head noun without the article (مصدر، مصادر، مسوول). */
  head?: string;
  /** The phrase is an organization the lexicons do not know (وقالت جمعية أصدقاء البيئة). */
  organization?: boolean;
  /** For `unknown`: a role of persons was written with the name (مدرب الهلال روي كاريلو). */
  person?: boolean;
  /** Role words written with the name (مدرب الهلال البرتغالي روي كاريلو), as a token range. */
  roleFirst?: number;
  roleLast?: number;
}

/**
 * A copy of `s` with every field, optional ones included, in one fixed order. Every subject is made
 * through here, so all subjects have one shape and the quote and coref stages that read them are compiled
 * once by V8 (a subject of another shape deoptimizes them; see newMention in entities/layers.ts).
 */
export function newSubject(s: Subject): Subject {
  return {
    form: s.form,
    first: s.first,
    last: s.last,
    start: s.start,
    end: s.end,
    mention: s.mention,
    name: s.name,
    head: s.head,
    organization: s.organization,
    person: s.person,
    roleFirst: s.roleFirst,
    roleLast: s.roleLast,
  };
}

/** What a verb with no written subject says about it. */
export interface Dropped {
  /** The cue's first token. */
  verb: number;
  gender: 'm' | 'f' | 'c';
  number: 'sg' | 'du' | 'pl';
  /** أضاف، تابع، مضيفا: the verb goes on with the last speaker. */
  carries: boolean;
  /** A participle (مضيفا، مشيرة): its subject is that of the clause it hangs on. */
  participle: boolean;
  /** بدوره، من جهته before the verb: somebody new takes the floor. */
  turn: boolean;
  /** A quote that continues an earlier one (its index): same speaker. */
  continues?: number;
  /** For a participle: the subject of the verb that opens its clause (وشكك معهد بحثي … قائلا). */
  clause?: Subject;
}

/** A quote as the quote stage found it: content, cue, and who, unresolved. */
export interface SaidQuote {
  kind: QuoteKind;
  start: number;
  end: number;
  cue: QuoteCue | null;
  /** The cue's first token, -1 without a cue. */
  cueToken: number;
  /** The speaker phrase written at the quote. */
  speaker: Subject | null;
  /** The verb's agreement when the speaker is written (وقالت مصادر: feminine singular), for later pronouns. */
  agreement: { gender: 'm' | 'f' | 'c'; number: 'sg' | 'du' | 'pl' } | null;
  /** No written speaker: the verb's facts, for coref to find who it is. */
  dropped: Dropped | null;
  /** The medium that passed it on (بحسب الأناضول، نقلت وكالة تاس عن …); for an "according to" clause with
   *  no speech verb, the same phrase as the speaker. */
  source: Subject | null;
}
