// Lexicons: the shipped ones load; the caller's entries and files are validated with messages that name
// the file, the line and the field; nothing pollutes prototypes.
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer, KhabarError } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'khabar-lexicon-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, lines: string[]): string => {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
};
const failure = (fn: () => unknown): KhabarError => {
  try {
    fn();
  } catch (error) {
    return error as KhabarError;
  }
  throw new Error('expected an error');
};

describe('the caller’s lexicons', () => {
  test('an entry of one’s own is found, with its id, and wins over the shipped ones', () => {
    const path = file('mine.jsonl', [
      '// my newsroom’s names',
      '{"id":"person:salma_haddad","type":"PERSON","name":"سلمى حداد","variants":["حداد"],"gender":"f","source":"newsroom"}',
      '{"id":"org:my_ankara_club","type":"ORGANIZATION","name":"أنقرة","source":"newsroom"}',
    ]);
    const analyzer = createAnalyzer({ lexicons: [path] });
    const e = analyzer.analyze('قالت سلمى حداد في أنقرة').entities.filter((x) => x.form === 'name');
    expect(e.map((x) => [x.text, x.type, x.id])).toEqual([
      ['سلمى حداد', 'PERSON', 'person:salma_haddad'],
      ['أنقرة', 'ORGANIZATION', 'org:my_ankara_club'],
    ]);
  });

  test('entries can be passed as objects', () => {
    const analyzer = createAnalyzer({ lexicons: [[{ id: 'weapon:x_9', type: 'WEAPON', name: 'إكس-9', source: 'test' }]] });
    expect(analyzer.analyze('أطلقت صواريخ إكس 9 أمس').entities.map((x) => [x.text, x.id])).toEqual([['إكس 9', 'weapon:x_9']]);
  });

  test('defaultLexicons: false leaves only the caller’s', () => {
    const analyzer = createAnalyzer({ defaultLexicons: false, lexicons: [[{ id: 'city:XX:somewhere', type: 'CITY', name: 'مكان ما', source: 'test' }]] });
    expect(analyzer.analyze('من مكان ما إلى أنقرة').entities.map((x) => x.text)).toEqual(['مكان ما']);
  });

  test.each<[string, string[], RegExp]>([
    ['not JSON', ['{"id": "person:a", '], /bad\.jsonl:1: is not valid JSON/],
    ['an unknown type', ['{"id":"thing:a","type":"THING","name":"شيء","source":"t"}'], /bad\.jsonl:1: field "type": must be one of PERSON/],
    ['an empty name', ['{"id":"city:XX:a","type":"CITY","name":"  ","source":"t"}'], /bad\.jsonl:1: field "name": must be a non-empty string/],
    ['a missing field', ['{"id":"city:XX:a","type":"CITY","name":"مكان"}'], /bad\.jsonl:1: field "source": is missing/],
    ['a person without gender', ['{"id":"person:a","type":"PERSON","name":"علي","source":"t"}'], /field "gender": is missing/],
    ['an unknown field', ['{"id":"city:XX:a","type":"CITY","name":"مكان","source":"t","colour":"red"}'], /field "colour": is not a known field/],
    ['a bad id', ['{"id":"no id here","type":"CITY","name":"مكان","source":"t"}'], /field "id": must look like/],
    ['a bad role', ['{"id":"person:a","type":"PERSON","name":"علي","gender":"m","roles":[{"role":"emperor"}],"source":"t"}'], /field "roles": has an unknown role "emperor"/],
    ['__proto__', ['{"id":"city:XX:a","type":"CITY","name":"مكان","source":"t","__proto__":{"polluted":true}}'], /field "__proto__": is not allowed/],
    ['constructor', ['{"id":"city:XX:a","type":"CITY","name":"مكان","source":"t","constructor":{}}'], /field "constructor": is not allowed/],
    ['a variant that is not a string', ['{"id":"city:XX:a","type":"CITY","name":"مكان","variants":[3],"source":"t"}'], /field "variants": must be an array of non-empty strings/],
  ])('%s is a clear E_LEXICON error naming file, line and field', (_name, lines, message) => {
    const path = file('bad.jsonl', ['// a comment line', '', ...lines].slice(2));
    const error = failure(() => createAnalyzer({ lexicons: [path] }));
    expect(error).toBeInstanceOf(KhabarError);
    expect(error.code).toBe('E_LEXICON');
    expect(error.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('the line number counts comments and blank lines', () => {
    const path = file('lines.jsonl', ['// one', '', '{"id":"city:XX:a","type":"CITY","name":"مكان","source":"t"}', '{"id":"city:XX:b","type":"NOPE","name":"مكان","source":"t"}']);
    expect(failure(() => createAnalyzer({ lexicons: [path] })).message).toMatch(/lines\.jsonl:4: field "type"/);
  });

  test('a duplicate id is an error naming both places', () => {
    const path = file('dup.jsonl', ['{"id":"city:XX:a","type":"CITY","name":"مكان","source":"t"}', '{"id":"city:XX:a","type":"CITY","name":"مكان آخر","source":"t"}']);
    expect(failure(() => createAnalyzer({ lexicons: [path] })).message).toMatch(/dup\.jsonl:2: field "id": duplicates id "city:XX:a" \(first defined at .*dup\.jsonl:1\)/);
  });

  test('an id that the shipped lexicons already use is an error too', () => {
    const path = file('clash.jsonl', ['{"id":"country:TR","type":"COUNTRY","name":"تركيا","source":"t"}']);
    expect(failure(() => createAnalyzer({ lexicons: [path] })).message).toMatch(/clash\.jsonl:1: field "id": duplicates id "country:TR" of a shipped lexicon/);
  });

  test('a missing file or a directory is a clear error', () => {
    expect(failure(() => createAnalyzer({ lexicons: [join(dir, 'nope.jsonl')] })).message).toMatch(/nope\.jsonl: cannot read lexicon file/);
    mkdirSync(join(dir, 'folder.jsonl'));
    expect(failure(() => createAnalyzer({ lexicons: [join(dir, 'folder.jsonl')] })).message).toMatch(/folder\.jsonl: cannot read lexicon file \(is a directory\)/);
  });

  test('the shipped lexicons all load, with the counts the issue asks for', async () => {
    const { loadResources } = await import('../../src/lexicon/resources.js');
    const res = loadResources();
    const count = (type: string, prefix = ''): number => res.lexicon.entries.filter((e) => e.type === type && e.id.startsWith(prefix) && e.source === 'curated').length;
    expect(res.lexicon.entries.filter((e) => e.type === 'COUNTRY').length).toBeGreaterThanOrEqual(249);
    expect(res.lexicon.entries.filter((e) => e.type === 'CITY').length).toBeGreaterThanOrEqual(6000);
    expect(count('PERSON')).toBeGreaterThanOrEqual(1500);
    expect(count('ORGANIZATION')).toBeGreaterThanOrEqual(500);
    expect(count('WEAPON')).toBeGreaterThanOrEqual(200);
    expect(res.givenNames.size).toBeGreaterThanOrEqual(1500);
  });
});
