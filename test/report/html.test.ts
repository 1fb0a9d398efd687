// The HTML report as a string: exact markup for entities, quotes, legend and tables, the page frame and
// its policy, and hostile text, names and ids that must come out as text.
import { createHash } from 'node:crypto';
import { renderHtml } from '../../src/report/html.js';
import { summarize } from '../../src/report/summary.js';
import { analyze } from '../../src/index.js';
import { ARTICLE, ARTICLE_ANALYSIS, analysisOf, find } from './fixtures.js';

const LAVROV = { type: 'PERSON', id: 'person:sergey_lavrov', name: 'سيرغي لافروف', form: 'name', source: 'lexicon' } as const;
const MOSCOW = { type: 'CITY', id: 'city:RU:moscow', name: 'موسكو', form: 'name', source: 'lexicon' } as const;

const SMALL = 'قال لافروف في موسكو "التعاون سيتواصل".';
const SMALL_ANALYSIS = analysisOf(SMALL, {
  entities: [
    { ...find(SMALL, 'لافروف'), ...LAVROV },
    { ...find(SMALL, 'موسكو'), ...MOSCOW },
  ],
  quotes: [
    {
      kind: 'direct',
      ...find(SMALL, 'التعاون سيتواصل'),
      cue: { text: 'قال', ...find(SMALL, 'قال'), lemma: 'قال' },
      speaker: { text: 'لافروف', ...find(SMALL, 'لافروف'), name: LAVROV.name, entityId: LAVROV.id, type: 'PERSON', resolution: 'explicit' },
      source: null,
    },
  ],
});

/** The inner HTML of each document's text block. */
const textBlocks = (html: string): string[] => [...html.matchAll(/<div class="text">([\s\S]*?)<\/div>/g)].map((m) => m[1]!);
const count = (html: string, part: string): number => html.split(part).length - 1;

describe('renderHtml: the page', () => {
  const html = renderHtml([{ id: 'article.txt', text: ARTICLE, analysis: ARTICLE_ANALYSIS }]);

  test('a right-to-left Arabic page with a policy that allows only its own stylesheet', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="')).toBe(true);
    const css = /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(css).digest('base64');
    expect(html).toContain(`content="default-src &#39;none&#39;; style-src &#39;sha256-${hash}&#39;; base-uri &#39;none&#39;; form-action &#39;none&#39;"`);
    expect(html).toContain('<title>تقرير khabar</title>');
    expect(html.endsWith('</html>\n')).toBe(true);
  });

  test('nothing that could load or run anything', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|url\(|@import|https?:|\son[a-z]+=/i);
  });

  test('a legend with one colour class per type, adjectives, quote kinds, speaker and cue', () => {
    const legend = /<ul class="legend"[^>]*>([\s\S]*?)<\/ul>/.exec(html)![1]!;
    for (const [type, label] of [
      ['PERSON', 'شخص'],
      ['ORGANIZATION', 'منظمة'],
      ['COUNTRY', 'دولة'],
      ['CITY', 'مدينة'],
      ['LOCATION', 'مكان'],
      ['WEAPON', 'سلاح'],
    ]) {
      expect(legend).toContain(`<li class="t-${type.toLowerCase()}"><span class="chip"></span>${label} <code>${type}</code></li>`);
    }
    expect(legend).toContain('<mark class="ent adj">صفة نسبة</mark>');
    expect(legend).toContain('<span class="q-direct">اقتباس مباشر</span>');
    expect(legend).toContain('<span class="q-indirect">كلام منقول</span>');
    expect(legend).toContain('<span class="spk">المتحدث</span>');
    expect(legend).toContain('<span class="cue">فعل القول</span>');
  });

  test('every entity of the article is one highlighted element, with its type, id, name on hover and its text', () => {
    const [text] = textBlocks(html);
    expect(count(text!, '<mark class="ent ')).toBe(ARTICLE_ANALYSIS.entities.length);
    expect(count(text!, ' cont"')).toBe(0);
    expect(count(text!, '<span class="q ')).toBe(ARTICLE_ANALYSIS.quotes.length);
    for (const e of ARTICLE_ANALYSIS.entities) {
      const adjective = e.form === 'adjective';
      expect(text).toContain(
        `data-type="${e.type}" data-id="${e.id}" data-form="${e.form}" data-source="${e.source}" data-label="` +
          `${{ PERSON: 'شخص', ORGANIZATION: 'منظمة', COUNTRY: 'دولة', CITY: 'مدينة', LOCATION: 'مكان', WEAPON: 'سلاح' }[e.type]}" ` +
          `title="${e.name} · ${e.id}${adjective ? ` (صفة نسبة: ${e.text})` : ''}">${e.text}</mark>`,
      );
    }
    expect(text).toContain(
      '<mark class="ent t-country adj" data-type="COUNTRY" data-id="country:US" data-form="adjective" data-source="lexicon" data-label="دولة" title="الولايات المتحدة · country:US (صفة نسبة: الأميركية)">الأميركية</mark>',
    );
  });

  test('one paragraph per non-empty line', () => {
    const [text] = textBlocks(html);
    expect(count(text!, '<p>')).toBe(ARTICLE.split('\n').filter((l) => l.length).length);
  });

  test('one document: no overall summary; several: an overall summary first', () => {
    expect(html).not.toContain('الملخص العام');
    const two = renderHtml([
      { id: 'a', text: ARTICLE, analysis: ARTICLE_ANALYSIS },
      { id: 'b', text: SMALL, analysis: SMALL_ANALYSIS },
    ]);
    const overall = two.indexOf('<section class="overall"><h2>الملخص العام</h2>');
    expect(overall).toBeGreaterThan(0);
    expect(overall).toBeLessThan(two.indexOf('<article class="doc" id="doc-1">'));
    expect(two).toContain(`الوثائق: 2 · الكيانات: ${ARTICLE_ANALYSIS.entities.length + 2} · الاقتباسات: ${ARTICLE_ANALYSIS.quotes.length + 1}`);
    expect(two).toContain('<article class="doc" id="doc-2"><h2><bdi>b</bdi></h2>');
  });
});

