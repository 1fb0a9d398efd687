// khabar queue on a real Redis: 2,000 documents (a few bad), two worker processes, one SIGKILLed in the
// middle; collect gives every document exactly once, in submission order, the bad ones as errors.
import { execFileSync, spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { analyze } from '../../src/index.js';
import { articleVariations, khabar, main, parseLines, root, tempDir } from '../cli/helpers.js';
import { findRedisServer, freePort, startRedis, type RedisServer } from './redis.js';

const redisBinary = findRedisServer();

if (!redisBinary) {
  test.skip('redis-server is not installed (apt-get install -y redis-server): the queue tests are skipped', () => {});
} else {
  describe('khabar queue (real Redis, real processes)', () => {
    let redis: RedisServer;
    const tmp = tempDir();
    beforeAll(async () => {
      redis = await startRedis(redisBinary);
    });
    afterAll(async () => {
      await redis?.stop();
      tmp.remove();
    });

    test('2,000 documents, two workers, one killed mid-run: every result once, in order, bad ones as errors', async () => {
      const where = ['--redis', redis.url, '--queue', 'integration'];
      const docs = articleVariations(1995);
      const lines = docs.map((text, i) => JSON.stringify({ id: `doc-${i}`, text }));
      // the bad ones, spread through the corpus
      lines.splice(100, 0, JSON.stringify({ id: 'bad-number', text: 42 }));
      lines.splice(700, 0, JSON.stringify({ id: 'bad-missing' }));
      lines.splice(1200, 0, '{"id": "bad-json", ');
      lines.splice(1500, 0, JSON.stringify({ id: 'bad-too-long', text: 'ن'.repeat(60_000) }));
      lines.splice(1900, 0, JSON.stringify({ id: 'bad-null', text: null }));
      expect(lines).toHaveLength(2000);
      const input = tmp.path('corpus.jsonl');
      writeFileSync(input, lines.join('\n') + '\n');
      const expectedIds = lines.map((line, i) => (line.startsWith('{"id": "bad-json"') ? `${input}:${i + 1}` : (JSON.parse(line) as { id: string }).id));

      const submitted = await khabar(['queue', 'submit', input, ...where]);
      expect(submitted.stderr).toBe('');
      expect(submitted.stdout).toContain('submitted 2000 documents');
      expect(submitted.code).toBe(0);

      // nothing analyzed yet: collect leaves every document out and says so
      const early = await khabar(['queue', 'collect', ...where]);
      expect(early.stdout).toBe('');
      expect(early.code).toBe(1);
      expect(early.stderr).toContain('2000 documents are not analyzed yet');

      const workerArgs = ['queue', 'worker', ...where, '--concurrency', '4', '--lock-duration', '5000', '--stalled-interval', '2000', '--max-input-length', '50000', '--no-tokens'];
      const startWorker = (extra: string[]) => {
        const child = spawn(process.execPath, [main, ...workerArgs, ...extra], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
        const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
        return { child, exited, stderr: () => stderr };
      };
      const doomed = startWorker([]);
      const survivor = startWorker(['--exit-when-done']);

      // kill one worker once both are well into the corpus (locks of 5 s: a worker slowed by a busy machine
      // still renews its own in time, so only the killed one's jobs stall)
      const statusJson = async () => JSON.parse((await khabar(['queue', 'status', ...where, '--json'])).stdout) as Record<string, number>;
      for (let status = await statusJson(); status.results! < 400; status = await statusJson()) await new Promise((r) => setTimeout(r, 100));
      doomed.child.kill('SIGKILL');
      expect(await doomed.exited).toBeNull();

      expect(await survivor.exited).toBe(0);
      // the survivor took the dead worker's jobs back from the stalled check
      expect(survivor.stderr()).toMatch(/stalled/);

      const status = await statusJson();
      expect(status).toMatchObject({ submitted: 2000, results: 2000, errors: 5, waiting: 0, active: 0, failed: 5 });

      const collected = await khabar(['queue', 'collect', ...where]);
      expect(collected.code).toBe(1); // five documents failed
      expect(collected.stderr).toContain('5 documents failed');
      const records = parseLines(collected.stdout);
      expect(records).toHaveLength(2000);
      expect(records.map((r) => r.id)).toEqual(expectedIds); // each once, in submission order
      const errors = Object.fromEntries(records.filter((r) => r.error).map((r) => [r.id, (r.error as { code: string }).code]));
      expect(errors).toEqual({ 'bad-number': 'E_NO_TEXT', 'bad-missing': 'E_NO_TEXT', [`${input}:1201`]: 'E_JSON', 'bad-too-long': 'E_INPUT_TOO_LARGE', 'bad-null': 'E_NO_TEXT' });
      // results are the library's analyses
      for (const i of [0, 1, 500, 999, 1994]) {
        const record = records.find((r) => r.id === `doc-${i}`)!;
        expect(record.analysis).toEqual(analyze(docs[i]!, { tokens: false }));
      }

      // submitting the same corpus again queues nothing: every document has its result
      const again = await khabar(['queue', 'submit', input, ...where]);
      expect(again.stdout).toContain('submitted 0 documents');
      expect(again.stdout).toContain('2000 already analyzed');
    }, 180_000);

    test('--reference queues text files by path; the worker reads them, and a file gone by then is E_READ', async () => {
      const where = ['--redis', redis.url, '--queue', 'by-reference'];
      const one = tmp.path('one.txt');
      const gone = tmp.path('gone.txt');
      writeFileSync(one, 'قال لافروف في موسكو إن التعاون سيتواصل.');
      writeFileSync(gone, 'نص');
      const submitted = await khabar(['queue', 'submit', one, gone, ...where, '--reference']);
      expect(submitted.code).toBe(0);
      rmSync(gone);
      const worker = await khabar(['queue', 'worker', ...where, '--exit-when-done', '--quiet', '--no-tokens']);
      expect(worker.code).toBe(0);
      const collected = await khabar(['queue', 'collect', ...where, '--quiet']);
      const records = parseLines(collected.stdout);
      expect(records.map((r) => r.id)).toEqual([one, gone]);
      expect(records[0]!.analysis).toEqual(analyze('قال لافروف في موسكو إن التعاون سيتواصل.', { tokens: false }));
      expect(records[1]!.error).toEqual({ code: 'E_READ', message: expect.stringContaining(`${gone}: cannot read`) });
      expect(collected.code).toBe(1);
    });

    test('status on a Redis that is not there: E_QUEUE, exit 1, quickly', async () => {
      const port = await freePort();
      const started = Date.now();
      const run = await khabar(['queue', 'status', '--redis', `redis://127.0.0.1:${port}`, '--queue', 'x']);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^khabar: E_QUEUE: /);
      expect(run.stderr).not.toContain('\n    at ');
      expect(Date.now() - started).toBeLessThan(15_000);
    });

    // a resolve hook that hides bullmq, as on a machine where it was never installed
    const hideBullmq = `--import=data:text/javascript,${encodeURIComponent(`
      import { register } from 'node:module';
      register('data:text/javascript,' + encodeURIComponent(\`export async function resolve(s, c, next) { if (s === 'bullmq') { const e = new Error('Cannot find package bullmq'); e.code = 'ERR_MODULE_NOT_FOUND'; throw e; } return next(s, c); }\`));
    `)}`;

    test('without bullmq installed, khabar/queue fails with E_QUEUE and says how to install it', async () => {
      const run = await khabar(['queue', 'status', '--redis', redis.url], { env: { NODE_OPTIONS: hideBullmq } });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('khabar: E_QUEUE: khabar/queue needs bullmq, an optional peer dependency: npm install bullmq');
    });

    test('without bullmq, the library and the khabar/queue entry point still load; only using a queue needs it', () => {
      const script = "import { analyze } from 'khabar'; import * as queue from 'khabar/queue'; process.stdout.write(analyze('قال لافروف').entities.length + ' ' + typeof queue.submitDocuments);";
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env: { ...process.env, NODE_OPTIONS: hideBullmq }, encoding: 'utf8' });
      expect(out).toBe('1 function');
    });
  });
}
