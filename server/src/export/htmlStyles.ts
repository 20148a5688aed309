/**
 * The exported page's stylesheet: readable on screen, and laid out for the browser's
 * "Print / Save as PDF" (A4 margins, headings kept with what follows, list items, quotes,
 * code and table rows not split across pages, link targets printed after their text).
 * A constant: no user input ever reaches it.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light;
  --ink: #1f2328;
  --muted: #59636e;
  --rule: #d1d9e0;
  --accent: #1d4f91;
  --wash: #f4f6f8;
}
* { box-sizing: border-box; }
html { font-size: 16px; }
body {
  margin: 0;
  padding: 2.5rem 1.5rem 4rem;
  color: var(--ink);
  background: #fff;
  font-family: Charter, "Bitstream Charter", "Sitka Text", Cambria, "DejaVu Serif", Georgia, serif;
  line-height: 1.55;
  -webkit-text-size-adjust: 100%;
}
article { max-width: 46rem; margin: 0 auto; }
h1, h2, h3, .eyebrow, .meta, .exported, table, .print-hint, .factor-label {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif;
}
h1, h2, h3 { line-height: 1.25; margin: 1.8em 0 0.5em; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
h1 { font-size: 1.75rem; }
h2 { font-size: 1.35rem; padding-bottom: 0.2em; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1rem; }
p, ul, ol, blockquote, pre, table { margin: 0 0 1em; }
p { orphans: 3; widows: 3; }
ul, ol { padding-left: 1.6em; }
li { margin: 0.25em 0; break-inside: avoid; page-break-inside: avoid; }
li > p { margin: 0 0 0.4em; }
li > ul, li > ol { margin-bottom: 0.4em; }
blockquote {
  margin-left: 0;
  padding: 0.2em 1em;
  border-left: 4px solid var(--rule);
  color: #3d444d;
  break-inside: avoid;
}
blockquote > :last-child { margin-bottom: 0.2em; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em; }
code { background: var(--wash); padding: 0.1em 0.3em; border-radius: 3px; }
pre { background: var(--wash); padding: 0.8em 1em; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; break-inside: avoid; }
pre code { background: none; padding: 0; font-size: 1em; }
hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
a { color: var(--accent); overflow-wrap: anywhere; }
.factor { text-decoration: underline dotted var(--accent); text-underline-offset: 0.2em; }
.factor-label {
  font-size: 0.72em;
  font-weight: 600;
  color: var(--accent);
  white-space: nowrap;
}

.title-block { margin-bottom: 2.5rem; padding-bottom: 1.25rem; border-bottom: 3px solid var(--ink); }
.eyebrow { margin: 0; text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; font-weight: 600; color: var(--muted); }
.doc-title { font-size: 2.1rem; margin: 0.2em 0 0.8em; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 1.2em; margin: 0; font-size: 0.92rem; }
.meta > div { display: contents; }
.meta dt { font-weight: 600; color: var(--muted); }
.meta dd { margin: 0; }
.exported { margin: 1em 0 0; font-size: 0.8rem; color: var(--muted); }

.ratings { margin-top: 2.5rem; }
table { width: 100%; border-collapse: collapse; font-size: 0.9rem; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 0.45em 0.6em; border-bottom: 1px solid var(--rule); }
thead th { border-bottom: 2px solid var(--ink); }
tbody th { font-weight: 400; }
.ratings th:first-child { width: 44%; }
.ratings th:last-child { width: 18%; }
.factor-code { font-weight: 600; white-space: nowrap; }
.report-table td, .report-table th { border: 1px solid var(--rule); }
.report-table tbody th { font-weight: 600; background: var(--wash); }
.report-table p { margin: 0; }
figure.report-image { margin: 1.2em 0; break-inside: avoid; page-break-inside: avoid; }
figure.report-image img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.rating { white-space: nowrap; font-weight: 600; }
.rating--wholly { color: #1a7f37; }
.rating--partly { color: #9a6700; }
.rating--not { color: #cf222e; }
.rating--unset { color: var(--muted); font-weight: 400; font-style: italic; }

.print-hint {
  max-width: 46rem;
  margin: 0 auto 2rem;
  padding: 0.6em 0.9em;
  border: 1px solid var(--rule);
  border-radius: 6px;
  background: var(--wash);
  font-size: 0.85rem;
  color: var(--muted);
}

@page { size: A4; margin: 20mm 18mm 22mm; }
@media print {
  html { font-size: 11pt; }
  body { padding: 0; }
  article { max-width: none; }
  .print-hint { display: none; }
  a { color: inherit; }
  /* The address of a web link, which paper cannot follow; a mail link's text is usually its address. */
  a[href^="http"]::after {
    content: " (" attr(href) ")";
    font-size: 0.85em;
    color: var(--muted);
    overflow-wrap: anywhere;
  }
  pre, code { background: none; }
  pre { border: 1px solid var(--rule); }
}
`;
