// #platform/utf16 everywhere but Node: UTF-16 code units to a string. TextDecoder is fast but turns a
// lone surrogate into U+FFFD, and offsets into the input must stay exact: text with any surrogate goes
// through String.fromCharCode instead, in chunks.

import type * as Node from '../node/utf16.js';

const CHUNK = 8192; // arguments per fromCharCode call, well under every engine's limit
let decoder: InstanceType<typeof TextDecoder> | undefined;

const fromCharCodes = (units: Uint16Array): string => String.fromCharCode.apply(null, units as unknown as number[]);

export const decodeUtf16: typeof Node.decodeUtf16 = (buffer, length) => {
  const units = buffer.subarray(0, length);
  if (length <= 64) return fromCharCodes(units);
  for (let i = 0; i < length; i++) {
    if ((units[i] & 0xf800) === 0xd800) {
      let text = '';
      for (let at = 0; at < length; at += CHUNK) text += fromCharCodes(units.subarray(at, at + CHUNK));
      return text;
    }
  }
  // typed arrays are little-endian wherever browsers run; ignoreBOM keeps a leading U+FEFF in the text
  decoder ??= new TextDecoder('utf-16le', { ignoreBOM: true });
  return decoder.decode(units);
};
