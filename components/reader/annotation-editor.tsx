"use client";

import { useId, useState } from "react";
import { shorten } from "@/lib/text/shorten";
import type { AnnotationDraft } from "./annotation-api";
import { ConflictNotice, type Conflict } from "./conflict-notice";
import {
  hasErrors,
  validateDraft,
  withoutEmptySources,
  type DraftErrors,
} from "./editor-validation";
import { NoteField } from "./note-field";
import { SourcesFieldset } from "./sources-fieldset";
import { StatusChoice } from "./status-choice";
import { useLeaveWarning } from "@/components/ui/use-leave-warning";

type Props = {
  mode: "create" | "edit";
  quote: string;
  /** The starting values; typing stays inside the editor so the page does not re-render per keystroke. */
  initialDraft: AnnotationDraft;
  onSave: (draft: AnnotationDraft) => void;
  onCancel: () => void;
  error?: string;
  fieldErrors?: Record<string, string[]>;
  conflict?: Conflict;
  onResolveConflict?: (choice: "mine" | "theirs", draft: AnnotationDraft) => void;
  saving?: boolean;
  /** Each change, to keep a copy in this browser until it is saved. */
  onDraftChange?: (draft: AnnotationDraft) => void;
  /** The draft came back from this browser's storage (at this time). */
  restoredAt?: string;
};

export function AnnotationEditor({
  mode,
  quote,
  initialDraft,
  onSave,
  onCancel,
  error,
  fieldErrors,
  conflict,
  onResolveConflict,
  saving,
  onDraftChange,
  restoredAt,
}: Props) {
  const id = useId();
  const [draft, setDraft] = useState(initialDraft);
  const [errors, setErrors] = useState<DraftErrors | null>(null);

  const dirty = restoredAt !== undefined || JSON.stringify(draft) !== JSON.stringify(initialDraft);
  useLeaveWarning(dirty);

  const update = (changes: Partial<AnnotationDraft>) => {
    const next = { ...draft, ...changes };
    setDraft(next);
    onDraftChange?.(next);
    if (errors) setErrors(validateDraft(withoutEmptySources(next)));
  };

  const submit = () => {
    const cleaned = withoutEmptySources(draft);
    const found = validateDraft(cleaned);
    setErrors(found);
    if (hasErrors(found)) return;
    onSave(cleaned);
  };

  const sourcesError = errors?.sources ?? fieldErrors?.sources?.[0];
  return (
    <form
      aria-labelledby={`${id}-title`}
      className="space-y-4 rounded-lg border border-blue-600 bg-white p-4 shadow-md"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          submit();
        }
        if (event.key === "Escape") {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h2 id={`${id}-title`} className="text-sm font-semibold text-stone-900">
        {mode === "create" ? "New annotation" : "Edit annotation"}
      </h2>
      <blockquote className="border-l-2 border-stone-300 pl-2 font-serif text-sm italic text-stone-700">
        {shorten(quote, 240)}
      </blockquote>
      {error && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          {error}
        </p>
      )}
      {restoredAt && (
        <p
          role="status"
          className="rounded-md border border-blue-300 bg-blue-50 px-3 py-2 text-sm text-blue-950"
        >
          Restored your unsaved draft from{" "}
          {new Date(restoredAt).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" })}
          .{" "}
          <button
            type="button"
            onClick={onCancel}
            className="font-medium underline hover:no-underline"
          >
            Discard it
          </button>
        </p>
      )}
      {conflict && onResolveConflict && (
        <ConflictNotice
          conflict={conflict}
          onResolve={(choice) => onResolveConflict(choice, draft)}
        />
      )}

      <StatusChoice status={draft.status} onChange={(status) => update({ status })} />

      <NoteField
        id={id}
        note={draft.note}
        error={errors?.note}
        onChange={(note) => update({ note })}
      />

      <SourcesFieldset
        idPrefix={id}
        sources={draft.sources}
        errors={errors?.sourceRows ?? {}}
        onChange={(sources) => update({ sources })}
      />
      {sourcesError && (
        <p role="alert" className="text-sm text-red-800">
          {sourcesError}
        </p>
      )}

      <div className="flex flex-wrap items-center gap-2 border-t border-stone-200 pt-3">
        <button
          type="submit"
          disabled={saving}
          className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700 disabled:bg-stone-400 focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2"
        >
          {saving ? "Saving…" : "Save"}
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded-md border border-stone-300 px-4 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600"
        >
          Cancel
        </button>
        <span className="ml-auto text-xs text-stone-600">
          <kbd className="rounded border border-stone-300 px-1">Ctrl</kbd>+
          <kbd className="rounded border border-stone-300 px-1">Enter</kbd> saves
        </span>
      </div>
    </form>
  );
}
