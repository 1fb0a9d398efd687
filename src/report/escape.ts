// HTML escaping for text and quoted attribute values. Every string that reaches the page from a
// document or an analysis goes through here; nothing is ever inserted raw.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // The parser turns a raw CR into LF; a reference keeps the character as it was.
  '\r': '&#13;',
};

// One character class, no quantifier: linear in the input.
const SPECIAL = /[&<>"'\r]/g;

/** Escapes `& < > " '` (and CR) so the result is safe as element text or a quoted attribute value; NUL becomes U+FFFD. */
export function escapeHtml(value: string): string {
  // The parser drops NUL from text; the page shows U+FFFD in its place.
  return value.replace(SPECIAL, (c) => ENTITIES[c] ?? c).replaceAll('\0', '\uFFFD');
}
