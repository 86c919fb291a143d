import { useEffect, useRef, useState } from "react";
import { MAX_NOTE_CHARS } from "@/lib/validation/constants";
import { NoteMarkdown } from "./note-markdown";

/** The note in Markdown, with a preview of how it will read and a counter near the limit. */
export function NoteField({
  id,
  note,
  error,
  onChange,
}: {
  id: string;
  note: string;
  error: string | undefined;
  onChange: (note: string) => void;
}) {
  const [preview, setPreview] = useState(false);
  // The counter appears before the limit bites, not after (the textarea stops at it).
  const nearLimit = note.length >= MAX_NOTE_CHARS * 0.8;
  const noteRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const field = noteRef.current;
    if (!field) return;
    field.focus();
    // Editing goes on where the note ends.
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <label htmlFor={`${id}-note`} className="text-sm font-medium text-stone-800">
          Note
        </label>
        <span className="text-xs text-stone-600">Markdown</span>
        <button
          type="button"
          aria-pressed={preview}
          onClick={() => setPreview((p) => !p)}
          className="ml-auto rounded px-2 py-0.5 text-xs font-medium text-blue-800 hover:bg-blue-50"
        >
          {preview ? "Write" : "Preview"}
        </button>
      </div>
      <textarea
        ref={noteRef}
        id={`${id}-note`}
        name="note"
        rows={5}
        maxLength={MAX_NOTE_CHARS}
        value={note}
        hidden={preview}
        aria-invalid={error ? true : undefined}
        aria-describedby={nearLimit ? `${id}-note-count` : undefined}
        onChange={(e) => onChange(e.target.value)}
        className="block w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm leading-relaxed focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30"
      />
      {preview && (
        <div
          className="min-h-24 rounded-md border border-dashed border-stone-300 p-2"
          aria-label="Note preview"
        >
          {note.trim() ? (
            <NoteMarkdown text={note} />
          ) : (
            <p className="text-sm text-stone-600">Nothing to preview.</p>
          )}
        </div>
      )}
      {nearLimit && (
        <p
          id={`${id}-note-count`}
          aria-live="polite"
          className={`text-xs ${note.length >= MAX_NOTE_CHARS ? "font-medium text-red-800" : "text-stone-700"}`}
        >
          {note.length.toLocaleString("en")} of {MAX_NOTE_CHARS.toLocaleString("en")} characters
        </p>
      )}
      {error && <p className="text-xs text-red-800">{error}</p>}
    </div>
  );
}
