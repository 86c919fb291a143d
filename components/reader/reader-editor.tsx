import type { AnnotationDraft } from "./annotation-api";
import type { EditorState } from "./editor-state";
import { LazyAnnotationEditor as AnnotationEditor } from "./lazy-annotation-editor";
import type { useAnnotationActions } from "./use-annotation-actions";

/** The open editor above the cards: a new annotation on its span, or an existing one. */
export function ReaderEditor({
  editor,
  actions,
  onDraftChange,
}: {
  editor: NonNullable<EditorState>;
  actions: ReturnType<typeof useAnnotationActions>;
  onDraftChange: (draft: AnnotationDraft) => void;
}) {
  return (
    <div className="mb-4">
      <AnnotationEditor
        key={editor.mode === "edit" ? editor.id : `${editor.target.start}-${editor.target.end}`}
        mode={editor.mode}
        quote={editor.mode === "edit" ? editor.quote : editor.target.exact}
        initialDraft={editor.draft}
        onSave={actions.save}
        onCancel={actions.cancel}
        error={editor.error}
        fieldErrors={editor.fieldErrors}
        conflict={editor.mode === "edit" ? editor.conflict : undefined}
        onResolveConflict={actions.resolveConflict}
        saving={editor.saving}
        onDraftChange={onDraftChange}
        restoredAt={editor.restoredAt}
      />
    </div>
  );
}
