"use client";

import { useRouter } from "next/navigation";
import { useState, type ChangeEvent } from "react";
import { describeRefusal, type ErrorBody } from "./import-refusal";

type Report = {
  imported: number;
  exact: number;
  fuzzy: number;
  orphaned: number;
  messages: string[];
};

/** Imports a W3C Web Annotation or Hypothesis JSON file onto the article and says how each annotation was placed. */
export function ImportButton({ articleId }: { articleId: string }) {
  const router = useRouter();
  const [result, setResult] = useState<{ report?: Report; error?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    setResult(null);
    try {
      const response = await fetch(`/api/articles/${articleId}/annotations/import`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: await file.text(),
      });
      const json = (await response.json().catch(() => null)) as
        ({ report?: Report } & NonNullable<ErrorBody>) | null;
      if (!response.ok || !json?.report)
        setResult({ error: describeRefusal(response.status, json) });
      else {
        setResult({ report: json.report });
        router.refresh();
      }
    } catch (error) {
      // The request never got an answer (offline, connection dropped): say so rather than go quiet.
      setResult({
        error: `The upload failed (${error instanceof Error ? error.message : "network error"}). Try again.`,
      });
    } finally {
      setBusy(false);
    }
  };

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (say, after fixing it) still imports it.
    event.target.value = "";
    if (file) void upload(file);
  };

  return (
    <div className="text-sm">
      <label className="inline-block cursor-pointer rounded-md border border-stone-300 bg-white px-3 py-1 font-medium text-stone-900 hover:bg-stone-100 focus-within:ring-2 focus-within:ring-blue-600">
        {busy ? "Importing…" : "Import"}
        <input
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          className="sr-only"
          disabled={busy}
          onChange={pick}
        />
      </label>
      {/* No margin while empty, so the label lines up with the row's buttons. */}
      <div role="status" aria-live="polite" className="mt-2 empty:mt-0">
        {result?.report && (
          <p className="text-stone-800">
            Imported {result.report.imported}: {result.report.exact} placed exactly,{" "}
            {result.report.fuzzy} placed approximately, {result.report.orphaned} orphaned.
            {result.report.messages.length > 0 &&
              ` ${result.report.messages.length} note(s): ${result.report.messages.slice(0, 3).join("; ")}`}
          </p>
        )}
        {result?.error && <p className="text-red-800">Nothing imported: {result.error}</p>}
      </div>
    </div>
  );
}
