// The data modules the build writes into dist/esm/data/ (the compiled lexicons, the models): ES modules
// whose default export is one JSON value. Bundlers include them like any module and browsers import them;
// Node reads the value from the file (platform/node/data.ts), which is cheaper than importing it.

const EXPORT = '\nexport default ';

/** The text of a data module exporting `value` (JSON is valid JavaScript); `comment` says what it holds. */
export function dataModuleText(value: unknown, comment: string): string {
  return `// ${comment.replaceAll('\n', ' ')}${EXPORT}${JSON.stringify(value)};\n`;
}

/** The value exported by a data module written by dataModuleText. */
export function dataModuleValue(text: string): unknown {
  const start = text.indexOf(EXPORT);
  const end = text.lastIndexOf(';');
  if (start < 0 || end < start) throw new Error('not a khabar data module');
  return JSON.parse(text.slice(start + EXPORT.length, end));
}
