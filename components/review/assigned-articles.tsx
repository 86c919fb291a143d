import Link from "next/link";
import type { MyAssignment } from "@/lib/contracts/assignment";
import { dueLabel } from "@/lib/text/due-label";
import { FinishAssignment } from "./finish-assignment";

/** Whole articles assigned to the reader, above the queue: the work is the article, not one card in it. */
export function AssignedArticles({ assignments }: { assignments: MyAssignment[] }) {
  const articles = assignments.filter((a) => a.annotationId === null);
  if (articles.length === 0) return null;
  return (
    <section
      aria-labelledby="assigned-articles"
      className="mt-4 rounded-lg border border-blue-200 bg-blue-50/40 p-3"
    >
      <h2 id="assigned-articles" className="text-sm font-semibold text-stone-900">
        Articles assigned to you
      </h2>
      <ul className="mt-1 space-y-1 text-sm">
        {articles.map((a) => (
          <li key={a.id} className="flex flex-wrap items-baseline gap-2">
            <Link
              href={`/articles/${a.article.id}`}
              className="font-medium text-blue-800 underline"
            >
              {a.article.title}
            </Link>
            <span className="text-xs text-stone-700">by {a.assignedBy.name}</span>
            {dueLabel(a) && (
              <span
                className={`rounded px-1.5 text-xs font-medium ${a.overdue ? "bg-red-100 text-red-950" : "bg-stone-100 text-stone-800"}`}
              >
                {dueLabel(a)}
              </span>
            )}
            <FinishAssignment
              articleId={a.article.id}
              title={a.article.title}
              version={a.version}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
