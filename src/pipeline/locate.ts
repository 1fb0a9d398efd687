// Finds the worker script of the package, dist/esm/pipeline/worker.js, by walking up from this module
// to the package root: the same from dist/esm, from the CommonJS bundle in dist/cjs, and from src/.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KhabarError } from '../errors.js';

const WORKER = join('dist', 'esm', 'pipeline', 'worker.js');
let workerPath: string | undefined;

function isKhabarRoot(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name === 'khabar';
  } catch {
    return false;
  }
}

export function workerScript(): string {
  if (workerPath) return workerPath;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (isKhabarRoot(dir)) {
      const candidate = join(dir, WORKER);
      if (existsSync(candidate)) return (workerPath = candidate);
      throw new KhabarError('E_WORKER', `the worker script ${candidate} is missing (build the package: npm run build)`);
    }
    dir = dirname(dir);
  }
  throw new KhabarError('E_WORKER', 'cannot find the root of the khabar package to start worker threads');
}
