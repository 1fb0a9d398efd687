// Counts over one or several analyses: entities by type, the most mentioned entities, the speakers.
// Ties keep the order of first appearance, so the same input always gives the same tables. A speaker is
// a referent of its document (Analysis.referents): its name, what kind it is, and the other ways the
// document refers to it (partial names, roles, back-references).

import type { Analysis, EntityType, QuoteKind, Referent } from '../types.js';
import { ENTITY_TYPES } from './labels.js';

export interface TypeCount {
  type: EntityType;
  /** All mentions, names and adjectives. */
  mentions: number;
  adjectives: number;
  /** Distinct entity ids. */
  distinct: number;
}

export interface EntityCount {
  id: string;
  name: string;
  type: EntityType;
  mentions: number;
}

export interface SpeakerCount {
  name: string;
  /** The entity id of a named speaker; null for one the documents do not name (its `ref:<n>` is per document). */
  entityId: string | null;
  /** From the document's referents: named, an anonymous source, or only described (null: analyses without referents). */
  kind: Referent['kind'] | null;
  /** Its other mentions as written (أوغلو، الوزير التركي، المصدر), distinct, in order, at most OTHER_MENTIONS. */
  otherMentions: string[];
  quotes: number;
  byKind: Record<QuoteKind, number>;
}

/** How many other mentions of a speaker the tables show. */
const OTHER_MENTIONS = 4;

export interface Summary {
  documents: number;
  entities: number;
  quotes: number;
  /** Quotes without a speaker. */
  unattributed: number;
  /** Types with at least one mention, in legend order (unknown types after). */
  byType: TypeCount[];
  topEntities: EntityCount[];
  speakers: SpeakerCount[];
}

function ranked<T extends { first: number }>(items: Iterable<T>, count: (item: T) => number, limit: number): T[] {
  return [...items].sort((a, b) => count(b) - count(a) || a.first - b.first).slice(0, limit);
}

export function summarize(analyses: readonly Analysis[], options: { topEntities?: number; speakers?: number } = {}): Summary {
  const types = new Map<EntityType, TypeCount & { ids: Set<string> }>();
  const entities = new Map<string, EntityCount & { first: number }>();
  const speakers = new Map<string, SpeakerCount & { first: number }>();
  let entityTotal = 0;
  let quoteTotal = 0;
  let unattributed = 0;

  for (const analysis of analyses) {
    // (analyses written by schema 1 have no referents)
    const referents = new Map((analysis.referents ?? []).map((r) => [r.id, r]));
    for (const entity of analysis.entities) {
      entityTotal++;
      let byType = types.get(entity.type);
      if (!byType) types.set(entity.type, (byType = { type: entity.type, mentions: 0, adjectives: 0, distinct: 0, ids: new Set() }));
      byType.mentions++;
      if (entity.form === 'adjective') byType.adjectives++;
      byType.ids.add(entity.id);
      const known = entities.get(entity.id);
      if (known) known.mentions++;
      else entities.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, mentions: 1, first: entities.size });
    }
    for (const quote of analysis.quotes) {
      quoteTotal++;
      const speaker = quote.speaker;
      if (!speaker) {
        unattributed++;
        continue;
      }
      const referent = speaker.entityId === null ? undefined : referents.get(speaker.entityId);
      // an entity id is the same speaker in every document; a speaker the documents do not name counts by its name
      const entityId = speaker.entityId !== null && !speaker.entityId.startsWith('ref:') ? speaker.entityId : null;
      const key = entityId ?? `name:${speaker.name}`;
      let count = speakers.get(key);
      if (!count) {
        count = { name: speaker.name, entityId, kind: referent?.kind ?? null, otherMentions: [], quotes: 0, byKind: { direct: 0, indirect: 0, mixed: 0 }, first: speakers.size };
        speakers.set(key, count);
      }
      if (referent && count.quotes === 0) addOtherMentions(count, referent);
      count.quotes++;
      if (Object.hasOwn(count.byKind, quote.kind)) count.byKind[quote.kind]++;
    }
  }

  const order = (type: EntityType): number => {
    const i = ENTITY_TYPES.indexOf(type);
    return i === -1 ? ENTITY_TYPES.length : i;
  };
  const byType = [...types.values()]
    .sort((a, b) => order(a.type) - order(b.type))
    .map(({ type, mentions, adjectives, ids }) => ({ type, mentions, adjectives, distinct: ids.size }));

  return {
    documents: analyses.length,
    entities: entityTotal,
    quotes: quoteTotal,
    unattributed,
    byType,
    topEntities: ranked(entities.values(), (e) => e.mentions, options.topEntities ?? 10).map(({ id, name, type, mentions }) => ({ id, name, type, mentions })),
    speakers: ranked(speakers.values(), (s) => s.quotes, options.speakers ?? 20).map(({ name, entityId, kind, otherMentions, quotes, byKind }) => ({ name, entityId, kind, otherMentions, quotes, byKind })),
  };
}

/** The referent's mentions written otherwise than its name, each once, up to OTHER_MENTIONS. */
function addOtherMentions(count: SpeakerCount, referent: Referent): void {
  for (const m of referent.mentions) {
    if (count.otherMentions.length >= OTHER_MENTIONS) return;
    if (m.text !== count.name && !count.otherMentions.includes(m.text)) count.otherMentions.push(m.text);
  }
}
