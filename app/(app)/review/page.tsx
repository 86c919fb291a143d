import type { Metadata } from "next";
import { AssignedArticles } from "@/components/review/assigned-articles";
import { QueueFiltersForm } from "@/components/review/queue-filters-form";
import { ReviewQueue } from "@/components/review/review-queue";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listMyOpenAssignments } from "@/lib/data/assignments/my-assignments";
import { listQueueFilterOptions, listReviewQueue } from "@/lib/data/reviews/review-queue";
import type { QueueFilters } from "@/lib/contracts/review-queue";
import { canSettle } from "@/lib/permissions/reviews";
import { canAnnotate } from "@/lib/permissions/roles";
import { ANNOTATION_STATUSES, isOneOf, REVIEW_STATES } from "@/lib/validation/constants";

export const metadata: Metadata = { title: "Review queue" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) =>
  typeof value === "string" && value ? value : undefined;

export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("/review");
  const params = await searchParams;
  const status = one(params.status);
  const reviewState = one(params.reviewState);
  const filters: QueueFilters = {
    articleId: one(params.article),
    authorId: one(params.author),
    status: isOneOf(ANNOTATION_STATUSES, status) ? status : undefined,
    reviewState: isOneOf(REVIEW_STATES, reviewState) ? reviewState : undefined,
  };
  const [items, options, assigned] = await Promise.all([
    listReviewQueue(actor, filters),
    listQueueFilterOptions(actor),
    listMyOpenAssignments(actor),
  ]);
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight text-stone-900">Review queue</h1>
      {!canAnnotate(actor) ? (
        <p className="mt-4 rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
          Viewers read and export; reviewing needs the reviewer role. Ask an admin.
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-700">
            Others&apos; annotations you have not reviewed yet: what is assigned to you first,
            soonest due first, then oldest first
            {canSettle(actor) ? ", and disputed ones waiting for your settlement" : ""}. Keys:{" "}
            <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> agree, <kbd>x</kbd> disagree, <kbd>r</kbd>{" "}
            reply, <kbd>o</kbd> open in the article.
          </p>
          <AssignedArticles assignments={assigned} />
          <QueueFiltersForm filters={filters} options={options} />
          <ReviewQueue initialItems={items} />
        </>
      )}
    </main>
  );
}
