// The entity stage, as a pipeline of one-way steps:
//   candidates (gazetteer ► rules ► aliases) ► features ► model, first stage ► document features ►
//   model, second stage ► merge with the candidates ► linking of partial names (aliases)
// Without a model (createAnalyzer({ tagger: false })) the candidates are the entities.

import type { TokenTable } from '../tokens/scan.js';
import type { Entity } from '../types.js';
import type { Resources } from '../lexicon/resources.js';
import { docTokens, type DocTokens, type Mention } from './layers.js';
import { matchLexicon } from './gazetteer.js';
import { documentContext, type DocContext } from './context.js';
import { applyRules } from './rules.js';
import { linkAliases } from './aliases.js';
import { linkKingdom } from './references.js';
import type { ModelScorer } from './scorer.js';
import { mergeMentions } from './merge.js';

export interface EntityLayer {
  doc: DocTokens;
  mentions: Mention[];
  /** What the lexicons and rules proposed (the model's evidence; the mentions themselves without a model). */
  candidates: Mention[];
}

/** What the gazetteer, the rules and the alias linker propose: the model's evidence. */
export function candidateMentions(doc: DocTokens, res: Resources, context: DocContext = documentContext(doc)): Mention[] {
  return linkAliases(doc, linkKingdom(doc, applyRules(doc, matchLexicon(doc, res, context), res), res), res);
}

export function recognizeEntities(table: TokenTable, res: Resources, scorer: ModelScorer | null): EntityLayer {
  const doc = docTokens(table, res);
  const context = documentContext(doc);
  const evidence = candidateMentions(doc, res, context);
  if (!scorer) return { doc, mentions: evidence, candidates: evidence };
  const { second } = scorer.labels(doc, evidence, context);
  return { doc, mentions: linkAliases(doc, mergeMentions(doc, second, evidence, res), res), candidates: evidence };
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
