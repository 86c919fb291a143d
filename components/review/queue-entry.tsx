"use client";

import { PersonName } from "@/components/ui/person-name";
import { shorten } from "@/lib/text/shorten";
import Link from "next/link";
import { forwardRef, useState } from "react";
import { NoteMarkdown } from "@/components/reader/note-markdown";
import { REVIEW_STATE_LABEL } from "@/components/ui/review-state-labels";
import { StatusBadge } from "@/components/ui/status-badge";
import type { QueueItem } from "@/lib/contracts/review-queue";
import { dueLabel } from "@/lib/text/due-label";
import { formatDateTime } from "@/lib/text/format-date";

type Props = {
  item: QueueItem;
  isActive: boolean;
  form: "disagree" | "reply" | null;
  onFocus: () => void;
  onAgree: () => void;
  onOpenForm: (kind: "disagree" | "reply") => void;
  onCloseForm: () => void;
  onSubmitForm: (kind: "disagree" | "reply", text: string) => void;
};

const BUTTON =
  "rounded-md border border-stone-300 px-2 py-1 text-xs font-medium text-stone-900 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600";

export const QueueEntry = forwardRef<HTMLLIElement, Props>(function QueueEntry(
  { item, isActive, form, onFocus, onAgree, onOpenForm, onCloseForm, onSubmitForm },
  ref,
) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <li
      ref={ref}
      tabIndex={0}
      onFocus={onFocus}
      data-queue-item={item.id}
      aria-current={isActive ? "true" : undefined}
      aria-label={`${item.status} annotation by ${item.author.name} on ${item.article.title}`}
      className={`rounded-lg border bg-white p-4 shadow-sm focus:outline-none ${isActive ? "border-blue-600 ring-2 ring-blue-600/30" : "border-stone-200"}`}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={item.status} />
        <span className="font-medium text-stone-900">
          <PersonName person={item.author} />
        </span>
        <span className="text-stone-600">on</span>
        <Link
          href={`/articles/${item.article.id}?annotation=${item.id}`}
          className="font-medium text-blue-800 underline"
          tabIndex={-1}
        >
          {item.article.title}
        </Link>
        {item.assignment && (
          <span
            data-testid="queue-assignment"
            className={`rounded px-2 py-0.5 text-xs font-medium ${item.assignment.overdue ? "bg-red-100 text-red-950" : "bg-blue-50 text-blue-950"}`}
          >
            Assigned to you{item.assignment.wholeArticle ? " (the whole article)" : ""} by{" "}
            {item.assignment.assignedBy}
            {dueLabel(item.assignment) ? ` · ${dueLabel(item.assignment)}` : ""}
          </span>
        )}
        {item.reason === "to-settle" && (
          <span className="rounded bg-yellow-100 px-2 py-0.5 text-xs font-medium text-yellow-950">
            Disputed by a reviewer: waiting for settlement
          </span>
        )}
        <span className="ml-auto text-xs text-stone-600">
          {REVIEW_STATE_LABEL[item.reviewState]} ·{" "}
          <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
        </span>
      </div>
      <blockquote className="mt-2 border-l-2 border-stone-300 pl-2 font-serif text-sm italic text-stone-700">
        {shorten(item.quote, 240)}
      </blockquote>
      {item.note && (
        <div className="mt-2 line-clamp-3">
          <NoteMarkdown text={item.note} />
        </div>
      )}
      <p className="mt-2 text-xs text-stone-600">
        ✓ {item.agreements} agree · ✗ {item.disagreements} disagree
        {item.previousVersionReviews > 0 &&
          ` (+${item.previousVersionReviews} on a previous version)`}{" "}
        · {item.replyCount} repl{item.replyCount === 1 ? "y" : "ies"}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          tabIndex={-1}
          onClick={onAgree}
          className={BUTTON}
          aria-keyshortcuts="a"
        >
          Agree (a)
        </button>
        <button
          type="button"
          tabIndex={-1}
          onClick={() => onOpenForm("disagree")}
          className={BUTTON}
          aria-keyshortcuts="x"
        >
          Disagree (x)
        </button>
        <button
          type="button"
          tabIndex={-1}
          onClick={() => onOpenForm("reply")}
          className={BUTTON}
          aria-keyshortcuts="r"
        >
          Reply (r)
        </button>
      </div>
      {form && (
        <form
          className="mt-3 space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim())
              return setError(
                form === "disagree" ? "Say why you disagree." : "Write a reply first.",
              );
            onSubmitForm(form, text.trim());
            setText("");
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") onCloseForm();
          }}
        >
          <label
            htmlFor={`queue-${form}-${item.id}`}
            className="block text-xs font-medium text-stone-800"
          >
            {form === "disagree" ? "Why do you disagree?" : "Reply"}
          </label>
          <textarea
            id={`queue-${form}-${item.id}`}
            autoFocus
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.ctrlKey || event.metaKey))
                event.currentTarget.form?.requestSubmit();
            }}
            className="block w-full rounded border border-stone-300 px-2 py-1 text-sm"
          />
          {error && (
            <p role="alert" className="text-xs text-red-800">
              {error}
            </p>
          )}
          <button
            type="submit"
            className="rounded-md bg-stone-900 px-3 py-1 text-xs font-medium text-white"
          >
            {form === "disagree" ? "Send disagreement" : "Post reply"}
          </button>{" "}
          <button type="button" onClick={onCloseForm} className={BUTTON}>
            Cancel
          </button>
        </form>
      )}
    </li>
  );
});
