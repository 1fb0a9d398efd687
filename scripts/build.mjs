// Builds the package:
// - ESM and type declarations with tsc (one file per module, readable);
// - the data modules, in place of tsc's placeholders: dist/esm/data/built-lexicons.js (the shipped
//   lexicons, compiled and validated on the way) and built-models.js (every models/*.bin, in base64), so
//   the data reaches browsers and bundlers as modules, not as files to read;
// - one CommonJS bundle with esbuild for require() users (franc is ESM-only, so it is bundled there); in
//   Node, ESM or CommonJS, the data modules are read as JSON (src/platform/node/data.ts), not imported;
// - dist/browser/: the core and the text layer bundled for a plain <script type="module">, importing the
//   same data modules.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, chmodSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], { stdio: 'inherit' });

// The data modules, written with the functions the package reads them with.
const { compileShippedLexicons, shippedSourceSizes } = await import(join(dist, 'esm/platform/node/data.js'));
const { toBundle } = await import(join(dist, 'esm/lexicon/bundle.js'));
const { dataModuleText } = await import(join(dist, 'esm/data/module.js'));
const bundle = toBundle(compileShippedLexicons(), shippedSourceSizes());
writeFileSync(join(dist, 'esm/data/built-lexicons.js'), dataModuleText(bundle, 'Written by scripts/build.mjs: the shipped lexicons of lexicons/, compiled (src/lexicon/bundle.ts).'));
const modelFiles = readdirSync(join(root, 'models')).filter((f) => f.endsWith('.bin')).sort();
const models = Object.fromEntries(modelFiles.map((f) => [f, readFileSync(join(root, 'models', f)).toString('base64')]));
writeFileSync(join(dist, 'esm/data/built-models.js'), dataModuleText(models, `Written by scripts/build.mjs: models/${modelFiles.join(', models/')} in base64.`));

/**
 * esbuild plugin for bundles made from the sources: #platform/* is `platform`'s (src/platform/node/ or
 * browser/), and the data modules stay imports of dist/esm/data/ (relative to dist/browser/), not a copy.
 */
function khabarSources(platform) {
  return {
    name: 'khabar-sources',
    setup(b) {
      b.onResolve({ filter: /^#platform\// }, (args) => ({ path: join(root, `src/platform/${platform}/${args.path.slice('#platform/'.length)}.ts`) }));
      b.onResolve({ filter: /\/data\/built-(lexicons|models)\.js$/ }, (args) => ({ path: `../esm/data/${args.path.split('/').pop()}`, external: true }));
    },
  };
}

// The CommonJS entry points: the library and the queue.
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
  plugins: [khabarSources('node')],
  logLevel: 'warning',
});
writeFileSync(join(dist, 'cjs/package.json'), JSON.stringify({ type: 'commonjs' }) + '\n');

// For a plain <script type="module"> (no bundler, no import map): khabar.js and text.js, sharing chunks.
await build({
  entryPoints: { khabar: join(root, 'src/core.ts'), text: join(root, 'src/text.ts') },
  outdir: join(dist, 'browser'),
  bundle: true,
  splitting: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  plugins: [khabarSources('browser')],
  logLevel: 'warning',
});

// Declarations for require() users: the same .d.ts tree as .d.cts, with .cjs specifiers; #platform/x
// (which dist/cjs/package.json cannot resolve) becomes the relative path of Node's platform/node/x.
function copyDeclarations(from, to) {
  const cjsRoot = relative(to, join(dist, 'cjs')).replaceAll('\\', '/') || '.';
  const platform = `${cjsRoot.startsWith('.') ? '' : './'}${cjsRoot}/platform/node/`;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyDeclarations(source, join(to, entry.name));
    else if (entry.name.endsWith('.d.ts')) {
      mkdirSync(to, { recursive: true });
      const text = readFileSync(source, 'utf8')
        .replace(/(from\s+['"]\.{1,2}\/[^'"]+)\.js(['"])/g, '$1.cjs$2')
        .replace(/(from\s+['"])#platform\/([^'"]+)(['"])/g, `$1${platform}$2.cjs$3`);
      writeFileSync(join(to, entry.name.replace(/\.d\.ts$/, '.d.cts')), text);
    }
  }
}
copyDeclarations(join(dist, 'esm'), join(dist, 'cjs'));

for (const bin of ['esm/cli/main.js']) {
  const file = join(dist, bin);
  if (existsSync(file)) chmodSync(file, 0o755);
}
console.error(`built ${relative(root, dist)}/ (esm with data modules, cjs, browser, types)`);
