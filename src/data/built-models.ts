// Placeholder for the shipped models: `npm run build` writes the real dist/esm/data/built-models.js,
// whose default export maps each file in models/ (ner-tagger.bin …) to its bytes in base64. Only
// platform/browser/data.ts imports it; Node reads models/ or the same file as JSON (platform/node/data.ts).

const models: Readonly<Partial<Record<string, string>>> = {};
export default models;
