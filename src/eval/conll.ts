// Reading CoNLL `token TAG` files (ANERcorp's format): blank lines between sentences, `# ` comments,
// `# doc …` lines between documents.

import { KhabarError } from '../errors.js';

export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

const TAG = /^(O|[BI]-[A-Z]+)$/;

/** Documents of a CoNLL file; without `# doc` lines, every `sentencesPerDocument` sentences make one. */
export function parseConll(text: string, file = 'gold', sentencesPerDocument = 40): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sentence: ConllSentence = { tokens: [], tags: [] };
  let explicitDocs = false;
  const endSentence = (): void => {
    if (sentence.tokens.length) doc.sentences.push(sentence);
    sentence = { tokens: [], tags: [] };
    if (!explicitDocs && doc.sentences.length >= sentencesPerDocument) endDocument();
  };
  const endDocument = (): void => {
    if (sentence.tokens.length) doc.sentences.push(sentence);
    sentence = { tokens: [], tags: [] };
    if (doc.sentences.length) documents.push(doc);
    doc = { sentences: [] };
  };
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return endSentence();
    if (line.startsWith('# doc') || line.startsWith('-DOCSTART-')) {
      explicitDocs = true;
      return endDocument();
    }
    if (line.startsWith('# ')) return;
    // the tag is the last field (a token may itself contain spaces in some files)
    const cut = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
    if (cut <= 0) throw new KhabarError('E_GOLD', `${file}:${index + 1}: expected "token TAG"`);
    const tag = line.slice(cut + 1);
    if (!TAG.test(tag)) throw new KhabarError('E_GOLD', `${file}:${index + 1}: unknown tag "${tag}"`);
    sentence.tokens.push(line.slice(0, cut).trim());
    sentence.tags.push(tag);
  });
  endDocument();
  return documents;
}
