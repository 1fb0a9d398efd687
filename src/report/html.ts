// PLACEHOLDER so the cli branch compiles: the real renderer comes from the `report` branch, which
// replaces this file. Same export and signature.

import type { Analysis } from '../types.js';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderHtml(docs: { id: string; text: string; analysis: Analysis }[], options?: { title?: string }): string {
  const title = escape(options?.title ?? 'khabar');
  const body = docs.map((d) => `<article><h2>${escape(d.id)}</h2><p>${escape(d.text)}</p><p>${d.analysis.entities.length} entities, ${d.analysis.quotes.length} quotes</p></article>`).join('\n');
  return `<!doctype html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${title}</title></head><body>\n${body}\n</body></html>\n`;
}
