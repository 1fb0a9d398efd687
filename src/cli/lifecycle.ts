// How the process ends: Ctrl-C and SIGTERM stop the run and terminate its workers; a reader that goes
// away (`khabar … | head`) ends the run quietly; any other write error is reported. Commands register
// what must be stopped (worker pools, Redis connections) with onShutdown.

import type { Output } from './output.js';

type Closer = () => unknown;
const closers = new Set<Closer>();
let stopping = false;
let beforeExit: () => void = () => {};

/** True once the process is ending early: loops stop, and nothing more is reported. */
export function isStopping(): boolean {
  return stopping;
}

/** Registers something to stop when the process has to end early; returns the unregister function. */
export function onShutdown(close: Closer): () => void {
  closers.add(close);
  return () => closers.delete(close);
}

/** Runs the closers (for at most two seconds) and exits with `code`. */
export async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    beforeExit();
    const all = Promise.allSettled([...closers].map((close) => Promise.resolve().then(close)));
    await Promise.race([all, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
  }
  process.exit(code);
}

/** Installs the signal and stdout handlers. `cleanup` runs first on an early end (e.g. clears the
 *  progress line). */
export function installLifecycle(output: Output, cleanup: () => void): void {
  beforeExit = cleanup;
  const interrupted = (code: number) => () => {
    if (stopping) process.exit(code); // a second Ctrl-C: now
    void output.flush();
    process.stderr.write('\nkhabar: interrupted\n');
    void shutdown(code);
  };
  process.on('SIGINT', interrupted(130));
  process.on('SIGTERM', interrupted(143));
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    output.closed = true;
    if (error.code === 'EPIPE') {
      void shutdown(0); // the reader has all it wanted
      return;
    }
    process.stderr.write(`khabar: E_WRITE: cannot write the output (${error.message})\n`);
    void shutdown(1);
  });
}
