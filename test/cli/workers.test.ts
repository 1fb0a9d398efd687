// Worker threads give the bytes one thread gives; closed pipes and Ctrl-C end the run cleanly.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { articleVariations, jsonl, khabar, main, parseLines, root, tempDir } from './helpers.js';

const tmp = tempDir();
const docs = articleVariations(300);
const input = tmp.path('docs.jsonl');
// a few bad records among them, so errors travel through the pool too
const records: unknown[] = docs.map((text, i) => ({ id: `doc-${i}`, text }));
records.splice(50, 0, { id: 'bad-type', text: null });
records.splice(150, 0, 'a string, not a record');
writeFileSync(input, jsonl(records) + '{ not json\n');
afterAll(() => tmp.remove());

describe('--workers', () => {
  test('--workers 2 writes byte for byte what --workers 1 writes (jsonl)', async () => {
    const one = await khabar(['analyze', input, '--workers', '1', '--quiet']);
    const two = await khabar(['analyze', input, '--workers', '2', '--quiet']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.stdout.length).toBe(one.stdout.length);
    expect(two.stdout === one.stdout).toBe(true);
    const ids = parseLines(one.stdout).map((r) => r.id);
    expect(ids).toHaveLength(records.length + 1);
    expect(ids[0]).toBe('doc-0');
    expect(ids[50]).toBe('bad-type');
    expect(ids[ids.length - 1]).toBe(String(records.length + 1));
  });

  test('--workers 2 writes byte for byte what --workers 1 writes (conll)', async () => {
    const one = await khabar(['analyze', input, '--workers', '1', '--format', 'conll', '--quiet']);
    const two = await khabar(['analyze', input, '--workers', '2', '--format', 'conll', '--quiet']);
    expect(two.stdout === one.stdout).toBe(true);
    expect(one.stdout.split('# doc ').length - 1).toBe(records.length + 1);
  });
});

/** Starts khabar with stdout piped to us. */
function start(args: string[]) {
  const child = spawn(process.execPath, [main, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, exited, stderr: () => stderr };
}

describe('progress', () => {
  const hasScript = spawnSync('sh', ['-c', 'command -v script']).status === 0;
  (hasScript ? test : test.skip)('a progress bar on stderr when it is a terminal (run under script(1)), nothing otherwise', () => {
    // script gives the command a terminal; stdout goes to a file so only stderr reaches the terminal
    const out = join(tmp.dir, 'progress-out.jsonl');
    const run = spawnSync('script', ['-qec', `${process.execPath} ${main} corpus ${input} > ${out}`, '/dev/null'], { cwd: root, encoding: 'utf8' });
    expect(run.stdout).toMatch(/documents, [\d.]+ MB, [\d.]+ MB\/s, ETA /);
    expect(run.stdout).toMatch(/\[[#.]{20}\] +\d+%/);
  });
});

describe('ending early', () => {
  test.each([['1'], ['2']])('a reader that closes the pipe (khabar … | head -c 100) ends the run quietly, workers %s', async (workers) => {
    const run = start(['analyze', input, '--workers', workers]);
    let received = 0;
    run.child.stdout.on('data', (b: Buffer) => {
      received += b.length;
      if (received >= 100) run.child.stdout.destroy(); // what head does once it has its bytes
    });
    const { code, signal } = await run.exited;
    expect(signal).toBeNull();
    expect(code).toBe(0);
    expect(run.stderr()).toBe('');
  });

  test('a full disk (stdout on /dev/full): E_WRITE on stderr, exit 1, workers stopped', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const child = spawn(process.execPath, [main, 'analyze', input, '--workers', '2'], { cwd: root, stdio: ['ignore', full, 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(code).toBe(1);
      expect(stderr).toMatch(/^khabar: E_WRITE: cannot write the output \(ENOSPC/m);
      expect(stderr).not.toContain('\n    at ');
    } finally {
      closeSync(full);
    }
  });

  test('Ctrl-C (SIGINT) stops the run, terminates the workers, leaves whole records', async () => {
    const run = start(['analyze', input, '--workers', '2']);
    let out = '';
    const firstRecord = new Promise<void>((resolve) =>
      run.child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        if (out.includes('\n')) resolve();
      }),
    );
    await firstRecord;
    run.child.kill('SIGINT');
    const { code } = await run.exited;
    expect(code).toBe(130);
    expect(run.stderr()).toContain('interrupted');
    expect(run.stderr()).not.toContain('\n    at ');
    expect(out.endsWith('\n')).toBe(true);
    const lines = parseLines(out);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(records.length + 1);
    // in input order from the first: a record's own id, or its line number
    const expected = records.map((r, i) => (typeof r === 'object' && r !== null && 'id' in r ? String(r.id) : String(i + 1)));
    expect(lines.map((r) => r.id)).toEqual(expected.slice(0, lines.length));
  });
});
