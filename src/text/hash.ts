// FNV-1a over UTF-16 code units: the tokenizer computes it while it writes a token's normalized form,
// so the word's lookup later needs no second pass over the characters.

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
