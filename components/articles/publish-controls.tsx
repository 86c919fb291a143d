"use client";

import { useState } from "react";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { Button } from "@/components/ui/form-controls";
import { useConfirm } from "@/components/ui/use-confirm";
import type { PublicationState } from "@/lib/contracts/article";
import { publicationRequest } from "./article-api";

/**
 * Editors publish the approved annotations as a public page (asked first: anyone can then read
 * it), open it, and take it down again. The same address comes back on a later publish.
 */
export function PublishControls({
  articleId,
  initial,
}: {
  articleId: string;
  initial: PublicationState | null;
}) {
  const [publication, setPublication] = useState<PublicationState | null>(initial);
  const { confirming, trigger, ask, cancel, close } = useConfirm();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (method: "POST" | "DELETE") => {
    setBusy(true);
    setError(null);
    const result = await publicationRequest(articleId, method);
    setBusy(false);
    close();
    if (!result.ok)
      return setError(
        `${method === "POST" ? "Not published" : "Not unpublished"}: ${result.error.message}`,
      );
    setPublication(result.data.publication);
    setMessage(
      method === "POST"
        ? "Published: anyone with the address can read the report."
        : "Unpublished: the public address now answers “not found”.",
    );
  };

  const published = publication?.published === true;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {published ? (
        <>
          <a
            href={publication.path}
            target="_blank"
            rel="noopener"
            className="font-medium text-blue-800 underline"
          >
            Public report
          </a>
          <Button variant="secondary" size="sm" disabled={busy} onClick={() => void run("DELETE")}>
            {busy ? "Working…" : "Unpublish"}
          </Button>
        </>
      ) : confirming ? (
        <ConfirmStep
          question="Publish the approved annotations as a public page anyone can read?"
          confirmLabel="Yes, publish"
          busyLabel="Publishing…"
          busy={busy}
          onConfirm={() => void run("POST")}
          onCancel={cancel}
        />
      ) : (
        <Button ref={trigger} variant="secondary" size="sm" onClick={ask}>
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
