// Markup from spans: exact HTML for nesting, touching, crossing and line breaks, and for random text
// and spans, every character exactly once, escaped, in well-nested elements.
import fc from 'fast-check';
import { escapeHtml } from '../../src/report/escape.js';
import { renderMarkedText, type MarkSpan } from '../../src/report/spans.js';

const span = (start: number, end: number, className: string, rank = 2, attrs: MarkSpan['attrs'] = []): MarkSpan => ({
  start,
  end,
  rank,
  tag: rank === 2 ? 'mark' : 'span',
  className,
  attrs,
});

/** The text of the markup: tags removed, the renderer's references resolved. */
function textOf(html: string): string {
  const refs: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#13;': '\r' };
  // tags removed by one scan (a regex /<[^>]*>/ would rescan a run of unclosed '<' quadratically)
  let text = '';
  let inTag = false;
  for (const c of html) {
    if (c === '<') inTag = true;
    else if (c === '>' && inTag) inTag = false;
    else if (!inTag) text += c;
  }
  return text.replace(/&(?:amp|lt|gt|quot|#39|#13);/g, (r) => refs[r]!);
}

/** The tags in order; throws unless every closing tag closes the last open element. */
function checkNesting(html: string): string[] {
  const open: string[] = [];
  const starts: string[] = [];
  for (const [, closing, name, rest] of html.matchAll(/<(\/?)([a-z]+)((?:\s[^>]*)?)>/g)) {
    if (closing) {
      if (open.pop() !== name) throw new Error(`</${name}> closes ${open.at(-1)}`);
    } else {
      open.push(name!);
      starts.push(`${name}${rest}`);
    }
  }
  if (open.length) throw new Error(`unclosed ${open.join()}`);
  return starts;
}

describe('escapeHtml', () => {
  test('escapes the five special characters, keeps CR with a reference and shows NUL as U+FFFD', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(escapeHtml('a\r\nb\0c')).toBe('a&#13;\nb\uFFFDc');
    expect(escapeHtml('\u202Eأنقرة\uD800')).toBe('\u202Eأنقرة\uD800');
  });
});

describe('renderMarkedText', () => {
  test('plain text: one paragraph, escaped', () => {
    expect(renderMarkedText('قال: <b>&', [])).toBe('<p>قال: &lt;b&gt;&amp;</p>');
    expect(renderMarkedText('', [])).toBe('');
  });

  test('an entity inside a quote nests, whatever the input order', () => {
    const text = 'قال إن أنقرة ترحب';
    const quote = span(7, 17, 'q', 0);
    const entity = span(7, 12, 'ent', 2, [['data-id', 'city:TR:ankara']]);
    const expected = '<p>قال إن <span class="q"><mark class="ent" data-id="city:TR:ankara">أنقرة</mark> ترحب</span></p>';
    expect(renderMarkedText(text, [quote, entity])).toBe(expected);
    expect(renderMarkedText(text, [entity, quote])).toBe(expected);
  });

  test('spans of the same extent nest by rank', () => {
    expect(renderMarkedText('روسيا', [span(0, 5, 'ent', 2), span(0, 5, 'spk', 1)])).toBe('<p><span class="spk"><mark class="ent">روسيا</mark></span></p>');
  });

  test('touching spans stay side by side', () => {
    expect(renderMarkedText('وأنقرة', [span(0, 1, 'a'), span(1, 6, 'b')])).toBe('<p><mark class="a">و</mark><mark class="b">أنقرة</mark></p>');
  });

  test('crossing spans: the inner rank is split, the continuation marked', () => {
    expect(renderMarkedText('abcdef', [span(0, 4, 'ent', 2), span(2, 6, 'q', 0)])).toBe(
      '<p><mark class="ent">ab</mark><span class="q"><mark class="ent cont">cd</mark>ef</span></p>',
    );
    expect(renderMarkedText('abcdef', [span(0, 4, 'x', 2), span(2, 6, 'y', 2)])).toBe(
      '<p><mark class="x">ab<mark class="y">cd</mark></mark><mark class="y cont">ef</mark></p>',
    );
  });

  test('line breaks end paragraphs; the \\n characters stay between them, outside every element', () => {
    expect(renderMarkedText('أ\n\nب', [])).toBe('<p>أ</p>\n\n<p>ب</p>');
    expect(renderMarkedText('ab\ncd\n', [span(1, 4, 'q', 0)])).toBe('<p>a<span class="q">b</span></p>\n<p><span class="q cont">c</span>d</p>\n');
    // A span that begins at a line break: its first element is in the next line, and is not a continuation.
    expect(renderMarkedText('a\nb', [span(1, 3, 'q', 0)])).toBe('<p>a</p>\n<p><span class="q">b</span></p>');
  });

  test('attribute values are escaped and quoted', () => {
    const hostile = span(0, 1, 'ent', 2, [['title', `"><img src=x onerror=alert(1)>`]]);
    expect(renderMarkedText('x', [hostile])).toBe('<p><mark class="ent" title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">x</mark></p>');
  });

  test('spans outside the text are clipped; empty ones dropped', () => {
    expect(renderMarkedText('abc', [span(-5, 1, 'a'), span(2, 99, 'b'), span(1, 1, 'c'), span(2, 1, 'd')])).toBe(
      '<p><mark class="a">a</mark>b<mark class="b">c</mark></p>',
    );
  });

  const unit = fc.oneof(
    fc.constantFrom('<', '>', '&', '"', "'", '\r', '\n', '\0', ' ', '\u202E', '\u2066', '\uD800', '\uDC00', 'ـ'),
    fc.integer({ min: 0x0621, max: 0x064a }).map((c) => String.fromCharCode(c)),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  );
  const documents = fc.array(unit, { maxLength: 60 }).chain((units) => {
    const text = units.join('');
    const offset = fc.integer({ min: 0, max: text.length });
    const spans = fc.array(
      fc.record({ a: offset, b: offset, rank: fc.integer({ min: 0, max: 2 }) }).map(({ a, b, rank }) => span(Math.min(a, b), Math.max(a, b), `s${rank}`, rank)),
      { maxLength: 8 },
    );
    return fc.tuple(fc.constant(text), spans);
  });

  test('property: every character exactly once, escaped, in well-nested elements, one first element per span', () => {
    fc.assert(
      fc.property(documents, ([text, spans]) => {
        const html = renderMarkedText(text, spans);
        expect(textOf(html)).toBe(text.replaceAll('\0', '\uFFFD'));
        const starts = checkNesting(html);
        const firsts = starts.filter((s) => !s.includes(' cont"') && !s.startsWith('p'));
        // A span shows as an element when it covers a character other than a line break.
        const visible = spans.filter((s) => /[^\n]/.test(text.slice(s.start, s.end)));
        expect(firsts.length).toBe(visible.length);
        // Every < opens one of the renderer's tags; no raw < or > comes from the text.
        expect(html).not.toMatch(/<(?!\/?(?:p|mark|span)[ >])/);
        expect(html.split('<').length).toBe(html.split('>').length);
      }),
      { numRuns: 500 },
    );
  });
});
