import { ANNOTATION_STATUSES } from "@/lib/validation/annotations";
import { renderArticleBodyHtml } from "./html-article-body";
import { attr, escapeHtml } from "./html-escape";
import { STATUS_LABEL } from "./labels";
import { MAX_MARKERS_INLINE, markerRange } from "./marker-groups";
import { reportBody } from "./report-body";
import type { Piece } from "./segments";
import type { Numbered, PreparedReport } from "./select";

const markerLink = (n: number) =>
  `<a href="#annotation-${n}" id="ref-${n}" aria-label="Annotation ${n}">[${n}]</a>`;

/**
 * Where many spans end at one place, one marker ("[7–142]") leads to a list of them after the text,
 * instead of a wall of numbers; each annotation's "Back to the text" then leads to that list.
 */
function groupedMarker(numbers: readonly number[], groups: string[]): string {
  const id = `markers-${numbers[0]}`;
  const range = markerRange(numbers);
  groups.push(
    `<li id="${id}"><a href="#ref-group-${numbers[0]}">[${range}]</a>: ${numbers.length} annotations end at this place: ${numbers.map(markerLink).join(" ")}</li>`,
  );
  return `<sup class="fn"><a href="#${id}" id="ref-group-${numbers[0]}" aria-label="${numbers.length} annotations, ${range}">[${range}]</a></sup>`;
}

/** One run of text: wrapped once with every annotation covering it (status in class, title and data attribute), or plain. */
function piece(p: Piece, byNumber: ReadonlyMap<number, Numbered>, groups: string[]): string {
  if (p.kind === "markers") {
    if (p.numbers.length > MAX_MARKERS_INLINE) return groupedMarker(p.numbers, groups);
    return `<sup class="fn">${p.numbers.map(markerLink).join("")}</sup>`;
  }
  if (p.covering.length === 0) return escapeHtml(p.text);
  const statuses = new Set<string>();
  const titles: string[] = [];
  for (const n of p.covering) {
    const status = byNumber.get(n)?.annotation.status ?? "unverified";
    statuses.add(status);
    titles.push(`${STATUS_LABEL[status as keyof typeof STATUS_LABEL] ?? status} [${n}]`);
  }
  const classes = [
    "hl",
    ...[...statuses].map((s) => `st-${s}`),
    ...(p.covering.length > 1 ? ["overlap"] : []),
  ].join(" ");
  return `<mark${attr("class", classes)}${attr("title", titles.join("; "))}${attr("data-annotations", p.covering.join(" "))}>${escapeHtml(p.text)}</mark>`;
}

/** The HTML report's article section: the text with its marks and footnote numbers, and a key. */
export function articleText(report: PreparedReport): string {
  const byNumber = new Map(report.placed.map((x) => [x.n, x]));
  const spans = report.placed.map((x) => ({ n: x.n, start: x.span!.start, end: x.span!.end }));
  const { article } = report.bundle;
  const groups: string[] = [];
  const text = renderArticleBodyHtml(reportBody(article.body, article.blocks, spans), (x) =>
    piece(x, byNumber, groups),
  );
  const crowded = groups.length
    ? `<h3>Where many annotations end together</h3><ol class="crowded">${groups.join("")}</ol>`
    : "";
  const legend = ANNOTATION_STATUSES.map(
    (s) => `<span${attr("class", `hl st-${s}`)}>${STATUS_LABEL[s]}</span>`,
  ).join("");
  return [
    `<section id="article"><h2>Article text</h2>`,
    `<p class="legend">Key: ${legend} Overlapping marks are outlined; the numbers lead to the annotations.</p>`,
    `<div class="body">${text}</div>${crowded}</section>`,
  ].join("");
}
