// The built package outside Node: which entry each runtime gets (package.json exports), that the core
// runs with no Node global at all (what Deno and edge runtimes offer: the JavaScript built-ins plus web
// APIs), that khabar/text leaves the lexicons out, and that the tarball holds the data once.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build, type Plugin } from 'esbuild';
import { analyze, createAnalyzer } from '../../src/index.js';

const root = process.cwd();
const node = (args: string[]): string => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
const article = readFileSync(join(root, 'corpus/article.txt'), 'utf8');

/**
 * Bundles `source` (in the package, so 'khabar' resolves to it by name) with esbuild: the code, the
 * files that made it into it, and the paths it still imports.
 */
async function bundle(source: string, options: { platform: 'browser' | 'neutral'; format: 'esm' | 'iife'; plugins?: Plugin[] }): Promise<{ code: string; inputs: string[]; imports: string[] }> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
    globalName: options.format === 'iife' ? 'khabar' : undefined,
    ...options,
  });
  const [output] = Object.values(result.metafile.outputs);
  return {
    code: result.outputFiles[0]!.text,
    inputs: Object.entries(output!.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([path]) => path),
    imports: output!.imports.map((i) => i.path),
  };
}

describe('entry points', () => {
  test('khabar/text works in Node and exports the text layer only', () => {
    const names = node(['--input-type=module', '-e', "import * as t from 'khabar/text'; process.stdout.write(Object.keys(t).sort().join())"]);
    expect(names).toBe('detectLanguage,normalize,normalizeWithOffsets,segment,sentences,tokenize');
    expect(node(['--input-type=module', '-e', "import { normalize } from 'khabar/text'; process.stdout.write(normalize('أَحْمَدُ'))"])).toBe('احمد');
  });

  test('the browser and every runtime but Node get the core: the same API without the worker pool and streams', async () => {
    const esm = node(['--input-type=module', '-e', "import * as k from 'khabar'; process.stdout.write(Object.keys(k).sort().join())"]).split(',');
    for (const platform of ['browser', 'neutral'] as const) {
      const { code, inputs } = await bundle("export * from 'khabar';", { platform, format: 'iife' });
      expect(inputs).toContain('dist/esm/platform/browser/data.js');
      expect(inputs.filter((f) => /pipeline\/|platform\/node\//.test(f))).toEqual([]);
      const context = createContext({ TextDecoder, atob });
      runInContext(code, context);
      const names = Object.keys(runInContext('khabar', context) as object).sort();
      expect(names).toEqual(esm.filter((n) => n !== 'analyzeMany' && n !== 'createAnalyzeStream'));
    }
  });

  test('types resolve for bundler consumers (the core) as for Node ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-types-'));
    try {
      writeFileSync(
        join(dir, 'app.ts'),
        "import { analyze, createAnalyzer, parseLexicon, type Analysis } from 'khabar';\nimport { normalize, type Token } from 'khabar/text';\n" +
          "const a: Analysis = createAnalyzer({ lexicons: parseLexicon('') }).analyze(normalize('نص'));\nconst t: Token | undefined = analyze('نص').tokens[0];\nexport { a, t };\n",
      );
      // the core has no analyzeMany: a bundler consumer that asks for it gets a type error
      writeFileSync(join(dir, 'wrong.ts'), "import { analyzeMany } from 'khabar';\nexport { analyzeMany };\n");
      const tsconfig = (files: string[]): string =>
        JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, types: [] }, files });
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(root, join(dir, 'node_modules', 'khabar'));
      const tsc = (files: string[]): string => {
        writeFileSync(join(dir, 'tsconfig.json'), tsconfig(files));
        try {
          return execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
        } catch (error) {
          return (error as { stdout: string }).stdout;
        }
      };
      expect(tsc(['app.ts'])).toBe('');
      expect(tsc(['wrong.ts'])).toMatch(/has no exported member 'analyzeMany'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the core without Node', () => {
  test('analyzes the seed article exactly as Node does with only the built-ins, TextDecoder and atob', async () => {
    const { code } = await bundle("export { analyze, createAnalyzer } from 'khabar';", { platform: 'neutral', format: 'iife' });
    const context = createContext({ TextDecoder, atob });
    runInContext(code, context);
    context.text = article;
    expect(runInContext('typeof Buffer + typeof process + typeof require + typeof __dirname', context)).toBe('undefinedundefinedundefinedundefined');
    expect(JSON.parse(runInContext('JSON.stringify(khabar.analyze(text))', context) as string)).toEqual(analyze(article));
    // the tagger model too, decoded with atob
    expect(JSON.parse(runInContext('JSON.stringify(khabar.createAnalyzer({ tagger: true }).analyze(text))', context) as string)).toEqual(createAnalyzer({ tagger: true }).analyze(article));
  });

  test('its code names no Node global and imports no Node module', async () => {
    // the data modules left out: their strings (names in lexicons) are not code
    const noData: Plugin = { name: 'no-data', setup: (b) => b.onResolve({ filter: /\/data\/built-/ }, (args) => ({ path: args.path, external: true })) };
    const { code, inputs, imports } = await bundle("export * from 'khabar';", { platform: 'neutral', format: 'esm', plugins: [noData] });
    expect(inputs.filter((f) => /platform\/node\//.test(f))).toEqual([]);
    expect(imports).toEqual(['../../data/built-lexicons.js', '../../data/built-models.js']);
    expect(code.match(/(?<![\w$.])(Buffer|process|__dirname|__filename|global|require|setImmediate)(?![\w$])/g)).toBeNull();
  });
});

describe('what a page downloads', () => {
  test('khabar/text leaves the lexicons and the model out; khabar has them', async () => {
    const text = await bundle("export { normalize, tokenize, sentences } from 'khabar/text';", { platform: 'browser', format: 'esm' });
    expect(text.inputs.filter((f) => /data\/|lexicon\/|entities\/|franc/.test(f))).toEqual([]);
    expect(text.code.length).toBeLessThan(30_000);
    const full = await bundle("export { analyze } from 'khabar';", { platform: 'browser', format: 'esm' });
    expect(full.inputs).toEqual(expect.arrayContaining(['dist/esm/data/built-lexicons.js', 'dist/esm/data/built-models.js']));
    expect(full.code).toContain('country:TR');
    expect(text.code).not.toContain('country:TR');
  });

  test('sideEffects: false lets a bundler drop the data when only the text layer of khabar is used', async () => {
    expect((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { sideEffects: unknown }).sideEffects).toBe(false);
    const { code } = await bundle("export { normalize } from 'khabar';", { platform: 'browser', format: 'esm' });
    expect(code.length).toBeLessThan(10_000);
  });
});

describe('the tarball', () => {
  test('holds the data once: the data modules, no model files, no other copy', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' })) as [{ files: { path: string; size: number }[] }];
    const paths = pack.files.map((f) => f.path);
    expect(paths.filter((p) => p.endsWith('.bin') || p.endsWith('.bundle.json'))).toEqual([]);
    expect(pack.files.filter((f) => f.size > 1_000_000).map((f) => f.path).sort()).toEqual(['dist/esm/data/built-lexicons.js', 'dist/esm/data/built-models.js']);
    expect(paths).toEqual(expect.arrayContaining(['dist/browser/khabar.js', 'dist/browser/text.js', 'dist/esm/core.js', 'dist/esm/text.js', 'models/README.md']));
  });
});
