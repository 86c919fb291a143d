import Link from "next/link";
import { shorten } from "@/lib/text/shorten";
import type { ReanchorReport } from "@/lib/contracts/article";

const quote = (text: string | undefined) => `‘${shorten(text ?? "", 80)}’`;

/** What a saved revision did to the annotations: counts in words, and the ones that need a look listed. */
export function ReanchorReportView({
  report,
  articleId,
}: {
  report: ReanchorReport;
  articleId: string;
}) {
  const total =
    report.exact.length + report.moved.length + report.changed.length + report.orphaned.length;
  const link = (id: string, text: string) => (
    <Link href={`/articles/${articleId}?annotation=${id}`} className="text-blue-800 underline">
      {text}
    </Link>
  );
  return (
    <div data-testid="reanchor-report" className="space-y-3 text-sm text-stone-800">
      {total === 0 ? (
        <p>The article has no annotations to place on the new text.</p>
      ) : (
        <ul className="grid gap-1 sm:grid-cols-2" aria-label="Annotations on the new text">
          <li>
            <strong className="tabular-nums">{report.exact.length}</strong> placed exactly
          </li>
          <li>
            <strong className="tabular-nums">{report.moved.length}</strong> moved (same words, new
            context)
          </li>
          <li>
            <strong className="tabular-nums">{report.changed.length}</strong> changed wording
          </li>
          <li>
            <strong className="tabular-nums">{report.orphaned.length}</strong> orphaned (text no
            longer in the article)
          </li>
        </ul>
      )}
      {report.changed.length > 0 && (
        <section aria-labelledby="changed-heading">
          <h3 id="changed-heading" className="font-semibold text-stone-900">
            Wording changed
          </h3>
          <ul className="mt-1 space-y-1">
            {report.changed.map((c) => (
              <li key={c.id}>
                {link(c.id, quote(c.before))} is now {quote(c.after)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {report.orphaned.length > 0 && (
        <section aria-labelledby="orphaned-heading">
          <h3 id="orphaned-heading" className="font-semibold text-stone-900">
            Orphaned: re-attach them by selecting new text, or resolve them
          </h3>
          <ul className="mt-1 space-y-1">
            {report.orphaned.map((id) => (
              <li key={id}>{link(id, quote(report.quotes[id]))}</li>
            ))}
          </ul>
        </section>
      )}
      {total > 0 && (
        <p className="text-stone-700">
          The authors of moved, changed and orphaned annotations have been notified.
        </p>
      )}
    </div>
  );
}
