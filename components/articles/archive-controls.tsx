"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/form-controls";

type Action = "archive" | "restore";

async function send(articleId: string, action: Action): Promise<string | null> {
  try {
    const response = await fetch(`/api/articles/${articleId}/${action}`, { method: "POST" });
    if (response.ok) return null;
    const json = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return json?.error?.message ?? `The server answered ${response.status}`;
  } catch (error) {
    return `No answer from the server (${error instanceof Error ? error.message : "network error"})`;
  }
}

/**
 * Archive asks first (it takes the article away from reviewers and viewers); once done, Undo
 * restores it at once. Restoring an archived article needs no question: it only gives access back.
 */
export function ArchiveControls({ articleId, archived }: { articleId: string; archived: boolean }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [justArchived, setJustArchived] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: Action) => {
    setBusy(true);
    setError(null);
    const failure = await send(articleId, action);
    setBusy(false);
    setConfirming(false);
    if (failure) return setError(`Not ${action === "archive" ? "archived" : "restored"}: ${failure}`);
    setJustArchived(action === "archive");
    router.refresh();
  };

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {archived ? (
        <Button variant="secondary" className="py-1" disabled={busy} onClick={() => void run("restore")}>
          {busy ? "Working…" : justArchived ? "Undo" : "Restore"}
        </Button>
      ) : confirming ? (
        <>
          <span className="text-stone-800">Archive this article? Reviewers and viewers will no longer see it.</span>
          <Button variant="danger" className="py-1" disabled={busy} onClick={() => void run("archive")}>
            {busy ? "Archiving…" : "Yes, archive"}
          </Button>
          <Button variant="secondary" className="py-1" disabled={busy} onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        </>
      ) : (
        <Button variant="secondary" className="py-1" onClick={() => setConfirming(true)}>
          Archive
        </Button>
      )}
      <p role="status" aria-live="polite" className="text-stone-800">
        {archived && justArchived ? "Archived: only editors and admins see it now." : null}
        {error && <span className="text-red-800">{error}</span>}
      </p>
    </div>
  );
}
