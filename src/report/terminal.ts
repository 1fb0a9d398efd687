// PLACEHOLDER so the cli branch compiles: the real renderer comes from the `report` branch, which
// replaces this file. Same export and signature.

import type { Analysis } from '../types.js';

export function renderPretty(text: string, analysis: Analysis, options?: { shape?: boolean; color?: boolean }): string {
  void options;
  const entities = analysis.entities.map((e) => `  ${e.type} ${e.text} → ${e.name}`).join('\n');
  const quotes = analysis.quotes.map((q) => `  ${q.kind} ${q.speaker?.name ?? '?'}: ${q.text}`).join('\n');
  return `${text}\n\nentities:\n${entities}\n\nquotes:\n${quotes}\n`;
}
