// The default analyzer's entities, model and all: document-level consistency, the merge policy, the model
// as data; and the fast tagger against the features training reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createAnalyzer } from '../../src/index.js';
import { scanTokens } from '../../src/tokens/scan.js';
import { loadResources } from '../../src/lexicon/resources.js';
import { docTokens } from '../../src/entities/layers.js';
import { documentContext } from '../../src/entities/context.js';
import { candidateMentions } from '../../src/entities/recognize.js';
import { LABEL_COUNT, documentFeatures, firstStageFeatures, tokenEvidence, wordFacts } from '../../src/entities/features.js';
import { addFeatureWeights, parseModel, viterbi, type StageWeights } from '../../src/entities/model.js';
import { loadTagger } from '../../src/entities/load-model.js';
import { ModelScorer } from '../../src/entities/scorer.js';
import { K_WORD } from '../../src/tokens/scan.js';
import { KhabarError } from '../../src/errors.js';

const entities = (text: string): string[] => analyze(text).entities.map((e) => `${e.text}|${e.type}|${e.id}|${e.form}|${e.source}`);

describe('the default analyzer', () => {
  test('a person no lexicon lists, named in full once, is the same person by the family name alone', () => {
    const text = 'قال الباحث الإيطالي ماركو فيرانتي إن الطحالب تنتشر بسرعة في السواحل. وأضاف فيرانتي أن الحل صعب، مشيرا إلى أن فيرانتي نفسه لم يتوقع ذلك.';
    expect(entities(text)).toEqual([
      'الإيطالي|COUNTRY|country:IT|adjective|lexicon',
      'ماركو فيرانتي|PERSON|rule:person:ماركو فيرانتي|name|rule',
      'فيرانتي|PERSON|rule:person:ماركو فيرانتي|name|alias',
      'فيرانتي|PERSON|rule:person:ماركو فيرانتي|name|alias',
    ]);
  });

  test('a ministry, المملكة for the kingdom of the document, and a paper in quote marks', () => {
    expect(entities('أعلنت وزارة المالية أن ميزانية المملكة سجلت عجزا، وقال مسؤول لـ«المدينة» إن الإنفاق سيستمر.')).toEqual([
      'وزارة المالية|ORGANIZATION|rule:organization:وزارة المالية|name|rule',
      'المملكة|COUNTRY|country:SA|name|alias',
      'المدينة|ORGANIZATION|org:al_madina|name|lexicon',
    ]);
    // the kingdom the document names most
    expect(entities('زار الملك عبدالله الثاني عمّان، وقال إن الأردن آمن وإن المملكة ماضية في الإصلاح.').filter((e) => e.startsWith('المملكة'))).toEqual([
      'المملكة|COUNTRY|country:JO|name|alias',
    ]);
  });

  test('a descriptive phrase is linked to its entity but reported as a description', () => {
    expect(entities('وقال الجيش الإسرائيلي في بيان إن قواته قصفت مواقع في غزة.')).toEqual([
      'الجيش الإسرائيلي|ORGANIZATION|org:idf|description|lexicon',
      'غزة|CITY|city:PS:gaza|name|lexicon',
    ]);
  });

  test('two people joined by و stay two', () => {
    const found = entities('والتقى مولود جاويش أوغلو بنظيره الروسي سيرغي لافروف، وقال أوغلو ولافروف إن المحادثات بناءة.').filter((e) => e.includes('|PERSON|'));
    expect(found).toEqual([
      'مولود جاويش أوغلو|PERSON|person:mevlut_cavusoglu|name|lexicon',
      'سيرغي لافروف|PERSON|person:sergey_lavrov|name|lexicon',
      'أوغلو|PERSON|person:mevlut_cavusoglu|name|alias',
      'لافروف|PERSON|person:sergey_lavrov|name|lexicon',
    ]);
  });

  test('tagger: false is the lexicons and rules alone', () => {
    // a name no lexicon lists, in a sentence no rule reads as a name: only the model finds it
    const text = 'ويرى كوستاس أن الأزمة طويلة. وقال كوستاس إن الحكومة مترددة.';
    expect(createAnalyzer({ tagger: false }).analyze(text).entities).toEqual([]);
    expect(analyze(text).entities.map((e) => `${e.text}|${e.type}`)).toContain('كوستاس|PERSON');
  });
});

describe('the model as data', () => {
  test('a model file that cannot be read, or is no model, is an E_LEXICON error', () => {
    expect(() => createAnalyzer({ tagger: '/nonexistent/model.bin' })).toThrow(KhabarError);
    expect(() => parseModel(new TextEncoder().encode('KHNR but not a model'), 'x.bin')).toThrow('x.bin is not a khabar NER model');
  });

  test('a model from a path is the shipped one when the bytes are the same', () => {
    const path = join(process.cwd(), 'models/ner.bin');
    const text = readFileSync(join(process.cwd(), 'corpus/article.txt'), 'utf8');
    expect(createAnalyzer({ tagger: path }).analyze(text)).toEqual(analyze(text));
  });
});

describe('the tagger sums per word type exactly what training reads per token', () => {
  test('the same scores, hence the same labels, on the bundled article and on random mixes of its words', () => {
    const res = loadResources();
    const model = loadTagger(true);
    if (!model) throw new Error('no shipped model');
    const scorer = new ModelScorer(model, res);
    const article = readFileSync(join(process.cwd(), 'corpus/article.txt'), 'utf8');
    const words = article.split(/\s+/);
    let seed = 7;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const texts = [article, ...Array.from({ length: 5 }, () => Array.from({ length: 150 }, () => words[Math.floor(random() * words.length)]).join(random() < 0.5 ? ' ' : '\n'))];
    for (const text of texts) {
      const doc = docTokens(scanTokens(text), res);
      const context = documentContext(doc);
      const evidence = candidateMentions(doc, res, context);
      const n = doc.table.count;
      const facts = Array.from({ length: n }, (_, i) => wordFacts(doc.table.norms[i], doc.table.kinds[i], doc.lexemes[i], res));
      const rows = firstStageFeatures(doc, facts, tokenEvidence(doc, evidence, res), context);
      const scoresOf = (stage: StageWeights, more?: { offsets: Int32Array; feats: Uint32Array }): Float64Array => {
        const scores = new Float64Array(n * LABEL_COUNT);
        for (const r of more ? [rows, more] : [rows]) {
          for (let i = 0; i < n; i++) for (let k = r.offsets[i]; k < r.offsets[i + 1]; k++) addFeatureWeights(stage, r.feats[k], scores, i * LABEL_COUNT);
        }
        return scores;
      };
      const first = viterbi(scoresOf(model.first), model.first.transitions, doc.breakBefore, n);
      const stems = new Uint32Array(n).map((_, i) => (doc.table.kinds[i] === K_WORD ? facts[i].stem : 0));
      const second = viterbi(scoresOf(model.second, documentFeatures(doc, stems, first, evidence)), model.second.transitions, doc.breakBefore, n);
      const fast = scorer.labels(doc, evidence, context);
      expect(Array.from(fast.first)).toEqual(Array.from(first));
      expect(Array.from(fast.second)).toEqual(Array.from(second));
    }
  });
});
