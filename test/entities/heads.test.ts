// The closed word lists the rules compare with normalized tokens must themselves be normalized: a list
// word written with a hamza (هيئه) would never match the token (هييه).
import { normalize } from '../../src/index.js';
import { ARMY_HEADS, ROLE_NOUNS, STRONG_ORG_HEADS, WEAK_ORG_HEADS, PLACE_HEAD_WORDS } from '../../src/lexicon/heads.js';

test.each([
  ['ROLE_NOUNS', ROLE_NOUNS],
  ['STRONG_ORG_HEADS', STRONG_ORG_HEADS],
  ['WEAK_ORG_HEADS', WEAK_ORG_HEADS],
  ['PLACE_HEAD_WORDS', PLACE_HEAD_WORDS],
  ['ARMY_HEADS', ARMY_HEADS],
])('%s holds normalized words', (_name, words) => {
  const unnormalized = [...words].filter((w) => normalize(w) !== w);
  expect(unnormalized).toEqual([]);
});
