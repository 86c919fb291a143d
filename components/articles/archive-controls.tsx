"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmStep } from "@/components/ui/confirm-step";
import { Button } from "@/components/ui/form-controls";
import { useConfirm } from "@/components/ui/use-confirm";
import { archiveRequest } from "./article-api";

type Action = "archive" | "restore";

/**
 * Archive asks first (it takes the article away from reviewers and viewers); once done, Undo
 * restores it at once. Restoring an archived article needs no question: it only gives access back.
 */
export function ArchiveControls({ articleId, archived }: { articleId: string; archived: boolean }) {
  const router = useRouter();
  const { confirming, trigger, ask, cancel, close } = useConfirm();
  const [busy, setBusy] = useState(false);
  const [justArchived, setJustArchived] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: Action) => {
    setBusy(true);
    setError(null);
    const result = await archiveRequest(articleId, action);
    setBusy(false);
    close();
    if (!result.ok)
      return setError(
        `Not ${action === "archive" ? "archived" : "restored"}: ${result.error.message}`,
      );
    setJustArchived(action === "archive");
    router.refresh();
  };

  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      {archived ? (
        <Button variant="secondary" size="sm" disabled={busy} onClick={() => void run("restore")}>
          {busy ? "Working…" : justArchived ? "Undo" : "Restore"}
        </Button>
      ) : confirming ? (
        <ConfirmStep
          question="Archive this article? Reviewers and viewers will no longer see it."
          confirmLabel="Yes, archive"
          busyLabel="Archiving…"
          busy={busy}
          danger
          onConfirm={() => void run("archive")}
          onCancel={cancel}
        />
      ) : (
        <Button ref={trigger} variant="secondary" size="sm" onClick={ask}>
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
