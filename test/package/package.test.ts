// The built package as users get it: real node processes importing it by name (self-reference).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = process.cwd();
const node = (args: string[]): string => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });

describe('the khabar package', () => {
  test('require() works and prints nothing', () => {
    expect(node(['-e', "require('khabar')"])).toBe('');
    expect(node(['-e', "const k = require('khabar'); process.stdout.write(typeof k.analyze + ' ' + k.normalize('أَحْمَدُ'))"])).toBe('function احمد');
  });

  test('import works and prints nothing', () => {
    expect(node(['--input-type=module', '-e', "import 'khabar'"])).toBe('');
    expect(node(['--input-type=module', '-e', "import { tokenize } from 'khabar'; process.stdout.write(tokenize('إس-400').map(t => t.kind).join())"])).toBe('word');
  });

  test('both entry points export the same names', () => {
    const cjs = node(['-e', "process.stdout.write(Object.keys(require('khabar')).sort().join())"]);
    const esm = node(['--input-type=module', '-e', "import * as k from 'khabar'; process.stdout.write(Object.keys(k).sort().join())"]);
    expect(cjs).toBe(esm);
    for (const name of ['analyze', 'normalize', 'normalizeWithOffsets', 'tokenize', 'sentences', 'segment', 'detectLanguage', 'createAnalyzer']) {
      expect(cjs.split(',')).toContain(name);
    }
  });

  test('types resolve for ESM and CommonJS consumers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-types-'));
    try {
      writeFileSync(join(dir, 'esm.mts'), "import { analyze, type Analysis, type Token } from 'khabar';\nconst a: Analysis = analyze('نص');\nconst t: Token | undefined = a.tokens[0];\nexport { t };\n");
      writeFileSync(join(dir, 'cjs.cts'), "import k = require('khabar');\nconst n: string = k.normalize('نص');\nexport = n;\n");
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: [] }, files: ['esm.mts', 'cjs.cts'] }),
      );
      // 'khabar' resolves through node_modules, as an installed package would
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(root, join(dir, 'node_modules', 'khabar'));
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
