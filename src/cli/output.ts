// Standard output, buffered into large writes (a pipe written line by line costs a system call each)
// with backpressure: a write returns a promise to wait on when the stream's buffer is full. Buffered
// text goes out once the event loop is idle, so interactive use still sees each record promptly.

const CHUNK = 64 * 1024;

export interface Writable {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

export class Output {
  private parts: string[] = [];
  private size = 0;
  private scheduled = false;
  private drained: Promise<void> | null = null;
  /** Set once the reader has gone (a closed pipe): nothing more is written. */
  closed = false;

  constructor(private readonly stream: Writable) {}

  /** Queues text; returns a promise when the caller should wait before writing more. */
  write(text: string): Promise<void> | null {
    if (this.closed) return null;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK) return this.flush();
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        void this.flush();
      });
    }
    return this.drained;
  }

  /** Writes what is buffered. */
  flush(): Promise<void> | null {
    if (this.size === 0 || this.closed) return this.drained;
    const chunk = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk) && !this.drained) {
      this.drained = new Promise((resolve) =>
        this.stream.once('drain', () => {
          this.drained = null;
          resolve();
        }),
      );
    }
    return this.drained;
  }

  /** Writes everything and waits until the stream has taken it. */
  async end(): Promise<void> {
    await this.flush();
    while (this.drained) await this.drained;
  }
}
