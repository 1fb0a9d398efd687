// Builds the package: ESM and type declarations with tsc (one file per module, readable), then one
// CommonJS bundle with esbuild for require() users (franc is ESM-only, so it is bundled there).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });

// The CommonJS entry points: the library and the worker it starts.
const cjsEntries = { index: 'src/index.ts' };
if (existsSync(join(root, 'src/queue/index.ts'))) cjsEntries['queue/index'] = 'src/queue/index.ts';
await build({
  entryPoints: Object.fromEntries(Object.entries(cjsEntries).map(([k, v]) => [k, join(root, v)])),
  outdir: join(dist, 'cjs'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['bullmq', 'ioredis', 'playwright-core'],
  define: { 'import.meta.url': '__khabar_import_meta_url' },
  banner: { js: "const __khabar_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
writeFileSync(join(dist, 'cjs/package.json'), JSON.stringify({ type: 'commonjs' }) + '\n');

// Declarations for require() users: the same .d.ts tree as .d.cts, with .cjs specifiers.
function copyDeclarations(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyDeclarations(source, join(to, entry.name));
    else if (entry.name.endsWith('.d.ts')) {
      mkdirSync(to, { recursive: true });
      const text = readFileSync(source, 'utf8').replace(/(from\s+['"]\.{1,2}\/[^'"]+)\.js(['"])/g, '$1.cjs$2');
      writeFileSync(join(to, entry.name.replace(/\.d\.ts$/, '.d.cts')), text);
    }
  }
}
copyDeclarations(join(dist, 'esm'), join(dist, 'cjs'));

for (const bin of ['esm/cli/main.js']) {
  const file = join(dist, bin);
  if (existsSync(file)) chmodSync(file, 0o755);
}
// The shipped lexicons compiled once (validated on the way): analyzers start from this bundle.
const { compileShipped } = await import(join(dist, 'esm/lexicon/shipped.js'));
const { writeBundle } = await import(join(dist, 'esm/lexicon/bundle.js'));
const { shippedLexiconDir } = await import(join(dist, 'esm/lexicon/load.js'));
const bundle = writeBundle(compileShipped(shippedLexiconDir()), shippedLexiconDir());
console.error(`built ${relative(root, dist)}/ (esm, cjs, types, ${relative(root, bundle)})`);