describe('renderHtml: one small document, exactly', () => {
  const html = renderHtml([{ id: 'small', text: SMALL, analysis: SMALL_ANALYSIS }], { title: 'تجربة' });

  test('cue underlined, speaker mention around the entity, quote with its kind and speaker as a label', () => {
    expect(textBlocks(html)).toEqual([
      '<p><span class="cue" title="فعل القول: قال (قال)">قال</span> ' +
        '<span class="spk" title="المتحدث: سيرغي لافروف"><mark class="ent t-person" data-type="PERSON" data-id="person:sergey_lavrov" data-form="name" data-source="lexicon" data-label="شخص" title="سيرغي لافروف · person:sergey_lavrov">لافروف</mark></span> في ' +
        '<mark class="ent t-city" data-type="CITY" data-id="city:RU:moscow" data-form="name" data-source="lexicon" data-label="مدينة" title="موسكو · city:RU:moscow">موسكو</mark> &quot;' +
        '<span class="q q-direct" data-kind="direct" data-speaker="سيرغي لافروف" data-label="اقتباس مباشر · سيرغي لافروف" title="اقتباس مباشر (direct) — المتحدث: سيرغي لافروف — التعرف: مذكور صراحة · person:sergey_lavrov — القول: قال">التعاون سيتواصل</span>&quot;.</p>',
    ]);
  });

  test('the header of the document and its summary tables', () => {
    expect(html).toContain('<title>تجربة</title>');
    expect(html).toContain('<article class="doc" id="doc-1"><h2><bdi>small</bdi></h2><p class="meta">اللغة: <code>arb</code> · الجمل: 1 · الكيانات: 2 · الاقتباسات: 1</p>');
    expect(html).toContain(
      '<section><h3>الكيانات حسب النوع</h3><table><thead><tr><th>النوع</th><th>الإشارات</th><th>منها صفات</th><th>كيانات مختلفة</th></tr></thead><tbody>' +
        '<tr><td class="type t-person"><span class="chip"></span>شخص <code>PERSON</code></td><td class="n">1</td><td class="n">0</td><td class="n">1</td></tr>' +
        '<tr><td class="type t-city"><span class="chip"></span>مدينة <code>CITY</code></td><td class="n">1</td><td class="n">0</td><td class="n">1</td></tr>' +
        '</tbody></table></section>',
    );
    expect(html).toContain(
      '<tbody><tr><td><bdi>سيرغي لافروف</bdi><br><code>person:sergey_lavrov</code></td><td class="type t-person"><span class="chip"></span>شخص <code>PERSON</code></td><td class="n">1</td></tr>',
    );
    expect(html).toContain(
      '<section class="speakers"><h3>المتحدثون</h3><table><thead><tr><th>المتحدث</th><th>الاقتباسات</th><th>مباشر</th><th>منقول</th><th>مختلط</th></tr></thead><tbody>' +
        '<tr><td><bdi>سيرغي لافروف</bdi><br><code>person:sergey_lavrov</code></td><td class="n">1</td><td class="n">1</td><td class="n">0</td><td class="n">0</td></tr></tbody></table></section>',
    );
  });

  test('a speaker the document does not name: what kind it is and how else it is referred to, with no id', () => {
    const text = 'وقال مصدر مطلع إن الأمر جيد. وأضاف المصدر أن الوضع هادئ.';
    const page = renderHtml([{ id: 'd', text, analysis: analyze(text) }]);
    expect(page).toContain(
      '<tbody><tr><td><bdi>مصدر مطلع</bdi> <span class="kind">مصدر غير مسمى</span><br><span class="aka">يُذكر أيضًا: <bdi>المصدر</bdi></span></td>' +
        '<td class="n">2</td><td class="n">0</td><td class="n">2</td><td class="n">0</td></tr></tbody>',
    );
  });

  test('speakers unnamed in several documents count by their names: ref:<n> ids are per document', () => {
    const one = analyze('وقال مصدر مطلع إن الأمر جيد.');
    const two = analyze('وقال شهود عيان إن الأمر جيد.');
    const three = analyze('قال الوزير محمد العلي إن كذا. وقال مصدر مطلع إن الأمر جيد.');
    expect(one.quotes[0]!.speaker!.entityId).toBe('ref:0');
    expect(two.quotes[0]!.speaker!.entityId).toBe('ref:0');
    const s = summarize([one, two, three]);
    expect(s.speakers.map((sp) => [sp.name, sp.entityId, sp.quotes])).toEqual([
      ['مصدر مطلع', null, 2],
      ['شهود عيان', null, 1],
      ['محمد العلي', expect.stringMatching(/^rule:person:/), 1],
    ]);
  });

  test('a document without entities or quotes says so', () => {
    const empty = renderHtml([{ id: 'e', text: 'نص', analysis: analysisOf('نص') }]);
    expect(count(empty, '<p class="empty">لا شيء</p>')).toBe(3);
  });
});

