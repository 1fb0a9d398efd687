// The word classes of the lookup table built in resources.ts, as bits.

/** Bits of `Resources.wordClass`: what a normalized word can be, looked up once per token. */
export const W = {
  FUNCTION: 1,
  COMMON: 2,
  SPEECH: 4,
  TITLE: 8, // the first word of a title (الرئيس, وزير …)
  ROLE: 16, // a role noun that introduces a name (المدرب, الناشط …)
  ORG_HEAD: 32, // وزارة, هيئة, حزب …
  PLACE_HEAD: 64, // مدينة, محافظة …
  GIVEN: 128,
  GIVEN_COMMON: 256, // a given name that is also an everyday word (أمل)
  TRIGGER: 512,
  PERSON_WORD: 1024, // a later word of a known person's name (الأسد, أوغلو)
  ACCORDING: 2048, // بحسب, وفقا, نقلا …: an "according to" source follows
  INSTITUTION: 4096, // المديرية, الهيئة, المركز …: a definite institution word
  KUNYA: 8192, // أبو, أبا, أبي, أم: a kunya (أبو سياف) starts with one
} as const;
