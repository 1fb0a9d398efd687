// The shipped data outside Node and its format: data modules round-trip any JSON value; the browser
// platform refuses paths with a typed error and decodes base64 without Buffer; the model parser reads
// bytes at any offset; the build's data modules hold exactly the files of lexicons/ and models/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataModuleText, dataModuleValue } from '../../src/data/module.js';
import * as browser from '../../src/platform/browser/data.js';
import * as node from '../../src/platform/node/data.js';
import { findSlot, packTable, parseModel, readModelVersion1 } from '../../src/entities/model.js';
import { LABEL_COUNT as L } from '../../src/entities/features.js';

/** The version 1 layout of a version 2 file (each stage: n, scale, transitions, n hashes, n × L weights). */
function packVersion1(v2: Uint8Array): Uint8Array {
  const model = parseModel(new Uint8Array(v2));
  const parts: Buffer[] = [Buffer.from('KHNR', 'latin1'), Buffer.alloc(4)];
  parts[1].writeUInt32LE(1);
  for (const stage of [model.first, model.second]) {
    const { keys, weights } = stage.table;
    const slots = [...keys.keys()].filter((s) => keys[s] !== 0 && weights.subarray(s * 2 * L + stage.offset, s * 2 * L + stage.offset + L).some((w) => w !== 0));
    const head = Buffer.alloc(8);
    head.writeUInt32LE(slots.length, 0);
    head.writeFloatLE(stage.scale, 4);
    const body = Buffer.alloc((L + 1) * L * 4 + slots.length * 4 + slots.length * L * 2);
    stage.transitions.forEach((t, k) => body.writeFloatLE(t, k * 4));
    let at = (L + 1) * L * 4;
    for (const s of slots) at = body.writeUInt32LE(keys[s], at);
    for (const s of slots) for (let l = 0; l < L; l++) at = body.writeInt16LE(weights[s * 2 * L + stage.offset + l], at);
    parts.push(head, body);
  }
  return new Uint8Array(Buffer.concat(parts));
}
import { KhabarError } from '../../src/errors.js';
import { fromBundle, toBundle, type Bundle } from '../../src/lexicon/bundle.js';
import type { LexiconEntry } from '../../src/lexicon/schema.js';

const root = process.cwd();
const failure = (fn: () => unknown): KhabarError => {
  try {
    fn();
  } catch (error) {
    return error as KhabarError;
  }
  throw new Error('expected an error');
};

describe('data modules', () => {
  test('any JSON value round-trips, and the module is JavaScript that exports it', async () => {
    const value = { text: 'قال "لا"; \u2028\u2029 </script> `${x}` \\ \uD800', list: [1, -2.5, null, true], nested: { ';': ';' } };
    const text = dataModuleText(value, 'a test\nover two lines');
    expect(text.startsWith('// a test over two lines\nexport default ')).toBe(true);
    expect(dataModuleValue(text)).toEqual(value);
    const module = (await import(`data:text/javascript,${encodeURIComponent(text)}`)) as { default: unknown };
    expect(module.default).toEqual(value);
  });

  test('text that is not a data module is refused', () => {
    expect(() => dataModuleValue('export const x = 1;')).toThrow('not a khabar data module');
  });
});

describe('the platform outside Node', () => {
  test('a lexicon or model path is an E_OPTION KhabarError that says what to do instead', () => {
    const lexicon = failure(() => browser.readLexiconFile('./mine.jsonl'));
    expect(lexicon).toBeInstanceOf(KhabarError);
    expect(lexicon.code).toBe('E_OPTION');
    expect(lexicon.message).toBe(
      'createAnalyzer: the lexicon "./mine.jsonl" is a file path, and files are read by path only in Node; pass its entries instead (parseLexicon turns the text of a JSONL file into entries)',
    );
    expect(failure(() => browser.readModelFile('m.bin')).message).toBe(
      'createAnalyzer: the model "m.bin" is a file path, and files are read by path only in Node; use the shipped model (true)',
    );
  });

  test('from the sources (no data modules built in) the shipped data is a clear E_LEXICON error', () => {
    expect(failure(() => browser.loadShippedLexicons())).toMatchObject({ code: 'E_LEXICON', message: expect.stringMatching(/^the shipped lexicons are missing/) });
    expect(failure(() => browser.loadShippedModel('ner.bin'))).toMatchObject({ code: 'E_LEXICON', message: expect.stringMatching(/^the shipped model ner.bin is missing/) });
  });

  test('base64 decodes to the same bytes as Buffer (with atob: Node 20 has no Uint8Array.fromBase64)', () => {
    const bytes = readFileSync(join(root, 'models/ner.bin'));
    expect((Uint8Array as { fromBase64?: unknown }).fromBase64).toBeUndefined();
    for (const slice of [bytes.subarray(0, 0), bytes.subarray(0, 1), bytes.subarray(0, 2), bytes.subarray(0, 3), bytes.subarray(5, 9000), bytes]) {
      const decoded = browser.decodeBase64(Buffer.from(slice).toString('base64'));
      expect(decoded).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(decoded).equals(slice)).toBe(true);
    }
  });
});

