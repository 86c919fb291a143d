// The library search row(s) of the bench table: p50/p95 over every timed query of bench/search-bench.ts.
import { percentile } from "./stats.mjs";
import { int, met, ms } from "./table.mjs";

export const SEARCH_TARGET_P95_MS = 50;

export function buildSearchRows(search, provider) {
  const p95 = percentile(search.samples, 95);
  return [
    [
      `Library search, searchArticles in process (p50 / p95 / max of ${int(search.samples.length)}; ${search.perQuery.length} kinds of query)`,
      `${int(search.articles)} articles of ${int(search.words)} words, ${provider}`,
      `${ms(percentile(search.samples, 50))} / ${ms(p95)} / ${ms(Math.max(...search.samples))}`,
      "— (no baseline)",
      "—",
      `p95 < ${SEARCH_TARGET_P95_MS} ms`,
      met(p95 < SEARCH_TARGET_P95_MS),
    ],
  ];
}

export function buildSearchNotes(search) {
  const each = search.perQuery.map(
    (q) =>
      `${q.name} (${int(q.total)} found) p50 / p95 ${ms(percentile(q.times, 50))} / ${ms(percentile(q.times, 95))}`,
  );
  return [
    `Library search, per query: ${each.join("; ")}. Seeding ${search.seeded ? `took ${ms(search.seedMs)}` : "was already done"}.`,
  ];
}
