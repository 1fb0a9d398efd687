// Strict UTF-8 decoding: khabar never guesses, so a bad byte is an error that names where it is.

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The offset of the first byte that is not valid UTF-8, or -1. Only run once decoding has failed. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || (need > 0 && i + need >= bytes.length)) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // overlongs, surrogates and code points past U+10FFFF
    const b1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += need + 1;
  }
  return -1;
}

/** Decodes UTF-8 (a leading BOM is dropped), or returns the offset of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badByte: number } {
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { badByte: Math.max(0, firstInvalidByte(bytes)) };
  }
}
