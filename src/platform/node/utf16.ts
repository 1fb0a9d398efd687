// #platform/utf16 in Node: UTF-16 code units to a string with Buffer's 'ucs2' decoding, the fastest
// there is, which keeps lone surrogates as they are (offsets into the input must stay exact).

export function decodeUtf16(buffer: Uint16Array, length: number): string {
  if (length === 0) return '';
  // short strings: no Buffer object to allocate
  if (length <= 64) return String.fromCharCode.apply(null, buffer.subarray(0, length) as unknown as number[]);
  return Buffer.from(buffer.buffer, buffer.byteOffset, length * 2).toString('ucs2');
}
