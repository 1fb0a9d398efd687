// Running the built command as users do: a real node process on dist/esm/cli/main.js, real files.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = process.cwd();
export const main = join(root, 'dist/esm/cli/main.js');
export const article = readFileSync(join(root, 'corpus/article.txt'), 'utf8');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `khabar …args` to the end, with `stdin` as its input (or none). */
export function khabar(args: string[], options: { stdin?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [main, ...args], { cwd: options.cwd ?? root, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // the command may finish before reading all of it
    if (options.stdin !== undefined) child.stdin.end(options.stdin);
    else child.stdin.end();
  });
}

export function tempDir(): { dir: string; path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'khabar-cli-'));
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `count` distinct news documents made from the seed article: its paragraphs in turn, rotated and
 *  recombined, each with a numbered headline so that no two are the same. */
export function articleVariations(count: number): string[] {
  const paragraphs = article.split('\n').filter((p) => p.trim() !== '');
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + (i % 4);
    const picked = Array.from({ length: n }, (_, k) => paragraphs[(i * 3 + k * 5) % paragraphs.length]!);
    docs.push(`خبر رقم ${i + 1}\n\n${picked.join('\n\n')}`);
  }
  return docs;
}

export const jsonl = (records: unknown[]): string => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

export const parseLines = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
