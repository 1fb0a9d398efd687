// A memo of what a word is, keyed by its token hash (hash.ts, computed by the tokenizer): a direct-mapped
// table, so that reading it costs one integer compare and one string compare, where a look-up in a large
// Map by string would hash the string and miss the cache. A word that lands on a taken slot replaces the
// word there; the memo is always right (the word itself is compared), and bounded in size.

export class HashMemo<V> {
  private readonly hashes: Int32Array;
  private readonly words: (string | undefined)[];
  private readonly values: V[];
  private readonly mask: number;

  /** `bits`: the table has 2^bits slots. */
  constructor(
    bits: number,
    private readonly compute: (word: string) => V,
  ) {
    const size = 1 << bits;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.words = new Array<string | undefined>(size);
    this.values = new Array<V>(size);
  }

  /** What `compute` says of the word whose hash is `hash`. */
  get(word: string, hash: number): V {
    const slot = hash & this.mask;
    if (this.hashes[slot] !== hash || this.words[slot] !== word) {
      this.hashes[slot] = hash;
      this.words[slot] = word;
      this.values[slot] = this.compute(word);
    }
    return this.values[slot];
  }
}
