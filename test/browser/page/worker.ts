// The Web Worker of the browser test: analyzes the text it is sent and posts the analysis back.
import { analyze } from 'khabar';

const scope = self as unknown as { onmessage: ((event: { data: string }) => void) | null; postMessage(message: unknown): void };
scope.onmessage = (event) => scope.postMessage(analyze(event.data));
