import { analyze, detectLanguage } from '../../src/index.js';

describe('detectLanguage', () => {
  test.each([
    ['قال وزير الخارجية التركي إن العلاقات مع روسيا ليست بديلا عن علاقاتها مع حلف شمال الأطلسي', 'arb'],
    ['وزیر امور خارجه ایران گفت که مذاکرات با کشورهای اروپایی ادامه خواهد داشت و ما آماده هستیم', 'pes'],
    ['پاکستان کے وزیر اعظم نے کہا ہے کہ حکومت عوام کی فلاح کے لیے کام کر رہی ہے اور کرتی رہے گی', 'urd'],
    ['The foreign minister said that relations with Russia were not an alternative to NATO.', 'eng'],
    ['Le ministre des affaires étrangères a déclaré que les relations avec la Russie continuent.', 'fra'],
  ])('%s → %s', (text, code) => {
    expect(detectLanguage(text)).toBe(code);
  });

  test('too short or no letters: und', () => {
    expect(detectLanguage('نعم')).toBe('und');
    expect(detectLanguage('123 456 !!! 789')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });

  test('a foreign name in Persian letters does not make Arabic copy Persian', () => {
    expect(detectLanguage('أعلنت شركة گوگل الأمريكية اليوم عن إطلاق خدمة جديدة للمستخدمين في المنطقة العربية')).toBe('arb');
  });

  test('analyze reports it', () => {
    expect(analyze('قال الوزير إن المحادثات كانت مثمرة وبناءة').language).toBe('arb');
  });
});
