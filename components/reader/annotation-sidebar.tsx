"use client";

import { useEffect, useRef } from "react";
import type { AnnotationView } from "@/lib/data/annotation-view";
import { AnnotationCard } from "./annotation-card";

type Props = {
  annotations: (AnnotationView & { pending?: boolean })[];
  totalCount: number;
  selectedIds: string[];
  viewer: { id: string; canAnnotate: boolean; isModerator: boolean };
  canEdit: (annotation: AnnotationView) => boolean;
  onChanged: (annotation: AnnotationView) => void;
  onShow: (id: string) => void;
  onEdit: (annotation: AnnotationView) => void;
  onDelete: (annotation: AnnotationView) => void;
  header?: React.ReactNode;
};

/** Placed annotations in text order, then orphans (targets no longer in the text), never dropped. */
export function AnnotationSidebar({ annotations, totalCount, selectedIds, viewer, canEdit, onShow, onEdit, onDelete, onChanged, header }: Props) {
  const placed = annotations.filter((a) => !a.orphan);
  const orphans = annotations.filter((a) => a.orphan);
  const cards = useRef(new Map<string, HTMLElement>());
  const selected = new Set(selectedIds);

  useEffect(() => {
    const first = selectedIds[0];
    if (first) cards.current.get(first)?.scrollIntoView({ behavior: "smooth", block: "nearest" });
  }, [selectedIds]);

  const renderCard = (annotation: AnnotationView & { pending?: boolean }) => (
    <li key={annotation.id}>
      <AnnotationCard
        ref={(el) => {
          if (el) cards.current.set(annotation.id, el);
          else cards.current.delete(annotation.id);
        }}
        annotation={annotation}
        isSelected={selected.has(annotation.id)}
        viewer={viewer}
        canEdit={canEdit(annotation)}
        onChanged={onChanged}
        onShow={onShow}
        onEdit={onEdit}
        onDelete={onDelete}
      />
    </li>
  );

  return (
    <aside aria-label="Annotations" className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-1">
      {header}
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-stone-700">
        Annotations{" "}
        <span className="font-normal text-stone-600">
          ({placed.length === totalCount ? placed.length : `${placed.length} of ${totalCount}`})
        </span>
      </h2>
      {placed.length === 0 ? (
        <p className="rounded-lg border border-dashed border-stone-300 p-4 text-sm text-stone-700">
          {totalCount === 0 ? "No annotations on this article yet." : "No annotations match the filters."}
        </p>
      ) : (
        <ol className="space-y-3">{placed.map(renderCard)}</ol>
      )}
      {orphans.length > 0 && (
        <section aria-labelledby="orphans-heading" className="mt-6">
          <h2 id="orphans-heading" className="mb-1 text-sm font-semibold uppercase tracking-wide text-stone-700">
            Orphans <span className="font-normal text-stone-600">({orphans.length})</span>
          </h2>
          <p className="mb-3 text-xs text-stone-600">Their quoted text is no longer in the article, so they cannot be placed.</p>
          <ol className="space-y-3">{orphans.map(renderCard)}</ol>
        </section>
      )}
    </aside>
  );
}
