// The long article's rows (issue 9) for the bench table, and the notes under it.
import { median } from "./stats.mjs";
import { int, met, ms, ratio } from "./table.mjs";

export function buildLongRows({ words, long }) {
  const workload = `${int(words)} words (${int(long.chars)} chars), ${int(long.placed)} ann.`;
  const m = (runs, key) => median(runs.map((f) => f[key]));
  const longest = m(long.ours, "longestTask");
  const naiveLongest = m(long.naive, "longestTask");
  const a = long.annotate;
  return [
    [
      `Long article: longest main-thread task, navigation → settled (median of ${long.ours.length})`,
      workload,
      ms(longest),
      ms(naiveLongest),
      ratio(naiveLongest, longest),
      "no task over 200 ms",
      met(longest <= 200),
    ],
    [
      "  total blocking time over the same (sum of each long task beyond 50 ms)",
      workload,
      ms(m(long.ours, "blockingMs")),
      ms(m(long.naive, "blockingMs")),
      ratio(m(long.naive, "blockingMs"), m(long.ours, "blockingMs")),
      "—",
      "—",
    ],
    [
      "  navigation → all highlights painted",
      workload,
      ms(m(long.ours, "paintedAt")),
      ms(m(long.naive, "paintedAt")),
      ratio(m(long.naive, "paintedAt"), m(long.ours, "paintedAt")),
      "—",
      "—",
    ],
    [
      "  DOM nodes added by highlighting",
      workload,
      int(m(long.ours, "nodesAdded")),
      int(m(long.naive, "nodesAdded")),
      "—",
      "0 per annotation",
      met(m(long.ours, "nodesAdded") === 0),
    ],
    [
      "Long article: an annotation made through the UI (select, Unverified, note, Save)",
      workload,
      a.status === 201 && a.highlighted
        ? `saved (201) in ${ms(a.savedMs)}, highlighted ${ms(a.paintedMs)} after Save`
        : `answered ${a.status}${a.highlighted ? "" : ", not highlighted"}`,
      "—",
      "—",
      "it opens and can be annotated",
      met(a.status === 201 && a.highlighted),
    ],
  ];
}

export function buildLongNotes(long) {
  const runs = (list) =>
    list.map((f) => `${Math.round(f.longestTask)}/${Math.round(f.blockingMs)}`).join(", ");
  const m = (key) => median(long.ours.map((f) => f[key]));
  return [
    `Long article, every run (longest task / blocking, ms): ours ${runs(long.ours)}; naive ${runs(long.naive)}. Ours, medians: server response starts ${ms(m("ttfb"))}, HTML complete ${ms(m("htmlDone"))} (${int(m("htmlDecodedBytes") / 1024)} KiB decoded), ${int(m("longTasks"))} long tasks until settled (${ms(m("settledAt"))} after navigation, with ${ms(1000)} of quiet), ${int(m("documentNodes"))} nodes in the document.`,
  ];
}
