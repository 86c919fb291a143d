"use client";

import { useEffect, useState } from "react";
import type { HistoryEvent } from "@/lib/contracts/history";
import { describeChanges, fieldLabel } from "@/lib/audit/describe-change";
import { formatDateTime } from "@/lib/text/format-date";
import { historyRequest } from "./review-api";

const ACTION: Record<string, string> = {
  "annotation.create": "created it",
  "annotation.import": "imported it",
  "annotation.update": "edited it",
  "annotation.moderate": "edited it as a moderator",
  "annotation.delete": "deleted it",
  "annotation.moderate-delete": "deleted it as a moderator",
  "annotation.restore": "restored it",
  "annotation.reworded": "revised the article, which changed the quoted words (back to review)",
  "annotation.settle": "settled it",
  "annotation.auto-approve": "approved it by the team rule",
  "review.create": "reviewed it",
  "review.change": "changed their review",
  "reply.create": "replied",
  "reply.update": "edited a reply",
  "reply.delete": "deleted a reply",
  // What an import brought in is history from elsewhere: who did it there is in the fields.
  "review.import": "imported a review",
  "reply.import": "imported a reply",
};

const FIELDS = [
  "status",
  "note",
  "sources",
  "target",
  "reviewState",
  "verdict",
  "reason",
  "proposedStatus",
  "comment",
  "body",
  "author",
  "reviewer",
  "settledBy",
] as const;

/** What stands in for a text the viewer may not read (the server leaves it out). */
const WITHHELD: Record<string, string> = {
  note: "not shown: only the author and moderators see earlier versions",
  body: "hidden (the reply was deleted)",
};

/** Who changed what and when, with before and after for each changed field it may show. */
export function HistoryList({ annotationId }: { annotationId: string }) {
  const [events, setEvents] = useState<HistoryEvent[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void historyRequest(annotationId).then((result) =>
      result.ok ? setEvents(result.data.events) : setError(result.error.message),
    );
  }, [annotationId]);
  if (!events) return <p className="text-xs text-stone-600">{error ?? "Loading the history…"}</p>;
  return (
    <ol aria-label="History" className="space-y-2 text-xs">
      {events.map((event) => {
        const changed = describeChanges(
          event.before as Record<string, unknown> | null,
          event.after as Record<string, unknown> | null,
          FIELDS,
        );
        return (
          <li key={event.id} className="border-l-2 border-stone-200 pl-2">
            <p className="text-stone-700">
              <span className="font-medium text-stone-900">{event.actor?.name ?? "Factmark"}</span>{" "}
              {ACTION[event.action] ?? event.action}
              {event.onPreviousVersion && (
                <span className="italic"> (on a previous version)</span>
              )}{" "}
              · <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
            </p>
            {changed.length + event.redacted.length > 0 && (
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-stone-700">
                {changed.map((change) => (
                  <div key={change.field} className="contents">
                    <dt className="font-medium">{change.label}</dt>
                    <dd>
                      {change.before !== null && (
                        <del className="text-red-800">{change.before}</del>
                      )}{" "}
                      <ins className="text-green-800 no-underline">{change.after}</ins>
                    </dd>
                  </div>
                ))}
                {event.redacted.map((field) => (
                  <div key={field} className="contents">
                    <dt className="font-medium">{fieldLabel(field)}</dt>
                    <dd className="italic text-stone-600">{WITHHELD[field] ?? "hidden"}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
