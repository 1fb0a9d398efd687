// The HTML report: one self-contained right-to-left page, in the manner of displaCy. Inline CSS only,
// no script, and a Content-Security-Policy that allows nothing but that stylesheet, so even a mistake
// in escaping could not load or run anything.

import { createHash } from 'node:crypto';
import type { Analysis } from '../types.js';
import { escapeHtml } from './escape.js';
import { ENTITY_TYPES, kindLabel, REFERENT_KIND_LABELS, TYPE_LABELS, typeClass, typeLabel, UNKNOWN_SPEAKER } from './labels.js';
import { analysisMarks } from './marks.js';
import { renderMarkedText } from './spans.js';
import { CSS } from './style.js';
import { summarize, type SpeakerCount, type Summary } from './summary.js';

export interface ReportDocument {
  id: string;
  text: string;
  analysis: Analysis;
}

export interface HtmlOptions {
  /** The page title (default `تقرير khabar`). */
  title?: string;
}

let policy: string | undefined;
function contentSecurityPolicy(): string {
  policy ??= `default-src 'none'; style-src 'sha256-${createHash('sha256').update(CSS).digest('base64')}'; base-uri 'none'; form-action 'none'`;
  return policy;
}

const cell = (value: string | number, numeric = false): string =>
  numeric ? `<td class="n">${escapeHtml(String(value))}</td>` : `<td>${escapeHtml(String(value))}</td>`;
const code = (value: string): string => `<code>${escapeHtml(value)}</code>`;

function table(headers: readonly string[], rows: readonly string[]): string {
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${rows.map((r) => `<tr>${r}</tr>`).join('')}</tbody></table>`;
}

function typeCell(type: string): string {
  return `<td class="type ${typeClass(type)}"><span class="chip"></span>${escapeHtml(typeLabel(type))} ${code(type)}</td>`;
}

/** A speaker: the name, what kind of source it is when unnamed, how else the document refers to it, the entity id. */
function speakerCell(s: SpeakerCount): string {
  const kind = s.kind === 'anonymous' || s.kind === 'description' ? ` <span class="kind">${escapeHtml(REFERENT_KIND_LABELS[s.kind])}</span>` : '';
  const others = s.otherMentions.length ? `<br><span class="aka">يُذكر أيضًا: ${s.otherMentions.map((m) => `<bdi>${escapeHtml(m)}</bdi>`).join('، ')}</span>` : '';
  return `<td><bdi>${escapeHtml(s.name)}</bdi>${kind}${others}${s.entityId ? `<br>${code(s.entityId)}` : ''}</td>`;
}

function summaryTables(summary: Summary): string {
  const none = '<p class="empty">لا شيء</p>';
  const byType = summary.byType.length
    ? table(
        ['النوع', 'الإشارات', 'منها صفات', 'كيانات مختلفة'],
        summary.byType.map((t) => typeCell(t.type) + cell(t.mentions, true) + cell(t.adjectives, true) + cell(t.distinct, true)),
      )
    : none;
  const top = summary.topEntities.length
    ? table(
        ['الكيان', 'النوع', 'الإشارات'],
        summary.topEntities.map((e) => `<td><bdi>${escapeHtml(e.name)}</bdi><br>${code(e.id)}</td>` + typeCell(e.type) + cell(e.mentions, true)),
      )
    : none;
  const speakerRows = summary.speakers.map(
    (s) =>
      speakerCell(s) +
      cell(s.quotes, true) +
      cell(s.byKind.direct, true) +
      cell(s.byKind.indirect, true) +
      cell(s.byKind.mixed, true),
  );
  if (summary.unattributed) speakerRows.push(cell(UNKNOWN_SPEAKER) + cell(summary.unattributed, true) + '<td></td><td></td><td></td>');
  const speakers = speakerRows.length ? table(['المتحدث', 'الاقتباسات', 'مباشر', 'منقول', 'مختلط'], speakerRows) : none;
  return (
    '<div class="tables">' +
    `<section><h3>الكيانات حسب النوع</h3>${byType}</section>` +
    `<section><h3>أكثر الكيانات ذكرًا</h3>${top}</section>` +
    `<section class="speakers"><h3>المتحدثون</h3>${speakers}</section>` +
    '</div>'
  );
}

function legend(): string {
  const types = ENTITY_TYPES.map((type) => `<li class="${typeClass(type)}"><span class="chip"></span>${escapeHtml(TYPE_LABELS[type])} ${code(type)}</li>`);
  return (
    '<ul class="legend" aria-label="دليل الألوان">' +
    types.join('') +
    '<li class="t-country"><mark class="ent adj">صفة نسبة</mark></li>' +
    `<li><span class="q-direct">${escapeHtml(kindLabel('direct'))}</span></li>` +
    `<li><span class="q-indirect">${escapeHtml(kindLabel('indirect'))}</span></li>` +
    `<li><span class="q-mixed">${escapeHtml(kindLabel('mixed'))}</span></li>` +
    '<li><span class="spk">المتحدث</span></li>' +
    '<li><span class="cue">فعل القول</span></li>' +
    '<li><span class="src">المصدر</span></li>' +
    '</ul>'
  );
}

function counts(summary: Summary, sentences?: number): string {
  const parts = [`الكيانات: ${summary.entities}`, `الاقتباسات: ${summary.quotes}`];
  if (sentences !== undefined) parts.unshift(`الجمل: ${sentences}`);
  return parts.join(' · ');
}

function documentSection(doc: ReportDocument, index: number): string {
  const { analysis } = doc;
  const summary = summarize([analysis]);
  return (
    `<article class="doc" id="doc-${index + 1}">` +
    `<h2><bdi>${escapeHtml(doc.id)}</bdi></h2>` +
    `<p class="meta">اللغة: ${code(analysis.language)} · ${escapeHtml(counts(summary, analysis.sentences.length))}</p>` +
    `<div class="text">${renderMarkedText(doc.text, analysisMarks(analysis))}</div>` +
    summaryTables(summary) +
    '</article>'
  );
}

function overallSection(docs: readonly ReportDocument[]): string {
  const summary = summarize(
    docs.map((d) => d.analysis),
    { topEntities: 20, speakers: 30 },
  );
  return (
    '<section class="overall">' +
    '<h2>الملخص العام</h2>' +
    `<p class="meta">${escapeHtml(`الوثائق: ${summary.documents} · ${counts(summary)}`)}</p>` +
    summaryTables(summary) +
    '</section>'
  );
}

/** One self-contained HTML page for the documents and their analyses (`text` is the analyzed string). */
export function renderHtml(docs: { id: string; text: string; analysis: Analysis }[], options: HtmlOptions = {}): string {
  const title = options.title ?? 'تقرير khabar';
  const total = docs.length === 1 ? '' : `<p class="meta">${escapeHtml(`الوثائق: ${docs.length}`)}</p>`;
  return (
    '<!doctype html>\n' +
    '<html lang="ar" dir="rtl">\n<head>\n' +
    '<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}">\n` +
    '<meta name="referrer" content="no-referrer">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="generator" content="khabar">\n' +
    `<title>${escapeHtml(title)}</title>\n` +
    `<style>${CSS}</style>\n` +
    '</head>\n<body>\n' +
    `<header><h1>${escapeHtml(title)}</h1>${total}${legend()}</header>\n` +
    '<main>\n' +
    (docs.length > 1 ? overallSection(docs) + '\n' : '') +
    docs.map((doc, i) => documentSection(doc, i)).join('\n') +
    '\n</main>\n</body>\n</html>\n'
  );
}
