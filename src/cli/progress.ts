// A one-line progress report on stderr (documents, MB/s, ETA), redrawn at most five times a second,
// only when stderr is a terminal: in logs and pipes it would be noise.

const REDRAW_MS = 200;

export class Progress {
  private documents = 0;
  private failed = 0;
  private bytes = 0;
  private lastDraw = 0;
  private drawn = false;
  // the clock starts at the first document, so the analyzer's start-up does not drag the rate down
  private started = 0;
  private bytesAtStart = 0;

  constructor(
    private readonly enabled: boolean,
    /** Total input bytes when known, for the ETA. */
    private readonly total: number | null,
    private readonly stream: { write(text: string): unknown } = process.stderr,
  ) {}

  static forStderr(quiet: boolean, total: number | null): Progress {
    return new Progress(!quiet && process.stderr.isTTY === true, total);
  }

  tick(bytes: number, ok: boolean): void {
    this.documents++;
    if (!ok) this.failed++;
    this.bytes += bytes;
    if (!this.enabled) return;
    const now = performance.now();
    if (this.documents === 1) {
      this.started = now;
      this.bytesAtStart = this.bytes;
    }
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? (this.bytes - this.bytesAtStart) / 1e6 / seconds : 0;
    let line = `${this.documents.toLocaleString('en-US')} documents`;
    if (this.failed) line += ` (${this.failed} failed)`;
    line += `, ${(this.bytes / 1e6).toFixed(1)} MB, ${rate.toFixed(2)} MB/s`;
    if (this.total && this.bytes > 0 && this.bytes <= this.total) {
      const fraction = this.bytes / this.total;
      const width = 20;
      const filled = Math.round(fraction * width);
      const eta = rate > 0 ? (this.total - this.bytes) / 1e6 / rate : Infinity;
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${line}, ETA ${formatDuration(eta)}`;
    }
    this.stream.write(`\r\x1b[K${line}`);
    this.drawn = true;
  }

  /** Clears the line, leaving stderr as it was. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
