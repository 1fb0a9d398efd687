// Work arrays reused from one document to the next. A typed array made per document costs more than the
// work done on it (its memory is allocated outside the JavaScript heap), and analysis is synchronous: each
// array is used by one stage of one document at a time. What a scratch hands out is valid until the same
// scratch is asked again; it never leaves the stage (nothing of it goes into an Analysis).

/** Arrays longer than this are made afresh and not kept: one huge document does not pin its memory. */
const MAX_KEPT = 1 << 20;

/** A reusable typed array: `grab(n)` gives its first n elements, as the last user left them. */
class Scratch<A extends Int32Array | Uint8Array | Uint32Array> {
  private buffer: A;

  constructor(private readonly make: (n: number) => A) {
    this.buffer = make(0);
  }

  protected grab(n: number): A {
    if (n > MAX_KEPT) return this.make(n);
    if (n > this.buffer.length) this.buffer = this.make(Math.max(n, 2 * this.buffer.length, 256));
    return this.buffer.subarray(0, n) as A;
  }
}

/** A reusable Int32Array. */
export class Int32Scratch extends Scratch<Int32Array> {
  constructor() {
    super((n) => new Int32Array(n));
  }

  /** An array of n elements, each set to `fill`. */
  take(n: number, fill: number): Int32Array {
    return this.grab(n).fill(fill);
  }
}

/** A reusable Uint8Array. */
export class Uint8Scratch extends Scratch<Uint8Array> {
  constructor() {
    super((n) => new Uint8Array(n));
  }

  /** An array of n zeros. */
  take(n: number): Uint8Array {
    return this.grab(n).fill(0);
  }
}

/** A reusable Uint32Array (contents left as they were: for arrays read only where written). */
export class Uint32Scratch extends Scratch<Uint32Array> {
  constructor() {
    super((n) => new Uint32Array(n));
  }

  /** An array of n elements, not cleared. */
  take(n: number): Uint32Array {
    return this.grab(n);
  }
}
