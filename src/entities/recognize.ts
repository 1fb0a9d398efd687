// The entity stage: lexicon names, then rules, then partial mentions of names found earlier.

import type { TokenTable } from '../tokens/scan.js';
import type { Entity } from '../types.js';
import { docTokens, type DocTokens, type Mention } from './layers.js';
import { matchLexicon } from './gazetteer.js';
import type { Resources } from '../lexicon/resources.js';
import { applyRules } from './rules.js';
import { tokenFacts } from './tagger/features.js';
import { tagTokens, type TaggerModel } from './tagger/model.js';
import { taggedMentions } from './tagger/spans.js';
import { K_LATIN, K_WORD } from '../tokens/scan.js';
import { linkAliases } from './aliases.js';

export interface EntityLayer {
  doc: DocTokens;
  mentions: Mention[];
}

export function recognizeEntities(table: TokenTable, res: Resources, tagger: TaggerModel | null): EntityLayer {
  const doc = docTokens(table, res);
  const lexical = matchLexicon(doc, res);
  let found = linkAliases(doc, applyRules(doc, lexical, res), res);
  if (tagger) found = linkAliases(doc, addTagged(doc, found, res, tagger), res);
  const mentions = found;
  return { doc, mentions };
}

/** Runs the statistical tagger and adds the names it finds where nothing else did. */
function addTagged(doc: DocTokens, mentions: Mention[], res: Resources, model: TaggerModel): Mention[] {
  const facts = tokenFacts(doc, mentions, res);
  const labels = tagTokens(model, facts, doc.breakBefore, skippedTokens(doc, res));
  const extra = taggedMentions(doc, labels, mentions, res);
  return extra.length ? [...mentions, ...extra].sort((a, b) => a.start - b.start) : mentions;
}

/** Tokens the tagger leaves O without scoring: punctuation, numbers, function words. */
export function skippedTokens(doc: DocTokens, res: Resources): Uint8Array {
  const { table } = doc;
  const skip = new Uint8Array(table.count);
  for (let i = 0; i < table.count; i++) {
    const k = table.kinds[i];
    skip[i] = (k !== K_WORD && k !== K_LATIN) || res.functionWords.has(table.norms[i]) ? 1 : 0;
  }
  return skip;
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
