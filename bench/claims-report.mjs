// Turns bench/claims-bench.ts's measurements into rows of the bench table (bench/report.mjs
// COLUMNS) and the notes under it.
import { int, met, ms } from "./table.mjs";

const f2 = (value) => value.toFixed(2);
const counts = (c) => `TP ${c.tp}, FP ${c.fp}, FN ${c.fn}`;

export function buildClaimsRows(claims) {
  const workload = `${int(claims.sentences)} labelled sentences (${int(claims.checkWorthy)} check-worthy), ${claims.texts} texts`;
  const isMet = claims.ours.recall >= 0.8 && claims.ours.precision >= 0.6;
  return [
    [
      "Claim suggestions: recall on check-worthy sentences",
      workload,
      `${f2(claims.ours.recall)} (${counts(claims.ours)})`,
      `${f2(claims.digit.recall)} (every sentence with a digit; ${counts(claims.digit)})`,
      "—",
      "≥ 0.8 at precision ≥ 0.6",
      met(isMet),
    ],
    [
      "  precision",
      workload,
      f2(claims.ours.precision),
      f2(claims.digit.precision),
      "—",
      "≥ 0.6",
      met(claims.ours.precision >= 0.6),
    ],
    ["  F1", workload, f2(claims.ours.f1), f2(claims.digit.f1), "—", "—", "—"],
    [
      `suggestClaims on a long article (median of ${claims.long.runs.length})`,
      `${int(claims.long.chars)} chars in paragraphs`,
      `${ms(claims.long.medianMs)} (${int(claims.long.suggestions)} suggestions)`,
      "—",
      "—",
      "— (bounded and linear; no target set)",
      "—",
    ],
    [
      `  the same as one line with no break`,
      `${int(claims.longOneLine.chars)} chars`,
      `${ms(claims.longOneLine.medianMs)} (${int(claims.longOneLine.suggestions)} suggestions)`,
      "—",
      "—",
      "—",
      "—",
    ],
    [
      `  one short claim after another ("It fell 5%. ")`,
      `${int(claims.longShortClaims.chars)} chars`,
      `${ms(claims.longShortClaims.medianMs)} (${int(claims.longShortClaims.suggestions)} suggestions)`,
      "—",
      "—",
      "—",
      "—",
    ],
  ];
}

export function buildClaimsNotes(claims) {
  const reasons = Object.entries(claims.reasons)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason} ${n}`)
    .join(", ");
  return [
    `Claim suggestions: a labelled sentence counts as suggested when a suggestion overlaps it; our splitter put ${claims.splitAgrees} of ${claims.sentences} labelled sentences at exactly the labelled bounds. The set and its labelling guideline: bench/claims/ (its README says where each text comes from). Reasons given on labelled sentences: ${reasons}.`,
    `Claim suggestions: ${claims.misses} check-worthy sentences missed and ${claims.falseAlarms} others suggested (\`node --conditions=react-server --import tsx bench/claims-bench.ts\` lists them on stderr); runs: ${claims.long.runs.map(ms).join(", ")} (paragraphs), ${claims.longOneLine.runs.map(ms).join(", ")} (one line), ${claims.longShortClaims.runs.map(ms).join(", ")} (short claims); heap grew ${claims.heapGrowthMb} MB over the three, peak RSS ${claims.peakRssMb} MB.`,
  ];
}
