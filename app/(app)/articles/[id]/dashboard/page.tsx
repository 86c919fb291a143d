import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarChart } from "@/components/dashboard/bar-chart";
import { REVIEW_STATE_LABEL } from "@/components/ui/review-state-labels";
import { STATUS_LABEL } from "@/components/ui/status-badge";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getArticleDashboard } from "@/lib/data/articles/article-dashboard";
import { AppError } from "@/lib/errors";
import { ANNOTATION_STATUSES, REVIEW_STATES } from "@/lib/validation/annotations";

export const metadata: Metadata = { title: "Article dashboard" };

const STATUS_STYLE = {
  sourced: ["#15803d", "solid"],
  disputed: ["#b91c1c", "striped"],
  unverified: ["#a16207", "dotted"],
} as const;
const STATE_COLOR = {
  open: "#57534e",
  approved: "#15803d",
  rejected: "#b91c1c",
  changes_requested: "#a16207",
} as const;
const percent = (value: number | null) =>
  value === null ? "—" : `${Math.round(value * 1000) / 10}%`;
const ratio = (value: number | null) => (value === null ? "not enough data" : value.toFixed(2));

/** A person per row, then their figures: the dashboard's tables of who took part and who has work assigned. */
function PeopleTable({
  headers,
  rows,
}: {
  headers: string[];
  rows: { id: string; name: React.ReactNode; cells: React.ReactNode[] }[];
}) {
  return (
    <table className="mt-2 w-full text-left text-sm">
      <thead className="text-xs uppercase tracking-wide text-stone-600">
        <tr>
          {headers.map((header) => (
            <th key={header} className="py-1 font-semibold">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <td className="py-1 text-stone-900">{row.name}</td>
            {row.cells.map((cell, i) => (
              <td key={i} className="py-1 tabular-nums">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function DashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePageActor(`/articles/${id}/dashboard`);
  const dashboard = await getArticleDashboard(actor, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { agreement } = dashboard;
  return (
    <main className="mx-auto max-w-5xl space-y-6 px-4 py-8">
      <div>
        <Link href={`/articles/${id}`} className="text-sm text-blue-800 underline">
          ← Back to the article
        </Link>
        <h1 className="mt-2 font-serif text-2xl font-semibold text-stone-900">
          Dashboard: {dashboard.article.title}
        </h1>
      </div>
      <dl className="grid gap-4 sm:grid-cols-4" aria-label="Key figures">
        {[
          ["Annotations", String(dashboard.total)],
          ["Text covered", percent(dashboard.coverage.share)],
          [
            "Reviewed, all agreeing",
            agreement.reviewed
              ? `${agreement.unanimous} of ${agreement.reviewed} (${percent(agreement.unanimousShare)})`
              : "none reviewed",
          ],
          ["Krippendorff's α (status)", ratio(agreement.alpha)],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-stone-200 bg-white p-4">
            <dt className="text-xs font-semibold uppercase tracking-wide text-stone-600">
              {label}
            </dt>
            <dd className="mt-1 text-xl font-semibold tabular-nums text-stone-900">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-4 md:grid-cols-2">
        <BarChart
          title="By status"
          bars={ANNOTATION_STATUSES.map((s) => ({
            label: STATUS_LABEL[s],
            value: dashboard.byStatus[s],
            color: STATUS_STYLE[s][0],
            pattern: STATUS_STYLE[s][1],
          }))}
        />
        <BarChart
          title="By review state"
          bars={REVIEW_STATES.map((s) => ({
            label: REVIEW_STATE_LABEL[s],
            value: dashboard.byReviewState[s],
            color: STATE_COLOR[s],
          }))}
        />
      </div>
      <section
        className="rounded-lg border border-stone-200 bg-white p-4"
        aria-labelledby="agreement-heading"
      >
        <h2 id="agreement-heading" className="text-sm font-semibold text-stone-900">
          Agreement between reviewers
        </h2>
        <p className="mt-1 text-sm text-stone-700">
          {agreement.reviewed} reviewed annotation{agreement.reviewed === 1 ? "" : "s"}; on{" "}
          {percent(agreement.unanimousShare)} every reviewer agreed. On status, over{" "}
          {agreement.statusUnits} annotation
          {agreement.statusUnits === 1 ? "" : "s"} with two or more statuses given:
          Krippendorff&apos;s α = {ratio(agreement.alpha)}, Cohen&apos;s κ (author against
          reviewers) = {ratio(agreement.kappa)}.
        </p>
      </section>
      <section
        className="rounded-lg border border-stone-200 bg-white p-4"
        aria-labelledby="assignments-heading"
      >
        <h2 id="assignments-heading" className="text-sm font-semibold text-stone-900">
          Assignments
        </h2>
        {dashboard.assignments.length === 0 ? (
          <p className="mt-1 text-sm text-stone-700">
            Nothing on this article is assigned to anyone.
          </p>
        ) : (
          <PeopleTable
            headers={["Person", "Open", "Overdue"]}
            rows={dashboard.assignments.map((p) => ({
              id: p.id,
              name: p.name,
              cells: [p.open, p.overdue > 0 ? `${p.overdue} overdue` : "none"],
            }))}
          />
        )}
      </section>
      <section
        className="rounded-lg border border-stone-200 bg-white p-4"
        aria-labelledby="people-heading"
      >
        <h2 id="people-heading" className="text-sm font-semibold text-stone-900">
          People involved
        </h2>
        {dashboard.people.length === 0 ? (
          <p className="mt-1 text-sm text-stone-700">Nobody has annotated this article yet.</p>
        ) : (
          <PeopleTable
            headers={["Name", "Annotations", "Reviews"]}
            rows={dashboard.people.map((p) => ({
              id: p.id,
              name: (
                <>
                  {p.name}
                  {p.external && (
                    <span className="ml-1 rounded bg-amber-50 px-1 text-xs text-amber-900">
                      external
                    </span>
                  )}
                </>
              ),
              cells: [p.annotations, p.reviews],
            }))}
          />
        )}
      </section>
    </main>
  );
}
