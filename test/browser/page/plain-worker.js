// The module worker of plain.html: khabar imported by URL, no bundler.
import { analyze } from '/dist/browser/khabar.js';

self.onmessage = (event) => self.postMessage(analyze(event.data));
