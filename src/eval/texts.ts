// Where the texts of a gold file with offsets are (Node only): a SaudiNewsNet JSON array named by the
// line's `file`, or a {docs:[{id,text}]} file holding the line's `id`. Looked for in the places given
// (files or directories), then beside the gold file, then in ../corpora/*/ from it (the layout of
// ../shared/: gold/ next to corpora/).

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KhabarError } from '../errors.js';
import { goldWhere, type GoldTextRef, type GoldTextSource } from './offsets-gold.js';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new KhabarError('E_READ', `${path}: cannot read a text corpus (${(error as Error).message})`, { cause: error });
  }
}

/** The directories to search, in order, and the JSON files given directly. */
function places(goldPath: string, given: readonly string[]): { dirs: string[]; files: string[] } {
  const dirs: string[] = [];
  const files: string[] = [];
  for (const p of given) (existsSync(p) && statSync(p).isDirectory() ? dirs : files).push(p);
  const here = dirname(goldPath);
  dirs.push(here);
  const corpora = join(here, '..', 'corpora');
  if (existsSync(corpora) && statSync(corpora).isDirectory()) {
    for (const d of readdirSync(corpora, { withFileTypes: true })) if (d.isDirectory()) dirs.push(join(corpora, d.name));
  }
  return { dirs, files };
}

/** A text source for the gold file at goldPath; `given` are --texts files or directories. */
export function goldTexts(goldPath: string, given: readonly string[] = []): GoldTextSource {
  const { dirs, files } = places(goldPath, given);
  const arrays = new Map<string, { content?: unknown }[]>();
  let byId: Map<string, string> | null = null;

  const articles = (file: string): { content?: unknown }[] => {
    const cached = arrays.get(file);
    if (cached) return cached;
    const path = [...files.filter((f) => basename(f) === file), ...dirs.map((d) => join(d, file))].find((p) => existsSync(p));
    if (!path) throw new KhabarError('E_GOLD', `${file}: no such text corpus in ${[...files, ...dirs].join(', ')} (give it with --texts)`);
    const value = readJson(path);
    if (!Array.isArray(value)) throw new KhabarError('E_GOLD', `${path}: a SaudiNewsNet corpus is a JSON array of articles`);
    arrays.set(file, value as { content?: unknown }[]);
    return value as { content?: unknown }[];
  };

  const documents = (): Map<string, string> => {
    if (byId) return byId;
    byId = new Map();
    const candidates = [...files, ...dirs.map((d) => join(d, 'docs.json'))].filter((p) => existsSync(p) && statSync(p).isFile());
    for (const path of candidates) {
      const value = readJson(path) as { docs?: unknown };
      if (!value || !Array.isArray(value.docs)) continue;
      for (const d of value.docs as { id?: unknown; text?: unknown }[]) if (typeof d?.id === 'string' && typeof d.text === 'string') byId.set(d.id, d.text);
    }
    return byId;
  };

  return (doc: GoldTextRef): string => {
    if (doc.id !== undefined) {
      const text = documents().get(doc.id);
      if (text === undefined) throw new KhabarError('E_GOLD', `${doc.id}: no document with this id in a docs.json of ${[...files, ...dirs].join(', ')} (give it with --texts)`);
      return text;
    }
    const article = articles(doc.file as string)[doc.index as number];
    if (!article || typeof article.content !== 'string') throw new KhabarError('E_GOLD', `${goldWhere(doc)}: no article with text at this index`);
    return article.content;
  };
}
