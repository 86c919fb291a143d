"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateAssignmentRequest } from "@/components/assignments/assignment-api";

/** The assignee says a whole article is done; the queue then drops it (a change made meanwhile is reported). */
export function FinishAssignment({
  articleId,
  title,
  version,
}: {
  articleId: string;
  title: string;
  version: number;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-disabled={busy}
        aria-label={`Mark ${title} done`}
        className="rounded border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-stone-900 hover:bg-stone-100 focus-visible:ring-2 focus-visible:ring-blue-600"
        onClick={async () => {
          if (busy) return;
          setBusy(true);
          const result = await updateAssignmentRequest("article", articleId, {
            done: true,
            version,
          });
          setBusy(false);
          if (!result.ok) return setError(result.error.message);
          router.refresh();
        }}
      >
        Mark done
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-800">
          {error}
        </span>
      )}
    </>
  );
}
