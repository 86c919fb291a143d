"use client";

import { useState } from "react";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { HistoryList } from "./history-list";
import { ReplyThread } from "./reply-thread";

type Props = {
  annotation: AnnotationView;
  currentUserId: string;
  canReply: boolean;
  isModerator: boolean;
};

/** Discussion and history open on demand, so a long sidebar stays light. */
export function CardPanels({ annotation, currentUserId, canReply, isModerator }: Props) {
  const [open, setOpen] = useState<"discussion" | "history" | null>(null);
  const toggle = (panel: "discussion" | "history") =>
    setOpen((current) => (current === panel ? null : panel));
  const button =
    "rounded px-2 py-0.5 text-xs font-medium text-stone-800 hover:bg-stone-100 aria-expanded:bg-stone-200 focus-visible:ring-2 focus-visible:ring-blue-600";
  return (
    <div className="mt-2 border-t border-stone-100 pt-2">
      <div className="flex gap-1">
        <button
          type="button"
          aria-expanded={open === "discussion"}
          onClick={() => toggle("discussion")}
          className={button}
        >
          Discussion ({annotation.replyCount})
        </button>
        <button
          type="button"
          aria-expanded={open === "history"}
          onClick={() => toggle("history")}
          className={button}
        >
          History
        </button>
      </div>
      {open === "discussion" && (
        <div className="mt-2">
          <ReplyThread
            annotationId={annotation.id}
            currentUserId={currentUserId}
            canReply={canReply}
            isModerator={isModerator}
          />
        </div>
      )}
      {open === "history" && (
        <div className="mt-2">
          <HistoryList key={annotation.updatedAt} annotationId={annotation.id} />
        </div>
      )}
    </div>
  );
}
