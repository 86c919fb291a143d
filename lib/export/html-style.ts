import type { ExportOptions } from "./types";

/** Status colours, shared by the highlights, the entry borders and the chart. */
export const STATUS_COLOUR = {
  sourced: { fill: "#dcfce7", ink: "#166534" },
  unverified: { fill: "#fef3c7", ink: "#92400e" },
  disputed: { fill: "#fee2e2", ink: "#991b1b" },
} as const;

/**
 * The report's only stylesheet, inline (the file must stand alone and load nothing). Status is
 * never colour alone: underlines are solid (sourced), dashed (unverified) and wavy (disputed), as
 * in the app (double in print). The status rules are ordered so that, where spans overlap, "disputed" wins over
 * "unverified" over "sourced" (same specificity, later rule wins).
 */
export function reportCss(paper: ExportOptions["paper"]): string {
  const size = paper === "letter" ? "letter" : "A4";
  const c = STATUS_COLOUR;
  return `
@page { size: ${size}; margin: 18mm 16mm 20mm; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; padding: 2rem 1.25rem 4rem; max-width: 48rem; color: #1c1917; background: #fff;
  font: 16px/1.6 Georgia, Cambria, "Times New Roman", serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1, h2, h3, h4, .meta, .kicker, .version, .generated, .filters, table, .byline, .badge, .state, .legend, sup.fn, footer, .back, .who { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: .2rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid #d6d3d1; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1.05rem; margin: 0 0 .5rem; }
h4 { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: #57534e; margin: .9rem 0 .3rem; break-after: avoid; }
a { color: #1d4ed8; overflow-wrap: anywhere; }
.kicker { margin: 0; color: #57534e; font-size: .85rem; text-transform: uppercase; letter-spacing: .05em; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; font-size: .9rem; }
.meta dt { color: #57534e; } .meta dd { margin: 0; overflow-wrap: anywhere; }
.version { font-size: .95rem; color: #292524; margin: .5rem 0 .25rem; }
.generated, .filters { font-size: .85rem; color: #44403c; margin: .25rem 0; }
table { border-collapse: collapse; font-size: .9rem; margin: 0 1.5rem 1rem 0; display: inline-table; vertical-align: top; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { border-bottom: 1px solid #e7e5e4; padding: .2rem .75rem .2rem 0; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.chart { display: block; width: 100%; max-width: 32rem; height: auto; margin: .5rem 0 0; break-inside: avoid; }
.legend { font-size: .85rem; color: #44403c; margin: 0 0 1rem; }
.legend .hl { margin-right: .75rem; }
.body p { white-space: pre-wrap; margin: 0 0 1em; overflow-wrap: break-word; }
.body .article-heading { margin: 1.5em 0 .5em; line-height: 1.3; }
.body blockquote { margin: 0 0 1em; padding-left: 1rem; border-left: 3px solid #d6d3d1; color: #44403c; }
.body ul, .body ol { margin: 0 0 1em; padding-left: 1.75rem; } .body li > p { margin-bottom: .4em; }
.hl { color: inherit; padding: 0 .05em; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .2em; }
.st-sourced.hl { background: ${c.sourced.fill}; text-decoration-style: solid; text-decoration-color: ${c.sourced.ink}; }
.st-unverified.hl { background: ${c.unverified.fill}; text-decoration-style: dashed; text-decoration-color: ${c.unverified.ink}; }
.st-disputed.hl { background: ${c.disputed.fill}; text-decoration-style: wavy; text-decoration-color: ${c.disputed.ink}; }
.hl.overlap { text-decoration-thickness: 3px; outline: 1px dotted #57534e; outline-offset: -1px; }
sup.fn { font-size: .7em; line-height: 0; margin-left: .1em; }
sup.fn a { text-decoration: none; }
.entry { break-inside: avoid; page-break-inside: avoid; border-left: 4px solid #a8a29e; padding: .75rem 0 .75rem 1rem; margin: 0 0 1.25rem; }
.entry.st-sourced { border-left-color: ${c.sourced.ink}; border-left-style: solid; }
.entry.st-unverified { border-left-color: ${c.unverified.ink}; border-left-style: dashed; }
.entry.st-disputed { border-left-color: ${c.disputed.ink}; border-left-style: double; border-left-width: 5px; }
.badge { display: inline-block; font-size: .8rem; font-weight: 600; border-radius: .25rem; padding: 0 .4rem; border: 1px solid currentColor; }
.badge.st-sourced { color: ${c.sourced.ink}; background: ${c.sourced.fill}; }
.badge.st-unverified { color: ${c.unverified.ink}; background: ${c.unverified.fill}; }
.badge.st-disputed { color: ${c.disputed.ink}; background: ${c.disputed.fill}; }
.state { font-size: .85rem; font-weight: 400; color: #44403c; }
.quote { margin: .25rem 0 .5rem; padding: .25rem .75rem; border-left: 2px solid #d6d3d1; color: #292524; white-space: pre-wrap; overflow-wrap: break-word; }
.note { margin: .5rem 0; } .note p { margin: .4rem 0; } .note pre { white-space: pre-wrap; background: #f5f5f4; padding: .5rem; }
.note code { background: #f5f5f4; padding: 0 .2em; } .note blockquote { margin: .25rem 0 .25rem 1rem; color: #44403c; }
.entry ul, .entry ol { margin: .25rem 0; padding-left: 1.4rem; }
.byline, .back, .who, .placement { font-size: .85rem; color: #44403c; margin: .3rem 0; }
.deleted { font-style: italic; color: #57534e; }
footer { margin-top: 3rem; font-size: .8rem; color: #57534e; border-top: 1px solid #e7e5e4; padding-top: .5rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; }
  .back { display: none; }
  .print-url[href]::after { content: " <" attr(href) ">"; font-size: .8em; color: #57534e; }
  h2 { break-before: auto; }
  /* A wavy underline prints as thousands of tiny path segments and triples the PDF's render time;
     a double underline is as distinct from solid and dashed (the key shows it). */
  .st-disputed.hl { text-decoration-style: double; }
}
`;
}