describe('the NER model from bytes', () => {
  const bytes = readFileSync(join(root, 'models/ner.bin'));

  test('the same model from bytes at an odd offset of a bigger buffer', () => {
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const a = parseModel(new Uint8Array(bytes), 'a');
    const b = parseModel(shifted.subarray(3), 'b');
    expect(b.first.table.mask).toBe(a.first.table.mask);
    expect(Buffer.from(b.first.table.keys).equals(Buffer.from(a.first.table.keys))).toBe(true);
    expect(Buffer.from(b.first.table.weights.buffer, b.first.table.weights.byteOffset, b.first.table.weights.byteLength).equals(Buffer.from(a.first.table.weights.buffer, a.first.table.weights.byteOffset, a.first.table.weights.byteLength))).toBe(true);
    for (const stage of ['first', 'second'] as const) {
      expect(b[stage].scale).toBe(a[stage].scale);
      expect(Array.from(b[stage].transitions)).toEqual(Array.from(a[stage].transitions));
    }
    // the table holds as many features as the file says, and the aligned bytes are read in place
    expect(a.first.table.keys.filter((k) => k !== 0).length).toBe(bytes.readUInt32LE(16));
    const aligned = new Uint8Array(bytes);
    expect(parseModel(aligned, 'c').first.table.keys.buffer).toBe(aligned.buffer);
  });

  test('a version 1 file (the features of each stage as a list) is read as the same weights', () => {
    const v1 = packVersion1(bytes);
    const [first, second] = readModelVersion1(v1);
    expect(first.keys.length + second.keys.length).toBeGreaterThan(0);
    const a = parseModel(new Uint8Array(bytes));
    for (const b of [parseModel(v1, 'v1'), parseModel(packTable(first, second))]) {
      for (const stage of ['first', 'second'] as const) {
        expect(b[stage].scale).toBe(a[stage].scale);
        expect(Array.from(b[stage].transitions)).toEqual(Array.from(a[stage].transitions));
      }
      const { keys, weights } = a.first.table;
      for (let s = 0; s < keys.length; s++) {
        if (keys[s] === 0) continue;
        const t = findSlot(b.first.table, keys[s]);
        const row = Array.from(weights.subarray(s * 2 * L, (s + 1) * 2 * L));
        // a feature whose weights are all 0 may be left out
        expect(t < 0 ? row.every((w) => w === 0) : row.join() === Array.from(b.first.table.weights.subarray(t * 2 * L, (t + 1) * 2 * L)).join()).toBe(true);
      }
    }
  });

  test('other bytes are an E_LEXICON error naming the model', () => {
    expect(failure(() => parseModel(bytes.subarray(0, bytes.length - 2), 'models/x.bin'))).toMatchObject({ code: 'E_LEXICON', message: 'models/x.bin is not a khabar NER model (truncated)' });
    expect(failure(() => parseModel(new TextEncoder().encode('not a model at all'), 'y'))).toMatchObject({ code: 'E_LEXICON', message: 'y is not a khabar NER model (bad magic)' });
  });
});

describe('the data modules of the build (dist/esm/data/)', () => {
  const read = (name: string): unknown => dataModuleValue(readFileSync(join(root, 'dist/esm/data', `${name}.js`), 'utf8'));

  test('built-models holds every models/*.bin, byte for byte', () => {
    const models = read('built-models') as Record<string, string>;
    const files = readdirSync(join(root, 'models')).filter((f) => f.endsWith('.bin')).sort();
    expect(Object.keys(models).sort()).toEqual(files);
    for (const file of files) expect(Buffer.from(models[file]!, 'base64').equals(readFileSync(join(root, 'models', file)))).toBe(true);
  });

  test('built-lexicons is the bundle of lexicons/ as they are now', () => {
    const bundle = read('built-lexicons') as Bundle;
    expect(bundle.sizes).toEqual(node.shippedSourceSizes());
    const compiled = node.compileShippedLexicons();
    expect(bundle).toEqual(JSON.parse(JSON.stringify(toBundle(compiled, node.shippedSourceSizes()))));
    const shipped = fromBundle(bundle);
    expect(shipped.entries.map((e) => e.id)).toEqual(compiled.entries.map((e) => e.id));
    expect([...shipped.trie.vocab.keys()]).toEqual([...compiled.trie.vocab.keys()]);
    // what analysis reads of the entries, the trie and the speech verbs is the same from the bundle
    const analysed = ({ id, type, name, source, gender, country, ambiguous, roles }: LexiconEntry): unknown => ({ id, type, name, source, gender, country, ambiguous, roles });
    expect(shipped.entries.map(analysed)).toEqual(compiled.entries.map(analysed));
    expect([...shipped.trie.edges.entries()].sort((a, b) => a[0] - b[0])).toEqual([...compiled.trie.edges.entries()].sort((a, b) => a[0] - b[0]));
    expect(shipped.trie.readings.length).toBe(compiled.trie.readings.length);
    for (let node = 0; node < compiled.trie.readings.length; node++) expect(shipped.trie.readings.at(node)).toEqual(compiled.trie.readings.at(node));
    expect(shipped.speech.forms.size).toBe(compiled.speech.forms.size);
    for (const [form, analyses] of compiled.speech.forms) {
      expect(shipped.speech.forms.has(form)).toBe(true);
      expect(shipped.speech.forms.get(form)).toEqual(analyses);
    }
    expect(shipped.speech.forms.get('not a form')).toBeUndefined();
    expect([...shipped.speech.allForms]).toEqual([...compiled.speech.allForms]);
    expect([...shipped.commonWords]).toEqual([...compiled.commonWords]);
    expect([...shipped.personWords]).toEqual([...compiled.personWords]);
  });
});
