import type { TextTarget } from "@/lib/anchoring";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { draftAnnotationView } from "@/lib/contracts/build-annotation-view";
import type { AnnotationDraft } from "./annotation-api";
import type { Conflict } from "./conflict-notice";

type Common = {
  draft: AnnotationDraft;
  error?: string;
  fieldErrors?: Record<string, string[]>;
  saving?: boolean;
  /** When the draft was restored from this browser's storage. */ restoredAt?: string;
};
export type EditorState =
  | (Common & { mode: "create"; target: TextTarget })
  | (Common & { mode: "edit"; id: string; version: number; quote: string; conflict?: Conflict })
  | null;

export type Notice = { message: string; tone: "info" | "error"; undoId?: string };

export type Author = { id: string; name: string };

let tempCounter = 0;

/** A new annotation as shown before the server confirms it, under a temporary id. */
export function optimisticView(
  articleId: string,
  target: TextTarget,
  draft: AnnotationDraft,
  author: Author,
): AnnotationView & { pending: true } {
  const id = `pending-${++tempCounter}`;
  const view = draftAnnotationView({
    id,
    articleId,
    target,
    draft,
    author,
    now: new Date().toISOString(),
  });
  return Object.assign(view, { pending: true as const });
}

export const draftOf = (a: AnnotationView): AnnotationDraft => ({
  status: a.status,
  note: a.note,
  sources: a.sources.map(({ url, title, quote }) => ({ url, title, quote })),
});
