"use client";

import { PersonName } from "@/components/ui/person-name";
import { useEffect, useState } from "react";
import type { ReplyView } from "@/lib/contracts/reply";
import { MAX_REPLY_CHARS } from "@/lib/validation/constants";
import { formatDateTime } from "@/lib/text/format-date";
import { clearDraft, loadDraft, replyDraftScope, saveDraft } from "./local-drafts";
import { LazyNoteMarkdown as NoteMarkdown } from "./lazy-note-markdown";
import {
  createReplyRequest,
  deleteReplyRequest,
  listRepliesRequest,
  updateReplyRequest,
} from "./review-api";
import { useLeaveWarning } from "@/components/ui/use-leave-warning";

type Props = {
  annotationId: string;
  currentUserId: string;
  canReply: boolean;
  isModerator: boolean;
};

/** The discussion on one annotation: replies in order, Markdown rendered safely, deleted ones kept as placeholders. */
export function ReplyThread({ annotationId, currentUserId, canReply, isModerator }: Props) {
  const [replies, setReplies] = useState<ReplyView[] | null>(null);
  // An unsaved reply is kept in this browser until it is posted: a reload or a visit elsewhere loses nothing.
  const scope = replyDraftScope(annotationId);
  const [restored] = useState(() =>
    loadDraft(scope, (v): v is string => typeof v === "string" && v.trim() !== ""),
  );
  const [draft, setDraftState] = useState(restored ?? "");
  const setDraft = (value: string) => {
    setDraftState(value);
    if (value.trim()) saveDraft(scope, value);
    else clearDraft(scope);
  };
  useLeaveWarning(draft.trim() !== "");
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void listRepliesRequest(annotationId).then((result) => {
      if (!current) return;
      if (result.ok) setReplies(result.data.replies);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [annotationId, generation]);

  const act = async (
    request: Promise<{ ok: boolean; error?: { message: string } }>,
    after?: () => void,
  ) => {
    setError(null);
    const result = await request;
    if (!result.ok) return setError(result.error?.message ?? "Failed");
    after?.();
    setGeneration((g) => g + 1);
  };

  if (!replies)
    return <p className="text-xs text-stone-600">{error ?? "Loading the discussion…"}</p>;
  return (
    <div role="group" aria-label="Discussion" className="space-y-2 text-sm">
      {replies.length === 0 && <p className="text-xs text-stone-600">No replies yet.</p>}
      <ol className="space-y-2">
        {replies.map((reply) => (
          <li
            key={reply.id}
            className={`rounded-md border border-stone-200 p-2 ${reply.parentId ? "ml-4" : ""}`}
          >
            <p className="text-xs text-stone-600">
              <span className="font-medium text-stone-900">
                <PersonName person={reply.author} />
              </span>{" "}
              · <time dateTime={reply.createdAt}>{formatDateTime(reply.createdAt)}</time>
              {reply.edited && !reply.deleted && " · edited"}
            </p>
            {reply.deleted ? (
              <p className="text-xs italic text-stone-600">This reply was deleted.</p>
            ) : editing?.id === reply.id ? (
              <form
                className="mt-1 space-y-1"
                onSubmit={(e) => {
                  e.preventDefault();
                  void act(updateReplyRequest(reply.id, editing.body), () => setEditing(null));
                }}
              >
                <label className="sr-only" htmlFor={`edit-${reply.id}`}>
                  Edit reply
                </label>
                <textarea
                  id={`edit-${reply.id}`}
                  rows={2}
                  maxLength={MAX_REPLY_CHARS}
                  value={editing.body}
                  onChange={(e) => setEditing({ id: reply.id, body: e.target.value })}
                  className="block w-full rounded border border-stone-300 px-2 py-1"
                />
                <button
                  type="submit"
                  className="rounded bg-stone-900 px-2 py-0.5 text-xs font-medium text-white"
                >
                  Save reply
                </button>{" "}
                <button
                  type="button"
                  onClick={() => setEditing(null)}
                  className="rounded border border-stone-300 px-2 py-0.5 text-xs"
                >
                  Cancel
                </button>
              </form>
            ) : (
              <NoteMarkdown text={reply.body ?? ""} />
            )}
            {!reply.deleted &&
              canReply &&
              (reply.ownerId === currentUserId || isModerator) &&
              editing?.id !== reply.id && (
                <p className="mt-1 flex gap-2 text-xs">
                  <button
                    type="button"
                    onClick={() => setEditing({ id: reply.id, body: reply.body ?? "" })}
                    className="font-medium text-stone-700 underline"
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    onClick={() => void act(deleteReplyRequest(reply.id))}
                    className="font-medium text-red-800 underline"
                  >
                    Delete
                  </button>
                </p>
              )}
          </li>
        ))}
      </ol>
      {canReply && (
        <form
          className="space-y-1"
          onSubmit={(e) => {
            e.preventDefault();
            if (!draft.trim()) return setError("Write a reply first.");
            void act(createReplyRequest(annotationId, draft.trim()), () => setDraft(""));
          }}
          onKeyDown={(e) => {
            // Ctrl/Cmd+Enter posts, as in the review queue and the annotation editor.
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.currentTarget.requestSubmit();
            }
          }}
        >
          {restored && draft === restored && (
            <p role="status" className="text-xs text-blue-900">
              Restored your unsaved reply.
            </p>
          )}
          <label
            className="block text-xs font-medium text-stone-800"
            htmlFor={`reply-${annotationId}`}
          >
            Reply
          </label>
          <textarea
            id={`reply-${annotationId}`}
            rows={2}
            maxLength={MAX_REPLY_CHARS}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            className="block w-full rounded border border-stone-300 px-2 py-1"
          />
          <button
            type="submit"
            className="rounded-md bg-stone-900 px-2 py-1 text-xs font-medium text-white hover:bg-stone-700"
          >
            Post reply
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="text-xs text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
