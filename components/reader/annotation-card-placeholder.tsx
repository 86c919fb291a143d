"use client";

import { PersonName } from "@/components/ui/person-name";
import { forwardRef } from "react";
import { REVIEW_STATE_LABEL } from "@/components/ui/review-state-labels";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { cardName } from "./annotation-names";

/** A card whose details are still loading: what the outline knows (status, author, review state), and a way to the span. */
export const AnnotationCardPlaceholder = forwardRef<
  HTMLElement,
  { annotation: AnnotationView; isSelected: boolean; onShow: (id: string) => void }
>(function AnnotationCardPlaceholder({ annotation, isSelected, onShow }, ref) {
  return (
    <article
      ref={ref}
      data-annotation-id={annotation.id}
      data-status={annotation.status}
      aria-busy="true"
      aria-label={cardName(annotation)}
      className={`rounded-lg border bg-white p-3 shadow-sm ${isSelected ? "border-blue-600 ring-2 ring-blue-600/30" : "border-stone-200"}`}
    >
      <header className="flex flex-wrap items-center gap-2">
        <StatusBadge status={annotation.status} />
        <h3 id={`card-${annotation.id}-title`} className="text-sm font-medium text-stone-900">
          <PersonName person={annotation.author} />
        </h3>
        <span className="ml-auto text-xs text-stone-600">
          {REVIEW_STATE_LABEL[annotation.reviewState]}
        </span>
      </header>
      <div aria-hidden="true" className="mt-2 h-8 animate-pulse rounded bg-stone-100" />
      <p className="mt-2 flex items-center justify-between text-xs text-stone-600">
        <span>Loading details…</span>
        {annotation.anchor && (
          <button
            type="button"
            onClick={() => onShow(annotation.id)}
            className="rounded px-2 py-0.5 font-medium text-stone-800 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600"
          >
            Show in text
          </button>
        )}
      </p>
    </article>
  );
});
