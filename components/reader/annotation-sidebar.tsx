"use client";

import { memo, useEffect, useRef, useState } from "react";
import { SIDEBAR_PAGE } from "@/lib/contracts/outline";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { AnnotationCard } from "./annotation-card";
import { AnnotationCardPlaceholder } from "./annotation-card-placeholder";
import type { StoredAnnotation } from "./use-annotation-store";

type Viewer = { id: string; canAnnotate: boolean; isModerator: boolean };
type Props = {
  annotations: StoredAnnotation[];
  totalCount: number;
  selectedIds: string[];
  viewer: Viewer;
  canEdit: (annotation: AnnotationView) => boolean;
  onShow: (id: string) => void;
  onEdit: (annotation: AnnotationView) => void;
  onDelete: (annotation: AnnotationView) => void;
  onChanged: (annotation: AnnotationView) => void;
  /** Asks for the details of outline-only annotations the list is about to show. */
  onNeedDetails: (ids: string[]) => void;
  detailsError: string | null;
  onReattach: (annotation: AnnotationView) => void;
};

/** Cards are rendered a page at a time: thousands of annotations must not mean thousands of cards in the DOM. */
const PAGE = SIDEBAR_PAGE;

/**
 * Placed annotations in text order, then orphans (targets no longer in the text), never dropped.
 * Memoised: typing, hovering and scrolling elsewhere on the page do not re-render the list.
 */
export const AnnotationSidebar = memo(function AnnotationSidebar({
  annotations,
  totalCount,
  selectedIds,
  viewer,
  canEdit,
  onShow,
  onEdit,
  onDelete,
  onChanged,
  onNeedDetails,
  detailsError,
  onReattach,
}: Props) {
  const placed = annotations.filter((a) => !a.orphan);
  const orphans = annotations.filter((a) => a.orphan);
  const cards = useRef(new Map<string, HTMLElement>());
  const [shown, setShown] = useState(PAGE);
  const selected = new Set(selectedIds);
  const firstSelected = selectedIds[0];
  const selectedIndex = firstSelected ? placed.findIndex((a) => a.id === firstSelected) : -1;
  // A selection further down the list (a click in the text, a permalink) brings its card into the page.
  const limit = Math.max(shown, selectedIndex + 1);

  useEffect(() => {
    if (firstSelected)
      cards.current.get(firstSelected)?.scrollIntoView({ behavior: "smooth", block: "nearest" });
  }, [firstSelected, limit]);

  const shownIds = [...placed.slice(0, limit), ...orphans.slice(0, PAGE)].flatMap((a) =>
    a.partial ? [a.id] : [],
  );
  const missing = shownIds.join(",");
  useEffect(() => {
    if (missing) onNeedDetails(missing.split(","));
  }, [missing, onNeedDetails]);

  const setCardRef = (id: string) => (el: HTMLElement | null) => {
    if (el) cards.current.set(id, el);
    else cards.current.delete(id);
  };

  const renderCard = (annotation: StoredAnnotation) => (
    <li key={annotation.id}>
      {annotation.partial ? (
        <AnnotationCardPlaceholder
          ref={setCardRef(annotation.id)}
          annotation={annotation}
          isSelected={selected.has(annotation.id)}
          onShow={onShow}
        />
      ) : (
        <AnnotationCard
          ref={setCardRef(annotation.id)}
          annotation={annotation}
          isSelected={selected.has(annotation.id)}
          viewer={viewer}
          canEdit={canEdit(annotation)}
          onShow={onShow}
          onEdit={onEdit}
          onDelete={onDelete}
          onChanged={onChanged}
          onReattach={onReattach}
        />
      )}
    </li>
  );

  return (
    <section aria-label="Annotation list">
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-700">
        Annotations{" "}
        <span className="font-normal text-stone-600">
          ({placed.length === totalCount ? placed.length : `${placed.length} of ${totalCount}`})
        </span>
      </h2>
      {detailsError && (
        <p
          role="alert"
          className="mb-3 rounded-md border border-red-300 bg-red-50 p-2 text-sm text-red-900"
        >
          {detailsError}{" "}
          <button
            type="button"
            onClick={() => onNeedDetails(shownIds)}
            className="font-medium underline"
          >
            Try again
          </button>
        </p>
      )}
      {placed.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-4 text-sm text-stone-700">
          {orphans.length > 0 && totalCount === 0
            ? "None of the annotations can be placed in the current text: they are listed under Orphans below."
            : totalCount === 0
              ? "No annotations on this article yet."
              : "No annotations match the filters."}
        </p>
      ) : (
        <ol className="space-y-3">{placed.slice(0, limit).map(renderCard)}</ol>
      )}
      {placed.length > limit && (
        <button
          type="button"
          onClick={() => setShown(limit + PAGE)}
          className="mt-3 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-900 hover:bg-stone-100"
        >
          Show {Math.min(PAGE, placed.length - limit)} more of {placed.length - limit} remaining
        </button>
      )}
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-heading" className="mt-6">
          <h2
            id="orphans-heading"
            className="mb-1 text-sm font-semibold uppercase tracking-wide text-stone-700"
          >
            Orphans <span className="font-normal text-stone-600">({orphans.length})</span>
          </h2>
          <p className="mb-3 text-xs text-stone-600">
            Their quoted text is no longer in the article, so they cannot be placed. Re-attach one
            by selecting the text it refers to now.
          </p>
          <ol className="space-y-3">{orphans.slice(0, PAGE).map(renderCard)}</ol>
        </section>
      )}
    </section>
  );
});