describe('renderHtml: hostile text', () => {
  const TAGS = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'h1', 'h2', 'h3', 'p', 'ul', 'li', 'span', 'mark', 'code', 'bdi', 'br', 'div', 'section', 'article', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
  const EVIL = `"><img src=x onerror=alert(1)>`;
  const text = `قال لافروف <script>alert(1)</script> ${EVIL} </style><style>*{}</style> '&amp; \0 \uD800 \u202Eموسكو\u202C\r\nسطر`;
  const analysis = analysisOf(text, {
    entities: [
      { ...find(text, 'لافروف'), type: 'PERSON', id: `x" onmouseover="alert(1)`, name: `</mark><script>alert(2)</script>`, form: 'name', source: 'rule' },
      { ...find(text, 'موسكو'), type: 'CITY', id: 'city:RU:moscow', name: "'><img src=x onerror=alert(3)>", form: 'name', source: 'lexicon' },
    ],
    quotes: [
      {
        kind: 'indirect',
        ...find(text, '<script>alert(1)</script>'),
        cue: { text: 'قال', ...find(text, 'قال'), lemma: '<b>' },
        speaker: { name: `${EVIL}</style>`, entityId: `<script>`, type: 'PERSON', resolution: 'carried' },
        source: null,
      },
    ],
  });
  const html = renderHtml([{ id: `<img src=x onerror=alert(4)>`, text, analysis }], { title: '</title><script>alert(5)</script>' });
  const body = html.slice(html.indexOf('</style>') + '</style>'.length);

  test('only the renderer’s own tags, one stylesheet, no script and no image', () => {
    for (const [, name] of html.matchAll(/<\/?([!a-z0-9]+)/gi)) expect(TAGS.has(name!.toLowerCase())).toBe(true);
    expect(count(html, '<style>')).toBe(1);
    expect(count(html, '</style>')).toBe(1);
    expect(html).not.toMatch(/<script|<img/i);
    expect(body).not.toMatch(/\son[a-z]+="/);
  });

  test('the text shows as text, escaped', () => {
    const [block] = textBlocks(html);
    expect(block).toContain('&lt;script&gt;alert(1)&lt;/script&gt;</span> &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &lt;/style&gt;&lt;style&gt;*{}&lt;/style&gt; &#39;&amp;amp; ');
  });

  test('names, ids, speakers, the document id and the title are escaped', () => {
    expect(html).toContain('data-id="x&quot; onmouseover=&quot;alert(1)"');
    expect(html).toContain('title="&lt;/mark&gt;&lt;script&gt;alert(2)&lt;/script&gt; · x&quot; onmouseover=&quot;alert(1)"');
    expect(html).toContain('title="&#39;&gt;&lt;img src=x onerror=alert(3)&gt; · city:RU:moscow"');
    expect(html).toContain('data-speaker="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/style&gt;"');
    expect(html).toContain('<bdi>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/style&gt;</bdi><br><code>&lt;script&gt;</code>');
    expect(html).toContain('<h2><bdi>&lt;img src=x onerror=alert(4)&gt;</bdi></h2>');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(5)&lt;/script&gt;</title>');
    expect(html).toContain('title="فعل القول: قال (&lt;b&gt;)"');
  });

  test('NUL shows as U+FFFD; lone surrogates, bidi controls and CR stay as text', () => {
    expect(html).not.toContain('\0');
    const [block] = textBlocks(html);
    expect(block).toContain(' \uFFFD \uD800 \u202E<mark');
    expect(block).toContain('</mark>\u202C&#13;</p>\n<p>سطر</p>');
  });
});

describe('summarize', () => {
  test('counts by type, top entities and speakers; ties keep the order of first appearance', () => {
    const s = summarize([SMALL_ANALYSIS, SMALL_ANALYSIS]);
    expect(s).toEqual({
      documents: 2,
      entities: 4,
      quotes: 2,
      unattributed: 0,
      byType: [
        { type: 'PERSON', mentions: 2, adjectives: 0, distinct: 1 },
        { type: 'CITY', mentions: 2, adjectives: 0, distinct: 1 },
      ],
      topEntities: [
        { id: LAVROV.id, name: LAVROV.name, type: 'PERSON', mentions: 2 },
        { id: MOSCOW.id, name: MOSCOW.name, type: 'CITY', mentions: 2 },
      ],
      // (hand-made analyses without referents: no kind, no other mentions)
      speakers: [{ name: LAVROV.name, entityId: LAVROV.id, kind: null, otherMentions: [], quotes: 2, byKind: { direct: 2, indirect: 0, mixed: 0 } }],
    });
  });

  test('the article: totals agree with the analysis', () => {
    const s = summarize([ARTICLE_ANALYSIS]);
    expect(s.byType.reduce((n, t) => n + t.mentions, 0)).toBe(ARTICLE_ANALYSIS.entities.length);
    expect(s.byType.find((t) => t.type === 'COUNTRY')!.adjectives).toBe(ARTICLE_ANALYSIS.entities.filter((e) => e.form === 'adjective').length);
    expect(s.speakers.reduce((n, sp) => n + sp.quotes, 0) + s.unattributed).toBe(ARTICLE_ANALYSIS.quotes.length);
    expect(s.speakers[0]).toEqual({
      name: 'مولود جاويش أوغلو',
      entityId: 'person:mevlut_cavusoglu',
      kind: 'name',
      otherMentions: ['وزير الخارجية التركي مولود جاويش أوغلو', 'أوغلو', 'الوزير التركي'],
      quotes: 4,
      byKind: { direct: 1, indirect: 3, mixed: 0 },
    });
    // the anonymous source and its back-reference are one speaker, with no entity id
    expect(s.speakers[2]).toEqual({ name: 'مصدر كبير في وزارة الدفاع التركية', entityId: null, kind: 'anonymous', otherMentions: ['المصدر'], quotes: 2, byKind: { direct: 1, indirect: 1, mixed: 0 } });
    expect(s.topEntities[0]!.mentions).toBeGreaterThanOrEqual(s.topEntities.at(-1)!.mentions);
  });
});
