// Renders rows as a Markdown table padded into columns, so the same text reads well in a
// terminal and in bench/results/latest.md.

const escape = (cell) => String(cell).replaceAll("|", "\\|");

export function markdownTable(columns, rows) {
  const cells = [columns, ...rows].map((row) => row.map(escape));
  const widths = columns.map((_, i) => Math.max(3, ...cells.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(" | ")} |`;
  const [head, ...body] = cells;
  return [
    line(head),
    `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`,
    ...body.map(line),
  ].join("\n");
}

export const ms = (value) =>
  value === null || value === undefined || Number.isNaN(value)
    ? "n/a"
    : `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
export const int = (value) => Math.round(value).toLocaleString("en");
export const ratio = (baseline, ours) =>
  ours > 0 && Number.isFinite(baseline) && Number.isFinite(ours)
    ? `${(baseline / ours).toFixed(1)}×`
    : "—";
export const met = (ok) => (ok === null ? "—" : ok ? "yes" : "NO");
