// The renderers stay out of the library: the entry points never reach src/report, and the shaping
// packages load only when a line is shaped. Checked on the built package (npm test builds first).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = process.cwd();
const node = (code: string): string => execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });

/** Every module the file imports statically, transitively: relative files and bare package names. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    // `from '…'`, `import '…'` and `import('…')`: the specifiers of the compiled JavaScript.
    for (const [, specifier] of source.matchAll(/\b(?:from|import)(?:\s*\()?\s*['"]([^'"]+)['"]/g)) {
      if (!specifier) continue;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the renderers and the library', () => {
  test('the ESM entry never reaches src/report, arabic-reshaper or bidi-js', () => {
    const { files, packages } = importGraph(join(root, 'dist/esm/index.js'));
    expect(files.size).toBeGreaterThan(5);
    expect([...files].filter((f) => f.includes('/report/'))).toEqual([]);
    expect([...packages].filter((p) => /arabic-reshaper|bidi-js|playwright/.test(p))).toEqual([]);
  });

  test('the CommonJS bundle has none of it either', () => {
    const bundle = readFileSync(join(root, 'dist/cjs/index.cjs'), 'utf8');
    expect(bundle).not.toMatch(/arabic-reshaper|bidi-js|renderHtml|renderPretty/);
  });

  test('importing the renderers prints nothing; the shaping packages load only for --shape', () => {
    const out = node(`
      import { createRequire } from 'node:module';
      import { renderHtml } from './dist/esm/report/html.js';
      import { renderPretty } from './dist/esm/report/terminal.js';
      import { analyze } from './dist/esm/index.js';
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).filter((k) => /arabic-reshaper|bidi-js/.test(k)).length;
      const text = 'قال لافروف في موسكو';
      const a = analyze(text);
      renderHtml([{ id: 'x', text, analysis: a }]);
      renderPretty(text, a);
      const before = loaded();
      renderPretty(text, a, { shape: true });
      process.stdout.write(before + ' ' + loaded());
    `);
    expect(out).toBe('0 2');
  });
});
