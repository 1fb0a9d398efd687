// The speech-verb lexicon (lexicons/speech-verbs.jsonl): every form of every reporting verb, with the
// conjunctions و/ف added here, indexed by normalized form.

import { normalize } from '../text/normalize.js';
import { parseJsonl } from './load.js';
import { lexiconError, type Origin } from './schema.js';

export interface VerbForm {
  /** Normalized lemma (matching); `lemmaText` is the lemma as the lexicon writes it (أكد). */
  lemma: string;
  lemmaText: string;
  tense: 'past' | 'present' | 'participle';
  person: 1 | 2 | 3;
  gender: 'm' | 'f' | 'c';
  number: 'sg' | 'du' | 'pl';
  voice: 'active' | 'passive';
  /** يذكر أن, يشار إلى أن: the journalist's own voice, not a quote. */
  journalist: boolean;
  /** What the verb takes: إن, أن, np, or a preposition. */
  complements: readonly string[];
  /** A conjunction و/ف was attached. */
  conjunction: boolean;
}

export interface SpeechLexicon {
  /** Normalized form (with or without و/ف) → its analyses. */
  forms: Map<string, VerbForm[]>;
  allForms: Set<string>;
}

interface SpeechVerbLine {
  lemma: string;
  complements: string[];
  forms: {
    form: string;
    tense: VerbForm['tense'];
    person?: number;
    gender?: string;
    number?: string;
    voice?: string;
    journalist?: boolean;
  }[];
}

const TENSES = new Set(['past', 'present', 'participle']);

function checkVerb(value: unknown, origin: Origin): SpeechVerbLine {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw lexiconError(origin, null, 'is not a JSON object');
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!['lemma', 'complements', 'forms'].includes(key)) throw lexiconError(origin, key, 'is not a known field');
  if (typeof v.lemma !== 'string' || !v.lemma.trim()) throw lexiconError(origin, 'lemma', 'must be a non-empty string');
  if (!Array.isArray(v.complements) || !v.complements.every((c) => typeof c === 'string')) throw lexiconError(origin, 'complements', 'must be an array of strings');
  if (!Array.isArray(v.forms) || v.forms.length === 0) throw lexiconError(origin, 'forms', 'must be a non-empty array');
  for (const f of v.forms as unknown[]) {
    if (typeof f !== 'object' || f === null) throw lexiconError(origin, 'forms', 'must hold objects');
    const form = f as Record<string, unknown>;
    if (typeof form.form !== 'string' || !form.form.trim()) throw lexiconError(origin, 'forms', 'has a form without "form"');
    if (typeof form.tense !== 'string' || !TENSES.has(form.tense)) throw lexiconError(origin, 'forms', `has an unknown tense ${JSON.stringify(form.tense)}`);
  }
  return value as SpeechVerbLine;
}

/** The speech verbs from the text of lexicons/speech-verbs.jsonl (none without it). */
export function loadSpeechLexicon(text: string | undefined): SpeechLexicon {
  const forms = new Map<string, VerbForm[]>();
  const add = (key: string, analysis: VerbForm): void => {
    const list = forms.get(key) ?? [];
    list.push(analysis);
    forms.set(key, list);
  };
  for (const line of text === undefined ? [] : parseJsonl(text, 'lexicons/speech-verbs.jsonl', checkVerb)) {
    const lemma = normalize(line.lemma);
    for (const f of line.forms) {
      const base: VerbForm = {
        lemma,
        lemmaText: line.lemma,
        tense: f.tense,
        person: (f.person === 1 || f.person === 2 ? f.person : 3) as 1 | 2 | 3,
        gender: f.gender === 'f' ? 'f' : f.gender === 'c' ? 'c' : 'm',
        number: f.number === 'du' ? 'du' : f.number === 'pl' ? 'pl' : 'sg',
        voice: f.voice === 'passive' ? 'passive' : 'active',
        journalist: f.journalist === true,
        complements: line.complements.map((c) => normalize(c)),
        conjunction: false,
      };
      const key = normalize(f.form);
      add(key, base);
      add('و' + key, { ...base, conjunction: true });
      add('ف' + key, { ...base, conjunction: true });
    }
  }
  return { forms, allForms: new Set(forms.keys()) };
}
