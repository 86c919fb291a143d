// Re-anchoring after an edit: takes the stored targets of one article (its id is argv[2]), edits
// 5% of the body's characters (seeded), and times anchorAll against a naive baseline; then places
// seeded quotes on seeded revisions of each kind beside a matchQuote-style (Hypothesis) baseline.
// Prints one JSON line. Runs in its own process, before the server starts, so nothing else
// competes for the CPU.
import search from "approx-string-match";
import { anchorAll, type TextTarget } from "@/lib/anchoring";
import { matchQuoteBaseline } from "@/lib/anchoring/testing/match-quote-baseline";
import { EDIT_KINDS } from "@/lib/anchoring/testing/seeded-edits";
import { sideBySide } from "@/lib/anchoring/testing/side-by-side";
import { getDb } from "@/lib/db";
import { editText } from "./edit-text";

const RUNS = 5;
const EDIT_SHARE = 0.05;
/** Per kind of edit: this many seeded revisions of the article, with this many seeded quotes each. */
const SIDE_BY_SIDE = { revisions: 5, quotes: 96, seed: 20_260 };

type Placed = { start: number; end: number; method: string } | null;

/**
 * The baseline: what a simple implementation does. First occurrence of the quote anywhere, else
 * the lowest-error approximate match over the whole text (same 20% error budget as ours), no use
 * of the stored position or context.
 */
function naiveAnchor(body: string, target: TextTarget): Placed {
  const at = body.indexOf(target.exact);
  if (at >= 0) return { start: at, end: at + target.exact.length, method: "exact" };
  const maxErrors = Math.min(256, Math.floor(target.exact.length * 0.2));
  if (maxErrors === 0) return null;
  const matches = search(body, target.exact, maxErrors);
  let best = matches[0];
  for (const match of matches) if (best && match.errors < best.errors) best = match;
  return best ? { start: best.start, end: best.end, method: "fuzzy" } : null;
}

function time<T>(run: () => T): { ms: number[]; result: T } {
  const ms: number[] = [];
  let result: T | undefined;
  for (let i = 0; i < RUNS; i += 1) {
    const began = performance.now();
    result = run();
    ms.push(performance.now() - began);
  }
  return { ms, result: result as T };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
};

/** An anchor is right when it covers mostly the same text as the edited original span (IoU ≥ 0.5). */
function isRight(anchor: Placed, expected: { start: number; end: number }): boolean {
  if (expected.end <= expected.start) return anchor === null;
  if (anchor === null) return false;
  const overlap = Math.min(anchor.end, expected.end) - Math.max(anchor.start, expected.start);
  const union = Math.max(anchor.end, expected.end) - Math.min(anchor.start, expected.start);
  return overlap > 0 && overlap / union >= 0.5;
}

function summarize(ms: number[], anchors: Placed[], expected: { start: number; end: number }[]) {
  const methods: Record<string, number> = { position: 0, exact: 0, fuzzy: 0, orphan: 0 };
  anchors.forEach(
    (a) =>
      (methods[a === null ? "orphan" : a.method] =
        (methods[a === null ? "orphan" : a.method] ?? 0) + 1),
  );
  const right = anchors.filter((a, i) => isRight(a, expected[i] ?? { start: 0, end: 0 })).length;
  return { medianMs: median(ms), firstMs: ms[0] ?? NaN, runsMs: ms, methods, right };
}

async function main(): Promise<void> {
  const articleId = process.argv[2];
  if (!articleId) throw new Error("usage: anchoring-bench.ts <articleId>");
  const db = await getDb();
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const targets: TextTarget[] = await db.annotation.findMany({
    where: { articleId, deletedAt: null },
    select: { start: true, end: true, exact: true, prefix: true, suffix: true },
    orderBy: { start: "asc" },
  });
  const edited = editText(article.body, EDIT_SHARE, 424242);
  const expected = targets.map((t) => ({
    start: edited.boundaries[t.start] ?? 0,
    end: edited.boundaries[t.end] ?? 0,
  }));

  const ours = time(() => anchorAll(edited.body, targets));
  const naive = time(() => targets.map((t) => naiveAnchor(edited.body, t)));
  const unchanged = time(() => anchorAll(article.body, targets));
  const versusMatchQuote = sideBySide(article.body, EDIT_KINDS, {
    ...SIDE_BY_SIDE,
    ours: (body, quotes) => anchorAll(body, quotes),
    baseline: (body, quotes) => quotes.map((quote) => matchQuoteBaseline(body, quote)),
  });
  console.log(
    JSON.stringify({
      targets: targets.length,
      chars: article.body.length,
      editedShare: edited.editedShare,
      ours: summarize(ours.ms, ours.result, expected),
      naive: summarize(naive.ms, naive.result, expected),
      unchangedMedianMs: median(unchanged.ms),
      versusMatchQuote,
    }),
  );
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(
      "Anchoring bench failed:",
      error instanceof Error ? (error.stack ?? error.message) : error,
    );
    process.exit(1);
  });
