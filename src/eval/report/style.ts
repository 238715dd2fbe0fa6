/**
 * The report's stylesheet, inlined so the file works offline. System fonts only; colours meet
 * WCAG AA contrast on white; nothing relies on colour alone (verdicts and tones are also words).
 */
export const REPORT_CSS = `
:root { --ink: #1a1a1a; --muted: #555; --line: #c8c8c8; --band: #f4f5f7; --good: #fff1a8; --harm: #ffd2d2;
  --neutral: #e4e4e4; --pass: #0b6b2e; --fail: #a10d0d; --link: #0645ad; }
* { box-sizing: border-box; }
html { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
body { margin: 0 auto; max-width: 1280px; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
a { color: var(--link); }
.subtitle { margin: 0 0 1rem; color: var(--muted); }
dl.run-info { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
dl.run-info dt { font-weight: 600; }
dl.run-info dd { margin: 0; overflow-wrap: anywhere; }
nav.toc ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; margin: 1rem 0 0; }
.glance { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0 0; padding: 0; list-style: none; }
.glance li { border: 1px solid var(--line); border-radius: 4px; padding: .4rem .8rem; }
.glance strong { font-size: 1.2rem; display: block; }
.status { font-weight: 700; }
.status.completed, .pass { color: var(--pass); }
.status.failed, .status.interrupted, .fail { color: var(--fail); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; caption-side: top; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; text-align: left; }
thead th { background: var(--band); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.judge { font-weight: 500; font-size: .8rem; }
.scroll { overflow-x: auto; }
tbody.scenario > tr.scores:hover { background: #fafafa; }
tr.detail > td { padding: 0; border-top: none; }
td.critical { background: var(--harm); font-weight: 700; }
small.coverage { color: var(--muted); display: block; font-size: .75rem; }
td.agreement small, table.agreement small { color: var(--muted); }
.na { color: var(--muted); cursor: help; }
details > summary { cursor: pointer; padding: .3rem .5rem; color: var(--link); }
details > summary:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
details[open] > summary { border-bottom: 1px solid var(--line); }
.detail-body { padding: .5rem 1rem 1rem; }
ol.transcript { list-style: none; padding: 0; margin: .5rem 0; }
ol.transcript li { margin: .4rem 0; padding: .4rem .7rem; border-left: 4px solid var(--line); background: var(--band); }
ol.transcript li.assistant { border-left-color: #3a6ea5; background: #fff; border: 1px solid var(--line); border-left-width: 4px; border-left-color: #3a6ea5; }
.who { display: block; font-size: .78rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
mark { color: var(--ink); padding: 0 .05em; border-radius: 2px; }
mark.good { background: var(--good); }
mark.harm { background: var(--harm); text-decoration: underline wavy var(--fail); text-decoration-thickness: 1px; }
mark.neutral { background: var(--neutral); }
.legend { font-size: .85rem; color: var(--muted); }
.verdict { font-weight: 600; white-space: nowrap; }
.verdict.harm { color: var(--fail); }
.verdict.good { color: var(--pass); }
.verdict.undecided { color: var(--muted); font-style: italic; }
.item-id { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .82rem; display: block; color: var(--muted); }
ul.evidence { margin: 0; padding-left: 1.1rem; }
q { quotes: "\\201C" "\\201D"; }
.notice { border-left: 4px solid #b26a00; background: #fff6e5; padding: .5rem .8rem; margin: .5rem 0 1rem; }
.error { color: var(--fail); }
figure { margin: 1rem 0 1.5rem; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: .9rem; color: var(--muted); margin-top: .3rem; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
footer { margin-top: 3rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: .5rem; }
@media print {
  html { font-size: 11px; }
  body { max-width: none; padding: 0; }
  nav.toc { display: none; }
  .scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  details > summary { color: inherit; }
  tr, figure, li { break-inside: avoid; }
  h2 { break-after: avoid; }
  thead { display: table-header-group; }
}
`;
