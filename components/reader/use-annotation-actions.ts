"use client";

import { useCallback, useRef, useState } from "react";
import type { TextTarget } from "@/lib/anchoring";
import { annotationConflictSchema, type AnnotationView } from "@/lib/contracts/annotation";
import { draftSources } from "@/lib/contracts/build-annotation-view";
import { fieldErrorsOf } from "@/lib/http/api-client";
import type { AnnotationStatus } from "@/lib/validation/constants";
import {
  createAnnotationRequest,
  deleteAnnotationRequest,
  restoreAnnotationRequest,
  updateAnnotationRequest,
  type AnnotationDraft,
} from "./annotation-api";
import { annotationDraftScope, clearDraft } from "./local-drafts";
import type { useAnnotationStore } from "./use-annotation-store";

import {
  draftOf,
  optimisticView,
  type Author,
  type EditorState,
  type Notice,
} from "./editor-state";

type Store = ReturnType<typeof useAnnotationStore>;

/** Create, edit, delete and undo, each shown at once and then confirmed or rolled back by the server. */
export function useAnnotationActions(articleId: string, author: Author, store: Store) {
  // The store's functions are stable; depending on them (not on the store object) keeps these callbacks stable too.
  const { upsert, remove: removeFromStore } = store;
  const [editor, setEditor] = useState<EditorState>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  /** Deleted here but perhaps not yet on the server: live updates must not bring them back. */
  const hiddenIds = useRef(new Set<string>());

  const startCreate = useCallback((target: TextTarget, status: AnnotationStatus) => {
    setEditor({ mode: "create", target, draft: { status, note: "", sources: [] } });
  }, []);

  const startEdit = useCallback((annotation: AnnotationView) => {
    setEditor({
      mode: "edit",
      id: annotation.id,
      version: annotation.version,
      quote: annotation.target.exact,
      draft: draftOf(annotation),
    });
  }, []);

  /** Reopens an editor as it was left (a draft kept in this browser). */
  const restore = useCallback((state: NonNullable<EditorState>) => setEditor(state), []);

  const forgetDraft = useCallback(() => clearDraft(annotationDraftScope(articleId)), [articleId]);

  const cancel = useCallback(() => {
    forgetDraft();
    setEditor(null);
  }, [forgetDraft]);

  const saveNew = async (
    state: Extract<EditorState, { mode: "create" }>,
    draft: AnnotationDraft,
  ) => {
    const optimistic = optimisticView(articleId, state.target, draft, author);
    store.upsert([optimistic]);
    setEditor(null);
    const result = await createAnnotationRequest(articleId, draft, state.target);
    if (result.ok) {
      store.confirm(optimistic.id, result.data.annotation);
      forgetDraft();
      setNotice({ message: "Annotation saved.", tone: "info" });
      return;
    }
    store.remove([optimistic.id]);
    setEditor({
      ...state,
      draft,
      error: `Not saved: ${result.error.message}`,
      fieldErrors: fieldErrorsOf(result.error),
    });
  };

  const saveEdit = async (
    state: Extract<EditorState, { mode: "edit" }>,
    draft: AnnotationDraft,
    version: number,
  ) => {
    const previous = store.byId.get(state.id);
    const sources = draftSources(draft);
    if (previous)
      store.upsert(
        [{ ...previous, status: draft.status, note: draft.note, sources, pending: true }],
        { force: true },
      );
    setEditor({ ...state, draft, saving: true, error: undefined, conflict: undefined });
    const result = await updateAnnotationRequest(state.id, version, draft);
    if (result.ok) {
      upsert([result.data.annotation], { force: true });
      forgetDraft();
      setEditor(null);
      const reopened =
        previous &&
        previous.reviewState !== "open" &&
        result.data.annotation.reviewState === "open";
      setNotice({
        message: reopened
          ? "Changes saved. The annotation is open for review again."
          : "Changes saved.",
        tone: "info",
      });
      return;
    }
    if (result.error.status === 409) {
      const conflict = annotationConflictSchema.safeParse(result.error.details);
      const theirs = (conflict.success && conflict.data.current) || null;
      if (theirs) store.upsert([theirs], { force: true });
      else store.remove([state.id]);
      setEditor({
        ...state,
        draft,
        saving: false,
        conflict: { theirs },
        version: theirs?.version ?? state.version,
      });
      return;
    }
    if (previous) store.upsert([previous], { force: true });
    setEditor({
      ...state,
      draft,
      saving: false,
      error: `Not saved: ${result.error.message}`,
      fieldErrors: fieldErrorsOf(result.error),
    });
  };

  const save = useCallback(
    (draft: AnnotationDraft) => {
      if (!editor) return;
      if (editor.mode === "create") void saveNew(editor, draft);
      else void saveEdit(editor, draft, editor.version);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor, store],
  );

  const resolveConflict = useCallback(
    (choice: "mine" | "theirs", draft: AnnotationDraft) => {
      if (!editor || editor.mode !== "edit") return;
      if (choice === "theirs" || !editor.conflict?.theirs) {
        forgetDraft();
        setEditor(null);
      } else
        void saveEdit({ ...editor, conflict: undefined }, draft, editor.conflict.theirs.version);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor, store],
  );

  const remove = useCallback(
    async (annotation: AnnotationView) => {
      hiddenIds.current.add(annotation.id);
      removeFromStore([annotation.id]);
      if (editor?.mode === "edit" && editor.id === annotation.id) setEditor(null);
      const result = await deleteAnnotationRequest(annotation.id, annotation.version);
      if (result.ok) {
        setNotice({ message: "Annotation deleted.", tone: "info", undoId: annotation.id });
        return;
      }
      hiddenIds.current.delete(annotation.id);
      upsert([annotation], { force: true });
      setNotice({ message: `Not deleted: ${result.error.message}`, tone: "error" });
    },
    [editor, upsert, removeFromStore],
  );

  const undoDelete = useCallback(
    async (id: string) => {
      const result = await restoreAnnotationRequest(id);
      if (result.ok) {
        hiddenIds.current.delete(id);
        upsert([result.data.annotation], { force: true });
        setNotice({ message: "Annotation restored.", tone: "info" });
      } else setNotice({ message: `Could not undo: ${result.error.message}`, tone: "error" });
    },
    [upsert],
  );

  return {
    editor,
    notice,
    setNotice,
    hiddenIds,
    startCreate,
    startEdit,
    restore,
    cancel,
    save,
    resolveConflict,
    remove,
    undoDelete,
  };
}
