// A pool of worker threads, each with its own compiled analyzer. Tasks wait in one queue; every worker
// holds at most PREFETCH of them, so it never idles waiting for the next message and a slow document
// holds back little. A worker that dies costs the document it was analyzing (an E_WORKER outcome), its
// other tasks go back to the queue, and a new worker takes its place. Workers keep the process alive
// only while there is work, so a caller that walks away from a run does not hang the process.

import { Worker } from 'node:worker_threads';
import { KhabarError } from '../errors.js';
import { workerScript } from './locate.js';
import type { WorkerInit, WorkerMessage, WorkerRequest } from './messages.js';
import { failed, type Outcome, type Task } from './outcome.js';
import type { Runner } from './runner.js';
import { isPacked, unpackAnalysis } from './packed.js';

const PREFETCH = 2;

interface Pending<T> {
  seq: number;
  task: Task;
  resolve: (outcome: Outcome<T>) => void;
  reject: (error: Error) => void;
}

interface Slot<T> {
  worker: Worker;
  ready: boolean;
  dead: boolean;
  /** Sent to this worker, oldest first: the worker answers in this order. */
  inFlight: Pending<T>[];
}

export class WorkerPool<T> implements Runner<T> {
  private readonly queue: Pending<T>[] = [];
  private readonly slots = new Set<Slot<T>>();
  private readonly script: string;
  private fatal: Error | null = null;
  private closed = false;
  private seq = 0;

  constructor(
    size: number,
    private readonly init: WorkerInit,
  ) {
    this.script = workerScript();
    for (let i = 0; i < size; i++) this.spawn();
    this.updateRefs();
  }

  run(task: Task): Promise<Outcome<T>> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.closed) return Promise.resolve(failed(task.id, 'E_WORKER', 'the worker pool was closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: this.seq++, task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.settleAll((p) => p.resolve(failed(p.task.id, 'E_WORKER', 'the worker pool was closed before this document was analyzed')));
    const workers = [...this.slots].map((s) => s.worker);
    this.slots.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(this.script, { workerData: this.init });
    const slot: Slot<T> = { worker, ready: false, dead: false, inFlight: [] };
    this.slots.add(slot);
    worker.on('message', (message: WorkerMessage) => this.receive(slot, message));
    worker.on('error', (error: Error) => this.died(slot, error.message));
    worker.on('exit', (code: number) => this.died(slot, `it exited with code ${code}`));
  }

  private receive(slot: Slot<T>, message: WorkerMessage): void {
    if (message.type === 'ready') {
      slot.ready = true;
    } else if (message.type === 'fatal') {
      this.fail(new KhabarError(message.error.code, message.error.message));
      return;
    } else {
      const index = slot.inFlight.findIndex((p) => p.seq === message.seq);
      if (index >= 0) {
        const [pending] = slot.inFlight.splice(index, 1);
        const outcome = message.outcome;
        // an analysis comes with its tokens packed: the objects are made here, from the text we hold
        if (outcome.kind === 'ok' && isPacked(outcome.value)) outcome.value = unpackAnalysis(outcome.value, pending!.task.text);
        pending!.resolve(outcome as Outcome<T>);
      }
    }
    this.dispatch();
  }

  private died(slot: Slot<T>, reason: string): void {
    if (slot.dead) return;
    slot.dead = true;
    this.slots.delete(slot);
    void slot.worker.terminate();
    if (this.closed || this.fatal) return;
    if (!slot.ready) {
      this.fail(new KhabarError('E_WORKER', `a worker thread could not start: ${reason}`));
      return;
    }
    // the oldest task is the one it was analyzing; the others were only waiting in it
    const [current, ...waiting] = slot.inFlight;
    current?.resolve(failed(current.task.id, 'E_WORKER', `the worker thread analyzing this document stopped: ${reason}`));
    this.queue.unshift(...waiting);
    this.spawn();
    this.dispatch();
  }

  private fail(error: Error): void {
    if (this.fatal) return;
    this.fatal = error;
    this.settleAll((p) => p.reject(error));
    for (const slot of this.slots) {
      slot.dead = true;
      void slot.worker.terminate();
    }
    this.slots.clear();
  }

  private settleAll(settle: (p: Pending<T>) => void): void {
    const all = [...this.queue.splice(0)];
    for (const slot of this.slots) all.push(...slot.inFlight.splice(0));
    all.forEach(settle);
  }

  private dispatch(): void {
    // fill every worker to one task first, then to PREFETCH, so work spreads evenly
    for (let depth = 1; depth <= PREFETCH && this.queue.length > 0; depth++) {
      for (const slot of this.slots) {
        if (!slot.ready || slot.dead || slot.inFlight.length >= depth) continue;
        const pending = this.queue.shift();
        if (!pending) break;
        slot.inFlight.push(pending);
        const request: WorkerRequest = { seq: pending.seq, task: pending.task };
        slot.worker.postMessage(request);
      }
    }
    this.updateRefs();
  }

  private updateRefs(): void {
    let busy = this.queue.length > 0;
    for (const slot of this.slots) if (slot.inFlight.length > 0) busy = true;
    for (const slot of this.slots) {
      if (busy) slot.worker.ref();
      else slot.worker.unref();
    }
  }
}
