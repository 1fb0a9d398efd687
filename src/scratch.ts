// Work arrays reused from one document to the next. A typed array made per document costs more than the
// work done on it (its memory is allocated outside the JavaScript heap), and analysis is synchronous: each
// array is used by one stage of one document at a time. What a scratch hands out is valid until the same
// scratch is asked again; it never leaves the stage (nothing of it goes into an Analysis).

/** Arrays longer than this are made afresh and not kept: one huge document does not pin its memory. */
const MAX_KEPT = 1 << 20;

/** A reusable Int32Array. */
export class Int32Scratch {
  private buffer = new Int32Array(0);

  /** An array of n elements, each set to `fill`. */
  take(n: number, fill: number): Int32Array {
    if (n > MAX_KEPT) return new Int32Array(n).fill(fill);
    if (n > this.buffer.length) this.buffer = new Int32Array(Math.max(n, 2 * this.buffer.length, 256));
    const out = this.buffer.subarray(0, n);
    out.fill(fill);
    return out;
  }
}

/** A reusable Uint8Array. */
export class Uint8Scratch {
  private buffer = new Uint8Array(0);

  /** An array of n zeros. */
  take(n: number): Uint8Array {
    if (n > MAX_KEPT) return new Uint8Array(n);
    if (n > this.buffer.length) this.buffer = new Uint8Array(Math.max(n, 2 * this.buffer.length, 256));
    const out = this.buffer.subarray(0, n);
    out.fill(0);
    return out;
  }
}

/** A reusable Uint32Array (contents left as they were: for arrays read only where written). */
export class Uint32Scratch {
  private buffer = new Uint32Array(0);

  /** An array of n elements, not cleared. */
  take(n: number): Uint32Array {
    if (n > MAX_KEPT) return new Uint32Array(n);
    if (n > this.buffer.length) this.buffer = new Uint32Array(Math.max(n, 2 * this.buffer.length, 256));
    return this.buffer.subarray(0, n);
  }
}
