import type { TextTarget } from "@/lib/anchoring";
import type { AnnotationStatus } from "@/lib/validation/constants";
import { ReattachToolbar } from "./reattach-toolbar";
import { SelectionToolbar } from "./selection-toolbar";
import type { useReattach } from "./use-reattach";
import type { useTextSelection } from "./use-text-selection";

/**
 * What a selection in the text offers: a place for the annotation being re-attached, or the
 * statuses to annotate it with.
 */
export function SelectionToolbars({
  selection,
  reattach,
  onCreate,
}: {
  selection: ReturnType<typeof useTextSelection>;
  reattach: ReturnType<typeof useReattach>;
  onCreate: (target: TextTarget, status: AnnotationStatus) => void;
}) {
  const pending = selection.pending;
  if (!pending) return null;
  return (
    <>
      {reattach.annotation ? (
        <ReattachToolbar
          rect={pending.rect}
          saving={reattach.saving}
          onAttach={() => {
            const now = selection.read();
            if (!now) return selection.clear();
            void reattach.attach(now.target).then((placed) => {
              if (!placed) return;
              selection.clear();
              window.getSelection()?.removeAllRanges();
            });
          }}
          onClose={() => {
            selection.clear();
            window.getSelection()?.removeAllRanges();
          }}
        />
      ) : (
        <SelectionToolbar
          rect={pending.rect}
          onChoose={(status) => {
            // The selection may have grown since the toolbar appeared: annotate what is selected now.
            const now = selection.read();
            if (now) onCreate(now.target, status);
            selection.clear();
            window.getSelection()?.removeAllRanges();
          }}
          onClose={() => {
            selection.clear();
            window.getSelection()?.removeAllRanges();
          }}
        />
      )}
    </>
  );
}
