import { HashMemo } from '../../src/text/hash-memo.js';
import { hashString } from '../../src/text/hash.js';
import { Int32Scratch, Uint8Scratch } from '../../src/scratch.js';

describe('HashMemo: what a word is, by its token hash', () => {
  test('computes once per word, and again only after another word took its slot', () => {
    const seen: string[] = [];
    const memo = new HashMemo(1, (w) => {
      seen.push(w);
      return w.length;
    });
    expect(memo.get('وزير', hashString('وزير'))).toBe(4);
    expect(memo.get('وزير', hashString('وزير'))).toBe(4);
    expect(seen).toEqual(['وزير']);
    // two slots: hashes 4 and 6 both land on slot 0, hash 5 on slot 1
    expect(memo.get('مصدر', 4)).toBe(4);
    expect(memo.get('مسوول', 5)).toBe(5);
    expect(memo.get('الوزاره', 6)).toBe(7);
    expect(memo.get('مسوول', 5)).toBe(5);
    expect(memo.get('مصدر', 4)).toBe(4);
    expect(seen).toEqual(['وزير', 'مصدر', 'مسوول', 'الوزاره', 'مصدر']);
  });

  test('a different word with the same hash is not taken for the one remembered', () => {
    const memo = new HashMemo(4, (w) => `value of ${w}`);
    expect(memo.get('قال', 7)).toBe('value of قال');
    // (the same hash, as a collision would give: the word itself is compared)
    expect(memo.get('اكد', 7)).toBe('value of اكد');
    expect(memo.get('قال', 7)).toBe('value of قال');
  });
});

describe('scratch arrays', () => {
  test('an Int32Scratch hands out n elements set to the fill, whatever the last document left', () => {
    const scratch = new Int32Scratch();
    const a = scratch.take(5, -1);
    expect(Array.from(a)).toEqual([-1, -1, -1, -1, -1]);
    a[2] = 9;
    const b = scratch.take(3, 0);
    expect(Array.from(b)).toEqual([0, 0, 0]);
    expect(scratch.take(600, 7).length).toBe(600);
  });

  test('a Uint8Scratch hands out zeros', () => {
    const scratch = new Uint8Scratch();
    scratch.take(4).fill(1);
    expect(Array.from(scratch.take(4))).toEqual([0, 0, 0, 0]);
  });
});
