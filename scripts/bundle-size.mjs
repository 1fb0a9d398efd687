// What each way of importing khabar costs a web page: bundles made with esbuild as an application would
// make them (platform browser, minified, the package's exports choosing the files), measured minified
// and gzipped (level 9). `npm run size` builds first; the README quotes the table.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// inside the package, so that 'khabar' resolves to it by name (self-reference)
const tmp = join(root, '.bench-tmp/bundle-size');

const cases = [
  ['`normalize` from `khabar/text`', "import { normalize } from 'khabar/text'; console.log(normalize);"],
  ['`normalize`, `tokenize`, `sentences` from `khabar/text`', "import { normalize, tokenize, sentences } from 'khabar/text'; console.log(normalize, tokenize, sentences);"],
  ['all of `khabar/text` (with `detectLanguage`: franc)', "import * as text from 'khabar/text'; console.log(text);"],
  ['`analyze` from `khabar` (lexicons and tagger model included)', "import { analyze } from 'khabar'; console.log(analyze);"],
];
// a small first load: the text layer now, khabar (with its data) as a chunk of its own when first needed
const lazy = "import { normalize } from 'khabar/text'; console.log(normalize); globalThis.later = () => import('khabar');";

const kb = (bytes) => `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} kB`;
const sizes = (files) => ({ min: files.reduce((n, f) => n + f.contents.length, 0), gzip: files.reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0) });

async function bundle(name, source, splitting = false) {
  const entry = join(tmp, `${name}.js`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    outdir: join(tmp, `out-${name}`),
    bundle: true,
    splitting,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    charset: 'utf8', // Arabic as UTF-8 (esbuild's default, ASCII, writes \uXXXX: a third larger minified)
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  return result;
}

/** The files a page loads first: the entry and what it imports statically; the rest comes on demand. */
function firstLoad({ metafile, outputFiles }) {
  const byPath = new Map(outputFiles.map((f) => [f.path.slice(root.length + 1), f]));
  const first = new Set();
  const visit = (path) => {
    if (first.has(path)) return;
    first.add(path);
    for (const i of metafile.outputs[path].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(Object.keys(metafile.outputs).find((path) => metafile.outputs[path].entryPoint));
  return [[...byPath].filter(([p]) => first.has(p)).map(([, f]) => f), [...byPath].filter(([p]) => !first.has(p) && !p.endsWith('.map')).map(([, f]) => f)];
}

rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const rows = [];
for (const [i, [label, source]] of cases.entries()) {
  const { min, gzip } = sizes((await bundle(`case${i}`, source)).outputFiles);
  rows.push([label, kb(min), kb(gzip)]);
}
// the data in the analyze bundle, as the build writes it
for (const [label, name] of [['… of which the compiled lexicons (`dist/esm/data/built-lexicons.js`)', 'built-lexicons'], ['… and the tagger model (`dist/esm/data/built-models.js`, base64)', 'built-models']]) {
  const contents = readFileSync(join(root, 'dist/esm/data', `${name}.js`));
  rows.push([label, kb(contents.length), kb(gzipSync(contents, { level: 9 }).length)]);
}
const [entry, rest] = firstLoad(await bundle('lazy', lazy, true));
// esbuild splits by file: all of khabar/text (franc too) goes to the chunk shared with the lazy part
rows.push(['first load: `normalize` from `khabar/text`, `import(\'khabar\')` deferred', kb(sizes(entry).min), kb(sizes(entry).gzip)]);
rows.push(['… then `import(\'khabar\')`: its chunk, fetched once, on the first call', kb(sizes(rest).min), kb(sizes(rest).gzip)]);
rmSync(tmp, { recursive: true, force: true });

console.log('| bundle (esbuild, browser, minified) | minified | gzipped |');
console.log('|---|---:|---:|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
