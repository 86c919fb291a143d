"use client";

import { useId, useState, type DragEvent } from "react";
import { ACCEPTED_FILES } from "./read-article-file";

/** A file chooser that also takes a dropped file. The button is the keyboard way in; the drop area only adds to it. */
export function FileDrop({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const inputId = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      data-testid="file-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={`rounded-lg border-2 border-dashed p-8 text-center ${over ? "border-blue-700 bg-blue-50" : "border-stone-300 bg-white"}`}
    >
      <p className="text-stone-800">Drop a .txt, .md or .html file here, or</p>
      <label
        htmlFor={inputId}
        className="mt-3 inline-flex cursor-pointer items-center rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-900 hover:bg-stone-100 focus-within:ring-2 focus-within:ring-blue-600"
      >
        Choose a file…
        <input
          id={inputId}
          type="file"
          accept={ACCEPTED_FILES}
          className="sr-only"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = "";
          }}
        />
      </label>
      <p className="mt-3 text-xs text-stone-600">
        Up to 10 MB. A saved web page is reduced to its article text and details.
      </p>
    </div>
  );
}
