"use client";

import { useState } from "react";
import { Button } from "@/components/ui/form-controls";
import type { PublicationState } from "@/lib/data/publications";

type Answer = { publication: (PublicationState & { url: string }) | null };

async function send(articleId: string, method: "POST" | "DELETE"): Promise<{ ok: true; data: Answer } | { ok: false; message: string }> {
  try {
    const response = await fetch(`/api/articles/${articleId}/publication`, { method });
    const json = (await response.json().catch(() => null)) as (Answer & { error?: { message?: string } }) | null;
    if (response.ok && json) return { ok: true, data: json };
    return { ok: false, message: json?.error?.message ?? `The server answered ${response.status}` };
  } catch (error) {
    return { ok: false, message: `No answer from the server (${error instanceof Error ? error.message : "network error"})` };
  }
}

/**
 * Editors publish the approved annotations as a public page (asked first: anyone can then read
 * it), open it, and take it down again. The same address comes back on a later publish.
 */
export function PublishControls({ articleId, initial }: { articleId: string; initial: PublicationState | null }) {
  const [publication, setPublication] = useState<PublicationState | null>(initial);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (method: "POST" | "DELETE") => {
    setBusy(true);
    setError(null);
    const result = await send(articleId, method);
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setError(`${method === "POST" ? "Not published" : "Not unpublished"}: ${result.message}`);
    setPublication(result.data.publication);
    setMessage(method === "POST" ? "Published: anyone with the address can read the report." : "Unpublished: the public address now answers “not found”.");
  };

  const published = publication?.published === true;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {published ? (
        <>
          <a href={publication.path} target="_blank" rel="noopener" className="font-medium text-blue-800 underline">
            Public report
          </a>
          <Button variant="secondary" className="py-1" disabled={busy} onClick={() => void run("DELETE")}>
            {busy ? "Working…" : "Unpublish"}
          </Button>
        </>
      ) : confirming ? (
        <>
          <span className="text-stone-800">Publish the approved annotations as a public page anyone can read?</span>
          <Button className="py-1" disabled={busy} onClick={() => void run("POST")}>
            {busy ? "Publishing…" : "Yes, publish"}
          </Button>
          <Button variant="secondary" className="py-1" disabled={busy} onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </>
      ) : (
        <Button variant="secondary" className="py-1" onClick={() => setConfirming(true)}>
          Publish report
        </Button>
      )}
      <p role="status" aria-live="polite" className="text-stone-800">
        {message}
        {error && <span className="text-red-800">{error}</span>}
      </p>
    </div>
  );
}
