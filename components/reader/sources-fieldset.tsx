"use client";

import { useEffect, useRef } from "react";
import { MAX_SOURCES } from "@/lib/validation/constants";
import type { SourceDraft } from "./annotation-api";

type Props = {
  sources: SourceDraft[];
  errors: Record<number, string>;
  onChange: (sources: SourceDraft[]) => void;
  idPrefix: string;
};

const EMPTY: SourceDraft = { url: "", title: "", quote: "" };
const INPUT =
  "block w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30";

export function SourcesFieldset({ sources, errors, onChange, idPrefix }: Props) {
  const set = (index: number, field: keyof SourceDraft, value: string) =>
    onChange(sources.map((s, i) => (i === index ? { ...s, [field]: value } : s)));
  // Focus follows the action: into the URL of a source just added, back to "Add source" after a removal.
  const pendingFocus = useRef<"new" | "add" | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pendingFocus.current === "new")
      list.current?.querySelector<HTMLInputElement>("li:last-child input[type=url]")?.focus();
    else if (pendingFocus.current === "add") addButton.current?.focus();
    pendingFocus.current = null;
  }, [sources.length]);
  const full = sources.length >= MAX_SOURCES;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-stone-800">Sources</legend>
      {sources.length === 0 && (
        <p className="text-xs text-stone-600">
          No sources yet. A sourced annotation needs at least one.
        </p>
      )}
      <ol ref={list} className="space-y-3">
        {sources.map((source, i) => {
          const id = `${idPrefix}-source-${i}`;
          return (
            <li key={i} className="space-y-1 rounded-md border border-stone-200 bg-stone-50 p-2">
              <label htmlFor={`${id}-url`} className="block text-xs font-medium text-stone-700">
                Source {i + 1} URL
              </label>
              <input
                id={`${id}-url`}
                type="url"
                inputMode="url"
                placeholder="https://"
                value={source.url}
                aria-invalid={errors[i] ? true : undefined}
                aria-describedby={errors[i] ? `${id}-error` : undefined}
                onChange={(e) => set(i, "url", e.target.value)}
                className={INPUT}
              />
              {errors[i] && (
                <p id={`${id}-error`} className="text-xs text-red-800">
                  {errors[i]}
                </p>
              )}
              <label htmlFor={`${id}-title`} className="block text-xs font-medium text-stone-700">
                Title
              </label>
              <input
                id={`${id}-title`}
                value={source.title}
                onChange={(e) => set(i, "title", e.target.value)}
                className={INPUT}
              />
              <label htmlFor={`${id}-quote`} className="block text-xs font-medium text-stone-700">
                Quoted passage
              </label>
              <textarea
                id={`${id}-quote`}
                rows={2}
                value={source.quote}
                onChange={(e) => set(i, "quote", e.target.value)}
                className={INPUT}
              />
              <button
                type="button"
                onClick={() => {
                  pendingFocus.current = "add";
                  onChange(sources.filter((_, j) => j !== i));
                }}
                className="text-xs font-medium text-red-800 underline hover:no-underline"
              >
                Remove source {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center gap-2">
        <button
          ref={addButton}
          type="button"
          disabled={full}
          aria-describedby={full ? `${idPrefix}-sources-full` : undefined}
          onClick={() => {
            pendingFocus.current = "new";
            onChange([...sources, { ...EMPTY }]);
          }}
          className="rounded-md border border-stone-300 bg-white px-3 py-1 text-sm font-medium text-stone-800 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600 disabled:cursor-not-allowed disabled:text-stone-500"
        >
          Add source
        </button>
        {full && (
          <span id={`${idPrefix}-sources-full`} className="text-xs text-stone-700">
            At most {MAX_SOURCES} sources on one annotation.
          </span>
        )}
      </div>
    </fieldset>
  );
}
