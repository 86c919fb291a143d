"use client";

import { forwardRef } from "react";
import { NoteMarkdown } from "./note-markdown";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AnnotationView } from "@/lib/data/annotation-view";
import { formatDateTime } from "@/lib/text/format-date";

type Props = { annotation: AnnotationView; isSelected: boolean; isOwn: boolean; onShow: (id: string) => void };

const REVIEW_STATE_LABEL = { open: "Open", approved: "Approved", rejected: "Rejected", changes_requested: "Changes requested" } as const;

export const AnnotationCard = forwardRef<HTMLElement, Props>(function AnnotationCard({ annotation, isSelected, isOwn, onShow }, ref) {
  const quote = annotation.target.exact;
  return (
    <article
      ref={ref}
      data-annotation-id={annotation.id}
      data-status={annotation.status}
      aria-labelledby={`card-${annotation.id}-title`}
      className={`rounded-lg border bg-white p-3 shadow-sm transition-colors ${isSelected ? "border-blue-600 ring-2 ring-blue-600/30" : "border-stone-200"}`}
    >
      <header className="flex flex-wrap items-center gap-2">
        <StatusBadge status={annotation.status} />
        <h3 id={`card-${annotation.id}-title`} className="text-sm font-medium text-stone-900">
          {annotation.author.name}
          {isOwn && <span className="ml-1 text-xs font-normal text-stone-600">(you)</span>}
        </h3>
        <span className="ml-auto text-xs text-stone-600">{REVIEW_STATE_LABEL[annotation.reviewState]}</span>
      </header>
      <blockquote className="mt-2 border-l-2 border-stone-300 pl-2 font-serif text-sm italic text-stone-700">
        {quote.length > 180 ? `${quote.slice(0, 180)}…` : quote}
      </blockquote>
      {annotation.note && (
        <div className="mt-2">
          <NoteMarkdown text={annotation.note} />
        </div>
      )}
      {annotation.sources.length > 0 && (
        <div className="mt-2">
          <h4 className="text-xs font-semibold uppercase tracking-wide text-stone-600">Sources</h4>
          <ul className="mt-1 space-y-1 text-sm">
            {annotation.sources.map((source, i) => (
              <li key={i}>
                <a href={source.url} target="_blank" rel="noopener noreferrer nofollow ugc" className="text-blue-800 underline break-words">
                  {source.title || source.url}
                </a>
                {source.quote && <q className="block text-xs text-stone-700">{source.quote}</q>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <footer className="mt-2 flex items-center gap-3 text-xs text-stone-600">
        <time dateTime={annotation.createdAt}>{formatDateTime(annotation.createdAt)}</time>
        {!annotation.orphan && (
          <button
            type="button"
            onClick={() => onShow(annotation.id)}
            className="ml-auto rounded px-2 py-0.5 font-medium text-blue-800 hover:bg-blue-50 focus-visible:ring-2 focus-visible:ring-blue-600"
          >
            Show in text
          </button>
        )}
      </footer>
    </article>
  );
});
