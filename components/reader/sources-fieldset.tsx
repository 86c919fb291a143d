"use client";

import type { SourceDraft } from "./annotation-api";

type Props = { sources: SourceDraft[]; errors: Record<number, string> ; onChange: (sources: SourceDraft[]) => void; idPrefix: string };

const EMPTY: SourceDraft = { url: "", title: "", quote: "" };
const INPUT = "block w-full rounded-md border border-stone-300 bg-white px-2 py-1 text-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30";

export function SourcesFieldset({ sources, errors, onChange, idPrefix }: Props) {
  const set = (index: number, field: keyof SourceDraft, value: string) => onChange(sources.map((s, i) => (i === index ? { ...s, [field]: value } : s)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-stone-800">Sources</legend>
      {sources.length === 0 && <p className="text-xs text-stone-600">No sources yet. A sourced annotation needs at least one.</p>}
      <ol className="space-y-3">
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
              <input id={`${id}-title`} value={source.title} onChange={(e) => set(i, "title", e.target.value)} className={INPUT} />
              <label htmlFor={`${id}-quote`} className="block text-xs font-medium text-stone-700">
                Quoted passage
              </label>
              <textarea id={`${id}-quote`} rows={2} value={source.quote} onChange={(e) => set(i, "quote", e.target.value)} className={INPUT} />
              <button
                type="button"
                onClick={() => onChange(sources.filter((_, j) => j !== i))}
                className="text-xs font-medium text-red-800 underline hover:no-underline"
              >
                Remove source {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        onClick={() => onChange([...sources, { ...EMPTY }])}
        className="rounded-md border border-stone-300 bg-white px-3 py-1 text-sm font-medium text-stone-800 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600"
      >
        Add source
      </button>
    </fieldset>
  );
}
