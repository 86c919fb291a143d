import type { VersionAnnotation } from "@/lib/contracts/versions";
import { splitParagraphs } from "@/lib/text/paragraphs";
import { segmentRuns } from "@/lib/export/segments";

const MARK = {
  sourced: "bg-green-100 decoration-green-800",
  disputed: "bg-red-100 decoration-red-800 decoration-wavy",
  unverified: "bg-yellow-100 decoration-yellow-800 decoration-dashed",
} as const;

/** An older version's text, read-only, with its annotations marked where they were anchored then (status in the title and by underline style, not colour alone). */
export function VersionText({
  body,
  annotations,
}: {
  body: string;
  annotations: VersionAnnotation[];
}) {
  const numbered = annotations.map((a, i) => ({ ...a, n: i + 1 }));
  const byNumber = new Map(numbered.map((a) => [a.n, a]));
  const runs = segmentRuns(
    body,
    splitParagraphs(body),
    numbered.map((a) => ({ n: a.n, start: a.start, end: a.end })),
  );
  return (
    <div data-testid="version-text" className="font-serif text-lg leading-relaxed text-stone-900">
      {runs.map((run, i) => (
        <p key={i} className="mb-5 whitespace-pre-wrap">
          {run.pieces.map((piece, j) => {
            if (piece.kind === "markers") return null;
            if (piece.covering.length === 0) return <span key={j}>{piece.text}</span>;
            const first = byNumber.get(piece.covering[0]!)!;
            const title = piece.covering
              .map((n) => `${byNumber.get(n)!.status}: ‘${byNumber.get(n)!.exact}’`)
              .join("; ");
            return (
              <mark
                key={j}
                title={title}
                className={`underline decoration-2 underline-offset-4 ${MARK[first.status as keyof typeof MARK] ?? MARK.unverified}`}
              >
                {piece.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}
