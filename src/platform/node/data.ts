// #platform/data in Node: what only Node can do for the core. It reads the lexicon and model files a
// caller names by path, and the shipped data. package.json "imports" maps #platform/* to platform/node/
// under the "node" condition and to platform/browser/ everywhere else, so no other bundle sees node:fs.
//
// Node reads the data modules of the build (dist/esm/data/) as text instead of importing them: their
// value is plain JSON, and one JSON.parse of it is cheaper than V8 compiling 2.8 MB of JavaScript first.
// The CommonJS bundle, which could not import them synchronously anyway, does the same. Running from the
// sources, or when lexicons/ changed since the build, the lexicons are compiled from lexicons/.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KhabarError } from '../../errors.js';
import { dataModuleValue } from '../../data/module.js';
import { BUNDLE_FORMAT, BUNDLE_SOURCES, fromBundle, type Bundle } from '../../lexicon/bundle.js';
import { compileShipped, type Shipped } from '../../lexicon/shipped.js';

let root: string | undefined;

/** The package's folder (lexicons/, models/, dist/), found by walking up from this module. */
function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'lexicons', 'SCHEMA.md'))) return (root = dir);
    dir = dirname(dir);
  }
  throw new KhabarError('E_LEXICON', 'cannot find the lexicons/ folder of the khabar package');
}

const dataModule = (name: string): string => join(packageRoot(), 'dist', 'esm', 'data', `${name}.js`);

/** The text of a lexicon file the caller named by path. */
export function readLexiconFile(path: string): string {
  try {
    if (statSync(path).isDirectory()) throw new Error('is a directory');
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new KhabarError('E_LEXICON', `${path}: cannot read lexicon file (${(error as Error).message})`, { cause: error });
  }
}

/** The bytes of a model file the caller named by path. */
export function readModelFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new KhabarError('E_LEXICON', `cannot read the model ${path} (${(error as Error).message})`, { cause: error });
  }
}

/** The sizes of the files the lexicon bundle is compiled from: a bundle with others is stale. */
export function shippedSourceSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const file of BUNDLE_SOURCES) {
    const path = join(packageRoot(), 'lexicons', file);
    if (existsSync(path)) sizes[file] = statSync(path).size;
  }
  return sizes;
}

/** The shipped lexicons compiled from the files in lexicons/ (validating every line). */
export function compileShippedLexicons(): Shipped {
  const dir = join(packageRoot(), 'lexicons');
  return compileShipped((file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined));
}

/** The build's bundle, or null when there is none (not built) or lexicons/ changed since. */
function builtBundle(): Bundle | null {
  const path = dataModule('built-lexicons');
  if (!existsSync(path)) return null;
  let bundle: Bundle;
  try {
    // (TextDecoder turns the 2.6 MB of mostly Arabic UTF-8 into a string faster than readFileSync's 'utf8')
    bundle = dataModuleValue(new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path))) as Bundle;
  } catch {
    return null;
  }
  if (bundle.format !== BUNDLE_FORMAT || JSON.stringify(bundle.sizes) !== JSON.stringify(shippedSourceSizes())) return null;
  return bundle;
}

/** The shipped lexicons: from the build's bundle, else compiled. */
export function loadShippedLexicons(): Shipped {
  const bundle = builtBundle();
  return bundle ? fromBundle(bundle) : compileShippedLexicons();
}

/** A shipped model: models/<file> where it exists (a clone; always current), else the build's copy (npm). */
export function loadShippedModel(file: string): Uint8Array {
  const path = join(packageRoot(), 'models', file);
  if (existsSync(path)) return readModelFile(path);
  const built = existsSync(dataModule('built-models')) ? (dataModuleValue(readFileSync(dataModule('built-models'), 'utf8')) as Record<string, string>) : {};
  if (!Object.hasOwn(built, file)) throw new KhabarError('E_LEXICON', `the shipped model ${file} is missing`);
  return Buffer.from(built[file], 'base64');
}
