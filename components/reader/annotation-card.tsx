"use client";

import { forwardRef } from "react";
import { AssignControls } from "@/components/assignments/assign-controls";
import { shorten } from "@/lib/text/shorten";
import { ImportedMark, PersonName } from "@/components/ui/person-name";
import { REVIEW_STATE_LABEL } from "@/components/ui/review-state-labels";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { formatDateTime } from "@/lib/text/format-date";
import { actsOn, cardName } from "./annotation-names";
import { CardPanels } from "./card-panels";
import { LazyNoteMarkdown as NoteMarkdown } from "./lazy-note-markdown";
import { ReviewControls } from "./review-controls";
import { RewordedNotice } from "./reworded-notice";
import { SettleControls } from "./settle-controls";

type Props = {
  annotation: AnnotationView & { pending?: boolean };
  isSelected: boolean;
  viewer: { id: string; canAnnotate: boolean; isModerator: boolean };
  canEdit: boolean;
  onShow: (id: string) => void;
  onEdit: (annotation: AnnotationView) => void;
  onDelete: (annotation: AnnotationView) => void;
  onChanged: (annotation: AnnotationView) => void;
  /** Orphans only: start choosing the text it belongs to now. */
  onReattach?: (annotation: AnnotationView) => void;
};

const ACTION =
  "rounded px-2 py-0.5 font-medium hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600";

export const AnnotationCard = forwardRef<HTMLElement, Props>(function AnnotationCard(
  { annotation, isSelected, viewer, canEdit, onShow, onEdit, onDelete, onChanged, onReattach },
  ref,
) {
  const isOwn = annotation.author.id === viewer.id;
  // Nobody reviews their own: one they own here (an import's owner is the importer), nor one credited to them.
  const canReview = viewer.canAnnotate && !isOwn && annotation.ownerId !== viewer.id;
  const quote = annotation.target.exact;
  const sourceCount = annotation.sources.length;
  return (
    <article
      ref={ref}
      data-annotation-id={annotation.id}
      data-status={annotation.status}
      // Focus lands here from the text (Enter on a highlight), and after actions on the card.
      tabIndex={-1}
      aria-label={cardName(annotation)}
      aria-busy={annotation.pending || undefined}
      // The ring says "selected" to the eye; this says it to a screen reader.
      aria-current={isSelected || undefined}
      className={`rounded-lg border bg-white p-3 shadow-sm transition-colors ${isSelected ? "border-blue-600 ring-2 ring-blue-600/30" : "border-stone-200"} ${annotation.pending ? "opacity-70" : ""}`}
    >
      <header className="flex flex-wrap items-center gap-2">
        <StatusBadge status={annotation.status} />
        <h3 id={`card-${annotation.id}-title`} className="text-sm font-medium text-stone-900">
          <PersonName person={annotation.author} />
          {isOwn && (
            <span className="ml-1 rounded bg-blue-50 px-1 text-xs font-normal text-blue-900">
              you
            </span>
          )}
        </h3>
        <span className="ml-auto text-xs text-stone-600" data-testid="review-state">
          {annotation.pending ? "Saving…" : REVIEW_STATE_LABEL[annotation.reviewState]}
        </span>
      </header>
      <blockquote className="mt-2 border-l-2 border-stone-300 pl-2 font-serif text-sm italic text-stone-700">
        {shorten(quote, 180)}
      </blockquote>
      {annotation.anchorState === "changed" && annotation.exactBefore && (
        <RewordedNotice before={annotation.exactBefore} />
      )}
      {annotation.tags.length > 0 && (
        <ul aria-label="Tags" className="mt-2 flex flex-wrap gap-1">
          {annotation.tags.map((tag) => (
            <li key={tag} className="rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-800">
              {tag}
            </li>
          ))}
        </ul>
      )}
      {annotation.note && (
        <div className={`mt-2 ${isSelected ? "" : "line-clamp-4"}`}>
          <NoteMarkdown text={annotation.note} />
        </div>
      )}
      {sourceCount > 0 && (
        <details className="mt-2 text-sm" open={isSelected}>
          <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-stone-600">
            {sourceCount} source{sourceCount === 1 ? "" : "s"}
          </summary>
          <ul className="mt-1 space-y-1">
            {annotation.sources.map((source, i) => (
              <li key={i}>
                <a
                  href={source.url}
                  target="_blank"
                  rel="noopener noreferrer nofollow ugc"
                  className="break-words text-blue-800 underline"
                >
                  {source.title || source.url}
                </a>
                {source.quote && <q className="block text-xs text-stone-700">{source.quote}</q>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {annotation.settlement && annotation.reviewState !== "open" && (
        <p className="mt-2 text-xs text-stone-700">
          {REVIEW_STATE_LABEL[annotation.reviewState]} by{" "}
          {annotation.settlement.by ? (
            <PersonName person={annotation.settlement.by} />
          ) : (
            "the team rule"
          )}
          {annotation.settlement.comment &&
            (annotation.settlement.by ? (
              <>: “{annotation.settlement.comment}”</>
            ) : (
              <> ({annotation.settlement.comment})</>
            ))}
          <ImportedMark imported={annotation.settlement.imported} />
        </p>
      )}
      <footer className="mt-2 flex flex-wrap items-center gap-1 text-xs text-stone-600">
        <time dateTime={annotation.createdAt} className="mr-auto">
          {formatDateTime(annotation.createdAt)}
        </time>
        {!annotation.orphan && (
          <button
            type="button"
            onClick={() => onShow(annotation.id)}
            className={`${ACTION} text-blue-800`}
            aria-label={`Show in text: ${actsOn(annotation)}`}
          >
            Show in text
          </button>
        )}
        {canEdit && !annotation.pending && (
          <>
            {annotation.orphan && onReattach && (
              <button
                type="button"
                onClick={() => onReattach(annotation)}
                className={`${ACTION} text-blue-800`}
                aria-label={`Re-attach ${actsOn(annotation)}`}
              >
                Re-attach
              </button>
            )}
            <button
              type="button"
              onClick={() => onEdit(annotation)}
              className={`${ACTION} text-stone-800`}
              aria-label={`Edit ${actsOn(annotation)}`}
            >
              Edit
            </button>
            <button
              type="button"
              onClick={() => onDelete(annotation)}
              className={`${ACTION} text-red-800`}
              aria-label={`Delete ${actsOn(annotation)}`}
            >
              Delete
            </button>
          </>
        )}
      </footer>
      {!annotation.pending && (
        <>
          <ReviewControls
            annotation={annotation}
            currentUserId={viewer.id}
            canReview={canReview}
            onChanged={onChanged}
          />
          {viewer.isModerator && <SettleControls annotation={annotation} onChanged={onChanged} />}
          {viewer.isModerator && (
            <AssignControls
              kind="annotation"
              targetId={annotation.id}
              label="Assign…"
              accessibleName={`Assign ${actsOn(annotation)}…`}
            />
          )}
          <CardPanels
            annotation={annotation}
            currentUserId={viewer.id}
            canReply={viewer.canAnnotate}
            isModerator={viewer.isModerator}
          />
        </>
      )}
    </article>
  );
});
