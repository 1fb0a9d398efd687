// Splits a byte stream into lines without holding more than one line: a line longer than `maxBytes` is
// skipped (reported as too long) instead of growing without bound. Iterating the stream asynchronously
// is what applies backpressure to the file or pipe.

export interface Line {
  /** 1-based. */
  number: number;
  /** The line's bytes without the line break, or null when it was longer than maxBytes. */
  bytes: Buffer | null;
  /** Its length in bytes, counted even when it was skipped. */
  size: number;
}

export async function* splitLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 0;
  const take = (): Line => {
    number++;
    let bytes = size <= maxBytes ? (parts.length === 1 ? parts[0]! : Buffer.concat(parts, size)) : null;
    if (bytes && bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const line = { number, bytes, size };
    parts = [];
    size = 0;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      size += nl - start;
      if (size <= maxBytes) parts.push(chunk.subarray(start, nl));
      yield take();
      start = nl + 1;
    }
    if (start < chunk.length) {
      size += chunk.length - start;
      if (size <= maxBytes) parts.push(chunk.subarray(start));
      else parts = [];
    }
  }
  if (size > 0 || parts.length > 0) yield take();
}
