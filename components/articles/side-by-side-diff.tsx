import type { ReactNode } from "react";
import type { DiffSegment } from "@/lib/text/diff-text";

/** Unchanged stretches longer than this show only their ends, so a few edits in a long article stay easy to find. */
const KEEP = 240;

function unchanged(text: string, key: number): ReactNode {
  if (text.length <= KEEP * 2 + 40) return <span key={key}>{text}</span>;
  return (
    <span key={key}>
      {text.slice(0, KEEP)}
      <span className="my-2 block text-center font-sans text-xs text-stone-500">
        … {(text.length - KEEP * 2).toLocaleString("en")} unchanged characters …
      </span>
      {text.slice(-KEEP)}
    </span>
  );
}

/** One side of the comparison: what it shares with the other side, and what only it has, marked by line style as well as colour. */
function side(segments: readonly DiffSegment[], own: "delete" | "insert"): ReactNode[] {
  return segments.map((s, i) => {
    if (s.op === "equal") return unchanged(s.text, i);
    if (s.op !== own) return null;
    return own === "delete" ? (
      <del key={i} className="bg-red-100 text-red-950 decoration-red-800">
        {s.text}
      </del>
    ) : (
      <ins
        key={i}
        className="bg-green-100 text-green-950 underline decoration-green-800 decoration-2"
      >
        {s.text}
      </ins>
    );
  });
}

export function SideBySideDiff({
  segments,
  from,
  to,
}: {
  segments: DiffSegment[];
  from: number;
  to: number;
}) {
  const removed = segments
    .filter((s) => s.op === "delete")
    .reduce((n, s) => n + s.text.trim().split(/\s+/).filter(Boolean).length, 0);
  const added = segments
    .filter((s) => s.op === "insert")
    .reduce((n, s) => n + s.text.trim().split(/\s+/).filter(Boolean).length, 0);
  return (
    <div>
      <p className="mb-3 text-sm text-stone-700" data-testid="diff-summary">
        {removed === 0 && added === 0
          ? "The texts are the same."
          : `${removed.toLocaleString("en")} words removed (struck through), ${added.toLocaleString("en")} added (underlined).`}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {[
          { label: `Version ${from}`, own: "delete" as const, testId: "diff-old" },
          { label: `Version ${to}`, own: "insert" as const, testId: "diff-new" },
        ].map(({ label, own, testId }) => (
          <section
            key={testId}
            aria-label={label}
            className="rounded-lg border border-stone-200 bg-white"
          >
            <h3 className="border-b border-stone-200 px-4 py-2 text-sm font-semibold text-stone-900">
              {label}
            </h3>
            <div
              data-testid={testId}
              className="whitespace-pre-wrap px-4 py-3 font-serif text-base leading-relaxed text-stone-900"
            >
              {side(segments, own)}
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
