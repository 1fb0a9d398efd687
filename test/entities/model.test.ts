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
import { mergeMentions } from '../../src/entities/merge.js';
import { LABEL_COUNT, documentFeatures, firstStageFeatures, tokenEvidence, wordFacts } from '../../src/entities/features.js';
import { addFeatureWeights, allowed, parseModel, viterbi, type StageWeights } from '../../src/entities/model.js';
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

  test('a month in a date is no name, whatever the model reads in it; the same word elsewhere may be', () => {
    // نيسان is April in the Levant and Iraq, and Nissan: the model takes it for a place or a company
    expect(entities('وأعلن المنظمون في نيسان - إبريل أنه بالتزامن مع فعاليات رياضية لن يسمح بالعصي.')).toEqual([]);
    expect(entities('وبلغ الائتمان 2.9 مليار دينار في نيسان (أبريل) مقارنة بـ2.8 مليار في آذار.').filter((e) => e.startsWith('نيسان'))).toEqual([]);
    expect(entities('وأعلنت شركة نيسان اليابانية عن سيارة جديدة.').filter((e) => e.startsWith('نيسان'))).toEqual(['نيسان|ORGANIZATION|rule:organization:نيسان|name|rule']);
  });

  test('a town of the world list right before a person is the first name, unless a place or body word governs it', () => {
    const persons = (text: string): string[] => entities(text).filter((e) => e.includes('|PERSON|') || e.includes('|CITY|'));
    expect(persons('وقال أورلاندو أوشوا، المختص الاقتصادي، إن ما حصل يشبه عملية انتحار.')).toEqual(['أورلاندو أوشوا|PERSON|rule:person:أورلاندو أوشوا|name|rule']);
    expect(persons('بينما أضاف زميله إيدن هازارد الهدف الثاني.')).toEqual(['إيدن هازارد|PERSON|person:eden_hazard|name|lexicon']);
    // شرطة (written with ة) governs the town: the police of Nairobi
    expect(persons('فقد قال قائد شرطة نيروبي بنسون كيبوي إن الوضع آمن.')).toEqual(['نيروبي|CITY|city:KE:nairobi|name|lexicon', 'بنسون كيبوي|PERSON|rule:person:بنسون كيبوي|name|rule']);
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

/** Viterbi as a plain loop over every allowed pair of labels (what model.ts writes out): the reference. */
function plainViterbi(scores: Float64Array, transitions: Float32Array, breakBefore: Uint8Array, n: number): number[] {
  const L = LABEL_COUNT;
  const best = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let l = 0; l < L; l++) {
      if (i === 0 || breakBefore[i]) {
        best[i * L + l] = allowed(-1, l) ? scores[i * L + l] + transitions[l] : -Infinity;
        continue;
      }
      let arg = -1;
      let top = -Infinity;
      for (let p = 0; p < L; p++) {
        if (!allowed(p, l)) continue;
        const s = best[(i - 1) * L + p] + transitions[(p + 1) * L + l];
        if (arg < 0 || s > top) [top, arg] = [s, p];
      }
      best[i * L + l] = top + scores[i * L + l];
      back[i * L + l] = arg;
    }
  }
  const labels: number[] = new Array<number>(n).fill(0);
  for (let end = n - 1; end >= 0; ) {
    let start = end;
    while (start > 0 && !breakBefore[start]) start--;
    let label = 0;
    for (let l = 1; l < L; l++) if (best[end * L + l] > best[end * L + label]) label = l;
    for (let i = end; i >= start; i--) [labels[i], label] = [label, back[i * L + label]];
    end = start - 1;
  }
  return labels;
}

describe('viterbi', () => {
  test('is the plain loop over allowed label pairs, ties to the lower previous label included', () => {
    let seed = 11;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let trial = 0; trial < 2000; trial++) {
      const n = Math.floor(random() * 30);
      // small integers make ties common; -1e9 is what training puts on transitions it forbids
      const value = trial % 2 ? (): number => Math.floor(random() * 4) - 2 : (): number => (random() - 0.5) * 10;
      const scores = Float64Array.from({ length: n * LABEL_COUNT }, value);
      const transitions = Float32Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, () => (random() < 0.1 ? -1e9 : value()));
      const breakBefore = Uint8Array.from({ length: n }, () => (random() < 0.1 ? 1 : 0));
      expect(Array.from(viterbi(scores, transitions, breakBefore, n))).toEqual(plainViterbi(scores, transitions, breakBefore, n));
    }
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

describe('the merge policy, given the model labels', () => {
  const res = loadResources();
  /** The merged mentions of `text` when the model labels its tokens `labels` (LABELS indexes). */
  function merged(text: string, labels: number[]): string[] {
    const doc = docTokens(scanTokens(text), res);
    const evidence = candidateMentions(doc, res, documentContext(doc));
    return mergeMentions(doc, Uint8Array.from(labels), evidence, res).map((m) => `${text.slice(m.start, m.end)}|${m.type}|${m.id}|${m.source}`);
  }

  test('a head word the model reads into a name the lexicon keeps is no name of its own', () => {
    // وتبنى تنظيم القاعدة الهجوم: B-ORG I-ORG over تنظيم القاعدة; the lexicon keeps القاعدة
    expect(merged('وتبنى تنظيم القاعدة الهجوم.', [0, 5, 6, 0, 0])).toEqual(['القاعدة|ORGANIZATION|org:al_qaeda|lexicon']);
  });

  test('a first name the model reads before a person the lexicon lists joins that person, or makes a new one', () => {
    // the lexicon's own first name, transliterated another way: its person, with the longer span
    expect(merged('وقال فرنسوا هولاند إن الوضع خطير.', [0, 1, 2, 0, 0, 0, 0])).toEqual(['فرنسوا هولاند|PERSON|person:francois_hollande|lexicon']);
    // another first name: another person of the family, with an id of its own
    expect(merged('وتحدث سعد بن لادن عن أخيه.', [0, 1, 2, 2, 0, 0, 0])).toEqual(['سعد بن لادن|PERSON|rule:person:سعد بن لادن|rule']);
  });

  test('after a royal\'s title, a facility\'s adjective the model runs on with stays outside the name the title rule read', () => {
    expect(merged('وصل إلى مطار الملك خالد الدولي.', [0, 0, 0, 0, 1, 2, 0])).toEqual(['خالد|PERSON|rule:person:خالد|rule']);
  });

  test('a name the model reads that opens with وي or في keeps its first letter (W, V); after و another name loses it', () => {
    expect(merged('ونال ويلكنسون الجائزة.', [0, 1, 0, 0])).toEqual(['ويلكنسون|PERSON|rule:person:ويلكنسون|rule']);
    expect(merged('ونال فيرتونا الجائزة.', [0, 1, 0, 0])).toEqual(['فيرتونا|PERSON|rule:person:فيرتونا|rule']);
    expect(merged('ونال وكاروزو الجائزة.', [0, 1, 0, 0])).toEqual(['كاروزو|PERSON|rule:person:كاروزو|rule']);
  });
});
