// The entity stage: lexicon names, then rules, then partial mentions of names found earlier.

import type { TokenTable } from '../tokens/scan.js';
import type { Entity } from '../types.js';
import { docTokens, matchLexicon, type DocTokens, type Mention } from './match.js';
import type { Resources } from './resources.js';
import { applyRules } from './rules.js';
import { linkAliases } from './aliases.js';

export interface EntityLayer {
  doc: DocTokens;
  mentions: Mention[];
}

export function recognizeEntities(table: TokenTable, res: Resources): EntityLayer {
  const doc = docTokens(table, res.lexicon);
  const lexical = matchLexicon(doc, res);
  const ruled = applyRules(doc, lexical, res);
  const mentions = linkAliases(doc, ruled, res);
  return { doc, mentions };
}

export function entityObjects(text: string, mentions: readonly Mention[]): Entity[] {
  return mentions.map((m) => ({
    text: text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    type: m.type,
    id: m.id,
    name: m.name,
    form: m.form,
    source: m.source,
  }));
}
