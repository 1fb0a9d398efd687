// khabar/text: the text layer alone (normalization with offsets, tokens, sentences, clitic segmentation,
// language), without the lexicons and the model, for a small bundle. The same functions as in 'khabar'.

export { normalize, normalizeWithOffsets } from './text/normalize.js';
export type { NormalizeOptions, NormalizedText } from './text/normalize.js';
export { tokenize } from './tokens/tokenize.js';
export type { TokenizeOptions } from './tokens/tokenize.js';
export { sentences } from './tokens/sentences.js';
export { segment } from './tokens/segment.js';
export { detectLanguage } from './tokens/language.js';
export type { Token, TokenKind, Sentence, Segmentation } from './types.js';
