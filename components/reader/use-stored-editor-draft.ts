import { useCallback, useEffect, useRef } from "react";
import type { AnnotationView } from "@/lib/contracts/annotation";
import type { AnnotationDraft } from "./annotation-api";
import { annotationDraftScope, isStoredDraft, loadDraft, saveDraft } from "./local-drafts";
import type { useAnnotationActions } from "./use-annotation-actions";

/**
 * The editor's draft kept in this browser as it is typed, and brought back once when the page
 * opens: the change handler for the editor.
 */
export function useStoredEditorDraft(
  articleId: string,
  body: string,
  actions: Pick<ReturnType<typeof useAnnotationActions>, "restore" | "editor">,
  byId: ReadonlyMap<string, AnnotationView>,
) {
  // A note left unsaved here (a reload, a crash, a visit elsewhere) comes back where it was written.
  const draftScope = annotationDraftScope(articleId);
  const { restore, editor } = actions;
  const restoredOnce = useRef(false);
  useEffect(() => {
    if (restoredOnce.current) return;
    restoredOnce.current = true;
    const stored = loadDraft(draftScope, isStoredDraft);
    if (!stored) return;
    if (stored.mode === "create") {
      // Only onto the same words: the text may have been revised since.
      if (body.slice(stored.target.start, stored.target.end) === stored.target.exact)
        restore({
          mode: "create",
          target: stored.target,
          draft: stored.draft,
          restoredAt: stored.savedAt,
        });
    } else if (byId.has(stored.id)) {
      // The version it was begun from: a colleague's change since then is a conflict, never overwritten.
      restore({
        mode: "edit",
        id: stored.id,
        version: stored.version,
        quote: stored.quote,
        draft: stored.draft,
        restoredAt: stored.savedAt,
      });
    }
  }, [draftScope, body, restore, byId]);
  const onDraftChange = useCallback(
    (draft: AnnotationDraft) => {
      if (!editor) return;
      const savedAt = new Date().toISOString();
      saveDraft(
        draftScope,
        editor.mode === "create"
          ? { mode: "create", target: editor.target, draft, savedAt }
          : {
              mode: "edit",
              id: editor.id,
              version: editor.version,
              quote: editor.quote,
              draft,
              savedAt,
            },
      );
    },
    [draftScope, editor],
  );
  return onDraftChange;
}
