// The report's only stylesheet, inlined in the page and allowed by its hash in the page's CSP.
// Labels are CSS generated content (attr()), so the DOM text of a document is exactly its text.

export const CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #656d76; --line: #d8dee4; --paper: #ffffff; --ground: #f6f8fa; }
* { box-sizing: border-box; }
html { background: var(--ground); }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem clamp(0.75rem, 3vw, 2.5rem) 3rem; color: var(--ink);
  font: 18px/2.1 "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "Arial", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; line-height: 1.4; }
h2 { font-size: 1.25rem; margin: 0; line-height: 1.4; unicode-bidi: isolate; }
h3 { font-size: 1rem; margin: 1.25rem 0 0.4rem; color: var(--muted); }
code { font: 0.78em/1.4 "DejaVu Sans Mono", monospace; direction: ltr; unicode-bidi: isolate; color: var(--muted); }
.meta { margin: 0 0 0.75rem; color: var(--muted); font-size: 0.85rem; line-height: 1.6; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 0.6rem; align-items: center; list-style: none; padding: 0.6rem 0.8rem;
  margin: 0.75rem 0 1.5rem; background: var(--paper); border: 1px solid var(--line); border-radius: 8px; font-size: 0.9rem; line-height: 1.8; }
.legend li { white-space: nowrap; }
.doc, .overall { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 1.25rem 1.5rem; margin: 0 0 1.75rem; }
.text { font-size: 1.05rem; }
.text p { margin: 0 0 0.9em; unicode-bidi: isolate; overflow-wrap: anywhere; }
mark.ent { color: inherit; background: var(--c); border: 1px solid transparent; border-radius: 0.35em; padding: 0.1em 0.35em;
  margin: 0 0.1em; line-height: 1; unicode-bidi: isolate; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.ent:not(.cont)::after { content: attr(data-label); margin-inline-start: 0.35em; font-size: 0.6em; font-weight: 700;
  vertical-align: 0.15em; color: var(--d); unicode-bidi: isolate; }
mark.ent.adj { background: var(--l); border: 1px dashed var(--d); }
mark.ent.adj:not(.cont)::after { font-weight: 400; }
.t-person { --c: #ffd2d6; --l: #fff0f1; --d: #b4233c; }
.t-organization { --c: #cdebc5; --l: #eef8eb; --d: #2d6a1f; }
.t-country { --c: #c7defa; --l: #ebf3fe; --d: #1f57a4; }
.t-city { --c: #e0d0f7; --l: #f4eefc; --d: #6233a8; }
.t-location { --c: #ffe1b3; --l: #fff4e3; --d: #9a5800; }
.t-weapon { --c: #d9d3c7; --l: #f2efe9; --d: #5b5143; }
.t-other { --c: #e5e7ea; --l: #f5f6f7; --d: #555b63; }
.q { border-radius: 0.3em; padding: 0.15em 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; unicode-bidi: isolate; }
.q-direct { background: #fff6cc; box-shadow: inset 0 -2px #d4a72c; }
.q-indirect { background: #e8f4f8; box-shadow: inset 0 -2px #4a9bb7; }
.q-mixed { background: #f1ecf8; box-shadow: inset 0 -2px #8a63c2; }
.q:not(.cont)::before { content: attr(data-label); display: inline-block; margin-inline-end: 0.4em; padding: 0 0.45em;
  border-radius: 0.3em; font-size: 0.62em; line-height: 1.7; font-weight: 700; color: #fff; vertical-align: 0.2em; unicode-bidi: isolate; }
.q-direct:not(.cont)::before { background: #9a6b00; }
.q-indirect:not(.cont)::before { background: #2f7590; }
.q-mixed:not(.cont)::before { background: #6a479f; }
.cue { text-decoration: underline 2px #cf222e; text-underline-offset: 0.45em; }
.spk { font-weight: 700; }
.src { text-decoration: underline dotted 2px #57606a; text-underline-offset: 0.45em; }
table { border-collapse: collapse; margin: 0 0 0.5rem; font-size: 0.88rem; line-height: 1.6; min-width: 50%; }
th, td { border-bottom: 1px solid var(--line); padding: 0.25rem 0.6rem; text-align: start; unicode-bidi: isolate; }
th { color: var(--muted); font-weight: 600; }
td.n { font-variant-numeric: tabular-nums; }
.chip { display: inline-block; width: 0.85em; height: 0.85em; border-radius: 0.2em; background: var(--c); border: 1px solid var(--d);
  vertical-align: -0.05em; margin-inline-end: 0.35em; }
.empty { color: var(--muted); font-size: 0.88rem; margin: 0; }
.tables { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-start; }
.tables section { flex: 1 1 18rem; min-width: 0; overflow-x: auto; }
.tables section.speakers { flex-basis: 100%; }
.tables table { width: 100%; }
td.type { white-space: nowrap; }
td .kind, td .aka { color: var(--muted); font-size: 0.85em; }
`;
