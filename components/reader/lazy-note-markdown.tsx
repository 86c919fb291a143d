"use client";

import { lazy, Suspense } from "react";

const NoteMarkdown = lazy(() =>
  import("./note-markdown").then((m) => ({ default: m.NoteMarkdown })),
);

/**
 * react-markdown and its parser are a large share of the reading page's script. Cards arrive as
 * server HTML with their notes already rendered, so the parser loads on the side: the article text
 * and its highlights never wait for it. A card rendered in the browser before it has loaded shows
 * the note's plain text for that moment (as text, never as HTML).
 */
export function LazyNoteMarkdown({ text }: { text: string }) {
  return (
    <Suspense
      fallback={
        <p className="whitespace-pre-line text-sm leading-relaxed text-stone-800">{text}</p>
      }
    >
      <NoteMarkdown text={text} />
    </Suspense>
  );
}
