"use client";

import { StatusBadge } from "@/components/ui/status-badge";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { LazyNoteMarkdown as NoteMarkdown } from "./lazy-note-markdown";

export type Conflict = { theirs: AnnotationView | null };

/** Shown when an edit was refused with 409: the other version, and a choice. Never a silent overwrite. */
export function ConflictNotice({
  conflict,
  onResolve,
}: {
  conflict: Conflict;
  onResolve: (choice: "mine" | "theirs") => void;
}) {
  const { theirs } = conflict;
  return (
    <section
      role="alert"
      aria-label="Edit conflict"
      className="space-y-2 rounded-md border border-yellow-400 bg-yellow-50 p-3 text-sm text-yellow-950"
    >
      {theirs ? (
        <>
          <p className="font-medium">
            Someone else changed this annotation while you were editing. Their version:
          </p>
          <div className="space-y-1 rounded border border-yellow-300 bg-white p-2 text-stone-900">
            <StatusBadge status={theirs.status} />
            {theirs.note ? (
              <NoteMarkdown text={theirs.note} />
            ) : (
              <p className="text-xs text-stone-600">No note.</p>
            )}
            <p className="text-xs text-stone-600">
              {theirs.sources.length} source{theirs.sources.length === 1 ? "" : "s"}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => onResolve("mine")}
              className="rounded-md bg-stone-900 px-3 py-1 font-medium text-white hover:bg-stone-700"
            >
              Save mine over theirs
            </button>
            <button
              type="button"
              onClick={() => onResolve("theirs")}
              className="rounded-md border border-stone-300 bg-white px-3 py-1 font-medium text-stone-900 hover:bg-stone-100"
            >
              Discard mine, keep theirs
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="font-medium">This annotation was deleted while you were editing it.</p>
          <button
            type="button"
            onClick={() => onResolve("theirs")}
            className="rounded-md border border-stone-300 bg-white px-3 py-1 font-medium text-stone-900 hover:bg-stone-100"
          >
            Close the editor
          </button>
        </>
      )}
    </section>
  );
}
