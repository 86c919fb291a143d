import { ANNOTATION_STATUSES, REVIEW_STATES } from "@/lib/validation/annotations";
import { escapeHtml } from "./html-escape";
import { STATUS_COLOUR } from "./html-style";
import { REVIEW_STATE_LABEL, STATUS_LABEL, type Summary } from "./labels";

type Bar = { label: string; count: number; fill: string; stroke: string };

const ROW = 22;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 260;

/** The one <svg> in the report: horizontal bars with their label and count as text, so it reads without colour and prints crisply. */
export function renderChart(summary: Summary): string {
  const groups: { heading: string; bars: Bar[] }[] = [
    {
      heading: "By status",
      bars: ANNOTATION_STATUSES.map((s) => ({
        label: STATUS_LABEL[s],
        count: summary.byStatus[s],
        fill: STATUS_COLOUR[s].fill,
        stroke: STATUS_COLOUR[s].ink,
      })),
    },
    {
      heading: "By review state",
      bars: REVIEW_STATES.map((s) => ({
        label: REVIEW_STATE_LABEL[s],
        count: summary.byReviewState[s],
        fill: "#e7e5e4",
        stroke: "#44403c",
      })),
    },
  ];
  const max = Math.max(1, ...groups.flatMap((g) => g.bars.map((b) => b.count)));
  const parts: string[] = [];
  let y = 0;
  for (const group of groups) {
    y += ROW;
    parts.push(`<text x="0" y="${y - 6}" font-weight="600">${escapeHtml(group.heading)}</text>`);
    for (const bar of group.bars) {
      const width = Math.round((bar.count / max) * BAR_WIDTH);
      parts.push(
        `<text x="0" y="${y + 15}">${escapeHtml(bar.label)}</text>`,
        `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width}" height="${ROW - 6}" fill="${bar.fill}" stroke="${bar.stroke}"/>`,
        `<text x="${LABEL_WIDTH + width + 6}" y="${y + 15}">${bar.count}</text>`,
      );
      y += ROW;
    }
    y += 6;
  }
  const width = LABEL_WIDTH + BAR_WIDTH + 40;
  const description = groups
    .map((g) => `${g.heading}: ${g.bars.map((b) => `${b.label} ${b.count}`).join(", ")}`)
    .join(". ");
  return [
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${y}" width="${width}" height="${y}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, Arial, sans-serif" font-size="13" fill="#1c1917">`,
    `<title id="chart-title">Annotations by status and by review state</title>`,
    `<desc id="chart-desc">${escapeHtml(description)}</desc>`,
    ...parts,
    `</svg>`,
  ].join("");
}
